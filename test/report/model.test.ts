import { describe, expect, it } from 'vitest';
import { changeParts } from '../../src/report/display';
import { buildReport } from '../../src/report/model';
import { intervalOf } from '../../src/report/series';
import { npsInterval, wilsonInterval } from '../../src/stats';
import type { Kpi, Report, ReportMetricId } from '../../src/report/types';
import { activityColumns, fullInput, NOW, npsYear, subscriptionColumns, surveyColumns, surveyRows, ticketColumns, ZONE } from './fixture';

const kpi = (report: Report, id: ReportMetricId): Kpi => {
  const found = report.kpis.find((k) => k.id === id);
  if (!found) throw new Error(`no ${id} tile`);
  return found;
};

describe('buildReport on the tea-shop fixture (March 2026 against February)', () => {
  const report = buildReport(fullInput());

  it('reports the calendar month before `now` in the sheet time zone', () => {
    expect(report.period).toEqual({ kind: 'month', start: '2026-03-01', end: '2026-03-31' });
    expect(report.previousPeriod).toEqual({ kind: 'month', start: '2026-02-01', end: '2026-02-28' });
  });

  it('computes NPS per period, counting rows by local day (00:30 on 1 March is March; 01:00 on 1 April is not)', () => {
    const nps = kpi(report, 'NPS');
    // March: 30 promoters, 20 passives, 10 detractors → 100·(30 − 10)/60.
    expect(nps.current?.n).toBe(60);
    expect(nps.current?.value).toBeCloseTo((100 * 20) / 60, 10);
    // February: 10, 10, 20 → 100·(10 − 20)/40 = −25.
    expect(nps.previous).toMatchObject({ n: 40, value: -25 });
    expect(nps.comparison?.change).toBeCloseTo(100 / 3 + 25, 10);
  });

  it('calls a large NPS change significant by the NPS difference test', () => {
    // V₁ = 100²(0.5 + 1/6 − (1/3)²) = 5555.6, V₂ = 100²(0.25 + 0.5 − 0.25²) = 6875;
    // z = 58.33/√(5555.6/60 + 6875/40) = 58.33/16.263 = 3.587; p = 2Φ(−3.587) ≈ 0.00033.
    const c = kpi(report, 'NPS').comparison!;
    expect(c.test).toBe('nps-difference');
    expect(c.statistic).toBeCloseTo(3.587, 3);
    expect(c.pValue).toBeCloseTo(0.000335, 5);
    expect(c.significant).toBe(true);
  });

  it('calls a small NPS change not significant', () => {
    // February 24 promoters, 16 passives, 10 detractors: NPS 28, V₂ = 100²(0.68 − 0.28²) = 6016.
    // z = (33.33 − 28)/√(92.59 + 120.32) = 0.3655; p ≈ 0.715.
    const close = buildReport(fullInput({ survey: surveyColumns(surveyRows({ febPromoters: 24, febPassives: 16, febDetractors: 10 })) }));
    const c = kpi(close, 'NPS').comparison!;
    expect(kpi(close, 'NPS').previous?.value).toBeCloseTo(28, 10);
    expect(c.statistic).toBeCloseTo(0.3655, 3);
    expect(c.pValue).toBeCloseTo(0.7147, 3);
    expect(c.significant).toBe(false);
  });

  it('tests CSAT % with the pooled two-proportion z-test and CSAT average with Welch', () => {
    // 45/60 = 75 % vs 28/40 = 70 %: p̄ = 0.73, se = √(0.73·0.27·(1/60 + 1/40)) = 0.09062, z = 0.5517.
    const csat = kpi(report, 'CSAT');
    expect(csat.current).toMatchObject({ n: 60, value: 75 });
    expect(csat.comparison).toMatchObject({ test: 'two-proportion', significant: false });
    expect(csat.comparison?.statistic).toBeCloseTo(0.5517, 3);
    // Averages: March (23·5 + 22·4 + 5·1 + 5·2 + 5·3)/60 = 233/60; February (28·5 + 12·2)/40 = 4.1.
    const avg = kpi(report, 'CSAT_AVG');
    expect(avg.current?.value).toBeCloseTo(233 / 60, 10);
    expect(avg.previous?.value).toBeCloseTo(4.1, 10);
    expect(avg.comparison?.test).toBe('welch');
    expect(avg.scale).toBe(5);
  });

  it('says plainly when n < 30 instead of a change (CES: 12 answers against 20)', () => {
    const ces = kpi(report, 'CES');
    expect(ces.current).toMatchObject({ n: 12, value: 6 });
    expect(ces.previous).toMatchObject({ n: 20, value: 5 });
    expect(ces.lowN).toBe(true);
    expect(ces.comparison).toBeNull();
  });

  it('computes FCR by opened month and ART by resolved month, open tickets left out', () => {
    const fcr = kpi(report, 'FCR');
    expect(fcr.current).toMatchObject({ n: 40, value: 75 });
    expect(fcr.previous?.value).toBeCloseTo((100 * 20) / 35, 10);
    // p̄ = 50/75, se = √(p̄(1 − p̄)(1/40 + 1/35)) = 0.10911, z = 0.17857/0.10911 = 1.6366, p ≈ 0.102.
    expect(fcr.comparison?.statistic).toBeCloseTo(1.6366, 3);
    expect(fcr.comparison?.significant).toBe(false);
    const art = kpi(report, 'ART');
    expect(art.current).toMatchObject({ n: 40, value: 4 });
    expect(art.previous?.value).toBeCloseTo((17 * 8 + 18 * 12) / 35, 10);
    expect(art.comparison).toMatchObject({ test: 'welch', significant: true });
    expect(art.higherIsBetter).toBe(false);
  });

  it('computes churn, retention, trial conversion and referral rate from monthly counts', () => {
    const churn = kpi(report, 'CHURN');
    expect(churn.current?.value).toBeCloseTo((100 * 10) / 190, 10); // 190 + 15 − 195 = 10 lost
    expect(churn.previous?.value).toBeCloseTo(10, 10); // 200 + 10 − 190 = 20 lost of 200
    // Tested as two proportions of the customers at the start, worked by hand:
    // p̄ = (10 + 20)/(190 + 200) = 0.076923; se = √(p̄(1 − p̄)(1/190 + 1/200)) = 0.026995;
    // z = (0.052632 − 0.1)/0.026995 = −1.7547; p = 2Φ(−1.7547) = 0.0793: could be chance.
    expect(churn.comparison).toMatchObject({ change: (100 * 10) / 190 - 10, test: 'two-proportion', significant: false });
    expect(churn.comparison?.statistic).toBeCloseTo(-1.7547, 4);
    expect(churn.comparison?.pValue).toBeCloseTo(0.0793, 4);
    expect(kpi(report, 'RETENTION').current?.value).toBeCloseTo((100 * (195 - 15)) / 190, 10);
    const trials = kpi(report, 'TRIAL_CONVERSION');
    expect(trials.current).toMatchObject({ n: 50, value: 24 });
    expect(trials.comparison?.test).toBe('two-proportion');
    const referral = kpi(report, 'REFERRAL_RATE');
    expect(referral.current?.value).toBeCloseTo((100 * 5) / 15, 10);
    expect(referral.lowN).toBe(true); // 15 and 10 new customers
  });

  it('tests churn and retention as two proportions of the customers at the start, and colours a fall in churn as good', () => {
    // February: 100 of 1,000 customers left (10%); March: 60 of 1,000 (6%). By hand:
    // p̄ = 160/2000 = 0.08; se = √(0.08 · 0.92 · (1/1000 + 1/1000)) = 0.012133;
    // z = (0.06 − 0.10)/0.012133 = −3.2969; p = 2Φ(−3.2969) = 0.00098 < 0.05: likely real.
    const subscriptions = { month: ['2026-02-01', '2026-03-01'], start: [1000, 1000], end: [900, 940], new: [0, 0] };
    const counted = buildReport({ timeZone: ZONE, lang: 'en', now: NOW, subscriptions });
    const churn = kpi(counted, 'CHURN');
    expect(churn.current).toMatchObject({ n: 1000, value: 6 });
    expect(churn.comparison).toMatchObject({ test: 'two-proportion', significant: true });
    expect(churn.comparison?.statistic).toBeCloseTo(-3.2969, 4);
    expect(churn.comparison?.pValue).toBeCloseTo(0.00098, 5);
    // Retention is the other side of the same customers: 94% against 90%, the same |z|.
    const retention = kpi(counted, 'RETENTION');
    expect(retention.comparison?.statistic).toBeCloseTo(3.2969, 4);
    expect(changeParts(churn, churn.comparison!, 'en')).toMatchObject({ arrow: '▼', change: '−4.0 points', verdict: 'likely a real change', tone: 'good' });
    expect(changeParts(retention, retention.comparison!, 'vi')).toMatchObject({ arrow: '▲', change: '+4,0 điểm %', verdict: 'nhiều khả năng là thay đổi thật', tone: 'good' });
  });

  it('counts active users per calendar month, with stickiness from mean DAU', () => {
    const active = kpi(report, 'ACTIVE_USERS');
    expect(active.current).toMatchObject({ n: 40, value: 40 });
    expect(active.previous).toMatchObject({ n: 30, value: 30 });
    expect(active.comparison).toEqual({ change: 10, test: 'none', significant: false });
    // 50 user-days over 31 days, over 40 users.
    expect(kpi(report, 'STICKINESS').current?.value).toBeCloseTo((100 * (50 / 31)) / 40, 10);
  });

  it('gives thirteen trend periods per metric (the month and the 12 before it), oldest first, gaps as null', () => {
    const trend = kpi(report, 'NPS').trend;
    expect(trend).toHaveLength(13);
    expect(trend[0].start).toBe('2025-03-01');
    expect(trend[12]).toMatchObject({ start: '2026-03-01', n: 60 });
    expect(trend[11]).toMatchObject({ start: '2026-02-01', n: 40, value: -25 });
    expect(trend[10]).toEqual({ start: '2026-01-01', n: 0, value: null });
    expect(kpi(report, 'CHURN').trend[10].value).toBeCloseTo((100 * 10) / 205, 10); // January row
  });

  it('ranks no segment on fewer than 30 answers: the thin ones are listed apart', () => {
    // March: Online has 25 NPS answers (too few), Cửa hàng 35: one segment cannot be ranked alone.
    const nps = report.segments.find((s) => s.metric === 'NPS')!;
    expect(nps.best).toBeUndefined();
    expect(nps.worst).toBeUndefined();
    expect(nps.ranked).toBe(1);
    expect(nps.only).toMatchObject({ name: 'Cửa hàng', n: 35, value: 0 });
    expect(nps.tooFew).toEqual([{ name: 'Online', n: 25 }]);
    // Tickets: Zalo 25 and Email 15, both too few.
    const art = report.segments.find((s) => s.metric === 'ART')!;
    expect(art).toMatchObject({ ranked: 0, minN: 30, tooFew: [{ name: 'Zalo', n: 25 }, { name: 'Email', n: 15 }] });
  });

  it('ranks segments with at least 30 answers, each with its interval', () => {
    // March: "Online" 60 promoters, 20 passives, 20 detractors (NPS 40); "Phone" 30/30/40 (−10);
    // "Zalo" 15 answers, too few to rank whatever its score.
    const survey = npsYear({ '2026-03': { promoters: 0, passives: 0, detractors: 0 } });
    survey.segment = survey.nps!.map(() => 'Online');
    const add = (segment: string, promoters: number, passives: number, detractors: number) => {
      for (const [score, count] of [[10, promoters], [8, passives], [3, detractors]]) {
        for (let i = 0; i < count; i++) (survey.dates!.push('2026-03-15'), survey.nps!.push(score), survey.segment!.push(segment));
      }
    };
    add('Online', 60, 20, 20);
    add('Phone', 30, 30, 40);
    add('Zalo', 15, 0, 0);
    const nps = buildReport({ timeZone: ZONE, lang: 'en', now: NOW, survey }).segments.find((s) => s.metric === 'NPS')!;
    const online95 = npsInterval(60, 20, 20);
    const phone95 = npsInterval(30, 30, 40);
    expect(nps.best).toEqual({ name: 'Online', n: 100, value: 40, low: online95.low, high: online95.high });
    expect(nps.worst).toEqual({ name: 'Phone', n: 100, value: -10, low: phone95.low, high: phone95.high });
    expect(nps.tooFew).toEqual([{ name: 'Zalo', n: 15 }]);
  });

  it('gives a rate segment its Wilson interval and a mean its normal interval', () => {
    const fcr = buildReport(fullInput({ tickets: { ...ticketColumns(), segment: ticketColumns().segment!.map((s, i) => (i < 40 ? 'All' : s)) } }))
      .segments.find((s) => s.metric === 'FCR')!;
    // All 40 March tickets in one segment: one ranked segment, nothing to compare it with.
    expect(fcr).toMatchObject({ ranked: 1, tooFew: [] });
    expect(intervalOf({ kind: 'proportion', n: 40, successes: 30, value: 75 })).toEqual(wilsonInterval(30, 40));
    const mean = intervalOf({ kind: 'mean', n: 40, value: 4, variance: 4 });
    expect(mean.low).toBeCloseTo(4 - 1.959964 * Math.sqrt(4 / 40), 5);
  });

  it('breaks NPS down and lists new detractors with their five most recent comments', () => {
    expect(report.npsBreakdown).toMatchObject({ n: 60, promoters: 30, passives: 20, detractors: 10, promoterShare: 50 });
    expect(report.detractors?.count).toBe(10); // the 1 April detractor is April's
    const comments = report.detractors!.comments;
    // Six of them commented, on 10, 11, 13, 14, 15 and 16 March: the newest five, newest first.
    expect(comments.map((c) => c.date)).toEqual(['2026-03-16', '2026-03-15', '2026-03-14', '2026-03-13', '2026-03-11']);
    expect(comments[0]).toEqual({ date: '2026-03-16', score: 2, comment: 'Late again', segment: 'Cửa hàng', email: 'c6@example.com' });
    expect(report.detractors!.withComment).toBe(6);
  });

  it('builds the journey funnel from stage names in either language', () => {
    const stages = report.funnel!.stages;
    expect(stages.map((s) => s.reached)).toEqual([100, 60, 35, 15, 5]);
    expect(stages.map((s) => s.atStage)).toEqual([40, 25, 20, 10, 5]);
    expect(stages[0].shareFromPrevious).toBeNull();
    expect(stages[2].shareFromPrevious).toBeCloseTo((100 * 35) / 60, 10);
    expect(report.funnel!.unmatched).toBe(2);
  });

  it('assesses maturity from the measured KPIs: level 2, CSAT short of 80 %, CES evidence too thin', () => {
    expect(report.maturity.level).toBe(2);
    expect(report.maturity.levels[2].criteria.find((c) => c.metric === 'CSAT')).toMatchObject({ status: 'not-met', actual: 75 });
    expect(report.maturity.missing.map((c) => `${c.metric}:${c.missingReason}`)).toEqual(['CES:too-few', 'REFERRAL_RATE:too-few']);
  });

  it('keeps only http(s) links', () => {
    expect(report.spreadsheetUrl).toBe('https://docs.google.com/spreadsheets/d/abc123/edit');
    expect(buildReport(fullInput({ spreadsheetUrl: 'javascript:alert(1)' })).spreadsheetUrl).toBeUndefined();
  });
});

