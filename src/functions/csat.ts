import { labelsArgument } from '../cells/options';
import type { RangeArg } from '../cells/types';
import { csatAverageOfRange, csatOfRange, csatOptions } from '../metrics/csat';
import type { FunctionDoc } from './catalog';
import { inSheetLang } from './localize';

/** % of satisfied answers (at or above the threshold) on a 3, 5, 7 or 10-point scale. */
export function CSAT(scores: RangeArg, scale?: unknown, threshold?: unknown, labels?: unknown): number {
  return inSheetLang(() => {
    const options = csatOptions('CSAT', scale, threshold);
    // Set on the options, not spread into a copy: a spread cost more than counting 100 cells.
    options.labels = labelsArgument('CSAT', labels, 1, options.scale);
    return csatOfRange(scores, options, 'CSAT').value;
  });
}

/** Mean satisfaction answer on the scale. */
export function CSAT_AVG(scores: RangeArg, scale?: unknown, labels?: unknown): number {
  return inSheetLang(() => {
    const options = csatOptions('CSAT_AVG', scale);
    return csatAverageOfRange(scores, options.scale, 'CSAT_AVG', options.scaleGiven, labelsArgument('CSAT_AVG', labels, 1, options.scale)).value;
  });
}

const SCORES_PARAM = {
  name: 'scores',
  type: 'number[][]',
  description: 'Satisfaction answers from 1 to the top of the scale, or labels such as "Very satisfied" / "Rất hài lòng", e.g. D2:D. A header in the first row, blanks and N/A are skipped.',
};
const LABELS_PARAM = {
  name: 'labels',
  type: 'Array<Array<string|number>>',
  optional: true,
  description: 'Your own answers and the score each counts as, two columns, e.g. {"Tốt",4;"Rất tốt",5} or H2:I5 (the label table saved in the sidebar).',
};
const SCALE_PARAM = {
  name: 'scale',
  type: 'number',
  optional: true,
  description: 'Top of the answer scale: 3, 5, 7 or 10, e.g. 5 (the default).',
};

export const docs = (): FunctionDoc[] => [
  {
    name: 'CSAT',
    summary: 'Customer satisfaction: % of answers in the top two boxes (4–5 of 5, 6–7 of 7, 9–10 of 10; top box of 3), or at or above your threshold.',
    params: [
      SCORES_PARAM,
      SCALE_PARAM,
      { name: 'threshold', type: 'number', optional: true, description: 'Lowest answer that counts as satisfied, e.g. 4 on a 5-point scale.' },
      LABELS_PARAM,
    ],
    returns: '{number} % of satisfied answers, 0 to 100',
    example: '=CSAT(D2:D, 5)',
  },
  {
    name: 'CSAT_AVG',
    summary: 'Average satisfaction answer: the sum of answers divided by the number of respondents.',
    params: [SCORES_PARAM, SCALE_PARAM, LABELS_PARAM],
    returns: '{number} the mean answer, on the scale',
    example: '=CSAT_AVG(D2:D, 5)',
  },
];
