import { beforeAll, describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../src/demo';
import type { WorkbookData } from '../../src/emulator/context';
import { mapColumns, openDemo, ensureBuilt } from '../../src/emulator/demo-session';
import type { Emulator } from '../../src/emulator/index';
import { dateToSerial } from '../../src/emulator/spreadsheet/format';

/**
 * Sheets keeps a date as a number under a date format, a duration as a number under a duration
 * format, and Apps Script hands both to a script as Date objects (getValues, custom-function
 * arguments). The emulator holds the demo's dates either way: as Date cells, and here as Sheets
 * stores them (serials under `dd/mm/yyyy hh:mm:ss`, `mmmm yyyy`, `[h]:mm:ss`). A shop owner must
 * see the same numbers from both in the sidebar preview, the dashboard and the monthly email.
 */
beforeAll(() => ensureBuilt());

const ZONE = 'Asia/Ho_Chi_Minh';
const DAY_MS = 86_400_000;
/** The ticket time column the demo lacks: resolved − opened, as a duration cell. */
const DURATION_HEADER = 'Time to resolve';

/**
 * The demo without its activity log (quicker; the shapes are the same), plus a duration column on
 * the tickets: `asSerials` writes every date and duration as Sheets stores it.
 */
function shop(asSerials: boolean): { workbook: WorkbookData; formats: { sheet: string; column: number; format: string }[] } {
  const workbook = demoWorkbook();
  workbook.sheets = workbook.sheets.filter((s) => s.name !== 'Activity');
  const formats: { sheet: string; column: number; format: string }[] = [];
  const tickets = workbook.sheets.find((s) => s.name === 'Support tickets')!;
  tickets.rows = tickets.rows.map((row, i) => {
    if (i === 0) return [...row, DURATION_HEADER];
    const [opened, resolved] = [row[1], row[2]];
    if (!(opened instanceof Date) || !(resolved instanceof Date)) return [...row, ''];
    const days = (resolved.getTime() - opened.getTime()) / DAY_MS;
    // A Date cell holding a duration: the wall clock of 1899-12-30 plus the duration in the zone.
    return [...row, asSerials ? days : serialDate(days)];
  });
  formats.push({ sheet: tickets.name, column: tickets.rows[0].length, format: '[h]:mm:ss' });
  for (const sheet of workbook.sheets) {
    const dated = new Set<number>();
    sheet.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (i === 0 || !(v instanceof Date)) return;
        dated.add(j);
        if (asSerials) row[j] = dateToSerial(v, ZONE);
      }),
    );
    for (const j of dated) {
      if (sheet === tickets && j === tickets.rows[0].length - 1) continue;
      formats.push({ sheet: sheet.name, column: j + 1, format: sheet.name === 'Subscriptions' ? 'mmmm yyyy' : 'dd/mm/yyyy hh:mm:ss' });
    }
  }
  return { workbook, formats };
}

/** The Date Apps Script gives for a serial: the instant whose wall clock in the zone reads it. */
function serialDate(serial: number): Date {
  const probe = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * DAY_MS));
  // Asia/Ho_Chi_Minh ran on local mean time (+7:06:40) in 1899 and +7 from 1975.
  const offset = probe.getTime() < Date.UTC(1906, 6, 1) ? (7 * 3600 + 6 * 60 + 40) * 1000 : 7 * 3600_000;
  return new Date(probe.getTime() - offset);
}

interface Preview {
  metric: string;
  sheet: string;
  value: number | null;
  n: number;
}

function open(asSerials: boolean) {
  const { workbook, formats } = shop(asSerials);
  const emu = openDemo({ workbook, now: new Date('2026-11-03T03:00:00Z') });
  const book = emu.spreadsheet.app.getActive();
  for (const f of formats) {
    const sheet = book.getSheetByName(f.sheet)!;
    sheet.getRange(2, f.column, sheet.getLastRow() - 1, 1).setNumberFormat(f.format);
  }
  const { mapping } = mapColumns(emu);
  return { emu, mapping };
}

