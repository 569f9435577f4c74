/**
 * Value sniffing: what a column's sample values look like, and how well they fit each kind of
 * field (0–1). Reads cells the way metrics-spec.md §1 does: blanks skipped, numeric text is a
 * number, yes/no words are flags (the readers' own word lists in src/cells/read.ts, so a column
 * detected as flags reads as flags), Dates and ISO or US (Forms CSV) date text are dates.
 */
import { durationInText, SHEETS_EPOCH_WALL } from '../cells/durations';
import { foldLabel, isNonAnswer, labelScales, numberedAnswer, verbalScore } from '../cells/labels';
import { isBlank, isDateCell, numberInText, NO_WORDS, YES_WORDS } from '../cells/read';
import type { ValueKind } from './fields';
import { isEmailText, normalizeText } from './text';

export interface ColumnProfile {
  /** Non-empty cells in the sample. */
  filled: number;
  numbers: number[];
  dates: number;
  flags: number;
  emails: number;
  /** Text that is not a number, date, flag or email: the stuff of labels and comments. */
  texts: string[];
  stageWords: number;
  /** Cells shaped like an identifier: a whole number or one word of letters and digits. */
  idLike: number;
  /** Texts shaped like a person's words: more than one word, not a street address or a code. */
  prose: number;
  distinctValues: number;
  /** Answer labels of the verbal scales (metrics-spec.md 1.1): CSAT words, CES words. */
  csatLabels: number;
  cesLabels: number;
  /** A helpdesk's satisfaction rating, `good` / `bad` (Zendesk, HubSpot): CSAT through the mapping's label table. */
  goodBad: number;
  /** Scale tops the answers name: `4/5` → 5, `★★★☆☆☆☆` → 7, a CES label of one scale only. */
  labelTops: number[];
  /**
   * Lengths of time: duration cells (Sheets hands a `[h]:mm:ss` cell over as a Date just after
   * 1899-12-30, not as a date anyone lived) and duration text (`2:30`, `2 giờ 30 phút`).
   */
  durations: number;
}

/** A Date cell within ten years of Sheets' day zero (either side of any zone's offset) is a duration. */
const DURATION_CELL_MAX_MS = Date.UTC(1909, 11, 31);


const DAY_MS = 86_400_000;

const STAGE_WORDS = new Set([
  'awareness', 'consideration', 'purchase', 'retention', 'advocacy', 'loyalty', 'onboarding',
  'nhan thuc', 'can nhac', 'mua', 'mua hang', 'giu chan', 'ung ho', 'trung thanh',
]);

const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}( \d{1,2}:\d{2}(:\d{2})?( ?[AaPp][Mm])?)?$/;

export function isDateText(text: string): boolean {
  return ISO_DATE.test(text) || SLASH_DATE.test(text);
}

export function profileColumn(cells: readonly unknown[]): ColumnProfile {
  const profile: ColumnProfile = {
    filled: 0, numbers: [], dates: 0, flags: 0, emails: 0, texts: [], stageWords: 0, idLike: 0, prose: 0, distinctValues: 0,
    csatLabels: 0, cesLabels: 0, goodBad: 0, labelTops: [], durations: 0,
  };
  const distinct = new Set<string>();
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    profile.filled++;
    if (isDateCell(cell)) {
      if (cell.getTime() < DURATION_CELL_MAX_MS && cell.getTime() >= SHEETS_EPOCH_WALL - DAY_MS) profile.durations++;
      else if (!Number.isNaN(cell.getTime())) profile.dates++;
      distinct.add(`d${cell.getTime()}`);
      continue;
    }
    if (typeof cell === 'boolean') {
      profile.flags++;
      distinct.add(String(cell));
      continue;
    }
    const text = String(cell).trim();
    distinct.add(text.toLowerCase());
    const number = typeof cell === 'number' ? cell : numberInText(text);
    if (Number.isFinite(number)) {
      profile.numbers.push(number);
      if (Number.isInteger(number) && number >= 0) profile.idLike++;
      continue;
    }
    if (isDateText(text)) profile.dates++;
    else if (durationInText(text) >= 0) profile.durations++;
    else if (isEmailText(text)) profile.emails++;
    else if (isFlagWord(text)) profile.flags++;
    else if (isAnswerLabel(text, profile)) continue;
    else {
      profile.texts.push(text);
      if (STAGE_WORDS.has(normalizeText(text))) profile.stageWords++;
      if (/^[\p{L}\p{N}_-]{1,40}$/u.test(text) && /\d/.test(text)) profile.idLike++;
      if (isProse(text)) profile.prose++;
    }
  }
  profile.distinctValues = distinct.size;
  return profile;
}

