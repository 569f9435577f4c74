import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/cells/types';
import { MAPPING_VERSION, type Mapping } from '../../src/mapping/schema';
import { reportInputFromMapping } from '../../src/report/from-mapping';
import { buildReport, renderHtml, renderText } from '../../src/report/index';
import type { Kpi } from '../../src/report/types';

/**
 * A shop runs the same survey on two Forms sheets, one in English (dates month first) and one in
 * Vietnamese (dates day first, an answer written as words the mapping's label table scores). The
 * monthly report gives each sheet's own figures and an "All surveys" figure over both, each
 * sheet's cells read as that sheet reads them; no sheet is dropped (issue 11).
 */

const EN = 'Form Responses 1';
const VI = 'Khảo sát';
const npsCycleA = [10, 9, 8, 7, 6, 3, 10, 9];
const npsCycleB: Cell[] = [10, 'Rất tốt', 6, 9, 2];

function sheets(): Map<string, Cell[][]> {
  const a: Cell[][] = [['Timestamp', 'How likely are you to recommend us?', 'How satisfied are you?', 'How easy was it?']];
  // 40 answers in October 2026 (month first: 10/05/2026 is 5 October), 5 in March (03/10/2026).
  for (let i = 0; i < 40; i++) a.push([`10/${String(1 + (i % 28)).padStart(2, '0')}/2026`, npsCycleA[i % 8], [5, 4, 3, 2][i % 4], [7, 6, 5][i % 3]]);
  for (let i = 0; i < 5; i++) a.push(['03/10/2026', 0, 1, 1]);
  const b: Cell[][] = [['Dấu thời gian', 'Bạn có giới thiệu chúng tôi không?', 'Bạn hài lòng không?']];
  // 35 answers in October, day first (05/10/2026 is 5 October), and one broken cell.
  for (let i = 0; i < 35; i++) b.push([`${String(1 + (i % 28)).padStart(2, '0')}/10/2026`, npsCycleB[i % 5], [5, 4, 4, 1][i % 4]]);
  b.push(['20/10/2026', '#REF!', 5]);
  return new Map([[EN, a], [VI, b]]);
}

const mapping: Mapping = {
  version: MAPPING_VERSION,
  sources: [
    { sheetName: EN, sheetId: 1, headerRow: 1, columns: { timestamp: 'A', nps: 'B', csat: 'C', ces: 'D' }, dateOrder: 'mdy' },
    { sheetName: VI, sheetId: 2, headerRow: 1, columns: { timestamp: 'A', nps: 'B', csat: 'C' }, dateOrder: 'dmy', labels: { nps: { 'Rất tốt': 9 } } },
  ],
  scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
} as Mapping;

function reportIn(lang: 'en' | 'vi') {
  const rows = sheets();
  const input = reportInputFromMapping(mapping, (source) => rows.get(source.sheetName)!, {
    timeZone: 'Asia/Ho_Chi_Minh',
    lang,
    period: { kind: 'month', start: '2026-10-01' },
  });
  return buildReport(input);
}

/** NPS of plain scores: % promoters − % detractors. */
function nps(scores: number[]): number {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return (100 * (promoters - detractors)) / scores.length;
}

const scopes = (kpis: Kpi[], id: string) => kpis.filter((k) => k.id === id).map((k) => k.scope);

describe('a monthly report over two survey sheets that ask the same questions', () => {
  const report = reportIn('en');
  const octoberA = Array.from({ length: 40 }, (_, i) => npsCycleA[i % 8]);
  const octoberB = Array.from({ length: 35 }, (_, i) => [10, 9, 6, 9, 2][i % 5]);

  it('gives NPS for all surveys, then for each sheet, none dropped', () => {
    expect(scopes(report.kpis, 'NPS')).toEqual([
      { name: 'All surveys', combined: true },
      { name: EN, combined: false },
      { name: VI, combined: false },
    ]);
    const [all, a, b] = report.kpis.filter((k) => k.id === 'NPS');
    expect(a.current).toMatchObject({ n: 40 });
    expect(a.current!.value).toBeCloseTo(nps(octoberA), 9);
    expect(b.current).toMatchObject({ n: 35 });
    expect(b.current!.value).toBeCloseTo(nps(octoberB), 9);
    expect(all.current!.n).toBe(75);
    expect(all.current!.value).toBeCloseTo(nps([...octoberA, ...octoberB]), 9);
  });

  it('reads each sheet\'s dates in its own order and its answers with its own label table', () => {
    // Read as one column in one order, half the dates would fall in May or March, and 'Rất tốt' would be unreadable.
    const all = report.kpis.find((k) => k.id === 'NPS' && k.scope?.combined)!;
    expect(all.coverage.leftOut.unreadable?.count).toBe(1);
    expect(all.coverage.leftOut.unreadable?.places).toEqual([{ sheet: VI, column: 'B', row: 37 }]);
    expect(report.dataRanges.map((r) => r.sheet)).toEqual([EN, VI]);
  });

  it('gives a metric only one sheet asks as that sheet\'s own figure, with no "All surveys" copy', () => {
    expect(scopes(report.kpis, 'CES')).toEqual([{ name: EN, combined: false }]);
    expect(scopes(report.kpis, 'CSAT')).toHaveLength(3);
  });

  it('names each figure in the email, in English and Vietnamese', () => {
    const text = renderText(report);
    expect(text).toContain('Net Promoter Score (NPS) — All surveys: ');
    expect(text).toContain(`Net Promoter Score (NPS) — ${EN}: `);
    expect(text).toContain(`Net Promoter Score (NPS) — ${VI}: `);
    expect(renderHtml(report)).toContain(`— ${VI}`);
    const vi = reportIn('vi');
    expect(vi.kpis.filter((k) => k.id === 'NPS').map((k) => k.scope?.name)).toEqual(['Tất cả khảo sát', EN, VI]);
    expect(renderText(vi)).toContain('— Tất cả khảo sát');
  });

  it('counts the answers once for the maturity level and the summary', () => {
    const criteria = report.maturity.levels.flatMap((level) => level.criteria);
    // 76 October responses across both sheets (the row whose NPS is #REF! still answered CSAT), not one sheet's (40).
    expect(criteria.find((c) => c.metric === 'RESPONSES')?.actual).toBe(76);
    expect(criteria.find((c) => c.metric === 'NPS')?.n).toBe(75);
    const text = renderText(report);
    const glance = text.slice(text.indexOf('AT A GLANCE'), text.indexOf('KEY METRICS'));
    // A change is told once, for all surveys, not once per sheet as well.
    expect(glance.match(/NPS/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
