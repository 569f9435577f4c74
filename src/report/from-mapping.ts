import { isPacked, mapCells, type Cells } from '../cells/packed';
import type { Cell } from '../cells/types';
import { columnIndex } from '../mapping/text';
import { referralAnswersFor } from '../mapping/defaults';
import { referralFlagsFor } from './referral-flags';
import type { DataSource, FieldId, Mapping } from '../mapping/index';
import type { ColumnPlace, ReportInput, SurveyColumns } from './types';

/**
 * The one bridge from a saved mapping to the report's plain columns, used alike by the
 * add-on's email reports, the sidebar, the command line and `npm start`, so every surface
 * computes the same numbers from the same cells.
 *
 * The cells come either as `rowsOf(source)`, a sheet's rows as Sheets returns them (header rows
 * included, read in one batch by the caller), or column by column (`{ columnOf }`, data rows
 * only) for callers that keep just the mapped columns of a large file. Each family (survey,
 * tickets, subscriptions, activity, journey, referrals) comes from the first source that maps
 * its fields. Cost: O(rows × mapped columns).
 */
export type ReportContext = Omit<ReportInput, 'survey' | 'surveySheets' | 'tickets' | 'subscriptions' | 'referrals' | 'activity' | 'journey' | 'csatScale' | 'cesScale'>;

export type RowsOf = (source: DataSource) => readonly (readonly Cell[])[];
export interface ColumnsOf<C extends Cells = Cell[]> {
  /** The data rows (below the header rows) of one column of a source: cells, or packed (the command line's large files). */
  columnOf(source: DataSource, letter: string): C;
  /** The header text of one column, when known (it may name a unit: `Thời gian xử lý (giờ)`). */
  headerOf?(source: DataSource, letter: string): string | undefined;
  /** Where that column's cells are (a file's lines, the sheet's own letters), for naming left-out cells. */
  placeOf?(source: DataSource, letter: string): ColumnPlace | undefined;
}

