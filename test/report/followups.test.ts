import { describe, expect, it } from 'vitest';
import { buildReport, renderHtml, renderText } from '../../src/report/index';
import { followUpSection, type FollowUpRow } from '../../src/report/followups';

/** Wall-clock time in Ho Chi Minh City (UTC+7) as an instant. */
const vn = (day: number, hour: number, month = 11) => Date.UTC(2026, month - 1, day, hour - 7);
const H = 3_600_000;

/** A November of follow-ups with known answers: 6 flagged in the month, one older still open, one in December. */
const ROWS: FollowUpRow[] = [
  // Called back after 6 hours; contacted, not yet resolved, so still open.
  { row: 2, answeredAt: vn(2, 9), score: 'NPS 3/10', comment: 'Trà nguội', segment: 'Quận 1', status: 'contacted', statusText: 'Đã liên hệ', contactedAt: vn(2, 15), owner: 'Lan' },
  // Called back after 3 days, then resolved.
  { row: 3, answeredAt: vn(3, 10), score: 'NPS 5/10', status: 'resolved', statusText: 'Đã xử lý', contactedAt: vn(6, 10), resolvedAt: vn(7, 9) },
  // Resolved the same day without a "contacted" date: the resolution is the first contact (12 h).
  { row: 4, answeredAt: vn(5, 8), score: 'CSAT 1/5', status: 'resolved', statusText: 'Resolved', resolvedAt: vn(5, 20) },
  // Still new.
  { row: 5, answeredAt: vn(10, 14), score: 'NPS 0/10', comment: 'Giao hàng <b>trễ</b>', segment: 'Quận 7', status: 'new', statusText: 'Mới' },
  // Marked contacted, but nobody wrote when.
  { row: 6, answeredAt: vn(12, 9), score: 'NPS 4/10', status: 'contacted', statusText: 'Contacted', owner: 'Minh' },
  // A status someone typed over the dropdown.
  { row: 7, answeredAt: vn(20, 9), score: 'CES 2/7', status: null, statusText: 'Gọi lại sau' },
  // October, still open; December, not this report's.
  { row: 8, answeredAt: vn(28, 9, 10), score: 'NPS 2/10', status: 'new', statusText: 'New' },
  { row: 9, answeredAt: vn(1, 9, 12), score: 'NPS 1/10', status: 'new', statusText: 'New' },
];

const NOVEMBER = { kind: 'month' as const, start: '2026-11-01' };
const report = (lang: 'en' | 'vi') => buildReport({ timeZone: 'Asia/Ho_Chi_Minh', lang, period: NOVEMBER, followUps: ROWS });

describe('the report’s follow-up section', () => {
  it('counts November’s unhappy answers: contacted within 2 days, resolved, median hours to first contact, the open ones', () => {
    const s = followUpSection(ROWS, { kind: 'month', start: '2026-11-01', end: '2026-11-30' }, 'Asia/Ho_Chi_Minh');
    expect(s).toMatchObject({ flagged: 6, contacted: 4, contactedWithin2Days: 2, contactedUndated: 1, resolved: 2, medianHoursToContact: 12, openCount: 4, olderOpen: 1, unknownStatus: 1 });
    expect(s.open.map((o) => o.row)).toEqual([2, 5, 6, 7]);
  });

  it('counts a first contact exactly 48 hours after the answer as within 2 days, and 48 hours and a minute as not', () => {
    const at = vn(2, 9);
    const row = (contactedAt: number): FollowUpRow => ({ row: 2, answeredAt: at, score: 'NPS 3/10', status: 'contacted', statusText: 'Contacted', contactedAt });
    const period = { kind: 'month' as const, start: '2026-11-01', end: '2026-11-30' };
    expect(followUpSection([row(at + 48 * H)], period, 'UTC').contactedWithin2Days).toBe(1);
    expect(followUpSection([row(at + 48 * H + 60_000)], period, 'UTC').contactedWithin2Days).toBe(0);
  });

  it('reads in the email text in English', () => {
    const text = renderText(report('en'));
    expect(text).toContain('FOLLOWING UP UNHAPPY CUSTOMERS');
    expect(text).toContain('6 unhappy answers flagged this period.');
    expect(text).toContain('33% contacted within 2 days (2 of 6).');
    expect(text).toContain('33% resolved (2 of 6).');
    expect(text).toContain('Median time to first contact: 12 hours.');
    expect(text).toContain('Still open (4):');
    expect(text).toContain('  - NPS 0/10 — “Giao hàng <b>trễ</b>”');
    expect(text).toMatch(/Quận 7 · Mới · no owner yet · follow-up row 5/);
    expect(text).toContain('1 marked contacted without a date: counted as contacted, not in the 2-day share or the median.');
    expect(text).toContain('1 rows have a status other than New, Contacted or Resolved: counted as open.');
    expect(text).toContain('1 unhappy answers from before this period are still open.');
  });

  it('reads in the email HTML in Vietnamese, with the customers’ words escaped', () => {
    const html = renderHtml(report('vi'));
    expect(html).toContain('Theo dõi khách hàng chưa hài lòng');
    expect(html).toContain('6 câu trả lời chưa hài lòng được đánh dấu trong kỳ.');
    expect(html).toContain('33% được liên hệ trong vòng 2 ngày (2 trên 6).');
    expect(html).toContain('Thời gian trung vị đến lần liên hệ đầu: 12 giờ.');
    expect(html).toContain('Chưa xử lý xong (4)');
    expect(html).toContain('Giao hàng &lt;b&gt;trễ&lt;/b&gt;');
    expect(html).not.toContain('<b>trễ</b>');
    expect(html).toContain('phụ trách: Minh');
  });

  it('says so when nothing was flagged, and has no section without a follow-up sheet', () => {
    const quiet = buildReport({ timeZone: 'Asia/Ho_Chi_Minh', lang: 'en', period: { kind: 'month', start: '2026-09-01' }, followUps: ROWS });
    expect(renderText(quiet)).toContain('No unhappy answers were flagged this period.');
    expect(renderText(buildReport({ timeZone: 'Asia/Ho_Chi_Minh', lang: 'en', period: NOVEMBER }))).not.toContain('FOLLOWING UP');
  });
});
