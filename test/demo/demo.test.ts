import { describe, expect, it } from 'vitest';
import { demoWorkbook, DEMO_UTC_OFFSET_MINUTES, type WorkbookData } from '../../src/demo';
import { detectColumns, detectWorkbook, DETECTION_SAMPLE_ROWS, HEADER_SEARCH_ROWS } from '../../src/mapping';
import { normalCdf } from '../../src/stats/normal';
import type { WorkbookData as EmulatorWorkbook } from '../../src/emulator/context';

const workbook = demoWorkbook();
const sheet = (name: string) => workbook.sheets.find((s) => s.name === name)!;
const sample = (name: string) => sheet(name).rows.slice(0, HEADER_SEARCH_ROWS + DETECTION_SAMPLE_ROWS);
const isBlankRow = (row: unknown[]) => row.every((cell) => cell === '');

/** Calendar month of a Date in the demo's zone (UTC+7), e.g. '2026-10'. */
const localMonth = (date: Date) => new Date(date.getTime() + DEMO_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 7);

describe('the demo workbook', () => {
  it('is the emulator\'s workbook shape, in Ho Chi Minh City time and a US locale', () => {
    const forEmulator: EmulatorWorkbook = workbook;
    expect(forEmulator.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(workbook.locale).toBe('en_US');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Form Responses 1', 'Khảo sát', 'Support tickets', 'Subscriptions', 'Activity']);
  });

  it('is the same for the same seed and different for another', () => {
    expect(demoWorkbook(2026)).toEqual(workbook);
    expect(demoWorkbook(7)).not.toEqual(workbook);
  });

  it('has the headers the brief asks for', () => {
    expect(sheet('Form Responses 1').rows[0]).toEqual([
      'Timestamp', 'Email Address', 'How likely are you to recommend us to a friend or colleague?', 'How satisfied are you with your purchase?',
      'The company made it easy for me to handle my issue.', 'Channel', 'How did you hear about us?', "Anything else you'd like to tell us?", 'Journey stage',
    ]);
    expect(sheet('Khảo sát').rows[0]).toEqual(['Dấu thời gian', 'Email', 'Khả năng bạn giới thiệu chúng tôi cho bạn bè?', 'Mức độ hài lòng', 'Kênh', 'Giai đoạn hành trình', 'Góp ý']);
    expect(sheet('Support tickets').rows[0]).toEqual(['Ticket ID', 'Opened', 'Resolved', 'Resolved on first contact', 'Channel']);
    expect(sheet('Subscriptions').rows[0]).toEqual(['Month', 'Customers at start', 'New customers', 'Customers at end', 'Trials started', 'Trials converted', 'Referred customers']);
    expect(sheet('Activity').rows[0]).toEqual(['User ID', 'Date', 'Event']);
  });

  it('covers 14 months, September 2025 to October 2026, and stays small enough for npm start', () => {
    const months = new Set(sheet('Form Responses 1').rows.slice(1).filter((r) => r[0] instanceof Date).map((r) => localMonth(r[0] as Date)));
    expect(months.size).toBe(14);
    expect([...months].sort().at(0)).toBe('2025-09');
    expect([...months].sort().at(-1)).toBe('2026-10');
    expect(sheet('Subscriptions').rows).toHaveLength(15);
    expect(sheet('Activity').rows.length).toBeGreaterThan(20_000);
    expect(sheet('Activity').rows.length).toBeLessThan(40_000);
  });

  it('has the mess real sheets have', () => {
    const form = sheet('Form Responses 1').rows;
    const scores = form.slice(1).map((r) => r[2]);
    expect(scores).toContain('N/A');
    expect(form.slice(1).map((r) => r[4])).toContain('N/A');
    expect(form.slice(1).some((r) => r[1] === '')).toBe(true); // answers without an email
    expect(form.slice(-3).every(isBlankRow)).toBe(true); // trailing blank rows
    const tickets = sheet('Support tickets').rows.filter((r) => !isBlankRow(r)).slice(1);
    const open = tickets.filter((r) => r[2] === '');
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((r) => localMonth(r[1] as Date) === '2026-10')).toBe(true);
    expect(new Set(tickets.map((r) => r[3]))).toEqual(new Set(['Yes', 'No', '']));
    expect(sheet('Khảo sát').rows.map((r) => r[5])).toEqual(expect.arrayContaining(['nhận thức', 'cân nhắc', 'mua', 'giữ chân', 'ủng hộ']));
  });

  it('keeps subscription counts consistent: each month starts where the last ended', () => {
    const rows = sheet('Subscriptions').rows.slice(1) as [Date, number, number, number, number, number, number][];
    rows.forEach(([, start, added, end, trials, converted, referred], i) => {
      if (i > 0) expect(start).toBe(rows[i - 1][3]);
      expect(end).toBeLessThanOrEqual(start + added);
      expect(converted).toBeLessThanOrEqual(trials);
      expect(referred).toBeLessThanOrEqual(added);
    });
  });
});

