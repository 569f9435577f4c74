import { beforeAll, describe, expect, it } from 'vitest';
import { OLD_SURVEY_SHEET, oldSurvey } from '../fixtures/old-survey';
import { ensureBuilt, openDemo } from '../../src/emulator/demo-session';

/**
 * The sidebar preview's payload, through dist/Code.js in the emulator: the period it covers
 * (metrics-spec §6: by default the latest complete month that has data, `all` on a sheet without
 * dates), the periods that have data, each sheet's own range, and beside every number what it is
 * made of (§7): n, what was left out, why, and the first sheet cells.
 */

beforeAll(() => ensureBuilt());

const SHEET = OLD_SURVEY_SHEET;

const mapping = { version: 2, sources: [{ sheetName: SHEET, sheetId: 0, headerRow: 1, columns: { timestamp: 'A', nps: 'B' } }], scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } } };

type Preview = {
  metrics: { metric: string; value: number | null; n: number; coverage?: { line: { en: string; vi: string }; reasons: { reason: string; count: number; text: { en: string; vi: string } }[] }; allRows?: boolean; error?: string }[];
  period: { key: string; kind: string; start: string; end: string; label: { en: string; vi: string } };
  periods: { key: string; label: { en: string; vi: string } }[];
  dataRanges: { sheet: string; first: string; last: string }[];
};

function preview(emu: ReturnType<typeof openDemo>, args: Record<string, unknown> = {}): Preview {
  return emu.call<Preview>('previewMetrics', { lang: 'en', mapping: withSheetId(emu, mapping), ...args });
}

function withSheetId(emu: ReturnType<typeof openDemo>, m: typeof mapping): typeof mapping {
  const id = emu.spreadsheet.app.getActive().getSheetByName(SHEET)!.getSheetId();
  return { ...m, sources: m.sources.map((s) => ({ ...s, sheetId: id })) };
}

