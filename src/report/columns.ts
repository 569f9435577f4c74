import { localDay, periodIndex } from '../cells/calendar';
import { readDateColumn } from '../cells/column';
import type { DateOrder } from '../cells/dates';
import { CellProblem } from '../cells/errors';
import { TranslatedError } from '../cells/messages';
import type { Cell, Lang } from '../cells/types';
import { messagesFor } from './messages';
import type { ReportMetricId, ReportProblem } from './types';

/**
 * Reading report columns cell by cell. Unlike a custom function, a report does not fail on one
 * bad cell: a manager would get no email at all. The cell is left out and counted, and the
 * report says plainly which column, how many cells, and the first one's problem.
 */

export type Section = ReportProblem['section'];

/** Collects unreadable cells per column and turns them into the report's problem notes. */
export class ProblemLog {
  private readonly columns = new Map<string, { section: Section; metric?: ReportMetricId; count: number; row: number; text: Record<Lang, string> }>();
  readonly failures: ReportProblem[] = [];

  /** A bad cell at 0-based `index` of column `name`. */
  cell(section: Section, name: string, index: number, problem: CellProblem, metric?: ReportMetricId): void {
    const known = this.columns.get(name);
    if (known) known.count++;
    else this.columns.set(name, { section, metric, count: 1, row: index + 1, text: problem.text });
  }

  /** A whole computation that failed (e.g. inconsistent counts): its message in both languages. */
  failure(section: Section, name: string, error: unknown, metric?: ReportMetricId): void {
    const texts: Record<Lang, string> =
      error instanceof TranslatedError ? error.texts : { en: String((error as Error)?.message ?? error), vi: String((error as Error)?.message ?? error) };
    const text = (lang: Lang) => messagesFor(lang).sectionFailed(name, texts[lang]);
    this.failures.push({ section, metric, message: { en: text('en'), vi: text('vi') } });
  }

  problems(): ReportProblem[] {
    const cells = [...this.columns.entries()].map(([name, c]): ReportProblem => {
      const text = (lang: Lang) => messagesFor(lang).unreadable(name, c.count, c.row, c.text[lang]);
      return { section: c.section, metric: c.metric, message: { en: text('en'), vi: text('vi') } };
    });
    return [...cells, ...this.failures];
  }
}

/**
 * Each cell through `read`; NaN for skipped and for unreadable cells, which are logged.
 * Non-CellProblem errors are bugs and propagate.
 */
export function readColumn(cells: readonly Cell[], read: (cell: Cell) => number, log: ProblemLog, section: Section, name: string, metric?: ReportMetricId): Float64Array {
  const values = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    try {
      values[i] = read(cells[i]);
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      log.cell(section, name, i, error, metric);
      values[i] = NaN;
    }
  }
  return values;
}

/** How a report reads a date column: the mapping's date order and the sheet's locale, for day/month text. */
export interface DateReading {
  order?: DateOrder;
  locale?: string;
}

/**
 * Each date cell as an instant (NaN when blank or unreadable, which is logged), day/month text
 * in the column's order (src/cells/column.ts: its values, then the mapping, then the locale).
 */
export function readInstants(cells: readonly Cell[], timeZone: string, log: ProblemLog, section: Section, name: string, reading: DateReading = {}): Float64Array {
  return readDateColumn(cells, { timeZone, order: reading.order, locale: reading.locale, onProblem: (i, problem) => log.cell(section, name, i, problem) }).values;
}

/** The local day number of each date cell in the spreadsheet's zone (NaN when blank or unreadable). */
export function readDays(cells: readonly Cell[], timeZone: string, log: ProblemLog, section: Section, name: string, reading: DateReading = {}): Float64Array {
  return readInstants(cells, timeZone, log, section, name, reading).map((ms) => localDay(ms, timeZone));
}

/** The period index (month or week, see calendar.periodIndex) of each day; NaN stays NaN. */
export function periodsOfDays(days: Float64Array, kind: 'month' | 'week'): Float64Array {
  return days.map((day) => (day === day ? periodIndex(day, kind) : NaN));
}

/** A cell as trimmed one-line text ('' for blanks and non-text junk such as nested lists). */
export function textOf(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}
