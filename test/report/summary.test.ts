import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/cells/types';
import { buildReport } from '../../src/report/model';
import { renderHtml } from '../../src/report/render-html';
import { renderText } from '../../src/report/render-text';
import { highlights, summaryView } from '../../src/report/summary';
import type { ReportInput } from '../../src/report/types';
import { fullInput, NOW, npsYear, ZONE } from './fixture';

/**
 * The one-minute summary a manager reads first: which changes it picks and how it says them,
 * on the fixtures of issue 13, in English and Vietnamese.
 */

const year = (survey: NonNullable<ReportInput['survey']>, lang: 'en' | 'vi', more: Partial<ReportInput> = {}) =>
  buildReport({ timeZone: ZONE, lang, now: NOW, survey, ...more });

describe('a real change', () => {
  it('names the likely-real changes, biggest first, each in one sentence with its number', () => {
    // The tea shop: NPS −25 → 33.3 on 40 and 60 answers (z ≈ 4.5); ART 10.1 h → 4.0 h (t ≈ 12).
    const en = buildReport(fullInput());
    expect(highlights(en).map((h) => h.kpi.id)).toEqual(['ART', 'NPS']);
    expect(summaryView(en).items.map((i) => i.text)).toEqual([
      'Resolution time fell 6.1 h to 4.0 h — likely a real change.',
      'NPS rose 58.3 points to 33.3 — likely a real change.',
    ]);
    // ART down is good news: green, like NPS up.
    expect(summaryView(en).items.map((i) => i.tone)).toEqual(['good', 'good']);
    expect(summaryView(buildReport(fullInput({ lang: 'vi' }))).items.map((i) => i.text)).toEqual([
      'Thời gian giải quyết giảm 6,1 giờ xuống 4,0 giờ — nhiều khả năng là thay đổi thật.',
      'NPS tăng 58,3 điểm lên 33,3 — nhiều khả năng là thay đổi thật.',
    ]);
  });

  it('says a jump to an unusual level as unusual, against the usual level', () => {
    const strong = npsYear({ '2026-03': { promoters: 80, passives: 10, detractors: 10 } });
    expect(summaryView(year(strong, 'en')).items).toEqual([{ text: 'NPS rose 30.0 points to 70.0 — unusually good: its usual level is 40.0.', tone: 'good' }]);
    expect(summaryView(year(strong, 'vi')).items[0].text).toBe('NPS tăng 30,0 điểm lên 70,0 — tốt bất thường: mức thường lệ là 40,0.');
  });

  it('keeps at most three changes and does not repeat churn as retention', () => {
    const subscriptions = { month: ['2026-02-01', '2026-03-01'], start: [1000, 1000], end: [900, 940], new: [0, 0] };
    const report = buildReport(fullInput({ subscriptions }));
    const ids = highlights(report).map((h) => h.kpi.id);
    expect(ids).toHaveLength(3);
    expect(ids).toContain('CHURN');
    expect(ids).not.toContain('RETENTION');
    expect(summaryView(report).items.find((i) => i.text.startsWith('Churn'))).toEqual({ text: 'Churn fell 4.0 points to 6.0% — likely a real change.', tone: 'good' });
  });
});

describe('a return from an unusual month', () => {
  // Eleven months at NPS 40 and a weak February at −10: March's 40 is a return, not a breakthrough.
  const weakFebruary = npsYear({ '2026-02': { promoters: 30, passives: 30, detractors: 40 } });

  it('says "back to its usual level after a weak February"', () => {
    expect(summaryView(year(weakFebruary, 'en')).items).toEqual([{ text: 'NPS rose 50.0 points to 40.0 — back to its usual level after a weak February.', tone: 'good' }]);
    expect(summaryView(year(weakFebruary, 'vi')).items[0].text).toBe('NPS tăng 50,0 điểm lên 40,0 — trở lại mức thường lệ sau tháng 2 kém.');
  });
});

describe('nothing significant', () => {
  const steady = npsYear({ '2026-02': { promoters: 58, passives: 22, detractors: 20 }, '2026-03': { promoters: 62, passives: 20, detractors: 18 } });

  it('says that no change is likely real rather than listing noise', () => {
    const en = summaryView(year(steady, 'en'));
    expect(en.items).toEqual([]);
    expect(en.quiet).toBe('No change from the period before is likely real: every move is within what chance often gives.');
    expect(summaryView(year(steady, 'vi')).quiet).toBe('Không có thay đổi nào so với kỳ trước nhiều khả năng là thật: mọi biến động đều nằm trong mức ngẫu nhiên thường gặp.');
    expect(renderText(year(steady, 'en'))).not.toMatch(/^\* NPS/m);
  });
});

