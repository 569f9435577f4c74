/**
 * The story the demo data tells, month by month, so trends and comparisons look like a real
 * shop's: Sen Viet Tea, a tea seller in Ho Chi Minh City with a website, an app and stores.
 *
 * - NPS climbs slowly over the year as delivery gets faster.
 * - September 2026: a warehouse move delays deliveries. Tickets pile up, fewer are solved on
 *   first contact, NPS and CSAT dip and churn spikes.
 * - October 2026: deliveries are back and a new help centre launches, so NPS, first-contact
 *   resolution and resolution time all recover: the October-vs-September report shows
 *   significant changes (NPS, FCR, ART).
 * Segments differ too: store customers are happiest, phone customers least happy.
 */
import type { DemoMonth } from './time';
import type { Random } from './random';

const SEPTEMBER_2026 = 12;
const OCTOBER_2026 = 13;

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

/** The NPS the month's answers are drawn around (points, before channel offsets). */
export function npsTarget(month: DemoMonth): number {
  if (month.index === SEPTEMBER_2026) return 10;
  if (month.index === OCTOBER_2026) return 46;
  return 8 + 2.2 * month.index;
}

/** How much happier (or less happy) each channel's customers are than the month's average. */
export const CHANNEL_NPS_OFFSET: Record<string, number> = {
  Website: 0,
  'Mobile app': 6,
  Store: 16,
  Phone: -14,
};

/** Survey answers per month: a growing customer base, more answers in the incident month. */
export function surveyCount(month: DemoMonth, random: Random): number {
  const incident = month.index === SEPTEMBER_2026 ? 15 : 0;
  return 70 + 3 * month.index + incident + random.int(-6, 6);
}

/** With 30% passives, promoters − detractors = target/100 fixes both shares. */
export function drawNpsGroup(random: Random, target: number): NpsGroup {
  const clamped = Math.max(-65, Math.min(65, target));
  const promoters = (0.7 + clamped / 100) / 2;
  const detractors = (0.7 - clamped / 100) / 2;
  return random.weighted<NpsGroup>([
    ['promoter', promoters],
    ['passive', 0.3],
    ['detractor', detractors],
  ]);
}

export function drawNpsScore(random: Random, group: NpsGroup): number {
  if (group === 'promoter') return random.weighted([[10, 55], [9, 45]]);
  if (group === 'passive') return random.weighted([[8, 55], [7, 45]]);
  return random.weighted([[6, 30], [5, 25], [4, 14], [3, 11], [2, 8], [1, 5], [0, 7]]);
}

/** CSAT 1–5 follows the NPS answer, as it does in real surveys. */
export function drawCsat(random: Random, group: NpsGroup): number {
  if (group === 'promoter') return random.weighted([[5, 65], [4, 30], [3, 5]]);
  if (group === 'passive') return random.weighted([[5, 15], [4, 50], [3, 30], [2, 5]]);
  return random.weighted([[4, 10], [3, 30], [2, 35], [1, 25]]);
}

/** CES 2.0, 1–7 agreement with "made it easy". */
export function drawCes(random: Random, group: NpsGroup): number {
  if (group === 'promoter') return random.weighted([[7, 45], [6, 35], [5, 15], [4, 5]]);
  if (group === 'passive') return random.weighted([[7, 10], [6, 30], [5, 35], [4, 20], [3, 5]]);
  return random.weighted([[6, 5], [5, 15], [4, 25], [3, 25], [2, 20], [1, 10]]);
}

export type JourneyStage = 'awareness' | 'consideration' | 'purchase' | 'retention' | 'advocacy';

/** Survey takers are mostly customers already; happy ones are more often advocates. */
export function drawStage(random: Random, group: NpsGroup): JourneyStage {
  const advocacy = group === 'promoter' ? 22 : 4;
  return random.weighted<JourneyStage>([
    ['awareness', 8],
    ['consideration', 14],
    ['purchase', 34],
    ['retention', 26],
    ['advocacy', advocacy],
  ]);
}

/** Support tickets opened in the month. */
export function ticketCount(month: DemoMonth, random: Random): number {
  if (month.index === SEPTEMBER_2026) return 205 + random.int(-8, 8);
  return 110 + 4 * month.index + random.int(-10, 10);
}

/** Share of tickets resolved on first contact. */
export function firstContactRate(month: DemoMonth): number {
  if (month.index === SEPTEMBER_2026) return 0.52;
  if (month.index === OCTOBER_2026) return 0.76;
  return 0.58 + 0.008 * month.index;
}

/** Median hours from opened to resolved (log-normal around it). */
export function medianResolutionHours(month: DemoMonth): number {
  if (month.index === SEPTEMBER_2026) return 30;
  if (month.index === OCTOBER_2026) return 8;
  return 20 - 0.7 * month.index;
}

/** Monthly customer churn as a share of customers at the start of the month. */
export function churnRate(month: DemoMonth): number {
  if (month.index === SEPTEMBER_2026) return 0.074;
  if (month.index === OCTOBER_2026) return 0.029;
  return 0.046 - 0.0012 * month.index;
}

/** Share of trials that convert to paying customers. */
export function trialConversionRate(month: DemoMonth): number {
  return 0.34 + 0.008 * month.index;
}
