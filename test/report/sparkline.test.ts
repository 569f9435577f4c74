import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/model';
import { renderHtml } from '../../src/report/render-html';
import { renderText } from '../../src/report/render-text';
import { reportView } from '../../src/report/view';
import { NOW, npsYear, ZONE } from './fixture';

/**
 * Sparklines that carry their values (issue 13): first, last, lowest and highest labelled, a
 * scale that starts near the data, the reported month marked; tables and inline styles only.
 */

// NPS 40 every month but a weak September 2025 (−10: 30/30/40) and a strong March 2026 (70: 80/10/10).
const survey = npsYear({ '2025-09': { promoters: 30, passives: 30, detractors: 40 }, '2026-03': { promoters: 80, passives: 10, detractors: 10 } });
const report = buildReport({ timeZone: ZONE, lang: 'en', now: NOW, survey });
const tile = reportView(report).kpis.find((k) => k.id === 'NPS')!;

describe('the NPS sparkline', () => {
  it('labels the first, last, lowest and highest bars with their values, and only those', () => {
    const marked = tile.trend.flatMap((bar, i) => (bar.mark ? [[i, bar.label, bar.mark]] : []));
    expect(marked).toEqual([
      [0, 'Mar 2025', '40.0'], // first
      [6, 'Sep 2025', '−10.0'], // lowest
      [12, 'Mar 2026', '70.0'], // last and highest
    ]);
  });

  it('starts its scale near the data, not at zero or −100', () => {
    // Floor = lowest − a fifth of the range = −10 − 16 = −26: the lowest bar is short but visible,
    // the usual months sit at 0.1 + 0.9 · (40 + 26)/(70 + 26) ≈ 0.72 of the height.
    const heights = tile.trend.map((bar) => bar.height!);
    expect(heights[6]).toBeCloseTo(0.1 + (0.9 * 16) / 96, 10);
    expect(heights[0]).toBeCloseTo(0.1 + (0.9 * 66) / 96, 10);
    expect(heights[12]).toBe(1);
  });

  it('marks the reported month', () => {
    expect(tile.trend.map((bar) => bar.current)).toEqual([...Array(12).fill(false), true]);
    const html = renderHtml(report);
    expect(html).toContain('#2563eb'); // the accent bar of the current month
    expect(html).toMatch(/font-weight:bold;">Mar 2026</);
  });

  it('is drawn with table cells and inline styles only, so mail clients keep it', () => {
    const html = renderHtml(report);
    expect(html).not.toMatch(/<(svg|img|canvas|style|script)\b/i);
    expect(html).toContain('>70.0</div>');
    expect(html).toContain('>−10.0</div>');
  });

  it('becomes one short line in the text part instead of thirteen values', () => {
    const text = renderText(report);
    expect(text).toContain('  13 months: 40.0 (Mar 2025) → 70.0 (Mar 2026); low −10.0 (Sep 2025), high 70.0 (Mar 2026)');
    const metrics = text.slice(text.indexOf('KEY METRICS'), text.indexOf('NPS BREAKDOWN'));
    expect(metrics.length).toBeGreaterThan(100);
    for (const line of metrics.split('\n')) expect(line.length).toBeLessThan(120);
  });
});

describe('a rate sparkline', () => {
  it('starts near the data, so CSAT from 61.7% to 73.8% does not look flat', () => {
    // Months at 60% satisfied but March at 75%: the bars differ by far more than 15/75 of the height.
    const dates: string[] = [];
    const csat: number[] = [];
    for (const [month, satisfied] of [['2026-01', 60], ['2026-02', 62], ['2026-03', 75]] as const) {
      for (let i = 0; i < 100; i++) (dates.push(`${month}-10`), csat.push(i < satisfied ? 5 : 2));
    }
    const r = buildReport({ timeZone: ZONE, lang: 'vi', now: NOW, survey: { dates, csat } });
    const bars = reportView(r).kpis.find((k) => k.id === 'CSAT')!.trend.filter((b) => b.height !== null);
    // First (and lowest) and last (and highest) carry their values; February's 62% does not.
    expect(bars.map((b) => b.mark)).toEqual(['60,0', undefined, '75,0']);
    expect(bars[2].height! - bars[0].height!).toBeGreaterThan(0.5);
  });
});
