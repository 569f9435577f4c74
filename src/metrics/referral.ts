import { CellProblem } from '../cells/errors';
import { cellTexts, failCall, recordTexts } from '../cells/messages';
import { foldDiacritics } from '../cells/fold';
import { isNotGiven, numberOf } from '../cells/options';
import { isBlank, isDateCell, readFlag, SHEETS_ERRORS } from '../cells/read';
import { rangeForScan, rangeOf, readAt } from '../cells/shape';
import type { Cell, RangeArg } from '../cells/types';
import { shareOfCounts, yesShareOfRange } from './flags';
import type { ProportionSummary } from './types';

/**
 * Referral rate from a free-text "How did you hear about us?" column (REFERRAL_RATE(sources,
 * referral_answers)): the % of non-blank answers equal to one of the referral answers, compared
 * with case, spacing and diacritics folded (`foldDiacritics`: "BẠN BÈ giới thiệu" = "ban be gioi thieu"):
 *   rate = 100 · |answers ∈ referral_answers| / |non-blank answers|.
 * A first row that reads as a question or a column title ("How did you hear about us?",
 * "Source") and is no referral answer is the header and is skipped. Without referral answers,
 * the yes/no form applies, and a text answer that is not yes/no is an error suggesting them.
 * Cost O(n) with one fold per distinct text.
 *
 * @example referralShareOfSources([['Friend or colleague'], ['Facebook'], ['friend OR colleague']], ['Friend or colleague']).value // 66.66…
 * @throws `REFERRAL_RATE: "Facebook" is not a yes/no answer; for a "How did you hear about us?" column, give …`;
 *   `REFERRAL_RATE: referral_answers holds no answer text …`; `REFERRAL_RATE: no answers in the range`.
 */

/**
 * Answers that usually mean a person recommended the business, proposed for a mapping's
 * referral answers (the user edits the list in the sidebar's step 2).
 */
export const PROPOSED_REFERRAL_ANSWERS: readonly string[] = [
  'Friend or colleague',
  'Friend',
  'Friends or family',
  'Family',
  'Colleague',
  'Word of mouth',
  'Referral',
  'Referred by a friend',
  'Recommendation',
  'Bạn bè giới thiệu',
  'Bạn bè',
  'Người quen',
  'Người quen giới thiệu',
  'Gia đình',
  'Đồng nghiệp',
  'Được giới thiệu',
  'Được bạn bè giới thiệu',
  'Truyền miệng',
];

/** The proposed answers a column actually holds, in the list's order; the whole list when it holds none. */
export function proposeReferralAnswers(cells: readonly Cell[]): string[] {
  // Each distinct answer folded once: a column of a million rows holds a handful.
  const distinct = new Set<string>();
  for (const cell of cells) if (typeof cell === 'string') distinct.add(cell);
  const held = new Set<string>();
  for (const cell of distinct) if (cell.trim() !== '') held.add(foldDiacritics(cell));
  const found = PROPOSED_REFERRAL_ANSWERS.filter((answer) => held.has(foldDiacritics(answer)));
  return found.length > 0 ? found : [...PROPOSED_REFERRAL_ANSWERS];
}

// Words of a column title about where customers came from, folded.
const HEADER_WORDS = ['hear', 'source', 'channel', 'nguon', 'biet den', 'biet toi', 'kenh'];

/** Matches answer cells against referral answers; 1 = referral, 0 = another answer, NaN = blank. */
export class ReferralMatcher {
  private readonly answers: Set<string>;
  private readonly known = new Map<string, number>();

  constructor(answers: readonly string[]) {
    this.answers = new Set(answers.map(foldDiacritics).filter((a) => a !== ''));
  }

  get size(): number {
    return this.answers.size;
  }

  /** Whether a first-row cell is the column's title rather than an answer. */
  isHeader(cell: Cell): boolean {
    if (typeof cell !== 'string') return false;
    const folded = foldDiacritics(cell);
    if (folded === '' || this.answers.has(folded)) return false;
    return /[?:]$/.test(folded) || HEADER_WORDS.some((word) => folded.includes(word));
  }

