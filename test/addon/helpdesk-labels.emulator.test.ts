import { describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { mapColumns, openDemo } from '../../src/emulator/demo-session';

/**
 * Given a Zendesk export whose satisfaction column says Good / Bad / Offered, the wizard's
 * detection maps it as CSAT and saves the good/bad label table with the mapping, for step 2 to
 * show and the report to read (issue 11). (The preview and dashboard formulas read label tables
 * once the mapping's tables reach them: issue 10.)
 */
describe('the wizard on a helpdesk export with good/bad satisfaction', () => {
  it('proposes CSAT with the label table good 5, bad 1', () => {
    const rows: unknown[][] = [['Id', 'Subject', 'Status', 'Created at', 'Solved at', 'Satisfaction Score']];
    const ratings = ['Good', 'Bad', 'Offered', 'Good', 'Not Offered', 'Good'];
    for (let i = 0; i < 40; i++) rows.push([3400 + i, 'Refund request', 'solved', `2026-10-${String(1 + (i % 28)).padStart(2, '0')} 09:00:00`, `2026-10-${String(1 + (i % 28)).padStart(2, '0')} 15:00:00`, ratings[i % 6]]);
    const workbook: WorkbookData = { name: 'Desk', timeZone: 'UTC', locale: 'en_US', sheets: [{ name: 'Tickets', rows }] };
    const emu = openDemo({ workbook });
    const { mapping } = mapColumns(emu, 'en') as { mapping: { sources: { columns: Record<string, string>; labels?: unknown }[] } };
    expect(mapping.sources[0].columns.csat).toBe('F');
    expect(mapping.sources[0].labels).toEqual({ csat: { Good: 5, Bad: 1 } });
  });
});
