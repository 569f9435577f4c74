import type { Cell } from '../../src/cells/types';
import type { ReportInput } from '../../src/report/types';

/**
 * A small shop's workbook, built so every number of its March 2026 report can be worked out by
 * hand (the tests do so beside each expectation). Time zone Asia/Ho_Chi_Minh (UTC+7), so rows
 * near midnight land in a different month than in UTC.
 */

export const ZONE = 'Asia/Ho_Chi_Minh';
/** 09:00 on 1 April 2026 in Ho Chi Minh City: the default period is March 2026. */
export const NOW = Date.parse('2026-04-01T02:00:00Z');

const day = (month: number, d: number) => `2026-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

interface Response {
  date: Cell;
  nps?: number;
  csat?: number;
  ces?: number;
  segment?: string;
  comment?: string;
  email?: string;
}

function repeat<T>(count: number, make: (i: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => make(i));
}

/**
 * March: 60 NPS answers, 30 promoters, 20 passives, 10 detractors (NPS 33.3).
 *   Segment "Online": 20 promoters + 5 passives (NPS 80); "Cửa hàng": 10 + 15 + 10 (NPS 0).
 *   CSAT (5-point) 45 of 60 at 4 or 5 (75 %); CES (7-point) only 12 answers.
 * February: 40 answers, 10 promoters, 10 passives, 20 detractors (NPS −25);
 *   CSAT 28 of 40 satisfied (70 %); CES 20 answers.
 */
export function surveyRows(options: { febPromoters?: number; febPassives?: number; febDetractors?: number; segmentNames?: [string, string]; comments?: string[] } = {}): Response[] {
  const [online, store] = options.segmentNames ?? ['Online', 'Cửa hàng'];
  const rows: Response[] = [];
  // March promoters: the first is typed at 00:30 local on 1 March, still February in UTC.
  rows.push(...repeat(20, (i) => ({ date: i === 0 ? '2026-03-01T00:30' : day(3, 1 + (i % 28)), nps: 10, segment: online })));
  rows.push(...repeat(10, (i) => ({ date: day(3, 2 + i), nps: 9, segment: store })));
  rows.push(...repeat(5, (i) => ({ date: day(3, 3 + i), nps: 8, segment: online })));
  rows.push(...repeat(15, (i) => ({ date: day(3, 4 + i), nps: 7, segment: store })));
  const comments = options.comments ?? ['Giao hàng chậm', 'Too slow', '', 'Rude staff', 'Wrong size', 'Cold coffee', 'Late again'];
  const detractorScores = [6, 0, 3, 5, 1, 6, 2, 4, 6, 6];
  rows.push(...detractorScores.map((score, i) => ({
    date: day(3, 10 + i),
    nps: score,
    segment: store,
    comment: comments[i] ?? '',
    email: `c${i}@example.com`,
  })));
  // 01:00 on 1 April local (18:00 UTC on 31 March): an April detractor, not March's.
  rows.push({ date: new Date('2026-03-31T18:00:00Z'), nps: 0, comment: 'April, not March' });
  // CSAT on the March rows: 45 satisfied (4–5) and 15 not (1–3); CES on 12 of them.
  rows.slice(0, 60).forEach((row, i) => {
    row.csat = i < 45 ? (i % 2 ? 4 : 5) : 1 + (i % 3);
    if (i < 12) row.ces = 6;
  });
  const febP = options.febPromoters ?? 10;
  const febPa = options.febPassives ?? 10;
  const febD = options.febDetractors ?? 20;
  const feb = [...repeat(febP, () => 9), ...repeat(febPa, () => 7), ...repeat(febD, () => 4)];
  feb.forEach((nps, i) => rows.push({ date: day(2, 1 + (i % 28)), nps, segment: i % 2 ? online : store }));
  // February CSAT: 28 of the first 40 February rows satisfied; CES on 20 of them.
  rows.slice(-feb.length).forEach((row, i) => {
    if (i < 40) row.csat = i < 28 ? 5 : 2;
    if (i < 20) row.ces = 5;
  });
  return rows;
}

export function surveyColumns(rows: Response[]): NonNullable<ReportInput['survey']> {
  return {
    dates: rows.map((r) => r.date),
    nps: rows.map((r) => r.nps ?? ''),
    csat: rows.map((r) => r.csat ?? ''),
    ces: rows.map((r) => r.ces ?? ''),
    segment: rows.map((r) => r.segment ?? ''),
    comment: rows.map((r) => r.comment ?? ''),
    email: rows.map((r) => r.email ?? ''),
  };
}

/**
 * Tickets. March: 40 opened and resolved in March, 20 in 2 h and 20 in 6 h (ART 4 h), 30 solved
 * on first contact (FCR 75 %). February: 35 tickets, 17 in 8 h and 18 in 12 h, 20 on first
 * contact (FCR 57.1 %). One March ticket is still open. March segments: Zalo has the first 25 tickets
 * (20 in 2 h, 5 in 6 h: ART 2.8 h; all first contact: FCR 100 %), Email the other 15 (6 h; 5 of 15: 33.3 %).
 */
export function ticketColumns(): NonNullable<ReportInput['tickets']> {
  const opened: Cell[] = [];
  const resolved: Cell[] = [];
  const firstContact: Cell[] = [];
  const segment: Cell[] = [];
  const add = (month: number, d: number, hours: number, first: boolean, seg: string) => {
    opened.push(`${day(month, d)}T09:00`);
    resolved.push(`${day(month, d)}T${String(9 + hours).padStart(2, '0')}:00`);
    firstContact.push(first ? 'yes' : 'no');
    segment.push(seg);
  };
  for (let i = 0; i < 40; i++) add(3, 1 + (i % 28), i < 20 ? 2 : 6, i < 30, i < 25 ? 'Zalo' : 'Email');
  for (let i = 0; i < 35; i++) add(2, 1 + (i % 28), i < 17 ? 8 : 12, i < 20, i % 2 ? 'Email' : 'Zalo');
  opened.push(`${day(3, 30)}T10:00`);
  resolved.push('');
  firstContact.push('');
  segment.push('Zalo');
  return { opened, resolved, firstContact, segment };
}

/**
 * Subscriptions per month. February: start 200, end 190, new 10 (churn 10 %), 40 trials of
 * which 8 paid, 2 referred. March: start 190, end 195, new 15 (churn 10/190 = 5.26 %), 50 trials,
 * 12 paid, 5 referred.
 */
export function subscriptionColumns(): NonNullable<ReportInput['subscriptions']> {
  return {
    month: ['2026-01-01', '2026-02-01', '2026-03-01'],
    start: [205, 200, 190],
    end: [200, 190, 195],
    new: [5, 10, 15],
    trials: [30, 40, 50],
    converted: [6, 8, 12],
    referred: [1, 2, 5],
  };
}

/**
 * Activity. March: u1…u40 on 2 March and u1…u10 again on 3 March (MAU 40, 50 user-days over
 * 31 days). February: u1…u30 on 10 February (MAU 30, 30 user-days over 28 days).
 */
export function activityColumns(): NonNullable<ReportInput['activity']> {
  const users: Cell[] = [];
  const dates: Cell[] = [];
  for (let u = 1; u <= 40; u++) (users.push(`u${u}`), dates.push(day(3, 2)));
  for (let u = 1; u <= 10; u++) (users.push(`u${u}`), dates.push(day(3, 3)));
  for (let u = 1; u <= 30; u++) (users.push(`u${u}`), dates.push(day(2, 10)));
  return { users, dates };
}

/** Journey: 40 awareness, 25 consideration, 20 purchase, 10 retention, 5 advocacy, mixed languages, 2 unknown. */
export function journeyColumns(): NonNullable<ReportInput['journey']> {
  const names: [string, number][] = [['Awareness', 40], ['cân nhắc', 25], ['3. Mua', 20], ['GIỮ CHÂN', 10], ['advocacy', 5], ['???', 2]];
  return { stages: names.flatMap(([name, count]) => repeat(count, () => name)) };
}

export function fullInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    timeZone: ZONE,
    lang: 'en',
    now: NOW,
    survey: surveyColumns(surveyRows()),
    tickets: ticketColumns(),
    subscriptions: subscriptionColumns(),
    activity: activityColumns(),
    journey: journeyColumns(),
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc123/edit',
    spreadsheetName: 'Tea shop CX',
    ...overrides,
  };
}

/** One month of NPS answers: promoters (score 10), passives (8), detractors (3). */
export interface NpsMonth {
  month: string;
  promoters: number;
  passives: number;
  detractors: number;
}

/** NPS (points) of a month of answers, as the report computes it. */
export const npsOf = (m: Omit<NpsMonth, 'month'>) => (100 * (m.promoters - m.detractors)) / (m.promoters + m.passives + m.detractors);

/**
 * A year of NPS answers, March 2025 to March 2026, for the comparisons and the summary: every
 * month `usual` (60 promoters, 20 passives, 20 detractors: NPS 40 on 100 answers) unless
 * `months` says otherwise. Each answer is dated the 10th of its month.
 */
export function npsYear(months: Partial<Record<string, Omit<NpsMonth, 'month'>>> = {}, usual = { promoters: 60, passives: 20, detractors: 20 }): NonNullable<ReportInput['survey']> {
  const dates: Cell[] = [];
  const nps: Cell[] = [];
  for (let i = 0; i < 13; i++) {
    const month = `${2025 + Math.floor((2 + i) / 12)}-${String(((2 + i) % 12) + 1).padStart(2, '0')}`;
    const m = months[month] ?? usual;
    const scores = [...repeat(m.promoters, () => 10), ...repeat(m.passives, () => 8), ...repeat(m.detractors, () => 3)];
    for (const score of scores) (dates.push(`${month}-10`), nps.push(score));
  }
  return { dates, nps };
}