  /** One answer cell; throws CellProblem for a cell that is no answer text (TRUE, a date, #N/A). */
  read = (cell: Cell): number => {
    if (typeof cell === 'string') {
      const known = this.known.get(cell);
      if (known !== undefined) return known;
      if (isBlank(cell)) return NaN;
      const code = cell.trim().toUpperCase();
      if (SHEETS_ERRORS.has(code)) throw new CellProblem(cellTexts.sheetsError(code));
      const value = this.answers.has(foldDiacritics(cell)) ? 1 : 0;
      this.known.set(cell, value);
      return value;
    }
    if (typeof cell === 'number' && Number.isFinite(cell)) return this.answers.has(String(cell)) ? 1 : 0;
    if (cell === null || cell === undefined) return NaN;
    if (isDateCell(cell) || typeof cell === 'boolean' || typeof cell === 'number') throw new CellProblem(recordTexts.notASource(cell));
    throw new CellProblem(cellTexts.notAValue());
  };
}

/** The referral_answers argument: the texts of a text or a range of texts (numbers as their text). */
export function referralAnswersOf(fn: string, arg: RangeArg): string[] {
  const range = rangeOf(fn, arg, 'referral_answers');
  const answers: string[] = [];
  for (const row of range.cells) {
    for (const cell of row) {
      if (typeof cell === 'string' && cell.trim() !== '') answers.push(cell);
      else if (typeof cell === 'number' && Number.isFinite(cell)) answers.push(String(cell));
    }
  }
  if (answers.length === 0) throw failCall(fn, recordTexts.noReferralAnswers());
  return answers;
}

/** % of the non-blank answers of `sources` that are referral answers. */
export function referralShareOfSources(sources: RangeArg, answers: readonly string[], fn = 'REFERRAL_RATE'): ProportionSummary {
  const matcher = new ReferralMatcher(answers);
  const range = rangeOf(fn, sources);
  let n = 0;
  let referred = 0;
  for (let r = 0; r < range.rows; r++) {
    for (let c = 0; c < range.columns; c++) {
      const cell = range.cells[r][c];
      if (r === 0 && range.rows > 1 && matcher.isHeader(cell)) continue;
      const value = readAt(fn, matcher.read, cell, r * range.columns + c, range);
      if (value !== value) continue;
      n++;
      referred += value;
    }
  }
  if (n === 0) throw failCall(fn, recordTexts.noSources());
  return { kind: 'proportion', n, successes: referred, value: (100 * referred) / n };
}

/**
 * readFlag for a referral column: a text answer that is not yes/no says how to count a
 * "How did you hear about us?" column instead of only that it is not yes/no.
 */
export function readReferralFlag(cell: Cell): number {
  try {
    return readFlag(cell);
  } catch (error) {
    if (error instanceof CellProblem && typeof cell === 'string' && !SHEETS_ERRORS.has(cell.trim().toUpperCase()) && Number.isNaN(numberOf(cell))) {
      throw new CellProblem(recordTexts.referralNeedsAnswers(cell));
    }
    throw error;
  }
}

/**
 * REFERRAL_RATE in all its forms: flags alone; two counts (the second a number); or answers
 * and the referral answers (the second a text or a range of texts).
 */
export function referralRate(fn: string, first: RangeArg, second?: unknown): ProportionSummary {
  if (isNotGiven(second)) return yesShareOfRange(first, fn, readReferralFlag);
  if (isCount(second)) return shareOfCounts(fn, first, second);
  return referralShareOfSources(first, referralAnswersOf(fn, second), fn);
}

/** A count argument: a number, numeric text, or a blank cell (which the count form reports), alone or as a 1×1 range. */
function isCount(arg: unknown): boolean {
  const range = rangeForScan(arg);
  if (range.rows !== 1 || range.columns !== 1) return false;
  const cell = range.cells[0][0];
  return isBlank(cell) || numberOf(cell) === numberOf(cell);
}
