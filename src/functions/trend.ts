import { localMidnight } from '../cells/calendar';
import type { RangeArg } from '../cells/types';
import { byGroupOf, type GroupValue } from '../metrics/by-group';
import { trendOf } from '../metrics/trend';
import { METRIC_IDS } from '../metrics/types';
import type { FunctionDoc } from './catalog';
import { sheetTimeZone } from './env';
import { inSheetLang } from './localize';

/**
 * The tables CX_TREND and CX_BY spill. Neither has a header row: the spec gives them one row
 * per period or group (unlike NPS_BREAKDOWN, whose header it names), so the formula can sit
 * under the user's own headers and a chart over the block keeps every row as data.
 */

/** One row per period: period start (a date), n, value ('' for a period without data). */
export function CX_TREND(metric: unknown, values: RangeArg, dates: RangeArg, period?: unknown): (Date | number | string)[][] {
  return inSheetLang(() => {
    const timeZone = sheetTimeZone();
    return trendOf('CX_TREND', metric, values, dates, period, timeZone).map((row) => [
      localMidnight(row.periodStart, timeZone),
      row.n,
      row.summary ? row.summary.value : '',
    ]);
  });
}

/** One row per group: group, n, value; most answers first. */
export function CX_BY(metric: unknown, values: RangeArg, groups: RangeArg): (GroupValue | number)[][] {
  return inSheetLang(() => byGroupOf('CX_BY', metric, values, groups).map((row) => [row.group, row.n, row.summary.value]));
}

const METRIC_LIST = METRIC_IDS.join(', ');

export const docs = (): FunctionDoc[] => [
  {
    name: 'CX_TREND',
    summary: 'A metric per day, week, month, quarter or year, ready to chart: period start, number of answers, value.',
    params: [
      { name: 'metric', type: 'string', description: `Which metric, e.g. "NPS". One of ${METRIC_LIST}.` },
      { name: 'values', type: 'number[][]', description: 'The answers the metric is computed from, e.g. C2:C: numbers or labels such as "Very satisfied" / "Rất hài lòng" (a label set fixes the scale, as in CSAT and CES).' },
      { name: 'dates', type: 'Date[][]', description: 'When each answer was given, same size as values, e.g. A2:A.' },
      {
        name: 'period',
        type: 'string',
        optional: true,
        description: '"day", "week" (starting Monday), "month" (default), "quarter" or "year".',
      },
    ],
    returns: '{Array} one row per period: period start, number of answers, value (blank when a period has no answers)',
    example: '=CX_TREND("NPS", C2:C, A2:A, "month")',
  },
  {
    name: 'CX_BY',
    summary: 'A metric per group (branch, channel, product…): group, number of answers, value, biggest groups first.',
    params: [
      { name: 'metric', type: 'string', description: `Which metric, e.g. "CSAT". One of ${METRIC_LIST}.` },
      { name: 'values', type: 'number[][]', description: 'The answers the metric is computed from, e.g. C2:C: numbers or labels such as "Very satisfied" / "Rất hài lòng" (a label set fixes the scale, as in CSAT and CES).' },
      { name: 'groups', type: 'string[][]', description: 'The group of each answer, same size as values, e.g. D2:D.' },
    ],
    returns: '{Array} one row per group: group, number of answers, value',
    example: '=CX_BY("NPS", C2:C, D2:D)',
  },
];