function everything(emu: Emulator, mapping: unknown) {
  const preview = emu.call<{ metrics: Preview[] }>('previewMetrics', { lang: 'en', mapping }).metrics.map((m) => `${m.sheet}|${m.metric}|${m.value}|${m.n}`);
  const built = emu.call<{ sheetName: string }>('buildDashboard', { lang: 'en' });
  const dashboard = emu.spreadsheet.values(built.sheetName, 'A1:I40').map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v)));
  emu.call('sendTestReport', { lang: 'en' });
  const mail = emu.outbox.messages.at(-1)!;
  return { preview, dashboard, mail: mail.body };
}

describe('dates and durations as Sheets stores them give the numbers Date cells give', () => {
  const cells = open(false);
  const serials = open(true);

  it('Apps Script hands the add-on Dates for the formatted cells (the emulator no longer gives their serials)', () => {
    const tickets = serials.emu.spreadsheet.app.getActive().getSheetByName('Support tickets')!;
    const [[opened, , , , duration]] = tickets.getRange('B2:F2').getValues();
    expect(opened).toBeInstanceOf(Date);
    expect(duration).toBeInstanceOf(Date);
  });

  it('the mapping finds the same columns, the duration column among them', () => {
    expect(JSON.stringify(serials.mapping)).toBe(JSON.stringify(cells.mapping));
    const tickets = (cells.mapping as { sources: { sheetName: string; columns: Record<string, string> }[] }).sources.find((s) => s.sheetName === 'Support tickets');
    expect(tickets?.columns.ticketDuration).toBe('F');
  });

  it('the preview, the dashboard and the email say the same in both', () => {
    const a = everything(cells.emu, cells.mapping);
    const b = everything(serials.emu, serials.mapping);
    expect(b.preview).toEqual(a.preview);
    expect(a.preview.some((m) => /\|ART\|\d/.test(m))).toBe(true);
    expect(b.dashboard).toEqual(a.dashboard);
    expect(b.mail).toBe(a.mail);
    expect(a.mail).toContain('resolution');
  }, 120_000); // the whole demo workbook through many executions: a bound, not a speed check; minutes on a loaded 2-core machine
});

describe('an unhappy answer pasted into a Forms sheet whose timestamps are dates as Sheets stores them', () => {
  const START = Date.parse('2026-11-02T02:00:00Z');
  const HEADERS = ['Timestamp', 'Email Address', 'How likely are you to recommend us?', 'Anything else?', 'Branch'];
  function alerted(asSerials: boolean): string[] {
    const at = (ms: number) => (asSerials ? dateToSerial(new Date(ms), ZONE) : new Date(ms));
    const emu = openDemo({
      now: new Date(START),
      workbook: { name: 'Sen Viet Tea', timeZone: ZONE, locale: 'en_US', sheets: [{ name: 'Form Responses 1', rows: [HEADERS, [at(START - DAY_MS), 'old@x.vn', 2, 'Before', 'Quận 1']] }] },
    });
    const sheet = emu.spreadsheet.app.getActive().getSheetByName('Form Responses 1')!;
    sheet.getRange('A2:A').setNumberFormat('dd/mm/yyyy hh:mm:ss');
    const columns = { timestamp: 'A', email: 'B', nps: 'C', comment: 'D', segment: 'E' };
    emu.call('saveMapping', { lang: 'en', mapping: { version: 2, sources: [{ sheetName: 'Form Responses 1', sheetId: 0, headerRow: 1, columns }], scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } } } });
    const thresholds = { NPS: { on: true, max: 6 }, CSAT: { on: true, max: 2 }, CES: { on: true, max: 3 } };
    emu.call('saveAlertSettings', { settings: { version: 1, enabled: true, recipients: ['manager@senviet.example'], lang: 'en', thresholds } });
    emu.clock.setNow(new Date(START + 3 * 3600_000));
    sheet.appendRow([at(START + 2 * 3600_000), 'late@x.vn', 3, 'Tea was cold', 'Quận 3']);
    emu.call('runScheduledReports', {});
    return emu.outbox.messages.filter((m) => m.to.includes('manager@senviet.example')).map((m) => `${m.subject}\n${m.body}`);
  }

  it('is alerted once, with the same time and words as over Date cells', () => {
    const cells = alerted(false);
    expect(cells).toHaveLength(1);
    expect(cells[0]).toContain('Tea was cold');
    expect(alerted(true)).toEqual(cells);
  });
});
