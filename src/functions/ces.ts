import { labelsArgument } from '../cells/options';
import type { RangeArg } from '../cells/types';
import { cesOfRange, cesOptions } from '../metrics/ces';
import type { FunctionDoc } from './catalog';
import { inSheetLang } from './localize';

/** Customer Effort Score (CES 2.0): mean agreement that it was easy, or % who agree. */
export function CES(scores: RangeArg, scale?: unknown, method?: unknown, labels?: unknown): number {
  return inSheetLang(() => {
    const options = cesOptions('CES', scale, method);
    // Set on the options, not spread into a copy: a spread cost more than counting 100 cells.
    options.labels = labelsArgument('CES', labels, 1, options.scale);
    return cesOfRange(scores, options, 'CES').value;
  });
}

export const docs = (): FunctionDoc[] => [
  {
    name: 'CES',
    summary: 'Customer Effort Score: how much customers agree "you made it easy" (higher is easier), as the mean answer or the % who agree.',
    params: [
      { name: 'scores', type: 'number[][]', description: 'Agreement answers from 1 to 7 (or 1 to 5), or labels such as "Strongly agree" / "Hoàn toàn đồng ý", e.g. E2:E. A header in the first row, blanks and N/A are skipped.' },
      { name: 'scale', type: 'number', optional: true, description: 'Top of the answer scale: 7 (the default) or 5.' },
      { name: 'method', type: 'string', optional: true, description: '"mean" (the default) or "percent" for the % answering 5–7 of 7 (4–5 of 5).' },
      { name: 'labels', type: 'Array<Array<string|number>>', optional: true, description: 'Your own answers and the score each counts as, two columns, e.g. {"Dễ",6;"Rất dễ",7} or H2:I5 (the label table saved in the sidebar).' },
    ],
    returns: '{number} the mean answer, or % who agree (0 to 100)',
    example: '=CES(E2:E, 7, "percent")',
  },
];
