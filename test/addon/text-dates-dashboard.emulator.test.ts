import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { ensureBuilt, openDemo } from '../../src/emulator/demo-session';

/**
 * A Vietnamese shop's Forms export, ticket export and order log, pasted in as text: timestamps
 * like `02/09/2026 08:27:26` (2 September). The dashboard's period dropdown must give, for every
 * period it offers, the numbers the engine gives (the sidebar preview for that period, and the
 * counts of the data itself), not skip the text dates or read them month first (issue 10). Its
 * active-user counts must read the log's dates the same way.
 */
beforeAll(() => ensureBuilt());

const SURVEY = 'Câu trả lời biểu mẫu 1';
const TICKETS = 'Phiếu hỗ trợ';
const ORDERS = 'Đơn hàng';
const pad = (n: number) => String(n).padStart(2, '0');
/** A local wall clock as a vi_VN export writes it: day first. */
const dayFirst = (y: number, m: number, d: number, h: number, min = 0) => `${pad(d)}/${pad(m)}/${y} ${pad(h)}:${pad(min)}:00`;
/** The same wall clock month first (an en_US-minded export). */
const monthFirst = (y: number, m: number, d: number, h: number, min = 0) => `${pad(m)}/${pad(d)}/${y} ${pad(h)}:${pad(min)}:00`;

interface Answer {
  month: number;
  day: number;
  nps: number;
  csat: string;
  branch: string;
}
const CSAT_WORDS = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'];
/** August to October 2026, days on both sides of the 12th, scores spread over the scale. */
const ANSWERS: Answer[] = Array.from({ length: 66 }, (_, i) => ({
  month: 8 + Math.floor(i / 22),
  day: 1 + ((i * 7) % 28),
  nps: (i * 7 + Math.floor(i / 22) * 3) % 11,
  csat: CSAT_WORDS[(i * 3 + Math.floor(i / 5)) % 5],
  branch: i % 3 === 0 ? 'Quận 3' : 'Quận 1',
}));
/** Tickets: opened on day d, resolved some hours later (one still open). */
const TICKET_ROWS = Array.from({ length: 30 }, (_, i) => ({ month: 8 + (i % 3), day: 2 + ((i * 5) % 26), hours: 2 + ((i * 11) % 30), open: i === 7, first: i % 4 !== 0 }));
/** Orders: 12 customers, each coming back every few days from August to October. */
const ORDER_ROWS = Array.from({ length: 90 }, (_, i) => ({ user: `KH${1 + ((i * 5) % 12)}`, month: 8 + Math.floor(i / 30), day: 1 + ((i * 13) % 28), hour: 8 + (i % 10) }));

function workbook(locale: string, write: typeof dayFirst): WorkbookData {
  return {
    name: 'Quán Sen',
    timeZone: 'Asia/Ho_Chi_Minh',
    locale,
    sheets: [
      {
        name: SURVEY,
        rows: [
          ['Dấu thời gian', 'Bạn có giới thiệu quán cho bạn bè không?', 'Mức độ hài lòng', 'Chi nhánh'],
          ...ANSWERS.map((a, i) => [write(2026, a.month, a.day, 8 + (i % 12), i % 60), a.nps, a.csat, a.branch]),
          // An answer whose timestamp was lost: in All, as the engine counts All, and in no month.
          ['', 10, 'Rất hài lòng', 'Quận 1'],
        ],
      },
      {
        name: TICKETS,
        rows: [
          ['Mã phiếu', 'Thời điểm mở', 'Thời điểm giải quyết', 'Giải quyết ngay lần đầu'],
          ...TICKET_ROWS.map((t, i) => {
            const resolvedDay = t.day + Math.floor((9 + t.hours) / 24);
            return [`P${i + 1}`, write(2026, t.month, t.day, 9), t.open ? '' : write(2026, t.month, resolvedDay, (9 + t.hours) % 24), t.first ? 'Có' : 'Không'];
          }),
        ],
      },
      { name: ORDERS, rows: [['Khách hàng', 'Ngày đặt'], ...ORDER_ROWS.map((o) => [o.user, write(2026, o.month, o.day, o.hour)])] },
    ],
  };
}

