import type { RangeArg } from '../cells/types';
import { yesRate } from '../metrics/flags';
import { referralRate } from '../metrics/referral';
import type { FunctionDoc } from './catalog';
import { inSheetLang } from './localize';

/** % of contacts resolved on the first contact: one range of yes/no, or first_count and total. */
export function FCR(resolvedFirst: RangeArg, total?: unknown): number {
  return inSheetLang(() => yesRate('FCR', resolvedFirst, total).value);
}

/**
 * % of purchases or new customers that came by referral: yes/no flags, two counts, or a
 * "How did you hear about us?" column and the answers that count as referral.
 */
export function REFERRAL_RATE(referred: RangeArg, total_or_answers?: unknown): number {
  return inSheetLang(() => referralRate('REFERRAL_RATE', referred, total_or_answers).value);
}

/** % of trials that became paying customers. */
export function TRIAL_CONVERSION(converted: RangeArg, trialCount?: unknown): number {
  return inSheetLang(() => yesRate('TRIAL_CONVERSION', converted, trialCount).value);
}

const YES_NO = 'yes/no answers (yes, no, có, không, TRUE, FALSE, 1, 0)';

export const docs = (): FunctionDoc[] => [
  {
    name: 'FCR',
    summary: 'First-contact resolution: % of contacts solved on the first contact. First-contact solves divided by all contacts, never the other way round.',
    params: [
      { name: 'resolved_first', type: 'number[][]', description: `Per contact, solved on first contact? ${YES_NO}, e.g. F2:F; or the count solved first, e.g. 8.` },
      { name: 'total', type: 'number', optional: true, description: 'All contacts, e.g. 13, when the first argument is a count.' },
    ],
    returns: '{number} % solved on first contact, 0 to 100',
    example: '=FCR(F2:F)',
  },
  {
    name: 'REFERRAL_RATE',
    summary:
      'Referral rate: % of purchases or new customers that came from a referral, from yes/no flags, two counts, or "How did you hear about us?" answers and the ones that mean a referral.',
    params: [
      {
        name: 'referred',
        type: 'number[][]',
        description: `Per purchase, referred? ${YES_NO}, e.g. G2:G; or "How did you hear about us?" answers, e.g. G2:G; or the count referred, e.g. 3.`,
      },
      {
        name: 'total_or_answers',
        type: 'string[][]',
        optional: true,
        description: 'The answers that count as referral, e.g. "Friend or colleague" or a range of them (case and accents ignored); or all purchases, e.g. 12, when the first argument is a count.',
      },
    ],
    returns: '{number} % referred, 0 to 100',
    example: '=REFERRAL_RATE(G2:G, "Friend or colleague")',
  },
  {
    name: 'TRIAL_CONVERSION',
    summary: 'Trial conversion: % of free trials that became paying customers.',
    params: [
      { name: 'converted', type: 'number[][]', description: `Per trial, did it convert? ${YES_NO}, e.g. H2:H; or the count that paid, e.g. 5.` },
      { name: 'trial_count', type: 'number', optional: true, description: 'All trials, e.g. 20, when the first argument is a count.' },
    ],
    returns: '{number} % of trials converted, 0 to 100',
    example: '=TRIAL_CONVERSION(H2:H)',
  },
];