export function reportInputFromMapping(mapping: Mapping, cells: RowsOf | ColumnsOf, context: ReportContext): ReportInput;
export function reportInputFromMapping(mapping: Mapping, cells: ColumnsOf<Cells>, context: ReportContext): ReportInput<Cells>;
export function reportInputFromMapping(mapping: Mapping, cells: RowsOf | ColumnsOf<Cells>, context: ReportContext): ReportInput<Cells> {
  const places = new Map<Cells, ColumnPlace>();
  const input: ReportInput<Cells> = { ...context, csatScale: mapping.scales.csat.scale, cesScale: mapping.scales.ces.scale, columns: places };
  const surveys: { name: string; survey: SurveyColumns<Cells> }[] = [];
  for (const source of mapping.sources) {
    const has = (field: FieldId) => source.columns[field] !== undefined;
    const scored = has('nps') || has('csat') || has('ces');
    const isTickets = (has('ticketOpened') && has('ticketResolved')) || has('ticketDuration');
    const isSubscriptions = has('subsStart') && has('subsEnd') && has('subsNew');
    // A call log with only a first-contact flag and a date gives FCR too.
    const isFlaggedContacts = !isTickets && has('firstContact') && (has('ticketOpened') || has('timestamp'));
    const isCustomers = has('churned') || (has('customerJoined') && has('customerLeft'));
    const isActivity = has('customerId') && has('timestamp') && !scored && !isTickets && !isSubscriptions && !isCustomers && !isFlaggedContacts;
    if (!scored && !isTickets && !isFlaggedContacts && !isSubscriptions && !isCustomers && !isActivity && !has('journeyStage') && !has('referral')) continue;

    let rows: readonly (readonly Cell[])[] | undefined;
    const header = (field: FieldId): string | undefined => {
      const letter = source.columns[field];
      if (letter === undefined || source.headerRow < 1) return undefined;
      if (typeof cells !== 'function') return cells.headerOf?.(source, letter);
      const cell = cells(source)[source.headerRow - 1]?.[columnIndex(letter)];
      return typeof cell === 'string' ? cell : undefined;
    };
    const col = (field: FieldId): Cells | undefined => {
      const letter = source.columns[field];
      if (letter === undefined) return undefined;
      let column: Cells;
      let place: ColumnPlace | undefined;
      if (typeof cells !== 'function') {
        column = cells.columnOf(source, letter);
        place = cells.placeOf?.(source, letter);
      } else {
        rows ??= cells(source).slice(source.headerRow);
        const index = columnIndex(letter);
        column = rows.map((row) => (index < row.length ? row[index] : ''));
        // Sheet rows as people count them: the header rows, then data row 0 is the next one.
        place = { sheet: source.sheetName, refOf: (i) => ({ sheet: source.sheetName, column: letter, row: source.headerRow + 1 + i }) };
      }
      if (place) places.set(column, place);
      return column;
    };
    const dates = col('timestamp');

    if (scored) {
      const survey: SurveyColumns<Cells> = {
        // A helpdesk's satisfaction rating is dated by its ticket, as on the dashboard.
        dates: dates ?? col('ticketOpened'),
        nps: col('nps'),
        csat: col('csat'),
        ces: col('ces'),
        segment: col('segment'),
        comment: col('comment'),
        email: col('email'),
        ...(source.labels ? { labels: source.labels } : {}),
        ...(source.dateOrder ? { dateOrder: source.dateOrder } : {}),
      };
      input.survey ??= survey;
      surveys.push({ name: source.sheetName, survey });
    }
    if (isTickets && !input.tickets) {
      input.tickets = {
        opened: col('ticketOpened') ?? [],
        resolved: col('ticketResolved'),
        firstContact: col('firstContact'),
        segment: col('segment'),
        ...(has('ticketDuration') ? { duration: col('ticketDuration'), durationHeader: header('ticketDuration'), dates } : {}),
        ...(source.durationUnit ? { durationUnit: source.durationUnit } : {}),
        ...(source.dateOrder ? { dateOrder: source.dateOrder } : {}),
      };
    } else if (isFlaggedContacts && !input.tickets) {
      input.tickets = {
        opened: (col('ticketOpened') ?? dates)!,
        firstContact: col('firstContact'),
        segment: col('segment'),
        ...(source.dateOrder ? { dateOrder: source.dateOrder } : {}),
      };
    }
    if (isCustomers && !input.customers) {
      input.customers = {
        ids: col('customerId'),
        churned: col('churned'),
        joined: col('customerJoined'),
        left: col('customerLeft'),
        dates,
        ...(source.dateOrder ? { dateOrder: source.dateOrder } : {}),
      };
    }
    if (isSubscriptions && !input.subscriptions && dates) {
      input.subscriptions = {
        month: dates,
        start: col('subsStart')!,
        end: col('subsEnd')!,
        new: col('subsNew')!,
        trials: col('trialStarted'),
        converted: col('trialConverted'),
        referred: col('referral'),
        ...(source.dateOrder ? { dateOrder: source.dateOrder } : {}),
      };
    } else if (has('referral') && !input.referrals) {
      const sources = col('referral')!;
      // Packed, its distinct cells are the texts the answers are proposed from.
      const asFlag = referralFlagsFor(referralAnswersFor(mapping, isPacked(sources) ? sources.distinct : sources));
      const referred = isPacked(sources) ? sources.mapTexts(asFlag) : mapCells(sources, asFlag);
      const place = places.get(sources);
      if (place) places.set(referred, place);
      input.referrals = { dates, referred, ...(source.dateOrder ? { dateOrder: source.dateOrder } : {}) };
    }
    // Every dated family carries its source's date order, as the survey's does (spec §1.2).
    const order = source.dateOrder ? { dateOrder: source.dateOrder } : {};
    if (isActivity && !input.activity) input.activity = { users: col('customerId')!, dates: dates!, ...order };
    if (has('journeyStage') && !input.journey) input.journey = { stages: col('journeyStage')!, dates, ...order };
  }
  // Every survey sheet is reported: each on its own, and together where they ask the same question.
  if (surveys.length > 1) input.surveySheets = surveys;
  return input;
}

// Kept here for the callers that read a mapping; the reading itself lives beside the report's columns.
export { referralFlagsFor } from './referral-flags';