/**
 * Counts an answer label the readers score (`10 - Extremely likely`, `4/5`, `Rất hài lòng`,
 * `Strongly agree`) into the profile: a numbered answer as its number, a verbal one as a label of
 * its family. Labels are answers, not the few repeated words of a segment.
 */
function isAnswerLabel(text: string, profile: ColumnProfile): boolean {
  const numbered = numberedAnswer(text);
  if (numbered) {
    profile.numbers.push(numbered.score);
    if (numbered.outOf !== undefined) profile.labelTops.push(numbered.outOf);
    return true;
  }
  if (GOOD_BAD.has(foldLabel(text))) {
    profile.goodBad++;
    return true;
  }
  const csat = verbalScore(text, 'csat', 5) !== undefined;
  const ces = labelScales(text, 'ces');
  if (csat) profile.csatLabels++;
  if (ces.length > 0) profile.cesLabels++;
  if (ces.length === 1) profile.labelTops.push(ces[0]);
  return csat || ces.length > 0;
}

/** A helpdesk's two satisfaction ratings, folded (the proposed label table scores them; mapping/fromDetection.ts). */
export const GOOD_BAD: ReadonlyMap<string, number> = new Map([['good', 5], ['bad', 1]]);

/** Share of filled cells that are whole numbers in [low, high]. */
function scaleShare(profile: ColumnProfile, low: number, high: number): number {
  const inScale = profile.numbers.filter((n) => Number.isInteger(n) && n >= low && n <= high).length;
  return inScale / profile.filled;
}

/** A scale fits only when nearly every answer is on it; a stray "N/A" or two is forgiven. */
function scaleFit(share: number): number {
  return share >= 0.9 ? share : share * 0.3;
}

/**
 * How well the values fit a kind, 0–1. Needs at least 3 filled cells; returns null below that
 * (no evidence either way).
 */