function mappingFor(dateOrder?: 'dmy' | 'mdy') {
  const order = dateOrder ? { dateOrder } : {};
  return {
    version: 2,
    sources: [
      { sheetName: SURVEY, sheetId: 0, headerRow: 1, columns: { timestamp: 'A', nps: 'B', csat: 'C', segment: 'D' }, ...order },
      { sheetName: TICKETS, sheetId: 1, headerRow: 1, columns: { ticketOpened: 'B', ticketResolved: 'C', firstContact: 'D' }, ...order },
      { sheetName: ORDERS, sheetId: 2, headerRow: 1, columns: { customerId: 'A', timestamp: 'B' }, ...order },
    ],
    scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
  };
}

interface Preview {
  metric: string;
  sheet: string;
  value: number | null;
  n: number;
}

/**
 * Distinct customers with an order in the `days` days ending on `last` (YYYY-MM-DD), counted from
 * the data itself; `dayOf` is the day of the month each order was written with.
 */
function activeUsers(last: string, days: number, dayOf = (o: (typeof ORDER_ROWS)[number]) => o.day): number {
  const end = Date.parse(`${last}T00:00:00Z`);
  const users = new Set<string>();
  for (const o of ORDER_ROWS) {
    const day = Date.UTC(2026, o.month - 1, dayOf(o));
    if (day <= end && day > end - days * 86_400_000) users.add(o.user);
  }
  return users.size;
}

function dashboardOf(locale: string, write: typeof dayFirst, dateOrder?: 'dmy' | 'mdy') {
  const emu = openDemo({ workbook: workbook(locale, write), now: new Date('2026-11-03T03:00:00Z') });
  const mapping = mappingFor(dateOrder);
  emu.call('saveMapping', { lang: 'en', mapping });
  const built = emu.call<{ sheetName: string; period: string }>('buildDashboard', { lang: 'en' });
  const name = built.sheetName;
  const offered = () =>
    emu.spreadsheet
      .values(name, 'W6:Z40')
      .filter((r) => r[0] !== '')
      .map((r) => ({ label: String(r[0]), last: (r[3] as Date).toISOString().slice(0, 10) }));
  /** The KPI rows as the sheet shows them: label → [period, value, n]. */
  const kpis = () => {
    const rows = emu.spreadsheet.values(name, 'A9:F22');
    const table = rows.slice(0, rows.findIndex((r) => r[0] === ''));
    return new Map(table.map((r) => [String(r[0]), { period: r[1], value: r[3], n: r[4] }]));
  };
  const preview = (period: string) => emu.call<{ metrics: Preview[] }>('previewMetrics', { lang: 'en', mapping, period }).metrics;
  return { emu, name, built, offered, kpis, preview };
}

const LABEL: Record<string, string> = { NPS: 'NPS', CSAT: 'CSAT %', CSAT_AVG: 'CSAT average', FCR: 'First-contact resolution %', ART: 'Average resolution time (hours)' };

