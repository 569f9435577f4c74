import { describe, expect, it } from 'vitest';
import { MAPPING_VERSION, type Mapping } from '../../src/mapping/index';
import { coverageSentence } from '../../src/report/coverage-text';
import { reportInputFromMapping } from '../../src/report/from-mapping';
import { buildReport } from '../../src/report/model';
import type { Kpi, Report } from '../../src/report/types';

/**
 * What the customer-list and cohort figures are made of (metrics-spec §7), through a sheet as the
 * add-on and the CLI read it: every row used or left out by reason at its sheet cell, so a cancel
 * date nobody can read never turns a customer who left into one who stayed, and one unreadable
 * order date no longer takes the cohort figures away.
 */

const ZONE = 'Asia/Ho_Chi_Minh';
const OCTOBER = { kind: 'month' as const, start: '2026-10-01' };
const kpi = (report: Report, id: Kpi['id']) => report.kpis.find((k) => k.id === id)!;
const mappingOf = (sheetName: string, columns: Mapping['sources'][number]['columns']): Mapping => ({
  version: MAPPING_VERSION,
  sources: [{ sheetName, sheetId: null, headerRow: 1, columns }],
  scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
});
const report = (sheet: string, columns: Mapping['sources'][number]['columns'], rows: unknown[][], lang: 'en' | 'vi' = 'en') =>
  buildReport(reportInputFromMapping(mappingOf(sheet, columns), () => rows as never, { timeZone: ZONE, lang, period: OCTOBER }));

/** 20 customers who joined in 2025; C0–C3 cancelled in October. */
function customers(): unknown[][] {
  const rows: unknown[][] = [['Customer ID', 'Joined', 'Cancelled']];
  for (let i = 0; i < 20; i++) rows.push([`C${i}`, '2025-03-10', i < 4 ? `2026-10-${String(5 + i).padStart(2, '0')}` : '']);
  return rows;
}

describe('churn and retention from a customer list', () => {
  it('a cancel date that cannot be read is left out at its cell, not read as "still a customer"', () => {
    const rows = customers();
    rows[2][2] = 'sometime in Oct'; // C1 (sheet row 3) cancelled, but nobody can read when
    const r = report('Customers', { customerId: 'A', customerJoined: 'B', customerLeft: 'C' }, rows);
    // 19 customers at the start, 3 of them left: C1 is not counted as staying.
    expect(kpi(r, 'CHURN').current).toMatchObject({ n: 19 });
    expect(kpi(r, 'CHURN').current!.value).toBeCloseTo((100 * 3) / 19, 12);
    expect(coverageSentence(19, kpi(r, 'CHURN').coverage, 'en')).toBe("n = 19 · 1 left out: 1 could not be read (first: 'Customers'!C3)");
    expect(coverageSentence(19, kpi(r, 'RETENTION').coverage, 'vi')).toBe("n = 19 · 1 bị bỏ qua: 1 không đọc được (đầu tiên: 'Customers'!C3)");
  });

  it('a join date that cannot be read, and a named customer with no dates at all, are counted with their cells', () => {
    const rows = customers();
    rows[5][1] = '31/02/2025'; // C4: no such day
    rows[6][1] = ''; // C5: neither date
    const r = report('Customers', { customerId: 'A', customerJoined: 'B', customerLeft: 'C' }, rows);
    expect(kpi(r, 'CHURN').current).toMatchObject({ n: 18 });
    const sentence = coverageSentence(18, kpi(r, 'CHURN').coverage, 'en');
    expect(sentence).toContain("1 could not be read (first: 'Customers'!B6)");
    expect(sentence).toContain("1 no readable date (first: 'Customers'!B7)");
  });

  it('a cancel before the join is named with its cell', () => {
    const rows = customers();
    rows.push(['X1', '2026-05-01', '2026-04-01']); // sheet row 22
    const r = report('Customers', { customerId: 'A', customerJoined: 'B', customerLeft: 'C' }, rows);
    expect(r.problems.map((p) => p.message.en).join('\n')).toContain("left 2026-04-01 is before joined 2026-05-01: a customer cannot cancel before joining (at 'Customers'!C22)");
    expect(r.problems.map((p) => p.message.vi).join('\n')).toContain("(tại 'Customers'!C22)");
  });

  it('a customer on two rows that disagree is named by its sheet cells, not by data-row numbers', () => {
    const rows = customers();
    rows.push(['C2', '2025-03-10', '']); // C2 again (sheet row 22): joined the same day, no cancel
    const r = report('Customers', { customerId: 'A', customerJoined: 'B', customerLeft: 'C' }, rows);
    expect(r.problems.map((p) => p.message.en).join('\n')).toContain("customer C2 is at 'Customers'!A4 and 'Customers'!A22 with different values; keep one row per customer");
    expect(r.problems.map((p) => p.message.vi).join('\n')).toContain("khách hàng C2 có ở 'Customers'!A4 và 'Customers'!A22 với giá trị khác nhau");
    expect(kpi(r, 'CHURN').coverage.leftOut.conflict).toMatchObject({ count: 2 });
  });

  it('churned flags without dates: an answer that is no yes/no is left out at its cell, the rest counted', () => {
    const rows: unknown[][] = [['Customer ID', 'Churned?'], ['A1', 'Yes'], ['A2', 'No'], ['A3', 'maybe'], ['A4', 'No'], ['A5', '']];
    const r = report('Customers', { customerId: 'A', churned: 'B' }, rows);
    expect(kpi(r, 'CHURN').current).toMatchObject({ n: 3 });
    expect(coverageSentence(3, kpi(r, 'CHURN').coverage, 'en')).toBe("n = 3 · 1 left out: 1 could not be read (first: 'Customers'!B4)");
  });
});

describe('cohort retention from an order log', () => {
  /** September cohort s1…s8, six of whom order again in October; one order has a date nobody can read. */
  function orders(): unknown[][] {
    const rows: unknown[][] = [['Customer', 'Order date']];
    for (let i = 1; i <= 8; i++) rows.push([`s${i}`, '2026-09-15']);
    for (let i = 1; i <= 6; i++) rows.push([`s${i}`, '2026-10-20']);
    rows.push(['s7', 'last Tuesday']); // sheet row 16
    return rows;
  }

  it('gives the month-1 figure from the rows it can read, and says which it could not', () => {
    const r = report('Orders', { customerId: 'A', timestamp: 'B' }, orders());
    const month1 = kpi(r, 'COHORT_MONTH_1');
    expect(month1.current).toMatchObject({ n: 8, value: 75 });
    expect(coverageSentence(8, month1.coverage, 'en')).toBe("n = 8 · 1 left out: 1 could not be read (first: 'Orders'!B16)");
    expect(r.problems).toEqual([]);
  });

  it('the same log still gives October’s active users, the unreadable date counted at its cell (before, one such cell took the figure away, named by its data row)', () => {
    const r = report('Orders', { customerId: 'A', timestamp: 'B' }, orders(), 'vi');
    expect(kpi(r, 'ACTIVE_USERS').current).toMatchObject({ n: 6, value: 6 });
    expect(coverageSentence(6, kpi(r, 'ACTIVE_USERS').coverage, 'vi')).toBe("n = 6 · 1 bị bỏ qua: 1 không đọc được (đầu tiên: 'Orders'!B16)");
  });
});