export function kindFit(profile: ColumnProfile, kind: ValueKind): number | null {
  const n = profile.filled;
  if (n < 3) return null;
  const max = Math.max(...profile.numbers);
  const min = Math.min(...profile.numbers);
  switch (kind) {
    case 'date':
      return profile.dates / n;
    case 'email':
      return profile.emails / n;
    case 'nps': {
      // A 0/1 column is a flag or a label (a senior-citizen flag, a sentiment label), never 0–10 answers.
      if (profile.numbers.length > 0 && profile.numbers.every((x) => x === 0 || x === 1)) return 0;
      let fit = scaleFit(scaleShare(profile, 0, 10));
      // Ten answers or more that use only one or two values are not the spread a survey has.
      if (n >= 10 && new Set(profile.numbers.filter((x) => Number.isInteger(x) && x >= 0 && x <= 10)).size < 3) fit *= 0.2;
      // 1–5 or 1–7 answers are whole numbers in 0–10 too, but they look like CSAT or CES.
      if (fit > 0.5 && min >= 1 && max <= 5) return fit * 0.4;
      if (fit > 0.5 && min >= 1 && max <= 7) return fit * 0.7;
      return fit;
    }
    case 'csat': {
      // 1–5 is the usual CSAT scale. 1–7 and 1–10 are CSAT scales too (metrics-spec §2), but by
      // their values alone they look as much like CES or NPS, so they fit only partly: a header
      // word ("satisfied") is what makes such a column CSAT (see inferScale for its scale).
      const usual = scaleFit(scaleShare(profile, 1, 5));
      const wider = scaleFit(scaleShare(profile, 1, 10)) * 0.6;
      // Satisfaction words (Very satisfied … / Rất hài lòng …) are CSAT answers on 1–5.
      const labels = scaleFit((profile.csatLabels + profile.numbers.filter((x) => Number.isInteger(x) && x >= 1 && x <= 5).length) / n) * 0.9;
      // Good/bad ratings, with the survey offered but not answered ("Offered", a non-answer), fit
      // only beside a satisfaction header: the values alone say nothing of the question.
      const goodBad = profile.goodBad > 0 ? scaleFit((profile.goodBad + profile.texts.filter(isNonAnswer).length) / n) * 0.9 : 0;
      return Math.max(usual, wider, profile.csatLabels > 0 ? labels : 0, goodBad);
    }
    case 'ces': {
      // Agreement or ease words (Strongly agree … / Hoàn toàn đồng ý …) are CES answers.
      if (profile.cesLabels > profile.csatLabels) return scaleFit((profile.cesLabels + profile.numbers.length) / n) * 0.9;
      const fit = scaleFit(scaleShare(profile, 1, 7));
      // 1–5 is a CES scale too (metrics-spec §2), but 1–5 values alone look more like CSAT: they
      // count for less, yet enough that an "easy" header with 1–5 answers is a sure CES.
      return fit > 0.5 && max <= 5 ? fit * 0.75 : fit;
    }
    case 'count': {
      const fit = scaleFit(profile.numbers.filter((x) => Number.isInteger(x) && x >= 0).length / n);
      return max > 10 ? fit : fit * 0.6;
    }
    case 'duration':
      return scaleFit((profile.durations + profile.numbers.filter((x) => x >= 0).length) / n);
    case 'flag':
      return profile.flags / n;
    case 'flagOrCount':
      return Math.max(kindFit(profile, 'flag') ?? 0, kindFit(profile, 'count') ?? 0);
    case 'category':
      return categoryFit(profile);
    case 'source':
      return Math.max(categoryFit(profile), kindFit(profile, 'flag') ?? 0, kindFit(profile, 'count') ?? 0);
    case 'stage':
      return profile.stageWords / n >= 0.5 ? Math.min(1, profile.stageWords / n + 0.1) : categoryFit(profile) * 0.6;
    case 'id':
      // 1, 2, 3 … n is a row or response number, not whose answer it is.
      if (isCountingUp(profile)) return 0;
      return (profile.idLike / n) * (profile.distinctValues / n >= 0.3 ? 1 : 0.5);
    case 'text': {
      // A person's words: several words, not addresses ("1234 W MAIN ST") or codes.
      if (profile.prose === 0) return 0;
      const meanLength = profile.texts.reduce((sum, t) => sum + t.length, 0) / profile.texts.length;
      const varied = profile.distinctValues / n >= 0.6 ? 1 : 0.5;
      return (profile.prose / n) * Math.min(1, meanLength / 25) * varied;
    }
  }
}

/** Whole numbers, each once, running from the smallest to the largest without a gap: row numbers. */
function isCountingUp(profile: ColumnProfile): boolean {
  const { numbers, filled } = profile;
  if (numbers.length !== filled || profile.distinctValues !== filled || !numbers.every(Number.isInteger)) return false;
  return Math.max(...numbers) - Math.min(...numbers) === filled - 1;
}

/**
 * Text that reads like someone wrote it: at least two words, and not a street address (a house
 * number then a short street name) or a code. Checked with indexOf and a bounded pattern, linear.
 */
function isProse(text: string): boolean {
  if (text.indexOf(' ') === -1) return false;
  return !(text.length <= 40 && /^\d{1,6}[A-Za-z]? \S/.test(text));
}

/** Short labels repeated across rows: channels, plans, regions. */
function categoryFit(profile: ColumnProfile): number {
  const n = profile.filled;
  const share = profile.texts.length / n;
  if (share === 0) return 0;
  const meanLength = profile.texts.reduce((sum, t) => sum + t.length, 0) / profile.texts.length;
  const fewLabels = profile.distinctValues <= Math.max(12, n * 0.2) ? 1 : 0.3;
  const short = meanLength <= 40 ? 1 : 0.4;
  return share * fewLabels * short;
}

function isFlagWord(text: string): boolean {
  const word = text.trim().normalize('NFC').toLowerCase();
  return YES_WORDS.has(word) || NO_WORDS.has(word);
}
