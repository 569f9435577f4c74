import { callTexts, failCall, tableLabels } from '../cells/messages';
import { isOmitted, labelsArgument, numberOf, singleValue } from '../cells/options';
import type { RangeArg } from '../cells/types';
import { npsOfRange, npsShares } from '../metrics/nps';
import { npsInterval } from '../stats/nps-interval';
import type { FunctionDoc } from './catalog';
import { inSheetLang, languageOrEnglish } from './localize';

/** Net Promoter Score of 0–10 answers, −100 to 100. */
export function NPS(scores: RangeArg, labels?: unknown): number {
  return inSheetLang(() => npsOfRange(scores, 'NPS', labelsArgument('NPS', labels, 0, 10)).value);
}

/** Promoters, passives and detractors with count and share, then responses and NPS. */
export function NPS_BREAKDOWN(scores: RangeArg, labels?: unknown): (string | number)[][] {
  return inSheetLang(() => {
    const summary = npsOfRange(scores, 'NPS_BREAKDOWN', labelsArgument('NPS_BREAKDOWN', labels, 0, 10));
    const { promoterShare, passiveShare, detractorShare } = npsShares(summary);
    const lang = languageOrEnglish();
    return [
      [tableLabels.group[lang], tableLabels.count[lang], tableLabels.share[lang]],
      [tableLabels.promoters[lang], summary.promoters, promoterShare],
      [tableLabels.passives[lang], summary.passives, passiveShare],
      [tableLabels.detractors[lang], summary.detractors, detractorShare],
      [tableLabels.responses[lang], summary.n, 100],
      // NPS is a difference of shares, so it sits in the share column.
      [tableLabels.nps[lang], '', summary.value],
    ];
  });
}

/** Low and high end of the NPS confidence interval (adjusted Wald), as one row. */
export function NPS_CI(scores: RangeArg, confidence?: unknown, labels?: unknown): number[][] {
  return inSheetLang(() => {
    const level = confidenceOf('NPS_CI', confidence);
    const summary = npsOfRange(scores, 'NPS_CI', labelsArgument('NPS_CI', labels, 0, 10));
    const { low, high } = npsInterval(summary.promoters, summary.passives, summary.detractors, level);
    return [[low, high]];
  });
}

/** The confidence argument: a number strictly between 0 and 1, default 0.95. */
function confidenceOf(fn: string, arg: unknown): number {
  const value = singleValue(fn, arg, 'confidence');
  if (isOmitted(value)) return 0.95;
  const level = numberOf(value);
  if (level > 0 && level < 1) return level;
  throw failCall(fn, callTexts.confidence(value));
}

const SCORES_PARAM = {
  name: 'scores',
  type: 'number[][]',
  description: 'Answers to "How likely are you to recommend us?" from 0 to 10 (or "10 - Extremely likely"), e.g. C2:C. A header in the first row, blanks and N/A are skipped.',
};

const LABELS_PARAM = {
  name: 'labels',
  type: 'Array<Array<string|number>>',
  optional: true,
  description: 'Your own answers and the score each counts as, two columns, e.g. {"Rất tốt",10;"Tốt",8} or H2:I5 (the label table saved in the sidebar).',
};

export const docs = (): FunctionDoc[] => [
  {
    name: 'NPS',
    summary:
      'Net Promoter Score: % of promoters (9–10) minus % of detractors (0–6), from −100 to 100. Uses shares, not "promoters minus detractors" in counts as some guides write.',
    params: [SCORES_PARAM, LABELS_PARAM],
    returns: '{number} the NPS, from −100 to 100',
    example: '=NPS(C2:C)',
  },
  {
    name: 'NPS_BREAKDOWN',
    summary: 'Table of promoters, passives and detractors with count and share %, then the number of responses and the NPS.',
    params: [SCORES_PARAM, LABELS_PARAM],
    returns: '{Array<Array<string|number>>} a table with a header row, labelled in the sheet\'s language',
    example: '=NPS_BREAKDOWN(C2:C)',
  },
  {
    name: 'NPS_CI',
    summary: 'Range the true NPS likely lies in (adjusted-Wald confidence interval): low and high in two cells.',
    params: [
      SCORES_PARAM,
      { name: 'confidence', type: 'number', optional: true, description: 'How sure the range should be, between 0 and 1, e.g. 0.9; default 0.95.' },
      LABELS_PARAM,
    ],
    returns: '{number[][]} one row: low, high (NPS points, within −100 to 100)',
    example: '=NPS_CI(C2:C, 0.95)',
  },
];