/** NPS per metrics-spec §2 and its z-test per §3, for whole-number answers in 0–10. */
function npsOf(scores: number[]) {
  const n = scores.length;
  const p = scores.filter((s) => s >= 9).length / n;
  const d = scores.filter((s) => s <= 6).length / n;
  return { n, nps: 100 * (p - d), variance: 100 ** 2 * (p + d - (p - d) ** 2) };
}

function npsByMonth(wb: WorkbookData, filter: (row: unknown[]) => boolean = () => true) {
  const months = new Map<string, number[]>();
  for (const row of wb.sheets[0].rows.slice(1)) {
    if (!(row[0] instanceof Date) || typeof row[2] !== 'number' || !filter(row)) continue;
    const key = localMonth(row[0]);
    months.set(key, [...(months.get(key) ?? []), row[2]]);
  }
  return new Map([...months].map(([key, scores]) => [key, npsOf(scores)]));
}

describe('the demo tells a story a report can find', () => {
  const byMonth = npsByMonth(workbook);

  it('NPS improves over the year', () => {
    const mean = (keys: string[]) => keys.reduce((sum, k) => sum + byMonth.get(k)!.nps, 0) / keys.length;
    expect(mean(['2026-05', '2026-06', '2026-07', '2026-08'])).toBeGreaterThan(mean(['2025-09', '2025-10', '2025-11', '2025-12']) + 10);
  });

  it('October 2026 against September 2026 is a significant NPS change (p < 0.05)', () => {
    const october = byMonth.get('2026-10')!;
    const september = byMonth.get('2026-09')!;
    const z = (october.nps - september.nps) / Math.sqrt(october.variance / october.n + september.variance / september.n);
    const p = 2 * (1 - normalCdf(Math.abs(z)));
    expect(october.nps).toBeGreaterThan(september.nps);
    expect(p).toBeLessThan(0.05);
  });

  it('segments differ: store customers are happier than phone customers', () => {
    const all = (channel: string) =>
      npsOf(workbook.sheets[0].rows.slice(1).filter((r) => r[5] === channel && typeof r[2] === 'number').map((r) => r[2] as number));
    expect(all('Store').nps - all('Phone').nps).toBeGreaterThan(15);
  });
});

describe('column detection on the demo', () => {
  it('reads the Vietnamese sheet correctly', () => {
    const detection = detectColumns('Khảo sát', sample('Khảo sát'), 'vi');
    const letters = Object.fromEntries(Object.entries(detection.fields).map(([f, m]) => [f, m.letter]));
    expect(letters).toEqual({ timestamp: 'A', email: 'B', nps: 'C', csat: 'D', segment: 'E', journeyStage: 'F', comment: 'G' });
    expect(detection.isFormsResponses).toBe(true);
  });

  it('finds one sheet per kind of data', () => {
    const detection = detectWorkbook(workbook.sheets.map((s) => ({ name: s.name, values: sample(s.name) })));
    expect(Object.fromEntries(Object.entries(detection.families).map(([family, choice]) => [family, choice.sheetName]))).toEqual({
      survey: 'Form Responses 1',
      tickets: 'Support tickets',
      subscriptions: 'Subscriptions',
      activity: 'Activity',
    });
    expect(detection.families.survey?.alternatives.map((a) => a.sheetName)).toEqual(['Khảo sát']);
    const form = detection.sheets[0].fields;
    expect(Object.fromEntries(Object.entries(form).map(([f, m]) => [f, m.letter]))).toEqual({
      timestamp: 'A', email: 'B', nps: 'C', csat: 'D', ces: 'E', segment: 'F', referral: 'G', comment: 'H', journeyStage: 'I',
    });
  });
});
