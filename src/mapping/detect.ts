/**
 * Column detection for one sheet: which column holds which field, how sure we are and why.
 *
 * Each (column, field) pair gets evidence from the header words (headers.ts) and from the
 * values (sniff.ts). The two combine like independent clues:
 *   confidence = 1 − (1 − header·(0.3 + 0.7·fit)) · (1 − prior·fit)
 * so a header word backed by fitting values is near 1, a header word whose values contradict
 * it drops to 0.3 ("Resolved on first contact" holds yes/no, not resolution dates), and values
 * alone count only as far as the field's prior allows. Pairs are then taken greedily, best
 * first (ties go to the leftmost column): one column per field and one field per column.
 * Other columns that could hold a field are kept as its alternatives.
 *
 * Cost: O(rows × columns) over a sample bounded by DETECTION_SAMPLE_ROWS.
 *
 * @example detectColumns('Form Responses 1', [['Timestamp', 'How likely are you to recommend us?'], [date, 9], …])
 *   // fields.nps → { letter: 'B', confidence: 1, reasons: ['header mentions “recommend”', …] }
 */
import type { Cell, Lang } from '../cells/types';
import { DETECTION_SAMPLE_ROWS, FIELD_IDS, FIELD_INFO, HEADER_SEARCH_ROWS, MIN_CONFIDENCE, type FieldId } from './fields';
import { isFormsTimestampHeader, matchHeader, namesOtherMoment, sheetContext, type SheetContext } from './headers';
import { reasons } from './messages';
import { isDateText, kindFit, profileColumn, type ColumnProfile } from './sniff';
import { isDateCell } from '../cells/read';
import { cellDisplay, columnLetter, isEmailText, normalizeText } from './text';
import { inferScale, type ScaleGuess } from './scales';
import type { CesScale, CsatScale } from './schema';

export interface ColumnChoice {
  /** 0-based column index in the sheet. */
  column: number;
  /** `A`, `B`, … */
  letter: string;
  /** Header text, '' when the sheet has no header row. */
  header: string;
  confidence: number;
}

export interface FieldMatch extends ColumnChoice {
  field: FieldId;
  /** Why, in the requested language: header words matched, how well the values fit. */
  reasons: string[];
  /** Up to five distinct sample values as display text. */
  samples: string[];
  /** Other unassigned columns that could hold this field, best first. */
  alternatives: ColumnChoice[];
  /** CSAT and CES only: the answer scale the column is on, with how sure and why. */
  scale?: ScaleGuess;
  /**
   * True when only the values point to the field (no header word says so): a "maybe" that is
   * shown to the person to confirm, never put in a mapping on its own (see proposedColumns).
   */
  maybe: boolean;
}

export interface ColumnReport {
  column: number;
  letter: string;
  header: string;
  samples: string[];
  /** The column's best guesses (any confidence above 0.1), best first: what a dropdown offers. */
  guesses: { field: FieldId; confidence: number }[];
  /** The scale the column would have as the CSAT or the CES answer, for when a person picks it by hand. */
  scales: { csat: ScaleGuess<CsatScale>; ces: ScaleGuess<CesScale> };
}

export interface SheetDetection {
  sheetName: string;
  /** 1-based row of the header; 0 when the sheet has no header row. */
  headerRow: number;
  /** The first column is Google Forms' "Timestamp" ("Dấu thời gian"). */
  isFormsResponses: boolean;
  /** Data rows looked at (after the header). */
  sampledRows: number;
  fields: Partial<Record<FieldId, FieldMatch>>;
  columns: ColumnReport[];
}

export interface DetectOptions {
  /** How sample dates are shown; default ISO text in UTC. The add-on passes the sheet's zone. */
  formatDate?: (date: Date) => string;
}

