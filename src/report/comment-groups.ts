import { NPS_DETRACTOR_MAX } from '../metrics/nps';
import { CommentTally, MAX_COMMENTS } from './comments';

/**
 * Comment rows that differ only in their places (one period, local day, NPS answer and text),
 * added at once with GroupedCommentTally.addGroup: the same sections as adding each row with
 * CommentTally.add (test/report/comments.test.ts). The command line's SQL path has DuckDB group a
 * period's comment rows so, instead of decoding every row's text into Node. Its own file, which
 * only the command line imports: the add-on's bundles (dist/Coverage.html) carry CommentTally
 * alone.
 */
export interface CommentGroup {
  period: number;
  day: number;
  score: number;
  text: string;
  /** The rows it stands for. */
  count: number;
  /** The latest row's place (a theme's example is its newest comment: the latest day, then the latest row). */
  latest: number;
  /**
   * Places, ascending, each with its segment and email, of the group's rows that can be shown
   * (read only for detractors of the reported period): its first min(count, MAX_COMMENTS) rows,
   * or only those of them among the period's MAX_COMMENTS newest detractor comments (the others
   * are shown by no add either); none for any other group.
   */
  earliest: readonly { order: number; segment?: string; email?: string }[];
}

export { MAX_COMMENTS };

/** CommentTally that also takes comment rows as groups (a counted add). */
export class GroupedCommentTally extends CommentTally {
  /** `group.count` rows of one period, day, NPS answer and text at once: the same as adding each of them. */
  addGroup(group: CommentGroup): void {
    const slot = this.slotOf(group.period);
    if (slot < 0 || !group.text || !(group.count > 0)) return;
    this.tally(slot, group.text, group.score, group.day, group.latest, group.count);
    if (slot !== 0 || !(group.score <= NPS_DETRACTOR_MAX)) return;
    this.withComment += group.count;
    const { period, day, score, text } = group;
    for (const { order, segment, email } of group.earliest) this.noteDetractor({ period, day, score, text, order, segment, email });
  }
}
