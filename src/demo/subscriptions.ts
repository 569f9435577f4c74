/** Monthly subscription counts, one row per month, kept consistent: end = start + new − lost. */
import type { SheetData } from './types';
import type { Random } from './random';
import { demoMonths, localTime } from './time';
import { churnRate, trialConversionRate } from './story';

export const SUBSCRIPTIONS_SHEET = 'Subscriptions';

export const SUBSCRIPTION_HEADERS = [
  'Month',
  'Customers at start',
  'New customers',
  'Customers at end',
  'Trials started',
  'Trials converted',
  'Referred customers',
] as const;

export function subscriptionsSheet(random: Random): SheetData {
  const rows: unknown[][] = [];
  let customers = 820;
  for (const month of demoMonths()) {
    const trials = 150 + 4 * month.index + random.int(-15, 15);
    const converted = Math.round(trials * trialConversionRate(month) + random.normal() * 3);
    const direct = 18 + random.int(0, 12);
    const added = converted + direct;
    const referred = Math.round(added * (0.18 + 0.004 * month.index) + random.normal() * 2);
    const lost = Math.round(customers * churnRate(month) + random.normal() * 2);
    const end = customers + added - lost;
    rows.push([localTime(month.year, month.month, 1), customers, added, end, trials, converted, referred]);
    customers = end;
  }
  return { name: SUBSCRIPTIONS_SHEET, rows: [[...SUBSCRIPTION_HEADERS], ...rows], frozenRows: 1 };
}
