import { dateText, type DateOrder } from './dates';
import { bothMarksProblem, bothOrdersProblem, decideDateOrder, decideDecimalMark, type DateOrderDecision, type DecimalMarkDecision, type EachText } from './decide';
import { describePlace, placeOf, type CellProblem } from './errors';
import { isAmbiguous, numberReadings } from './numbers';
import { readDate, type WallClockToInstant } from './read';
import type { Range } from './shape';
import type { Cell, Lang } from './types';

/**
 * The per-column decisions of ./decide.ts for a custom function's range argument, made lazily:
 * a range of Date cells or plain numbers never pays for a scan, and the spreadsheet's locale is
 * asked for (an Apps Script call) only when the values decide nothing.
 */

let localeSource: () => string | undefined = () => undefined;

/** Where custom functions find the spreadsheet's locale (set once by src/functions/env.ts). */
export function setLocaleSource(source: () => string | undefined): void {
  localeSource = source;
}

/** The text cells of a range, row by row, with their 0-based flat index. */
export function rangeTexts(range: Range): EachText {
  return (visit) => {
    const { cells, rows, columns } = range;
    for (let r = 0; r < rows; r++) {
      const row = cells[r];
      for (let c = 0; c < columns; c++) {
        const cell = row[c];
        if (typeof cell === 'string' && cell !== '') visit(cell, r * columns + c);
      }
    }
  };
}

/** A cell's place in a range argument in both languages (`row 20 of opened`). */
function whereIn(range: Range, argName?: string): (index: number) => Record<Lang, string> {
  return (index) => {
    const place = placeOf(index, range.rows, range.columns);
    return { en: describePlace(place, 'en', argName), vi: describePlace(place, 'vi', argName) };
  };
}

/**
 * What a caller that is not a custom function knows about a date column's day/month order: the
 * mapping's or command line's setting, and the file's or spreadsheet's locale (the report and
 * the CLI pass them; a custom function leaves them out and the spreadsheet's locale is asked).
 */
export interface DateReading {
  order?: DateOrder;
  locale?: string;
}

/**
 * A date reader for the cells of one range: day/month text is read in the order the range's
 * own values prove, else `given.order`, else the locale (`given.locale`, else the
 * spreadsheet's); a range proving both orders makes every day/month cell a problem naming one
 * cell of each (metrics-spec.md section 1.2). The same decision readDateColumn makes.
 */
export function rangeDateReader(range: Range, toInstant?: WallClockToInstant, argName?: string, given: DateReading = {}): (cell: Cell) => number {
  let decision: DateOrderDecision | undefined;
  let conflict: CellProblem | undefined;
  return (cell) => {
    if (typeof cell === 'string') {
      const parts = dateText(cell);
      if (parts?.kind === 'dayMonth') {
        if (!decision) {
          decision = decideDateOrder(rangeTexts(range), given.locale ?? localeSource(), given.order);
          conflict = decision.conflict && bothOrdersProblem(decision.conflict, whereIn(range, argName));
        }
        if (conflict) throw conflict;
      }
    }
    return readDate(cell, toInstant, decision?.order);
  };
}

/**
 * A date argument given as one value (`as_of`): a Date cell, ISO or month-name text, or day/month
 * text read by the same rules as a dates column (metrics-spec.md 1.2): its own value when a part
 * above 12 proves the order, else `given.order`, else the locale (`given.locale`, else the
 * spreadsheet's). `dateArgumentOrder` says which order that is (undefined for other values);
 * readDateArgument returns the instant (NaN for a blank) and throws CellProblem for no date.
 */
export function dateArgumentOrder(value: Cell, given: DateReading = {}): DateOrder | undefined {
  if (typeof value !== 'string' || dateText(value)?.kind !== 'dayMonth') return undefined;
  return decideDateOrder((visit) => visit(value, 0), given.locale ?? localeSource(), given.order).order;
}

export function readDateArgument(value: Cell, toInstant?: WallClockToInstant, given: DateReading = {}): number {
  return readDate(value, toInstant, dateArgumentOrder(value, given));
}

/**
 * The decimal mark for a range's number text, decided on the first text that reads two ways
 * (`1,250`), or undefined while none has. `guard` throws for such text in a range proving both.
 */
export function rangeMark(range: Range, argName?: string): { mark: () => DecimalMarkDecision['mark'] | undefined; guard: (cell: Cell) => void } {
  let decision: DecimalMarkDecision | undefined;
  let conflict: CellProblem | undefined;
  const guard = (cell: Cell) => {
    if (typeof cell !== 'string') return;
    const readings = numberReadings(cell);
    if (!readings || !isAmbiguous(readings)) return;
    if (!decision) {
      decision = decideDecimalMark(rangeTexts(range), localeSource());
      conflict = decision.conflict && bothMarksProblem(decision.conflict, whereIn(range, argName));
    }
    if (conflict) throw conflict;
  };
  return { mark: () => decision?.mark, guard };
}
