import { describe, expect, it } from 'vitest';
import { typicalOf } from '../../src/report/compare';
import { buildReport } from '../../src/report/model';
import type { Report } from '../../src/report/types';
import { renderText } from '../../src/report/render-text';
import { npsInterval, wilsonInterval } from '../../src/stats';
import { NOW, npsYear, ZONE } from './fixture';

/**
 * A month against the month before, the typical month (the median of the 12 before it) and the
 * same month a year earlier (metrics-spec.md section 3).
 */

const report = (survey: ReturnType<typeof npsYear>, lang: 'en' | 'vi' = 'en'): Report => buildReport({ timeZone: ZONE, lang, now: NOW, survey });
const nps = (r: Report) => r.kpis.find((k) => k.id === 'NPS')!;

describe('the typical period', () => {
  it('is the median of the 12 months before, with the interval of a month of typical size', () => {
    // Eleven months at NPS 40 (60/20/20 of 100) and a weak February at −10 (30/30/40).
    const kpi = nps(report(npsYear({ '2026-02': { promoters: 30, passives: 30, detractors: 40 } })));
    expect(kpi.typical).toMatchObject({ value: 40, periods: 12, n: 100 });
    // The adjusted-Wald interval of 60 promoters, 20 passives and 20 detractors.
    const interval = npsInterval(60, 20, 20);
    expect(kpi.typical!.low).toBeCloseTo(interval.low, 10);
    expect(kpi.typical!.high).toBeCloseTo(interval.high, 10);
    expect(kpi.vsTypical).toBeCloseTo(0, 10);
  });

  it('uses fewer periods when fewer exist, and none below three', () => {
    const reading = (value: number, n = 100) => ({ n, value, summary: { kind: 'proportion' as const, n, successes: value, value } });
    expect(typicalOf([null, reading(70), reading(80)])).toBeNull();
    // Four months, one of them too thin to count: the median of 70, 80 and 90.
    expect(typicalOf([reading(70), reading(80), reading(5, 10), reading(90)])).toMatchObject({ value: 80, periods: 3, n: 100 });
    const interval = wilsonInterval(80, 100);
    expect(typicalOf([reading(70), reading(80), reading(90)])).toMatchObject({ low: interval.low, high: interval.high });
  });

  it('calls a month far from it unusual, and the month after it "back to usual", not a breakthrough', () => {
    const weakFebruary = npsYear({ '2026-02': { promoters: 30, passives: 30, detractors: 40 } });
    const kpi = nps(report(weakFebruary));
    expect(kpi.comparison).toMatchObject({ significant: true });
    expect(kpi.comparison!.change).toBeCloseTo(50, 10);
    expect(kpi).toMatchObject({ usualness: 'back-to-usual', unusualWas: 'worse' });
    const text = renderText(report(weakFebruary));
    expect(text).toContain('typical: 40.0 (median of 12 months) — back to its usual level after a weak period');
    expect(renderText(report(weakFebruary, 'vi'))).toContain('thường lệ: 40,0 (trung vị 12 tháng) — trở lại mức thường lệ sau một kỳ kém');

    const strongMarch = nps(report(npsYear({ '2026-03': { promoters: 80, passives: 10, detractors: 10 } })));
    expect(strongMarch).toMatchObject({ usualness: 'unusual', unusualWas: 'better' });
    expect(renderText(report(npsYear({ '2026-03': { promoters: 80, passives: 10, detractors: 10 } })))).toContain('unusually good: better than its usual range');
    const usual = nps(report(npsYear({ '2026-03': { promoters: 62, passives: 20, detractors: 18 } })));
    expect(usual.usualness).toBe('usual');
  });

  it('shows the same month a year earlier with its change', () => {
    const kpi = nps(report(npsYear({ '2025-03': { promoters: 40, passives: 30, detractors: 30 } })));
    expect(kpi.lastYear).toMatchObject({ n: 100, value: 10 });
    expect(kpi.lastYearComparison).toMatchObject({ change: 30, test: 'nps-difference', significant: true });
    expect(renderText(report(npsYear({ '2025-03': { promoters: 40, passives: 30, detractors: 30 } })))).toContain(
      'a year earlier (Mar 2025): 10.0, +30.0 points, likely a real change',
    );
  });

  it('is not judged for a month with too few answers', () => {
    const kpi = nps(report(npsYear({ '2026-03': { promoters: 5, passives: 3, detractors: 2 } })));
    expect(kpi.typical?.value).toBe(40);
    expect(kpi.usualness).toBeNull();
  });
});
