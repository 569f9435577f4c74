import { isoDate } from '../cells/calendar';
import { compileThemes, mentionsIn, type Mention, type ThemeDictionary } from '../metrics/themes/match';
import { PhraseTally } from '../metrics/themes/phrases';
import { ThemeTally } from '../metrics/themes/table';
import { NPS_DETRACTOR_MAX, NPS_PROMOTER_MIN } from '../metrics/nps';
import type { DetractorComment, NewDetractors, ThemeMention, ThemesSection } from './types';

/**
 * What the report takes from the comment rows, gathered one row at a time in memory that does
 * not grow with the rows: the period's newest detractor comments (with segment and email), and
 * the themes section (theme counts per group and period, each theme's newest example, emerging
 * phrases). buildReport feeds it the sheet's rows; the command line's SQL path feeds it the rows
 * DuckDB streams, in whatever order they come: every tie is broken by the row's place in the
 * sheet or file (`order`), so both give the same report. Rows that differ only in their places can
 * be added as one group with their count (GroupedCommentTally in ./comment-groups.ts, which only
 * the command line loads).
 */

/** Newest detractor comments shown; the rest stay in the sheet, which the email links to. */
export const MAX_COMMENTS = 5;
/** Themes shown per group. */
const TOP = 3;
/** Distinct comment texts whose mentions are kept (comments repeat; past this each is matched anew). */
const MAX_CACHED = 50_000;

/** One comment row: its period (frame numbering), local day (NaN when none), NPS answer (NaN when none) and place. */
export interface CommentEntry {
  period: number;
  day: number;
  score: number;
  /** The comment's text (textOf the cell); rows with none are not added. */
  text: string;
  segment?: string;
  email?: string;
  /** The row's place in reading order (0-based row or 1-based record number: only the order counts). */
  order: number;
}

type Shown = DetractorComment & { day: number; order: number };

/** A group's theme counts, and in the reported period each theme's newest comment. */
class Group {
  readonly tally: ThemeTally;
  /** Theme index → the newest comment mentioning it (latest day, then latest row). */
  readonly examples: ({ day: number; order: number; text: string } | undefined)[];
  constructor(readonly dict: ThemeDictionary) {
    this.tally = new ThemeTally(dict, 'mean', false);
    this.examples = new Array(dict.themes.length).fill(undefined);
  }
}

export class CommentTally {
  private readonly dict = compileThemes();
  private readonly themeIndex = new Map(this.dict.themes.map((t, k) => [t.id, k]));
  private readonly detractors = [new Group(this.dict), new Group(this.dict)];
  private readonly promoters = [new Group(this.dict), new Group(this.dict)];
  private readonly phrases = new PhraseTally(this.dict);
  private readonly mentionsOf = new Map<string, Mention[]>();
  private commented = 0;
  protected withComment = 0;
  private readonly newest: Shown[] = [];

  /** `index`: the reported period; rows of it and of the one before are used. */
  constructor(private readonly index: number) {}

  add(row: CommentEntry): void {
    const slot = this.slotOf(row.period);
    if (slot < 0 || !row.text) return;
    this.tally(slot, row.text, row.score, row.day, row.order, 1);
    if (slot === 0 && row.score <= NPS_DETRACTOR_MAX) {
      this.withComment++;
      this.noteDetractor(row);
    }
  }

  /** 0 for the reported period, 1 for the one before, -1 for any other. */
  protected slotOf(period: number): number {
    return period === this.index ? 0 : period === this.index - 1 ? 1 : -1;
  }

  /** `count` comments of `text` in the slot: themes, phrases and examples (`latest`: the latest row's place). */
  protected tally(slot: number, text: string, score: number, day: number, latest: number, count: number): void {
    const detractor = score <= NPS_DETRACTOR_MAX;
    const promoter = score >= NPS_PROMOTER_MIN;
    if (slot === 0) {
      this.commented += count;
      this.phrases.add(text, count);
    }
    if (!detractor && !promoter) return;
    const group = (detractor ? this.detractors : this.promoters)[slot];
    const found = this.mentions(text);
    group.tally.add(found, NaN, count);
    if (slot !== 0 || day !== day) return;
    for (const m of found) {
      const k = this.themeIndex.get(m.theme)!;
      const best = group.examples[k];
      if (!best || day > best.day || (day === best.day && latest > best.order)) group.examples[k] = { day, order: latest, text };
    }
  }

  /**
   * The period's detractors section from its detractor count (with or without a comment) and
   * whether it has any row; undefined for a period with no rows.
   */
  detractorsSection(count: number, periodHasRows: boolean): NewDetractors | undefined {
    if (count === 0 && !periodHasRows) return undefined;
    return { count, withComment: this.withComment, comments: this.newest.map(({ day: _day, order: _order, ...rest }) => rest) };
  }

  /** The themes section, or undefined when the period has no comments at all. */
  themesSection(): ThemesSection | undefined {
    if (this.commented === 0) return undefined;
    return {
      comments: this.commented,
      detractorComments: this.detractors[0].tally.comments,
      promoterComments: this.promoters[0].tally.comments,
      detractors: mentionsOf(this.detractors),
      promoters: mentionsOf(this.promoters),
      emerging: this.phrases.top({ top: TOP }).map((p) => ({ phrase: p.phrase, comments: p.comments })),
    };
  }

  private mentions(text: string): Mention[] {
    let found = this.mentionsOf.get(text);
    if (!found) {
      found = mentionsIn(text, this.dict);
      if (this.mentionsOf.size < MAX_CACHED) this.mentionsOf.set(text, found);
    }
    return found;
  }

  /** Keeps the newest MAX_COMMENTS: newest day first (no day last), then the lowest score, then reading order. */
  protected noteDetractor(row: CommentEntry): void {
    const { newest } = this;
    const shown: Shown = {
      day: row.day,
      order: row.order,
      date: row.day === row.day ? isoDate(row.day) : '',
      score: row.score,
      comment: row.text,
      ...(row.segment ? { segment: row.segment } : {}),
      ...(row.email ? { email: row.email } : {}),
    };
    if (newest.length === MAX_COMMENTS && before(newest[MAX_COMMENTS - 1], shown) <= 0) return;
    let at = newest.length;
    while (at > 0 && before(newest[at - 1], shown) > 0) at--;
    newest.splice(at, 0, shown);
    if (newest.length > MAX_COMMENTS) newest.pop();
  }
}

/** Negative when `a` is shown before `b`. */
function before(a: Shown, b: Shown): number {
  const dayA = a.day === a.day ? a.day : -Infinity;
  const dayB = b.day === b.day ? b.day : -Infinity;
  if (dayA !== dayB) return dayB - dayA;
  return a.score - b.score || a.order - b.order;
}

/** The group's top themes in the period, with their share the period before. */
function mentionsOf([current, previous]: Group[]): ThemeMention[] {
  if (current.tally.comments === 0) return [];
  const now = current.tally.table();
  const before = previous.tally.comments > 0 ? previous.tally.table() : undefined;
  return now.rows.slice(0, TOP).map((row) => {
    const earlier = before?.rows.find((r) => r.theme.id === row.theme.id);
    const k = current.dict.themes.indexOf(row.theme);
    return {
      theme: row.theme,
      comments: row.mentions,
      share: row.share,
      negativeShare: row.negativeShare,
      ...(before ? { previousShare: earlier ? earlier.share : 0 } : {}),
      example: current.examples[k]?.text ?? '',
    };
  });
}
