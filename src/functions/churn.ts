import { failCall, recordTexts } from '../cells/messages';
import { isNotGiven } from '../cells/options';
import type { RangeArg } from '../cells/types';
import { churnRate, periodRates, retentionRate } from '../metrics/churn';
import { customerChurnOf, retentionOf } from '../metrics/customer-churn';
import { yesShareOfRange } from '../metrics/flags';
import { periodOf } from '../metrics/trend';
import type { FunctionDoc } from './catalog';
import { sheetTimeZone } from './env';
import { inSheetLang } from './localize';

/**
 * % of the customers at the start lost during the period; ranges give one rate per row.
 * With one range only: the % of per-customer churned flags that say yes.
 */
export function CHURN(start: RangeArg, end?: RangeArg, added?: RangeArg): number | (number | string)[][] {
  return inSheetLang(() => {
    if (isNotGiven(end) && isNotGiven(added)) return yesShareOfRange(start, 'CHURN').value;
    if (isNotGiven(end) || isNotGiven(added)) throw failCall('CHURN', recordTexts.churnForms());
    return periodRates('CHURN', start, end, added, churnRate);
  });
}

/** % of the customers at the start still there at the end; ranges give one rate per row. */
export function RETENTION(start: RangeArg, end: RangeArg, added: RangeArg): number | (number | string)[][] {
  return inSheetLang(() => periodRates('RETENTION', start, end, added, retentionRate));
}

/** % of the customers active at the start of the period whose cancel date falls inside it. */
export function CUSTOMER_CHURN(joined: RangeArg, left: RangeArg, period?: unknown, as_of?: unknown): number {
  return inSheetLang(() => customerChurnOf('CUSTOMER_CHURN', joined, left, periodOf('CUSTOMER_CHURN', period), as_of, sheetTimeZone()).value);
}

/** 100 − CUSTOMER_CHURN: the share of the start cohort still a customer at the end. */
export function CUSTOMER_RETENTION(joined: RangeArg, left: RangeArg, period?: unknown, as_of?: unknown): number {
  return inSheetLang(() => retentionOf(customerChurnOf('CUSTOMER_RETENTION', joined, left, periodOf('CUSTOMER_RETENTION', period), as_of, sheetTimeZone())).value);
}

const COUNT_PARAMS = [
  { name: 'start', type: 'number', description: 'Customers at the start of the period, e.g. B2 (or B2:B13 for one per month).' },
  { name: 'end', type: 'number', description: 'Customers at the end of the period, e.g. C2 (or C2:C13).' },
  // `new` is the spec's name, but a reserved word cannot name a parameter of the generated Apps Script function.
  { name: 'new_customers', type: 'number', description: 'New customers won during the period ("new"), e.g. D2 (or D2:D13).' },
];

const DATE_PARAMS = [
  { name: 'joined', type: 'Date[][]', description: 'The day each customer (or subscription) started, one per row, e.g. B2:B.' },
  { name: 'left', type: 'Date[][]', description: 'The day each one cancelled, same size as joined, e.g. C2:C; blank while still a customer.' },
  { name: 'period', type: 'string', optional: true, description: '"day", "week", "month" (the default), "quarter" or "year".' },
  {
    name: 'as_of',
    type: 'Date',
    optional: true,
    description: 'The latest period that has ended by this day is measured, e.g. DATE(2026,10,31). Default: the latest date in joined or left.',
  },
];

export const docs = (): FunctionDoc[] => [
  {
    name: 'CHURN',
    summary:
      'Customer churn: % of the customers you had at the start who left (start + new − end) / start; or, from one column of per-customer churned yes/no flags, the % who left.',
    params: [
      {
        name: 'churned_or_start',
        type: 'number[][]',
        description: 'Per customer, did they leave? yes/no flags, e.g. T2:T; or the customers at the start of the period, e.g. B2 (or B2:B13).',
      },
      { ...COUNT_PARAMS[1], optional: true },
      { ...COUNT_PARAMS[2], optional: true },
    ],
    returns: '{number} churn %, or one per row when given ranges of counts',
    example: '=CHURN(B2, C2, D2)',
  },
  {
    name: 'RETENTION',
    summary: 'Customer retention: % of the customers you had at the start still with you at the end, (end − new) / start.',
    params: COUNT_PARAMS,
    returns: '{number} retention %, or one per row when given ranges',
    example: '=RETENTION(B2, C2, D2)',
  },
  {
    name: 'CUSTOMER_CHURN',
    summary:
      'Customer churn from join and cancel dates: of the customers you had on the first day of the last complete month (or period), the % who cancelled during it.',
    params: DATE_PARAMS,
    returns: '{number} churn %, 0 to 100',
    example: '=CUSTOMER_CHURN(B2:B, C2:C, "month")',
  },
  {
    name: 'CUSTOMER_RETENTION',
    summary: 'Customer retention from join and cancel dates: of the customers you had at the start of the period, the % still with you at its end (100 − CUSTOMER_CHURN).',
    params: DATE_PARAMS,
    returns: '{number} retention %, 0 to 100',
    example: '=CUSTOMER_RETENTION(B2:B, C2:C)',
  },
];
