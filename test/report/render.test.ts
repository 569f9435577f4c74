import { describe, expect, it } from 'vitest';
import { kpiValueText } from '../../src/report/display';
import { escapeHtml, formatNumber, safeHttpUrl } from '../../src/report/format';
import { buildReport } from '../../src/report/model';
import { renderHtml } from '../../src/report/render-html';
import { renderText, reportSubject } from '../../src/report/render-text';
import { npsInterval } from '../../src/stats';
import { fullInput, surveyColumns, surveyRows } from './fixture';

const ATTACKS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><a href="javascript:alert(1)">x</a>'];

/** The fixture with attacks as segment names, detractor comments, emails and the sheet's name and link. */
function hostileReport() {
  const survey = surveyColumns(surveyRows({ segmentNames: [ATTACKS[0], ATTACKS[1]], comments: [...ATTACKS, ATTACKS[0], ATTACKS[1], ATTACKS[2]] }));
  survey.email = survey.email!.map((e) => (e ? `${e}<script>alert(1)</script>` : e));
  return buildReport(fullInput({ survey, spreadsheetName: ATTACKS[2], spreadsheetUrl: 'javascript:alert(1)' }));
}

describe('HTML rendering is safe for whatever the sheet holds', () => {
  const report = hostileReport();
  const html = renderHtml(report);

  it('keeps the attacks in the model (they are real sheet values) and escapes them in the HTML', () => {
    expect(report.segments[0].tooFew[0].name).toBe(ATTACKS[0]);
    expect(report.detractors!.comments.some((c) => c.comment === ATTACKS[1])).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href\s*=\s*"?\s*javascript:/i);
    expect(html).not.toMatch(/<a [^>]*href="(?!https?:)/i);
    expect(html).not.toMatch(/onerror=/i);
    expect(html).toContain(escapeHtml(ATTACKS[0]));
    expect(html).toContain(escapeHtml(ATTACKS[2]));
  });

  it('drops a link that is not http(s)', () => {
    expect(html).not.toContain('<a ');
    expect(safeHttpUrl('https://docs.google.com/x')).toBe('https://docs.google.com/x');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'https://x" onmouseover="a', ' vbscript:x']) expect(safeHttpUrl(bad)).toBeUndefined();
  });

  it('uses no external resources and only inline styles', () => {
    const safe = renderHtml(buildReport(fullInput()));
    expect(safe).not.toMatch(/<(script|style|link|img|iframe|object)\b/i);
    expect(safe).not.toMatch(/url\(|@import|@font-face/i);
    expect(safe).toContain('href="https://docs.google.com/spreadsheets/d/abc123/edit"');
    expect(safe).toContain('max-width:600px');
  });

  it('keeps sheet text on one line in the plain-text mail and subject', () => {
    const survey = surveyColumns(surveyRows({ comments: ['Line one\nBcc: x@y.z\r\nline three'] }));
    const report = buildReport(fullInput({ survey, spreadsheetName: 'Shop\nBcc: x@y.z' }));
    const text = renderText(report);
    expect(text).toContain('“Line one Bcc: x@y.z line three”');
    expect(text.split('\n').some((line) => line.startsWith('Bcc:'))).toBe(false);
    expect(reportSubject(report)).toBe('Customer experience report — March 2026 · Shop Bcc: x@y.z');
  });
});

describe('the plain-text version carries the same content', () => {
  const report = buildReport(fullInput());
  const text = renderText(report);

  it('shows every KPI of the model with its value and n', () => {
    expect(report.kpis).toHaveLength(13) // the twelve tiles and the February cohort's month-1 retention;
    for (const kpi of report.kpis) {
      expect(text).toContain(kpiValueText(kpi, 'en'));
      expect(text).toContain(`n = ${kpi.current!.n}`);
    }
    expect(text).toContain('Net Promoter Score (NPS): 33.3 (n = 60)');
    expect(text).toContain('▲ +58.3 points, likely a real change');
    expect(text).toContain('▲ +5.0 points, could be chance');
    // The test and its p-value only in the footnote.
    expect(text).toContain('Net Promoter Score (NPS): z-test on the NPS difference, p < 0.001');
    expect(text).toContain('Satisfaction (CSAT): two-proportion z-test, p = 0.58');
    expect(text.split('How changes were tested')[0]).not.toMatch(/p [=<] |z-test|t-test|\bpp\b|significant/);
    expect(text).toContain('Too few to compare: n = 12 now and 20 before');
    expect(text).toContain('Customer churn: 5.3% (n = 190)');
    expect(text).toContain('▼ −4.7 points, could be chance');
  });

  it('has the breakdown, detractors, segments, funnel, maturity and link', () => {
    expect(text).toContain('Promoters (9–10): 30 (50.0%)');
    expect(text).toContain('10 detractor answers (score 0–6) this period.');
    expect(text).toContain('“Too slow”');
    expect(text).toContain('Too few to rank (under 30): Online (n = 25)');
    const npsSegment = npsInterval(10, 15, 10);
    expect(text).toContain(`Only one segment has enough observations, so none is ranked. Cửa hàng: 0.0, likely between ${formatNumber(npsSegment.low, 'en', 1)} and ${formatNumber(npsSegment.high, 'en', 1)} (n = 35).`);
    expect(text).toContain('Too few to rank (under 30): Zalo (n = 25), Email (n = 15)');
    expect(text).toContain('Consideration: 60 customers (60.0% of the stage before)');
    expect(text).toContain('Level 2 of 5: Responsiveness');
    expect(text).toContain('Satisfaction (CSAT) ≥ 80%: not met, measured 75.0%');
    expect(text).toContain('Open the spreadsheet: https://docs.google.com/spreadsheets/d/abc123/edit');
  });
});

describe('Vietnamese rendering', () => {
  const report = buildReport(fullInput({ lang: 'vi' }));
  const text = renderText(report);
  const html = renderHtml(report);

  it('writes numbers with comma decimals and dot thousands', () => {
    expect(formatNumber(45.5, 'vi', 1)).toBe('45,5');
    expect(formatNumber(1234567.891, 'vi', 2)).toBe('1.234.567,89');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(-0.04, 'en', 1)).toBe('0.0');
    expect(text).toContain('Chỉ số giới thiệu (NPS): 33,3 (n = 60)');
    expect(text).toContain('Thời gian giải quyết trung bình (ART): 4,0 giờ (n = 40)');
  });

  it('speaks Vietnamese throughout', () => {
    expect(text.split('\n')[0]).toBe('Báo cáo trải nghiệm khách hàng — Tháng 3/2026');
    expect(text).toContain('▲ +58,3 điểm, nhiều khả năng là thay đổi thật');
    expect(text).toContain('▲ +5,0 điểm %, có thể chỉ là ngẫu nhiên');
    expect(text).toContain('Chỉ số giới thiệu (NPS): kiểm định z cho chênh lệch NPS, p < 0,001');
    expect(text).toContain('Cấp 2/5: Đáp ứng');
    expect(text).not.toMatch(/\bpp\b|Phản hồi/);
    expect(text).toContain('Cân nhắc: 60 khách hàng (60,0% so với giai đoạn trước)');
    expect(text).toContain('Mở bảng tính');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Người ủng hộ (9–10)');
    expect(html).not.toMatch(/\bPromoters\b|\bsignificant\b/);
  });
});
