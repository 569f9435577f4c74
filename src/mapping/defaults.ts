/**
 * The saved mapping's plain values, apart from its zod schema (./schema.ts, which re-exports
 * them): what detection and the report need on every run, without constructing the schemas. The
 * command line loads the schema (zod) only to read or write a mapping file.
 */
import type { Mapping, ScaleSettings } from './schema';
import { proposeReferralAnswers } from '../metrics/referral';

export const MAPPING_VERSION = 2;

export const DEFAULT_SCALES: ScaleSettings = { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } };

/**
 * The referral answers a mapping counts: the saved list, or, for a mapping saved without one,
 * the proposed answers the column holds (metrics/referral.ts).
 */
export function referralAnswersFor(mapping: Pick<Mapping, 'referralAnswers'>, sourceCells: readonly unknown[] = []): string[] {
  return mapping.referralAnswers && mapping.referralAnswers.length > 0 ? [...mapping.referralAnswers] : proposeReferralAnswers(sourceCells);
}
