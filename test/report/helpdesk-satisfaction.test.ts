import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/cells/types';
import { detectWorkbook, mappingFromDetection } from '../../src/mapping/index';
import { reportInputFromMapping } from '../../src/report/from-mapping';
import { buildReport } from '../../src/report/model';

/**
 * A Zendesk export rates each solved ticket `Good` or `Bad` ("Offered" when the customer was asked
 * and did not answer). Detection proposes the column as CSAT with a label table, good 5 and bad 1,
 * so the report's CSAT is the share of ratings that are good, dated by the ticket (issue 11).
 */

const header = ['Id', 'Subject', 'Status', 'Via', 'Created at', 'Updated at', 'Solved at', 'Satisfaction Score'];
const ratings = ['Good', 'Good', 'Bad', 'Offered', 'Good', 'Not Offered', 'Good', 'Bad', 'Good', 'Good'];

function zendesk(): Cell[][] {
  const rows: Cell[][] = [header];
  for (let i = 0; i < 60; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    rows.push([3400 + i, 'Refund request', 'solved', i % 2 ? 'Email' : 'Web form', `2026-10-${day} 09:00:00`, `2026-10-${day} 18:00:00`, `2026-10-${day} 15:00:00`, ratings[i % 10]]);
  }
  return rows;
}

describe('a helpdesk export with good/bad satisfaction ratings', () => {
  const values = zendesk();
  const mapping = mappingFromDetection(detectWorkbook([{ name: 'zendesk-tickets', values }]));
  const source = mapping.sources.find((s) => s.sheetName === 'zendesk-tickets')!;

  it('is proposed as CSAT with the good/bad label table', () => {
    expect(source.columns.csat).toBe('H');
    expect(source.labels).toEqual({ csat: { Good: 5, Bad: 1 } });
  });

  it('gives CSAT as the share of ratings that are good, the unanswered ones counted as no answer, not as unreadable', () => {
    const report = buildReport(reportInputFromMapping(mapping, () => values, { timeZone: 'UTC', lang: 'en', period: { kind: 'month', start: '2026-10-01' } }));
    const csat = report.kpis.find((k) => k.id === 'CSAT')!;
    // Per ten tickets: 6 good, 2 bad, 2 offered but not answered.
    expect(csat.current).toMatchObject({ n: 48 });
    expect(csat.current!.value).toBeCloseTo(75, 9);
    expect(csat.coverage.leftOut.noAnswer?.count).toBe(12);
    expect(csat.coverage.leftOut.unreadable).toBeUndefined();
    expect(csat.coverage.leftOut.unknownLabel).toBeUndefined();
  });
});