export function detectColumns(sheetName: string, values: readonly (readonly Cell[])[], lang: Lang = 'en', options: DetectOptions = {}): SheetDetection {
  const headerIndex = findHeaderRow(values);
  const headerCells = headerIndex >= 0 ? values[headerIndex] : [];
  // SurveyMonkey writes a second header row ("Response", "Other (please specify)") under the questions.
  const subHeader = headerIndex >= 0 && isSubHeader(values[headerIndex + 1], values.slice(headerIndex + 2, headerIndex + 22)) ? values[headerIndex + 1] : null;
  const lastHeader = headerIndex + (subHeader ? 1 : 0);
  const body = values.slice(lastHeader + 1, lastHeader + 1 + DETECTION_SAMPLE_ROWS);
  const width = Math.max(0, ...values.slice(0, lastHeader + 1 + DETECTION_SAMPLE_ROWS).map((row) => row.length));
  const headers = headerTexts(headerCells, subHeader, width);
  const display = (cell: unknown) => (isDateCell(cell) && options.formatDate ? options.formatDate(cell) : cellDisplay(cell));

  const columns = Array.from({ length: width }, (_, column) => {
    const cells = body.map((row) => row[column]);
    const header = headers[column];
    const profile = profileColumn(cells);
    const scales = { csat: inferScale('csat', header, profile, lang), ces: inferScale('ces', header, profile, lang) };
    return { column, letter: columnLetter(column), header, profile, scales, samples: samplesOf(cells, display) };
  });

  const context = sheetContext(columns.map((col) => col.header));
  const scored = columns.flatMap((col) => FIELD_IDS.map((field) => ({ col, field, ...scorePair(field, col.header, col.profile, headerIndex >= 0, context, lang, body.length) })));
  const candidates = scored.filter((s) => s.confidence >= MIN_CONFIDENCE).sort((a, b) => b.confidence - a.confidence || a.col.column - b.col.column);

  const fields: Partial<Record<FieldId, FieldMatch>> = {};
  const usedColumns = new Set<number>();
  // A column with answers is chosen before one left empty in every row looked at: an empty
  // "Internal notes" matched by its header must not take the comments from the "Anything else
  // you'd like to tell us?" column beside it. An empty column is still chosen when no column with
  // answers fits (a question added to the form after the rows looked at), and listed as another candidate otherwise.
  const emptyInSample = (col: { profile: ColumnProfile }) => body.length >= EMPTY_SAMPLE_ROWS && col.profile.filled === 0;
  const picks = [...candidates.filter((c) => !emptyInSample(c.col)), ...candidates.filter((c) => emptyInSample(c.col))];
  for (const pick of picks) {
    if (fields[pick.field] || usedColumns.has(pick.col.column)) continue;
    usedColumns.add(pick.col.column);
    fields[pick.field] = {
      field: pick.field,
      ...choice(pick.col, pick.confidence),
      reasons: pick.reasons,
      samples: pick.col.samples,
      alternatives: [],
      maybe: pick.maybe,
      ...(pick.field === 'csat' || pick.field === 'ces' ? { scale: pick.col.scales[pick.field] } : {}),
    };
  }
  for (const candidate of candidates) {
    const match = fields[candidate.field];
    if (match && !usedColumns.has(candidate.col.column)) match.alternatives.push(choice(candidate.col, candidate.confidence));
  }

  return {
    sheetName,
    headerRow: lastHeader + 1,
    isFormsResponses: headerIndex >= 0 && isFormsTimestampHeader(headerCells[0]),
    sampledRows: body.length,
    fields,
    columns: columns.map((col) => ({
      column: col.column,
      letter: col.letter,
      header: col.header,
      samples: col.samples,
      guesses: scored
        .filter((s) => s.col === col && s.confidence > 0.1)
        .sort((a, b) => b.confidence - a.confidence)
        .map((s) => ({ field: s.field, confidence: s.confidence })),
      scales: col.scales,
    })),
  };
}

/**
 * The columns detection proposes for a mapping: field → column letter, without the "maybe"
 * fields. The sidebar leaves a maybe unticked and the CLI does not use it unless it is mapped.
 */
export function proposedColumns(detection: SheetDetection): Partial<Record<FieldId, string>> {
  return Object.fromEntries(Object.values(detection.fields).filter((match) => !match.maybe).map((match) => [match.field, match.letter]));
}

function choice(col: { column: number; letter: string; header: string }, confidence: number): ColumnChoice {
  return { column: col.column, letter: col.letter, header: col.header, confidence };
}

/** Rows looked at from which a column with no answer in any of them is empty, not too new to judge. */
const EMPTY_SAMPLE_ROWS = 20;

/** Fields whose header words are specific enough that a generic "channel" or "type" in the same header yields to them. */
const SPECIFIC_FIELDS: readonly FieldId[] = ['nps', 'csat', 'ces', 'referral', 'firstContact', 'journeyStage', 'comment'];

function scorePair(field: FieldId, header: string, profile: ColumnProfile, hasHeader: boolean, context: SheetContext, lang: Lang, sampled: number) {
  const info = FIELD_INFO[field];
  let match = header ? matchHeader(field, header, context) : null;
  const fit = kindFit(profile, info.kind);
  let valuePrior = info.valuePrior;
  // "Updated at", "Due by", "Canceled At": a date, but not the moment the record is about.
  if (field === 'timestamp' && header && namesOtherMoment(header)) {
    valuePrior = 0;
    if (match) match = { ...match, weight: match.weight * 0.3 };
  }
  // "reviewId", "Mã góp ý": the id of a comment, not one.
  if (field === 'comment' && match && /(^| )(id|ma)( |$)/.test(normalizeText(header))) match = null;
  // "Bạn biết đến chúng tôi qua kênh nào?" asks how they heard of you; the "channel" in it is not a segment.
  if (field === 'segment' && match && SPECIFIC_FIELDS.some((other) => (matchHeader(other, header, context)?.weight ?? 0) >= 0.9)) {
    match = { ...match, weight: match.weight * 0.3 };
  }
  const why: string[] = [];
  if (!hasHeader) why.push(reasons.noHeader(lang));
  if (match) why.push(reasons.header(match.words, lang));
  if (fit === null) why.push(profile.filled === 0 && sampled >= EMPTY_SAMPLE_ROWS ? reasons.emptyInSample(sampled, lang) : reasons.fewValues(lang));
  else if (fit > 0) why.push(reasons.values(info.kind, fit, profile.filled, lang));
  const headerEvidence = match ? match.weight * (0.3 + 0.7 * (fit ?? 1)) : 0;
  const valueEvidence = valuePrior * (fit ?? 0);
  const confidence = 1 - (1 - headerEvidence) * (1 - valueEvidence);
  const maybe = MAYBE_WITHOUT_HEADER.has(field) && headerEvidence < MIN_CONFIDENCE;
  if (maybe && confidence >= MIN_CONFIDENCE) why.push(reasons.maybe(lang));
  return { confidence: Math.round(confidence * 100) / 100, reasons: why, maybe };
}

