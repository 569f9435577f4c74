import { failCall, callTexts, tableLabels } from '../cells/messages';
import { rangeOf } from '../cells/shape';
import type { RangeArg } from '../cells/types';
import { funnelOfStages, matchStage } from '../report/journey';
import { stageNames } from '../report/stage-names';
import type { FunctionDoc } from './catalog';
import { inSheetLang, languageOrEnglish } from './localize';

/**
 * The customer-journey funnel (metrics-spec.md section 4), counted as the monthly report counts
 * it: one cell per customer naming the furthest stage reached, in English or Vietnamese, case,
 * accents and numbering ignored ("3. Mua", "GIU CHAN"). A table with a header row, then the five
 * stages with the customers at each, the customers who reached it (at it or beyond) and that as
 * a % of the stage before; cells that name no stage are not dropped: a last row counts them.
 * The range's first cell is skipped as its header when it names no stage; blanks are skipped.
 */
export function CX_FUNNEL(stages: RangeArg): (string | number)[][] {
  return inSheetLang(() => {
    const cells = rangeOf('CX_FUNNEL', stages, 'stages').cells.flat();
    const first = cells[0];
    const data = typeof first === 'string' && first.trim() !== '' && !matchStage(first) ? cells.slice(1) : cells;
    const funnel = funnelOfStages(data);
    if (!funnel) throw failCall('CX_FUNNEL', callTexts.noStages());
    const lang = languageOrEnglish();
    const names = stageNames(lang);
    const rows: (string | number)[][] = [
      [tableLabels.stage[lang], tableLabels.atStage[lang], tableLabels.reached[lang], tableLabels.fromPrevious[lang]],
      ...funnel.stages.map((s) => [names[s.stage], s.atStage, s.reached, s.shareFromPrevious ?? '']),
    ];
    if (funnel.unmatched > 0) rows.push([tableLabels.notAStage[lang], funnel.unmatched, '', '']);
    return rows;
  });
}

export const docs = (): FunctionDoc[] => [
  {
    name: 'CX_FUNNEL',
    summary: 'Customer-journey funnel: customers at and past each stage.',
    params: [
      {
        name: 'stages',
        type: 'string[][]',
        description: 'Each customer’s furthest stage, e.g. G2:G.',
      },
    ],
    returns: '{Array} the funnel table',
    example: '=CX_FUNNEL(G2:G)',
  },
];
