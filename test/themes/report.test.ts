import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/model';
import { renderHtml } from '../../src/report/render-html';
import { renderText } from '../../src/report/render-text';
import { reportView } from '../../src/report/view';
import { fullInput, surveyColumns, surveyRows } from '../report/fixture';

/**
 * March's ten detractors (fixture) wrote: "Giao hàng chậm", "Too slow", "", "Rude staff",
 * "Wrong size", "Cold coffee", "Late again" and three blanks: 6 comments. Waiting time is in two
 * of them ("chậm", "slow": 33%), staff, delivery, menu/size and taste in one each; ties keep the
 * dictionary's order (staff before delivery). No promoter wrote anything.
 */
describe('the report says what customers talk about', () => {
  const report = buildReport(fullInput());

  it('ranks the detractors\' themes with their share and the newest example', () => {
    const t = report.themes!;
    expect(t.comments).toBe(6);
    expect(t.detractorComments).toBe(6);
    expect(t.promoterComments).toBe(0);
    expect(t.detractors.map((m) => [m.theme.id, m.comments, Math.round(m.share)])).toEqual([
      ['waiting', 2, 33],
      ['staff', 1, 17],
      ['delivery', 1, 17],
    ]);
    expect(t.detractors[0].example).toBe('Too slow');
    expect(t.promoters).toEqual([]);
  });

  it('shows the section in the HTML and the text part, in both languages', () => {
    const html = renderHtml(report);
    expect(html).toContain('What customers talk about');
    expect(html).toContain('Waiting time');
    expect(html).toContain('33% of their comments');
    expect(html).toContain('No comments from them in the period.');
    const text = renderText(report);
    expect(text).toContain('  - Waiting time: 33% of their comments');
    expect(text).toContain('    “Too slow”');
    const vi = buildReport(fullInput({ lang: 'vi' }));
    expect(renderHtml(vi)).toContain('Khách hàng nói về điều gì');
    expect(renderText(vi)).toContain('  - Thời gian chờ: 33% bình luận của họ');
  });

  it('compares each theme\'s share with the period before', () => {
    // February gets detractor comments too: one of three about waiting (33%), so March's 33% is +0 points.
    const rows = surveyRows();
    const february = rows.filter((r) => typeof r.date === 'string' && r.date.startsWith('2026-02') && (r.nps ?? 10) <= 6).slice(0, 3);
    february.forEach((r, i) => (r.comment = ['slow again', 'nice', 'ok'][i]));
    const t = buildReport(fullInput({ survey: surveyColumns(rows) })).themes!;
    expect(t.detractors[0]).toMatchObject({ theme: { id: 'waiting' }, previousShare: 100 / 3 });
    expect(t.detractors[1]).toMatchObject({ theme: { id: 'staff' }, previousShare: 0 });
    const text = renderText(buildReport(fullInput({ survey: surveyColumns(rows) })));
    expect(text).toContain('Waiting time: 33% of their comments · 0 points from the period before');
    expect(text).toContain('Staff and service: 17% of their comments · new this period');
  });

  it('escapes the example comments like every sheet string and bounds their length', () => {
    const attack = '<script>alert(1)</script> the staff was rude <img src=x onerror=alert(1)> ' + 'x'.repeat(5000);
    const survey = surveyColumns(surveyRows({ comments: [attack] }));
    const html = renderHtml(buildReport(fullInput({ survey })));
    expect(html).toContain('Staff and service');
    expect(html).not.toMatch(/<script|<img|onerror=/i);
    expect(html).toContain('&lt;script&gt;');
    const example = reportView(buildReport(fullInput({ survey }))).themes!.groups[0].rows.find((r) => r.name === 'Staff and service')!.example;
    expect(example.length).toBeLessThanOrEqual(200);
    expect(example.startsWith('<script>alert(1)</script> the staff was rude')).toBe(true);
  });
});
