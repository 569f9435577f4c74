import { localMidnight } from '../cells/calendar';
import type { RangeArg } from '../cells/types';
import { byGroupOf, type GroupValue } from '../metrics/by-group';
import { metricOf, trendOf } from '../metrics/trend';
import { takesLabels } from '../metrics/registry';
import { failCall, type Text } from '../cells/messages';
import { isOmitted, labelsArgument } from '../cells/options';
import type { LabelTable } from '../cells/labels';
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
export function CX_TREND(metric: unknown, values: RangeArg, dates: RangeArg, period?: unknown, labels?: unknown): (Date | number | string)[][] {
  return inSheetLang(() => {
    const timeZone = sheetTimeZone();
    return trendOf('CX_TREND', metric, values, dates, period, timeZone, labelTable('CX_TREND', metric, labels)).map((row) => [
      localMidnight(row.periodStart, timeZone),
      row.n,
      row.summary ? row.summary.value : '',
    ]);
  });
}

/** One row per group: group, n, value; most answers first. */
export function CX_BY(metric: unknown, values: RangeArg, groups: RangeArg, labels?: unknown): (GroupValue | number)[][] {
  return inSheetLang(() => byGroupOf('CX_BY', metric, values, groups, labelTable('CX_BY', metric, labels)).map((row) => [row.group, row.n, row.summary.value]));
}

/**
 * The labels argument of a table function: answer → score, scores on the metric's widest scale
 * (0–10 for NPS, up to 10 for CSAT, 7 for CES; the answers' own scale checks each use); refused
 * for a metric that reads no answer scale.
 */
function labelTable(fn: string, metric: unknown, labels: unknown): LabelTable | undefined {
  if (isOmitted(labels)) return undefined;
  const id = metricOf(fn, metric).id;
  if (!takesLabels(id)) throw failCall(fn, tableTexts.labelsNotForMetric(id));
  return labelsArgument(fn, labels, id === 'NPS' ? 0 : 1, id === 'CES' ? 7 : 10);
}

/** User-facing texts of the table functions (the part after `FN: `). */
export const tableTexts = {
  labelsNotForMetric: (id: string): Text => ({
    en: `labels are for answers on a scale (NPS, CSAT, CSAT_AVG, CES), not ${id}; leave it out`,
    vi: `labels chỉ dùng cho câu trả lời theo thang điểm (NPS, CSAT, CSAT_AVG, CES), không dùng cho ${id}; hãy bỏ trống`,
  }),
};

const METRIC_LIST = METRIC_IDS.join(', ');
const LABELS_PARAM = {
  name: 'labels',
  type: 'Array<Array<string|number>>',
  optional: true,
  description: 'For NPS, CSAT, CSAT_AVG and CES: your own answers and the score each counts as, two columns, e.g. {"Tốt",4;"Rất tốt",5} (the label table saved in the sidebar).',
};

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
      LABELS_PARAM,
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
      LABELS_PARAM,
    ],
    returns: '{Array} one row per group: group, number of answers, value',
    example: '=CX_BY("NPS", C2:C, D2:D)',
  },
];