describe('the preview covers a period, by default the latest complete month that has data', () => {
  it('given answers that ended in April, the preview shows April (not October, the calendar month before today), with the periods that have data and the sheet’s range', () => {
    const emu = openDemo({ workbook: oldSurvey() });
    const result = preview(emu);
    expect(result.period).toMatchObject({ key: '2026-04', kind: 'month', start: '2026-04-01', end: '2026-04-30', label: { en: 'April 2026', vi: 'Tháng 4/2026' } });
    expect(result.periods.map((p) => p.key)).toEqual(['2026-04', '2026-03', '2026-Q2', '2026-Q1', '2026', 'all']);
    expect(result.dataRanges).toEqual([{ sheet: SHEET, first: '2026-03-02', last: '2026-04-28' }]);
    const nps = result.metrics.find((m) => m.metric === 'NPS')!;
    // April's 40 rows less the two N/A and the two rows with no readable date: 36 answers, 9 of them 3s.
    expect(nps.n).toBe(36);
    expect(nps.value).toBeCloseTo((100 * (27 - 9)) / 36, 6);
  });

  it('beside the number: n, what was left out and why, with the first sheet cells, in both languages', () => {
    const emu = openDemo({ workbook: oldSurvey() });
    const nps = preview(emu).metrics.find((m) => m.metric === 'NPS')!;
    expect(nps.coverage!.line).toEqual({ en: 'n = 36 · 4 left out', vi: 'n = 36 · 4 bị bỏ qua' });
    expect(nps.coverage!.reasons.map((r) => r.text.en)).toEqual([
      `2 no answer (N/A) (first: '${SHEET}'!B45, B50)`,
      `2 no readable date (first: '${SHEET}'!A60, A61)`,
    ]);
    expect(nps.coverage!.reasons[1].text.vi).toBe(`2 không có ngày đọc được (đầu tiên: '${SHEET}'!A60, A61)`);
  });

  it('a period the person picks, in any of the spec’s forms, gives that period’s figures', () => {
    const emu = openDemo({ workbook: oldSurvey() });
    const march = preview(emu, { period: '2026-03' });
    expect(march.period.key).toBe('2026-03');
    const nps = march.metrics.find((m) => m.metric === 'NPS')!;
    expect(nps).toMatchObject({ n: 30, value: 100 });
    expect(nps.coverage!.line.en).toBe('n = 30 · 2 left out');
    const all = preview(emu, { period: 'all' });
    expect(all.period).toMatchObject({ key: 'all', start: '2026-03-02', end: '2026-04-28', label: { en: 'All data' } });
    // All holds the rows without a readable date too.
    expect(all.metrics.find((m) => m.metric === 'NPS')!.coverage!.line.en).toBe('n = 68 · 2 left out');
    const range = preview(emu, { period: '2026-03-30..2026-04-02' });
    expect(range.period).toMatchObject({ kind: 'range', start: '2026-03-30', end: '2026-04-02' });
    const week = preview(emu, { period: '2026-W14' });
    expect(week.period).toMatchObject({ kind: 'week', start: '2026-03-30', end: '2026-04-05' });
  });

  it('an unknown period is refused with the accepted forms, in the person’s language', () => {
    const emu = openDemo({ workbook: oldSurvey() });
    expect(() => preview(emu, { period: '2026-13' })).toThrow('“2026-13” is not a period. Type one of these forms: all, 2026, 2026-Q3, 2026-10, 2026-W41, 2026-10-05, 2026-09-01..2026-10-31.');
    expect(() => preview(emu, { period: '2026-Q5', lang: 'vi' })).toThrow(/^“2026-Q5” không phải là một kỳ/);
  });

  it('a sheet without dates has only All: its figures are over every row, and it says so', () => {
    const rows: unknown[][] = [['How likely are you to recommend us?']];
    for (let i = 0; i < 20; i++) rows.push([i % 2 ? 10 : 'N/A']);
    const emu = openDemo({ workbook: { name: 'No dates', timeZone: 'UTC', locale: 'en_US', sheets: [{ name: SHEET, rows }] } });
    const m = { ...mapping, sources: [{ ...mapping.sources[0], columns: { nps: 'A' } }] };
    const result = emu.call<Preview>('previewMetrics', { lang: 'en', mapping: withSheetId(emu, m as typeof mapping) });
    expect(result.period.key).toBe('all');
    expect(result.periods.map((p) => p.key)).toEqual(['all']);
    expect(result.dataRanges).toEqual([]);
    const nps = result.metrics[0];
    expect(nps).toMatchObject({ metric: 'NPS', n: 10, value: 100 });
    expect(nps.coverage!.line.en).toBe('n = 10 · 10 left out');
    // Picking a month cannot narrow a sheet without dates: its card says it is over every row.
    const picked = emu.call<Preview>('previewMetrics', { lang: 'en', mapping: withSheetId(emu, m as typeof mapping), period: '2026-04' });
    expect(picked.metrics[0]).toMatchObject({ n: 10, allRows: true });
  });

  it('"All surveys" stacks the sheets’ answers of the same period, with their left-out cells added up', () => {
    const survey = oldSurvey();
    const second = { name: 'Khảo sát', rows: survey.sheets[0].rows.map((row) => [...row]) };
    const emu = openDemo({ workbook: { ...survey, sheets: [...survey.sheets, second] } });
    const book = emu.spreadsheet.app.getActive();
    const source = (name: string) => ({ sheetName: name, sheetId: book.getSheetByName(name)!.getSheetId(), headerRow: 1, columns: { timestamp: 'A', nps: 'B' } });
    const result = emu.call<Preview & { metrics: { sheet: string }[] }>('previewMetrics', { lang: 'en', mapping: { ...mapping, sources: [source(SHEET), source('Khảo sát')] } });
    expect(result.period.key).toBe('2026-04');
    const nps = result.metrics.filter((m) => m.metric === 'NPS') as (Preview['metrics'][number] & { sheet: string })[];
    expect(nps.map((m) => m.sheet)).toEqual([SHEET, 'Khảo sát', 'All surveys']);
    expect(nps[2].n).toBe(nps[0].n + nps[1].n);
    expect(nps[2].coverage!.line.en).toBe('n = 72 · 8 left out');
  });

  it('churn from a customer list measures its own latest complete month, and says what it is made of', () => {
    const rows: unknown[][] = [['Customer ID', 'Joined', 'Cancelled']];
    for (let i = 0; i < 20; i++) rows.push([`C${i}`, new Date(Date.UTC(2025, 2, 10)), i < 4 ? new Date(Date.UTC(2026, 3, 5 + i)) : '']);
    rows.push(['C20', new Date(Date.UTC(2026, 3, 30)), '']);
    const emu = openDemo({ workbook: { name: 'Customers', timeZone: 'UTC', locale: 'en_US', sheets: [{ name: 'Customers', rows }] } });
    const sheetId = emu.spreadsheet.app.getActive().getSheetByName('Customers')!.getSheetId();
    const m = { ...mapping, sources: [{ sheetName: 'Customers', sheetId, headerRow: 1, columns: { customerId: 'A', customerJoined: 'B', customerLeft: 'C' } }] };
    const result = emu.call<Preview>('previewMetrics', { lang: 'en', mapping: m });
    const churn = result.metrics.find((x) => x.metric === 'CUSTOMER_CHURN')! as Preview['metrics'][number] & { ownPeriod?: boolean };
    // April 2026 (the list's last date is 30 April): 4 of the 20 customers at its start left.
    expect(churn).toMatchObject({ ownPeriod: true, value: 20 });
    expect(churn.coverage!.line.en).toBe('n = 20 · nothing left out');
  });

  it('a bad cell is named by its sheet cell, not by its row among the period’s rows, in both languages', () => {
    const survey = oldSurvey();
    survey.sheets[0].rows[40][1] = 11; // sheet row 41, in April: the 10th of April's rows
    const emu = openDemo({ workbook: survey });
    const en = preview(emu).metrics.find((m) => m.metric === 'NPS')!;
    expect(en.value).toBeNull();
    expect(en.error).toBe(`NPS: 11 is outside the 0–10 scale (cell '${SHEET}'!B41)`);
    const vi = preview(emu, { lang: 'vi' }).metrics.find((m) => m.metric === 'NPS')!;
    expect(vi.error).toMatch(new RegExp(`^NPS: .*\\(ô '${SHEET}'!B41\\)$`));
  });

  it('a bad cell under "All surveys" is named by its own sheet cell, not by its place among the stacked answers', () => {
    const survey = oldSurvey();
    const second = { name: 'Khảo sát', rows: survey.sheets[0].rows.map((row) => [...row]) };
    second.rows[40][1] = 11; // the second sheet's row 41, in April
    const emu = openDemo({ workbook: { ...survey, sheets: [...survey.sheets, second] } });
    const book = emu.spreadsheet.app.getActive();
    const source = (name: string) => ({ sheetName: name, sheetId: book.getSheetByName(name)!.getSheetId(), headerRow: 1, columns: { timestamp: 'A', nps: 'B' } });
    const ask = (lang: string) =>
      emu.call<Preview & { metrics: { sheet: string }[] }>('previewMetrics', { lang, mapping: { ...mapping, sources: [source(SHEET), source('Khảo sát')] } }).metrics as (Preview['metrics'][number] & { sheet: string })[];
    const en = ask('en').filter((m) => m.metric === 'NPS');
    expect(en.map((m) => [m.sheet, m.error])).toEqual([
      [SHEET, undefined],
      ['Khảo sát', "NPS: 11 is outside the 0–10 scale (cell 'Khảo sát'!B41)"],
      ['All surveys', "NPS: 11 is outside the 0–10 scale (cell 'Khảo sát'!B41)"],
    ]);
    const vi = ask('vi').find((m) => m.metric === 'NPS' && (m as { combined?: boolean }).combined)!;
    expect(vi.error).toMatch(/\(ô 'Khảo sát'!B41\)$/);
  });

  it('active users over All say what the whole log is made of, an order without its date named at its cell', () => {
    const rows: unknown[][] = [['Customer ID', 'Order date']];
    for (let i = 0; i < 30; i++) rows.push([`U${i % 12}`, new Date(Date.UTC(2026, 8, 1 + i))]);
    rows.push(['U3', '']); // sheet row 32: an order without its date
    const emu = openDemo({ workbook: { name: 'Orders', timeZone: 'UTC', locale: 'en_US', sheets: [{ name: 'Orders', rows }] } });
    const sheetId = emu.spreadsheet.app.getActive().getSheetByName('Orders')!.getSheetId();
    const m = { ...mapping, sources: [{ sheetName: 'Orders', sheetId, headerRow: 1, columns: { customerId: 'A', timestamp: 'B' } }] };
    const result = emu.call<Preview>('previewMetrics', { lang: 'en', mapping: m, period: 'all' });
    const mau = result.metrics.find((x) => x.metric === 'MAU')!;
    expect(mau.error).toBeUndefined();
    expect(mau.coverage!.reasons.map((r) => r.text.en)).toEqual(["1 no readable date (first: 'Orders'!B32)"]);
  });

  it('a card the engine refuses shows its error and still says what it is made of, the bad cell among the reasons, in both languages', () => {
    const survey = oldSurvey();
    survey.sheets[0].rows[40][1] = 11; // sheet row 41, in April
    const emu = openDemo({ workbook: survey });
    const en = preview(emu).metrics.find((m) => m.metric === 'NPS')!;
    expect(en.error).toBe(`NPS: 11 is outside the 0–10 scale (cell '${SHEET}'!B41)`);
    // April's 36 answers less the 11: 35 used; the 11 joins the two N/A and two undated rows.
    expect(en.coverage!.line).toEqual({ en: 'n = 35 · 5 left out', vi: 'n = 35 · 5 bị bỏ qua' });
    const outside = en.coverage!.reasons.find((r) => r.reason === 'outOfScale')!;
    expect(outside.text).toEqual({ en: `1 outside the scale (first: '${SHEET}'!B41)`, vi: `1 ngoài thang điểm (đầu tiên: '${SHEET}'!B41)` });
    const vi = preview(emu, { lang: 'vi' }).metrics.find((m) => m.metric === 'NPS')!;
    expect(vi.error).toMatch(/^NPS: /);
    expect(vi.coverage!.line.vi).toBe('n = 35 · 5 bị bỏ qua');
  });

  it('activity churn says what it is made of: the log’s rows of the two months it compares; refused over an unreadable date, it names the cell', () => {
    const rows: unknown[][] = [['Customer ID', 'Order date']];
    // September: U0–U9; October: U0–U5 (U6–U9 left); then a November order, so October is complete.
    for (let i = 0; i < 10; i++) rows.push([`U${i}`, new Date(Date.UTC(2026, 8, 2 + i))]);
    for (let i = 0; i < 6; i++) rows.push([`U${i}`, new Date(Date.UTC(2026, 9, 3 + i))]);
    rows.push(['U1', new Date(Date.UTC(2026, 10, 1))]);
    const ask = (workbookRows: unknown[][], lang: string) => {
      const emu = openDemo({ workbook: { name: 'Orders', timeZone: 'UTC', locale: 'en_US', sheets: [{ name: 'Orders', rows: workbookRows }] } });
      const sheetId = emu.spreadsheet.app.getActive().getSheetByName('Orders')!.getSheetId();
      const m = { ...mapping, sources: [{ sheetName: 'Orders', sheetId, headerRow: 1, columns: { customerId: 'A', timestamp: 'B' } }] };
      return emu.call<Preview>('previewMetrics', { lang, mapping: m }).metrics.find((x) => x.metric === 'ACTIVITY_CHURN')! as Preview['metrics'][number] & { ownPeriod?: boolean };
    };
    const churn = ask(rows, 'en');
    // The order log's own month: October against September, 4 of the 10 September customers gone.
    expect(churn).toMatchObject({ ownPeriod: true, value: 40, n: 10 });
    expect(churn.coverage!.line).toEqual({ en: 'n = 10 · nothing left out', vi: 'n = 10 · không bỏ qua ô nào' });
    for (const lang of ['en', 'vi']) {
      const refused = ask([...rows, ['U2', 'sometime in October']], lang); // sheet row 19
      expect(refused.value).toBeNull();
      expect(refused.error).toContain("'Orders'!B19");
      // The 16 orders of September and October used; the unreadable one named.
      expect(refused.coverage!.line).toEqual({ en: 'n = 16 · 1 left out', vi: 'n = 16 · 1 bị bỏ qua' });
      expect(refused.coverage!.reasons.map((r) => r.text)).toEqual([{ en: "1 could not be read (first: 'Orders'!B19)", vi: "1 không đọc được (đầu tiên: 'Orders'!B19)" }]);
    }
  });

  it('a figure the email has none of still says what it is made of: trial conversion from yes/no answers', () => {
    const rows: unknown[][] = [['Signed up', 'Trial converted']];
    for (let i = 0; i < 8; i++) rows.push([new Date(Date.UTC(2026, 8, 1 + i)), i % 2 === 0 ? 'Yes' : 'No']);
    rows.push([new Date(Date.UTC(2026, 8, 20)), 'perhaps']); // sheet row 10
    const emu = openDemo({ workbook: { name: 'Trials', timeZone: 'UTC', locale: 'en_US', sheets: [{ name: 'Trials', rows }] } });
    const sheetId = emu.spreadsheet.app.getActive().getSheetByName('Trials')!.getSheetId();
    const m = { ...mapping, sources: [{ sheetName: 'Trials', sheetId, headerRow: 1, columns: { timestamp: 'A', trialConverted: 'B' } }] };
    const trial = emu.call<Preview>('previewMetrics', { lang: 'en', mapping: m, period: '2026-09' }).metrics.find((x) => x.metric === 'TRIAL_CONVERSION')!;
    expect(trial.error).toMatch(/perhaps/);
    expect(trial.coverage!.line.en).toBe('n = 8 · 1 left out');
    expect(trial.coverage!.reasons[0].text.en).toBe("1 could not be read (first: 'Trials'!B10)");
  });
});
