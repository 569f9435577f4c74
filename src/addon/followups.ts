import type { Lang } from '../cells/types';
import { readDateColumn } from '../cells/column';
import { foldCase } from '../cells/fold';
import type { FlaggedAnswer } from '../report/alerts';
import type { FollowUpRow, FollowUpStatus } from '../report/followups';
import { textOf } from '../report/columns';
import { findOwnSheet, freeSheetName } from './dashboard';
import { followUpTexts as T } from './alert-messages';

/**
 * The follow-up sheet ("Follow-ups" / "Theo dõi khách hàng", issue 16): one row per flagged answer,
 * with a status dropdown, owner, notes and the date each status was set. The add-on finds its own
 * sheet by developer metadata (PROJECT visibility, like the dashboard and the Themes sheet:
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata), so a user's
 * own sheet of the same name is never touched. It only ever appends rows below the last one and
 * fills a status date that is still blank: what people typed is never overwritten. The answer id
 * column says which answers are already there, so a rerun adds none twice; its columns are found
 * by their headers, so columns a person inserted are left alone.
 */
export const FOLLOW_UPS_KEY = 'cx.followups';
/** Document property set once the add-on has made its follow-up sheet. */
export const FOLLOW_UPS_MADE_KEY = 'cx.followups.made';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const FOLLOW_UP_COLUMNS = ['time', 'score', 'comment', 'segment', 'contact', 'source', 'status', 'owner', 'notes', 'newOn', 'contactedOn', 'resolvedOn', 'id'] as const;
type Column = (typeof FOLLOW_UP_COLUMNS)[number];
export const STATUSES = ['new', 'contacted', 'resolved'] as const;

export function findFollowUps(book: Book): Sheet | null {
  return findOwnSheet(book, FOLLOW_UPS_KEY);
}