describe('buildReport with missing or damaged inputs', () => {
  it('leaves out every section without columns', () => {
    const report = buildReport({ timeZone: ZONE, lang: 'en', now: NOW, tickets: ticketColumns() });
    expect(report.kpis.map((k) => k.id)).toEqual(['FCR', 'ART']);
    expect(report.npsBreakdown).toBeUndefined();
    expect(report.detractors).toBeUndefined();
    expect(report.funnel).toBeUndefined();
    expect(report.maturity.levels[0].criteria[0].status).toBe('missing');
    expect(report.maturity.level).toBe(0);
  });

  it('leaves out unreadable cells and counts them in the metric’s coverage, not as a problem of the whole report', () => {
    const survey = surveyColumns(surveyRows());
    survey.nps![0] = 11;
    survey.nps![1] = '#N/A';
    const report = buildReport({ timeZone: ZONE, lang: 'en', now: NOW, survey });
    expect(kpi(report, 'NPS').current?.n).toBe(58);
    expect(kpi(report, 'NPS').coverage.used).toBe(58);
    // 11 is off the 0–10 scale; #N/A cannot be read at all.
    expect(kpi(report, 'NPS').coverage.leftOut.outOfScale?.count).toBe(1);
    expect(kpi(report, 'NPS').coverage.leftOut.unreadable?.count).toBe(1);
    expect(report.problems).toEqual([]);
  });

  it('reports a chosen week, with its week before, and skips monthly counts', () => {
    const report = buildReport({
      timeZone: ZONE, lang: 'en', period: { kind: 'week', start: '2026-03-04' },
      subscriptions: subscriptionColumns(), activity: activityColumns(),
    });
    expect(report.period).toEqual({ kind: 'week', start: '2026-03-02', end: '2026-03-08' });
    expect(report.previousPeriod?.start).toBe('2026-02-23');
    expect(report.kpis.map((k) => k.id)).toEqual(['ACTIVE_USERS', 'STICKINESS']);
    expect(kpi(report, 'ACTIVE_USERS').current?.value).toBe(40); // u1…u40 on 2–3 March
  });

  it('rejects a malformed period start', () => {
    expect(() => buildReport({ timeZone: ZONE, lang: 'en', period: { kind: 'month', start: '2026-02-30' } })).toThrow(/2026-03-01/);
  });
});