describe('a vi_VN workbook whose timestamps are day-first text', () => {
  const { emu, name, built, offered, kpis, preview } = dashboardOf('vi_VN', dayFirst);

  it('offers every month with data, read day first, and opens on the latest complete one', () => {
    expect(offered().map((o) => o.label)).toEqual(['2026-10', '2026-09', '2026-08', '2026-Q4', '2026-Q3', '2026', 'All']);
    expect(built.period).toBe('2026-10');
  });

  it('gives, for each period in the dropdown, the engine’s number and n for every survey and ticket KPI', () => {
    for (const { label } of offered()) {
      emu.spreadsheet.choose(name, 'B4', label);
      const shown = kpis();
      const engine = preview(label === 'All' ? 'all' : label).filter((m) => LABEL[m.metric]);
      expect(engine.length, label).toBe(Object.keys(LABEL).length);
      for (const m of engine) {
        const row = shown.get(LABEL[m.metric])!;
        expect(row, `${m.metric} in ${label}`).toBeDefined();
        expect(row.period, `${m.metric} in ${label}`).toBe(label);
        expect(row.n, `${m.metric} n in ${label}`).toBe(m.n);
        expect(m.n, `${m.metric} in ${label} has answers`).toBeGreaterThan(0);
        expect(row.value as number, `${m.metric} in ${label}`).toBeCloseTo(m.value!, 9);
      }
    }
  });

  it('counts September as the data says: 22 answers, the 13th to the 29th included', () => {
    emu.spreadsheet.choose(name, 'B4', '2026-09');
    const september = ANSWERS.filter((a) => a.month === 9);
    const promoters = september.filter((a) => a.nps >= 9).length;
    const detractors = september.filter((a) => a.nps <= 6).length;
    expect(september.some((a) => a.day > 12)).toBe(true);
    expect(kpis().get('NPS')).toEqual({ period: '2026-09', value: (100 * (promoters - detractors)) / september.length, n: september.length });
    // All holds the answer without a timestamp too, as the email's All does.
    emu.spreadsheet.choose(name, 'B4', 'All');
    expect(kpis().get('NPS')!.n).toBe(ANSWERS.length + 1);
  });

  it('counts active users as of each period’s last day from the log’s day-first dates', () => {
    for (const { label, last } of offered()) {
      emu.spreadsheet.choose(name, 'B4', label);
      const shown = kpis();
      expect(shown.get('Monthly active users')?.value, `MAU as of ${last} (${label})`).toBe(activeUsers(last, 30));
      expect(shown.get('Daily active users')?.value, `DAU as of ${last} (${label})`).toBe(activeUsers(last, 1));
    }
    emu.spreadsheet.choose(name, 'B4', '2026-09');
    expect(kpis().get('Monthly active users')?.value).toBeGreaterThan(0);
  });

  it('reads the dates through CX_IN_PERIOD and CX_DATES in its formulas, so they stay live', () => {
    const formulas = emu.spreadsheet.app.getActive().getSheetByName(name)!.getRange('D9:D22').getFormulas().flat().join('\n');
    expect(formulas).toContain(`CX_IN_PERIOD('${SURVEY}'!A2:A, $Y$2, $Z$2)`);
    expect(formulas).toContain(`MAU('${ORDERS}'!A2:A, CX_DATES('${ORDERS}'!B2:B), $Z$3)`);
  });
});

describe('an en_US spreadsheet holding a day-first export whose days are all 12 or less', () => {
  // Nothing in the values proves the order and the locale says month first: the mapping's setting
  // (sidebar step 2, "Day first") decides, on the dashboard as in the preview and the email.
  const early = ANSWERS.filter((a) => a.day <= 12);
  const { emu, name, offered, kpis, preview } = dashboardOf('en_US', (y, m, d, h, min) => dayFirst(y, m, Math.min(d, 12), h, min), 'dmy');

  it('offers the months the setting reads and gives the engine’s numbers in each', () => {
    expect(offered().map((o) => o.label)).toEqual(['2026-10', '2026-09', '2026-08', '2026-Q4', '2026-Q3', '2026', 'All']);
    for (const label of ['2026-10', '2026-09', '2026-08']) {
      emu.spreadsheet.choose(name, 'B4', label);
      const nps = preview(label).find((m) => m.metric === 'NPS')!;
      expect(nps.n, label).toBe(ANSWERS.filter((a) => a.month === Number(label.slice(5))).length);
      expect(kpis().get('NPS'), label).toEqual({ period: label, value: nps.value, n: nps.n });
    }
    expect(early.length).toBeGreaterThan(0);
  });

  it('counts active users by the same order', () => {
    for (const { label, last } of offered()) {
      emu.spreadsheet.choose(name, 'B4', label);
      expect(kpis().get('Monthly active users')?.value, label).toBe(activeUsers(last, 30, (o) => Math.min(o.day, 12)));
    }
  });
});

describe('the same export read month first by mistake would not pass', () => {
  it('an en_US sheet of month-first text is read month first', () => {
    const { offered } = dashboardOf('en_US', monthFirst);
    expect(offered().map((o) => o.label).slice(0, 3)).toEqual(['2026-10', '2026-09', '2026-08']);
  });
});