/**
 * Fields that make a metric (or feed a detractor's comment into a report): values alone make
 * them a "maybe". A column of whole numbers 0–10 could be districts, bins or visits; only a
 * header that asks the question makes it the NPS answer.
 */
const MAYBE_WITHOUT_HEADER: ReadonlySet<FieldId> = new Set<FieldId>([
  'nps', 'csat', 'ces', 'firstContact', 'referral', 'trialStarted', 'trialConverted', 'subsStart', 'subsEnd', 'subsNew', 'ticketOpened', 'ticketResolved', 'comment',
  'churned', 'customerJoined', 'customerLeft',
]);

function samplesOf(cells: readonly unknown[], display: (cell: unknown) => string): string[] {
  const seen = new Set<string>();
  for (const cell of cells) {
    const text = display(cell);
    if (text.trim() !== '') seen.add(text);
    if (seen.size === 5) break;
  }
  return [...seen];
}

/**
 * The header row's 0-based index, or -1 when the sheet starts with data. The header is the first
 * of the top rows that is at least half full of text labels (no numbers, dates or emails) and looks
 * unlike the rows under it: a title row ("Support tickets, exported 1 Nov") is too empty to count.
 */
export function findHeaderRow(values: readonly (readonly Cell[])[]): number {
  const width = Math.max(0, ...values.slice(0, HEADER_SEARCH_ROWS + 20).map((row) => row.length));
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, values.length); r++) {
    const row = values[r];
    const filled = row.filter((cell) => cell !== '' && cell !== null && cell !== undefined);
    if (filled.length === 0 || filled.length < Math.ceil(width / 2)) continue;
    const allLabels = filled.every((cell) => typeof cell === 'string' && isLabel(cell.trim()));
    if (!allLabels) return -1;
    return looksUnlikeBody(row, values.slice(r + 1, r + 21)) ? r : -1;
  }
  return -1;
}

function isLabel(text: string): boolean {
  return !/^[-+]?\d+(\.\d+)?$/.test(text) && !isDateText(text) && !isEmailText(text);
}

/**
 * A second header row under the first: every filled cell a label, at least two of them, and some
 * of them over columns whose values below are numbers or dates (so it is not a row of text answers).
 */
function isSubHeader(row: readonly Cell[] | undefined, below: readonly (readonly Cell[])[]): boolean {
  if (!row || below.length === 0) return false;
  const filled = row.filter((cell) => cell !== '' && cell !== null && cell !== undefined);
  if (filled.length < 2 || !filled.every((cell) => typeof cell === 'string' && isLabel(cell.trim()))) return false;
  return row.some((cell, c) => {
    if (cell === '' || cell === null || cell === undefined) return false;
    const values = below.map((r) => r[c]).filter((v) => v !== '' && v !== null && v !== undefined);
    return values.length > 0 && values.filter((v) => typeof v !== 'string' || !isLabel(v.trim())).length / values.length >= 0.5;
  });
}

/** Words a second header row repeats under every question; they say nothing about the column. */
const GENERIC_SUB_HEADERS = new Set(['response', 'open ended response', 'tra loi', 'cau tra loi']);

/**
 * Each column's header text. With a second header row, a question written once over several
 * columns (a merged cell) carries to the columns after it, and the sub-header is added unless it
 * is a generic "Response": "Overall, how satisfied…? Other (please specify)".
 */
function headerTexts(top: readonly Cell[], sub: readonly Cell[] | null, width: number): string[] {
  const text = (cell: Cell) => (typeof cell === 'string' ? cell.trim() : '');
  let carried = '';
  return Array.from({ length: width }, (_, c) => {
    const own = text(top[c]);
    if (!sub) return own;
    const below = text(sub[c]);
    if (own) carried = own;
    const question = own || (below ? carried : '');
    const extra = below && !GENERIC_SUB_HEADERS.has(normalizeText(below)) ? below : '';
    return [question, extra].filter(Boolean).join(' ');
  });
}

/** A header differs from its body: some column below holds numbers or dates, or no label repeats below. */
function looksUnlikeBody(header: readonly Cell[], body: readonly (readonly Cell[])[]): boolean {
  if (body.length === 0) return true;
  const nonText = header.some((_, c) => {
    const below = body.map((row) => row[c]).filter((cell) => cell !== '' && cell !== null && cell !== undefined);
    return below.length > 0 && below.filter((cell) => typeof cell !== 'string' || !isLabel(cell.trim())).length / below.length >= 0.5;
  });
  if (nonText) return true;
  return !header.some((label, c) => label !== '' && body.some((row) => row[c] === label));
}
