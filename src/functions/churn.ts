import type { RangeArg } from '../cells/types';
import { churnRate, periodRates, retentionRate } from '../metrics/churn';
import type { FunctionDoc } from './catalog';
import { inSheetLang } from './localize';

/** % of the customers at the start lost during the period; ranges give one rate per row. */
export function CHURN(start: RangeArg, end: RangeArg, added: RangeArg): number | (number | string)[][] {
  return inSheetLang(() => periodRates('CHURN', start, end, added, churnRate));
}

/** % of the customers at the start still there at the end; ranges give one rate per row. */
export function RETENTION(start: RangeArg, end: RangeArg, added: RangeArg): number | (number | string)[][] {
  return inSheetLang(() => periodRates('RETENTION', start, end, added, retentionRate));
}

const COUNT_PARAMS = [
  { name: 'start', type: 'number', description: 'Customers at the start of the period, e.g. B2 (or B2:B13 for one per month).' },
  { name: 'end', type: 'number', description: 'Customers at the end of the period, e.g. C2 (or C2:C13).' },
  // `new` is the spec's name, but a reserved word cannot name a parameter of the generated Apps Script function.
  { name: 'new_customers', type: 'number', description: 'New customers won during the period ("new"), e.g. D2 (or D2:D13).' },
];

export const docs: FunctionDoc[] = [
  {
    name: 'CHURN',
    summary: 'Customer churn: % of the customers you had at the start who left (start + new − end) / start.',
    params: COUNT_PARAMS,
    returns: '{number} churn %, or one per row when given ranges',
    example: '=CHURN(B2, C2, D2)',
  },
  {
    name: 'RETENTION',
    summary: 'Customer retention: % of the customers you had at the start still with you at the end, (end − new) / start.',
    params: COUNT_PARAMS,
    returns: '{number} retention %, or one per row when given ranges',
    example: '=RETENTION(B2, C2, D2)',
  },
];
