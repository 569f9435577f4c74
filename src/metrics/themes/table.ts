import { npsOfCounts } from '../nps';
import { mentionsIn, type Mention, type Theme, type ThemeDictionary } from './match';

/**
 * What customers talk about: for each theme, how many comments mention it, their share of all
 * comments, the share of those mentions that are negative ("không sạch", "not friendly"), and,
 * when scores are given, the NPS (or mean score) of the customers who mention it against everyone
 * else's. Comments with no theme are counted too (nothing dropped silently). Cost O(total words).
 *
 * @example
 *   themeTable(['Giá hơi đắt', 'Nhân viên thân thiện', 'ok'], [3, 10, 8], 'nps', dict)
 *   // { comments: 3, withoutTheme: 1, rows: [{ theme: price, mentions: 1, share: 33.3…, … }, …] }
 */

export type ScoreKind = 'nps' | 'mean';

export interface ThemeScore {
  /** NPS or mean score of the commenters who mention the theme (and gave a score). */
  value: number;
  n: number;
  /** The same for the commenters who do not mention it; undefined when there are none. */
  others?: number;
  othersN: number;
}

export interface ThemeRow {
  theme: Theme;
  mentions: number;
  /** Percent of all comments. */
  share: number;
  /** Percent of this theme's mentions that are negated. */
  negativeShare: number;
  score?: ThemeScore;
}

export interface ThemeTable {
  comments: number;
  withoutTheme: number;
  rows: ThemeRow[];
}

/** A tally of scores that gives an NPS or a mean. */
class ScoreTally {
  private readonly counts = new Float64Array(11);
  private sum = 0;
  n = 0;
  constructor(private readonly kind: ScoreKind) {}
  /** `count` answers of `score`. */
  add(score: number, count = 1): void {
    this.n += count;
    if (this.kind === 'nps') this.counts[score] += count;
    else this.sum += score * count;
  }
  value(): number {
    return this.kind === 'nps' ? npsOfCounts(this.counts).value : this.sum / this.n;
  }
}

/**
 * The theme table of `comments` (non-blank texts); `scores[i]` is comment i's score or NaN. Rows
 * are themes with at least one mention, most mentioned first (dictionary order on ties).
 */
export function themeTable(comments: readonly string[], scores: ArrayLike<number> | undefined, kind: ScoreKind, dict: ThemeDictionary): ThemeTable {
  const tally = new ThemeTally(dict, kind, scores !== undefined);
  comments.forEach((comment, i) => tally.add(mentionsIn(comment, dict), scores ? scores[i] : NaN));
  return tally.table();
}

/**
 * themeTable one comment at a time, in memory that does not grow with the comments (the command
 * line streams a large export's comment rows through it). The order comments come in does not
 * change the table.
 */
export class ThemeTally {
  private readonly mentions: Float64Array;
  private readonly negatives: Float64Array;
  private readonly inTheme: ScoreTally[];
  private readonly outTheme: ScoreTally[];
  private readonly index: Map<string, number>;
  private readonly mentioned: Uint8Array;
  private withoutTheme = 0;
  /** Comments added. */
  comments = 0;

  /** `scored`: the table gives each theme's score (`add` then takes each comment's score, NaN for none). */
  constructor(private readonly dict: ThemeDictionary, kind: ScoreKind, private readonly scored: boolean) {
    const count = dict.themes.length;
    this.mentions = new Float64Array(count);
    this.negatives = new Float64Array(count);
    this.inTheme = scored ? dict.themes.map(() => new ScoreTally(kind)) : [];
    this.outTheme = scored ? dict.themes.map(() => new ScoreTally(kind)) : [];
    this.index = new Map(dict.themes.map((t, k) => [t.id, k]));
    this.mentioned = new Uint8Array(count);
  }

  /**
   * One comment, by its mentions (mentionsIn of its text) and score; or `count` comments with
   * those mentions and that score (a text that comes back, added once): the same table as
   * `count` adds of it.
   */
  add(found: readonly Mention[], score = NaN, count = 1): void {
    const { mentioned, mentions, negatives } = this;
    this.comments += count;
    mentioned.fill(0);
    if (found.length === 0) this.withoutTheme += count;
    for (const m of found) {
      const k = this.index.get(m.theme)!;
      mentioned[k] = 1;
      mentions[k] += count;
      if (m.negative) negatives[k] += count;
    }
    if (this.scored && score === score) for (let k = 0; k < mentioned.length; k++) (mentioned[k] ? this.inTheme : this.outTheme)[k].add(score, count);
  }

  table(): ThemeTable {
    const { mentions, negatives, inTheme, outTheme, dict } = this;
    const total = this.comments;
    const rows: ThemeRow[] = [];
    for (let k = 0; k < mentions.length; k++) {
      if (mentions[k] === 0) continue;
      const row: ThemeRow = { theme: dict.themes[k], mentions: mentions[k], share: (100 * mentions[k]) / total, negativeShare: (100 * negatives[k]) / mentions[k] };
      if (this.scored && inTheme[k].n > 0) {
        row.score = { value: inTheme[k].value(), n: inTheme[k].n, others: outTheme[k].n > 0 ? outTheme[k].value() : undefined, othersN: outTheme[k].n };
      }
      rows.push(row);
    }
    rows.sort((a, b) => b.mentions - a.mentions);
    return { comments: total, withoutTheme: this.withoutTheme, rows };
  }
}