function createFollowUps(book: Book, lang: Lang): Sheet {
  const sheet = book.insertSheet(freeSheetName(book, T.sheetName[lang], null));
  sheet.addDeveloperMetadata(FOLLOW_UPS_KEY, 'v1', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  sheet.getRange(1, 1, 1, FOLLOW_UP_COLUMNS.length).setValues([FOLLOW_UP_COLUMNS.map((c) => T.header[c][lang])]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

/** Column (1-based) of each of the add-on's headers, in either language, as the sheet has them now. */
function columnsOf(sheet: Sheet): Partial<Record<Column, number>> {
  const width = sheet.getLastColumn();
  const headers = width > 0 ? sheet.getRange(1, 1, 1, width).getDisplayValues()[0] : [];
  const found: Partial<Record<Column, number>> = {};
  headers.forEach((text, i) => {
    const column = FOLLOW_UP_COLUMNS.find((c) => T.header[c].en === text.trim() || T.header[c].vi === text.trim());
    if (column && found[column] === undefined) found[column] = i + 1;
  });
  return found;
}

/**
 * A respondent's words as a cell that stays text: the column is plain text ('@') so `1/2` stays
 * `1/2`, and a leading space keeps `=…`, `+…`, `-…`, `@…` from being read as a formula (Sheets
 * reads a formula only from a leading `=`).
 */
function asText(text: string | undefined): string {
  if (!text) return '';
  return /^[=+\-@]/.test(text) ? ` ${text}` : text;
}

function scoreText(a: FlaggedAnswer): string {
  return a.reasons.map((r) => `${r.metric} ${r.score}/${r.scale}`).join(', ');
}

/** A follow-up problem said in both languages (the alerts log has both). */
export class FollowUpProblem extends Error {
  constructor(readonly text: Record<Lang, string>) {
    super(text.en);
  }
}

/** The headers the add-on writes into: without one of the first three nothing is written at all. */
const KEY_COLUMNS = ['id', 'status', 'time'] as const;
const FILLED_COLUMNS = ['score', 'comment', 'segment', 'contact', 'source', 'newOn'] as const;

export interface FollowUpResult {
  added: number;
  /** What the log should say (the sheet made again, a column the add-on fills gone). */
  notes: Record<Lang, string>[];
}

/**
 * Appends a row for each answer not yet in the sheet (by its id), creating the sheet the first time,
 * and dates the statuses people set since the last run. `known` are the flagged answers already
 * alerted (still in the ledger's window): they are added only when the sheet has to be made again
 * (someone deleted it; `made` says the add-on had one), so a row a person deleted on purpose is not
 * brought back. Throws `FollowUpProblem` naming the sheet and headers when row 1 lost the answer id,
 * status or time header (nothing is written then, rather than in the wrong column).
 */
export function appendFollowUps_(book: Book, flagged: readonly FlaggedAnswer[], lang: Lang, known: readonly FlaggedAnswer[] = [], made = false): FollowUpResult {
  const notes: Record<Lang, string>[] = [];
  const found = findFollowUps(book);
  if (!found && flagged.length === 0 && !(made && known.length > 0)) return { added: 0, notes };
  const sheet = found ?? createFollowUps(book, lang);
  if (!found) {
    const fresh = new Set(flagged.map((a) => a.id));
    const back = known.filter((a) => !fresh.has(a.id));
    flagged = [...back, ...flagged].sort((a, b) => a.at - b.at);
    if (made) notes.push(T.recreated(sheet.getName(), back.length));
  }
  const cols = columnsOf(sheet);
  const gone = KEY_COLUMNS.filter((c) => cols[c] === undefined);
  if (gone.length > 0) throw new FollowUpProblem(T.columnsGone(sheet.getName(), gone.map((c) => T.header[c])));
  const last = sheet.getLastRow();
  const ids = new Set(last > 1 ? sheet.getRange(2, cols.id!, last - 1, 1).getDisplayValues().map((r) => r[0]) : []);
  const now = new Date();
  const fresh = flagged.filter((a) => !ids.has(a.id));
  if (fresh.length > 0) {
    const width = Math.max(sheet.getLastColumn(), ...Object.values(cols).map((c) => c ?? 0));
    const rows = fresh.map((a) => {
      const row: unknown[] = new Array(width).fill('');
      const put = (c: Column, v: unknown) => cols[c] !== undefined && (row[cols[c]! - 1] = v);
      put('time', new Date(a.at));
      put('score', scoreText(a));
      put('comment', asText(a.comment));
      put('segment', asText(a.segment));
      put('contact', asText(a.email));
      put('source', `${a.sheetName}!A${a.row}`);
      put('status', T.status.new[lang]);
      put('newOn', now);
      put('id', a.id);
      return row;
    });
    const range = sheet.getRange(last + 1, 1, rows.length, width);
    // Plain text where people's words go: a comment that starts with = is never a formula.
    for (const c of ['comment', 'segment', 'contact', 'score', 'source', 'id'] as const) if (cols[c] !== undefined) sheet.getRange(last + 1, cols[c]!, rows.length, 1).setNumberFormat('@');
    range.setValues(rows);
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(STATUSES.map((s) => T.status[s][lang]), true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange(last + 1, cols.status!, rows.length, 1).setDataValidation(rule);
    for (const c of ['time', 'newOn', 'contactedOn', 'resolvedOn'] as const) if (cols[c] !== undefined) sheet.getRange(last + 1, cols[c]!, rows.length, 1).setNumberFormat('yyyy-mm-dd hh:mm');
  }
  const skipped = FILLED_COLUMNS.filter((c) => cols[c] === undefined);
  if (fresh.length > 0 && skipped.length > 0) notes.push(T.columnsSkipped(sheet.getName(), skipped.map((c) => T.header[c]), fresh.length));
  dateStatuses(sheet, cols, now);
  return { added: fresh.length, notes };
}

/**
 * Fills "Contacted on" / "Resolved on" for rows (from `first`, `count` of them; every row by
 * default) whose status says so and whose date is still blank.
 */
function dateStatuses(sheet: Sheet, cols: Partial<Record<Column, number>>, now: Date, first = 2, count = sheet.getLastRow() - 1): void {
  if (count < 1 || first < 2 || cols.status === undefined) return;
  const statuses = sheet.getRange(first, cols.status, count, 1).getDisplayValues();
  for (const [status, column] of [['contacted', cols.contactedOn], ['resolved', cols.resolvedOn]] as const) {
    if (column === undefined) continue;
    const dates = sheet.getRange(first, column, count, 1).getValues();
    const names = new Set([T.status[status].en, T.status[status].vi]);
    const resolvedAlso = status === 'contacted' ? new Set([T.status.resolved.en, T.status.resolved.vi]) : new Set<string>();
    statuses.forEach(([s], i) => {
      const text = s.trim();
      // Only a blank cell is written: a date a person typed stays.
      if ((names.has(text) || resolvedAlso.has(text)) && (dates[i][0] === '' || dates[i][0] === null)) sheet.getRange(i + first, column).setValue(now);
    });
  }
}

/**
 * The follow-up sheet's rows for the report's follow-up section (issue 16 item 4), read in one
 * batch by their headers, in either language; none when there is no follow-up sheet or it lost its
 * "Answered" or "Status" column. Dates a person typed are read as the survey's are (day/month in
 * the spreadsheet's locale and zone). A row without a readable answer time is not in any period.
 */
export function readFollowUps_(book: Book): FollowUpRow[] | undefined {
  const sheet = findFollowUps(book);
  if (!sheet) return undefined;
  const cols = columnsOf(sheet);
  if (cols.time === undefined || cols.status === undefined) return undefined;
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const values = sheet.getRange(2, 1, last - 1, sheet.getLastColumn()).getValues();
  const reading = { timeZone: book.getSpreadsheetTimeZone(), locale: book.getSpreadsheetLocale() };
  const column = (c: Column) => (cols[c] === undefined ? undefined : values.map((row) => row[cols[c]! - 1]));
  const dates = (c: Column) => {
    const cells = column(c);
    return cells ? readDateColumn(cells, reading).values : undefined;
  };
  const answered = dates('time')!;
  const contacted = dates('contactedOn');
  const resolved = dates('resolvedOn');
  const text = (c: Column, i: number) => {
    const cells = column(c);
    return cells ? textOf(cells[i]).trim() || undefined : undefined;
  };
  const statusOf = (typed: string): FollowUpStatus | null => STATUSES.find((s) => foldCase(T.status[s].en) === foldCase(typed) || foldCase(T.status[s].vi) === foldCase(typed)) ?? null;
  const at = (v: Float64Array | undefined, i: number) => (v && v[i] === v[i] ? v[i] : undefined);
  const rows: FollowUpRow[] = [];
  values.forEach((_, i) => {
    const answeredAt = at(answered, i);
    if (answeredAt === undefined) return;
    const statusText = text('status', i) ?? '';
    const contactedAt = at(contacted, i);
    const resolvedAt = at(resolved, i);
    rows.push({
      row: i + 2,
      answeredAt,
      score: text('score', i) ?? '',
      status: statusOf(statusText),
      statusText,
      ...(text('comment', i) && { comment: text('comment', i) }),
      ...(text('segment', i) && { segment: text('segment', i) }),
      ...(text('contact', i) && { contact: text('contact', i) }),
      ...(text('owner', i) && { owner: text('owner', i) }),
      ...(contactedAt !== undefined && { contactedAt }),
      ...(resolvedAt !== undefined && { resolvedAt }),
    });
  });
  return rows;
}

/** The Sheets edit event, as the simple onEdit(e) gets it: https://developers.google.com/apps-script/guides/triggers/events#edit */
export interface EditEvent {
  authMode?: unknown;
  range?: GoogleAppsScript.Spreadsheet.Range;
  value?: unknown;
  oldValue?: unknown;
}

/**
 * The simple onEdit(e) trigger (issue 16 item 4): when a person sets a status on the follow-up
 * sheet, the date it was set goes in its "Contacted on" / "Resolved on" cell at once, where that
 * cell is still blank (a date someone typed stays). An editor add-on may use the simple onEdit
 * trigger in Sheets (https://developers.google.com/workspace/add-ons/concepts/editor-triggers), and
 * it runs in AuthMode.LIMITED for an add-on used in the document, which reaches the document
 * itself but no mail, triggers or user identity
 * (https://developers.google.com/apps-script/reference/script/auth-mode#LIMITED,
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle): writing a date
 * into our own sheet is all it does. Every edit of the spreadsheet runs it, so it asks the edited
 * sheet one question (is it ours?) and stops. A simple trigger fires for a person's edits only, not
 * for a script's, so the daily run still dates what it finds undated. Never throws.
 */
export function onEdit(e?: EditEvent): void {
  try {
    const range = e?.range;
    if (!range) return;
    const sheet = range.getSheet();
    if (sheet.getDeveloperMetadata().every((m) => m.getKey() !== FOLLOW_UPS_KEY)) return;
    const cols = columnsOf(sheet);
    if (cols.status === undefined || range.getColumn() > cols.status || range.getLastColumn() < cols.status) return;
    const first = Math.max(2, range.getRow());
    const count = range.getLastRow() - first + 1;
    dateStatuses(sheet, cols, new Date(), first, count);
  } catch (error) {
    // A simple trigger's failure only reaches the execution log; the daily run dates what is left.
    console.warn('CX Metrics: could not date the follow-up status:', error instanceof Error ? error.message : String(error));
  }
}