describe('a coverage problem', () => {
  // March's NPS column has 12 answers of 11, off the 0–10 scale.
  const survey = npsYear();
  let typos = 0;
  survey.nps = survey.nps!.map((cell: Cell, i) => (String(survey.dates![i]).startsWith('2026-03') && typos++ < 12 ? 11 : cell));

  it('opens with the warning, before any change', () => {
    const en = year(survey, 'en');
    // More than 5% of March's NPS cells were lost: the banner of metrics-spec.md section 7.
    expect(summaryView(en).coverage).toBe('1 of 1 metrics are missing data: Net Promoter Score (NPS) left out 12 cells (12.0%): 12 outside the scale');
    const text = renderText(en);
    expect(text.indexOf('! 1 of 1 metrics are missing data')).toBeLessThan(text.indexOf('CX maturity: level'));
    expect(text.indexOf('! 1 of 1 metrics are missing data')).toBeLessThan(text.indexOf('KEY METRICS'));
    expect(renderHtml(en)).toContain('⚠ 1 of 1 metrics are missing data');
    expect(summaryView(year(survey, 'vi')).coverage).toBe('1/1 chỉ số thiếu dữ liệu: Chỉ số giới thiệu (NPS) bỏ qua 12 ô (12,0%): 12 ngoài thang điểm');
  });

  it('has no warning when every cell was read', () => {
    expect(summaryView(year(npsYear(), 'en')).coverage).toBeUndefined();
  });
});

describe('too few answers', () => {
  const thin = npsYear({ '2026-03': { promoters: 5, passives: 3, detractors: 2 } });

  it('says which metric is too thin to judge, and names no change', () => {
    const en = summaryView(year(thin, 'en'));
    expect(en.items).toEqual([]);
    expect(en.quiet).toBe('No change can be judged yet: there is not enough data in both periods.');
    expect(en.tooFew).toBe('Too few answers to judge a change: NPS (n\u00a0=\u00a010); each needs 30 in both periods.');
    const vi = summaryView(year(thin, 'vi'));
    expect(vi.quiet).toBe('Chưa đánh giá được thay đổi nào: chưa đủ dữ liệu ở cả hai kỳ.');
    expect(vi.tooFew).toBe('Quá ít câu trả lời để đánh giá thay đổi: NPS (n\u00a0=\u00a010); mỗi chỉ số cần ít nhất 30 ở cả hai kỳ.');
  });
});

describe('the maturity line', () => {
  it('gives the level and the single next step to the next one', () => {
    const en = summaryView(buildReport(fullInput()));
    expect(en.maturity).toBe('CX maturity: level 2 of 5, Responsiveness.');
    expect(en.next).toBe('Next step, to reach Commitment: Satisfaction (CSAT) ≥ 80% (now 75.0%).');
    const vi = summaryView(buildReport(fullInput({ lang: 'vi' })));
    expect(vi.maturity).toBe('Mức trưởng thành CX: cấp 2/5, Đáp ứng.');
    expect(vi.next).toBe('Bước tiếp theo để đạt cấp Cam kết: Mức hài lòng (CSAT) ≥ 80% (hiện 75,0%).');
  });

  it('asks for more answers when the next level lacks evidence', () => {
    // Only NPS: level 1 (100 responses), and level 2 has no ticket data at all.
    const next = summaryView(year(npsYear(), 'en')).next;
    expect(next).toBe('Next step, to reach Responsiveness: start measuring “Average resolution time (ART) ≤ 24 h”.');
  });

  it('opens the plain-text part, before the metrics', () => {
    const text = renderText(buildReport(fullInput()));
    const lines = text.split('\n');
    expect(lines.slice(3, 6)).toEqual(['', 'AT A GLANCE', '-----------']);
    expect(lines[6]).toBe('* Resolution time fell 6.1 h to 4.0 h — likely a real change.');
    expect(text.indexOf('CX maturity: level 2 of 5')).toBeLessThan(text.indexOf('KEY METRICS'));
  });
});
