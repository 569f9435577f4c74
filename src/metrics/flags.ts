import { callTexts, failCall } from '../cells/messages';
import { isNotGiven, wholeCount } from '../cells/options';
import { readFlag } from '../cells/read';
import { rangeForScan, tallyWhole, type CellReader } from '../cells/shape';
import type { RangeArg } from '../cells/types';
import { shareAtLeast } from './scale';
import type { ProportionSummary } from './types';

/**
 * Yes-rates in percent: first-contact resolution (FCR), referral rate and trial conversion.
 * Either one range of yes/no answers, rate = 100 · yes / (yes + no), blanks skipped; or two
 * counts, rate = 100 · part / total with part ≤ total. Cost O(n), no allocation per cell.
 *
 * Some source documents divide FCR the other way round; the standard (first-contact
 * resolutions over all contacts) wins.
 *
 * @example yesShareOfRange([['yes'], ['no'], [1], ['có']]).value // 75
 * @example shareOfCounts('FCR', 8, 13).value // 61.538…
 * @throws `FCR: no yes/no answers in the range`; `FCR: "maybe" is not a yes/no answer … (row 2 of the range)`;
 *   `FCR: first_count (14) cannot be more than total (13)`; `FCR: total must be more than 0`.
 *
 * CHURN's one-range form (per-customer churned flags, e.g. a "Churn" Yes/No column) is the
 * same yes share: `yesShareOfRange(flags, 'CHURN')`; 1,869 "Yes" of 7,043 → 26.54%.
 */

/** The names of the two counts in each function's two-number form, as its help gives them. */
export const COUNT_NAMES: Record<string, readonly [part: string, total: string]> = {
  FCR: ['first_count', 'total'],
  REFERRAL_RATE: ['referred_count', 'total'],
  TRIAL_CONVERSION: ['paid_count', 'trial_count'],
};

/** Share of yes among the non-blank answers of a range argument. */
export function yesShareOfRange(flags: RangeArg, fn = 'FCR', read: CellReader = readFlag): ProportionSummary {
  const counts = tallyWhole(fn, rangeForScan(flags), 0, 1, read);
  if (counts[0] + counts[1] === 0) throw failCall(fn, callTexts.noAnswers());
  return shareAtLeast(counts, 0, 1);
}

/** Share of yes in answers already read by readFlag (0/1). */
export function yesShareOf(answers: ArrayLike<number>, fn = 'FCR'): ProportionSummary {
  if (answers.length === 0) throw failCall(fn, callTexts.noAnswers());
  let successes = 0;
  for (let i = 0; i < answers.length; i++) successes += answers[i];
  return { kind: 'proportion', n: answers.length, successes, value: (100 * successes) / answers.length };
}

/** 100 · part / total from two counts given as single values; part ≤ total, total > 0. */
export function shareOfCounts(fn: string, partArg: unknown, totalArg: unknown): ProportionSummary {
  const [partName, totalName] = COUNT_NAMES[fn] ?? ['count', 'total'];
  const part = wholeCount(fn, partArg, partName);
  const total = wholeCount(fn, totalArg, totalName);
  if (total === 0) throw failCall(fn, callTexts.totalNotPositive(totalName));
  if (part > total) throw failCall(fn, callTexts.partAboveTotal(partName, part, totalName, total));
  return { kind: 'proportion', n: total, successes: part, value: (100 * part) / total };
}

/** Either form, by whether a total is given: `FCR(range)` or `FCR(first_count, total)`. */
export function yesRate(fn: string, flagsOrCount: unknown, total?: unknown): ProportionSummary {
  return isNotGiven(total) ? yesShareOfRange(flagsOrCount, fn) : shareOfCounts(fn, flagsOrCount, total);
}
