import { beforeAll, describe, expect, it } from 'vitest';
import { FORM_SHEET } from '../../src/demo';
import type { WorkbookData } from '../../src/emulator/context';
import { ensureBuilt, openDemo, mapColumns } from '../../src/emulator/demo-session';

/** The functions the sidebar calls, through dist/Code.js in the emulator, as google.script.run would. */

beforeAll(() => ensureBuilt());

/** A Forms-export sheet of `rows` answers: timestamp, NPS, CSAT, channel. */
function formsWorkbook(rows: number): WorkbookData {
  const channels = ['Website', 'Store', 'Phone'];
  const data: unknown[][] = [['Timestamp', 'How likely are you to recommend us to a friend?', 'How satisfied are you?', 'Channel']];
  for (let i = 0; i < rows; i++) data.push([new Date(Date.UTC(2026, 0, 1) + i * 60_000), i % 11, 1 + (i % 5), channels[i % 3]]);
  return { name: 'Big survey', timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US', sheets: [{ name: 'Form Responses 1', rows: data }] };
}

describe('detectMapping', () => {
  it('costs the same number of service calls on 1,000 and on 100,000 rows, with one getValues per sheet', () => {
    const cost = (rows: number) => {
      const emu = openDemo({ workbook: formsWorkbook(rows) });
      emu.calls.reset();
      const result = emu.call<{ sheets: { fields: { field: string; letter: string | null }[] }[] }>('detectMapping', { lang: 'en', sheets: ['Form Responses 1'] });
      const nps = result.sheets[0].fields.find((f) => f.field === 'nps');
      expect(nps?.letter).toBe('B');
      return { total: emu.calls.count(), getValues: emu.calls.count('Range.getValues'), all: emu.calls.snapshot() };
    };
    const small = cost(1_000);
    const large = cost(100_000);
    expect(large.getValues).toBe(1);
    expect(large.total).toBe(small.total);
    expect(large.all).toEqual(small.all);
    expect(large.total).toBeLessThan(15);
  });

  it('proposes the demo survey columns with confidence, labels in both languages and sample values', () => {
    const emu = openDemo();
    const result = emu.call<any>('detectMapping', { lang: 'vi', sheets: [FORM_SHEET] });
    const sheet = result.sheets[0];
    expect(sheet.isFormsResponses).toBe(true);
    const nps = sheet.fields.find((f: any) => f.field === 'nps');
    expect(nps.letter).toBe('C');
    expect(nps.confidence).toBeGreaterThan(0.8);
    expect(nps.label.vi).toContain('NPS');
    expect(sheet.columns.find((c: any) => c.letter === 'C').samples.length).toBeGreaterThan(0);
    expect(result.mapping.sources[0].columns.nps).toBe('C');
  });
});

describe('listSheets: step 1 says what each sheet is used for, or why not', () => {
  it('on the demo, each data sheet has its use in both languages, and the dashboard none', () => {
    const emu = openDemo();
    const { sheets } = emu.call<{ sheets: { name: string; isDashboard: boolean; use?: { used: boolean; text: { en: string; vi: string } } }[] }>('listSheets', { lang: 'en' });
    const form = sheets.find((s) => s.name === FORM_SHEET)!;
    expect(form.use).toEqual({ used: true, text: { en: 'Holds survey answers.', vi: 'Chứa câu trả lời khảo sát.' } });
    const second = sheets.find((s) => s.name === 'Khảo sát')!;
    expect(second.use?.used).toBe(false);
    expect(second.use?.text.en).toBe(`Not used — it also holds survey answers, and “${FORM_SHEET}” was chosen for those (more of their columns found). Map this sheet instead if it is the right one.`);
    expect(second.use?.text.vi).toMatch(/^Không dùng — trang cũng chứa câu trả lời khảo sát/);
    expect(sheets.filter((s) => !s.isDashboard).every((s) => s.use)).toBe(true);
  });
});

describe('detectMapping: a column that fits only by its values is a maybe', () => {
  it('given a "Score" column of 0–10 numbers, the NPS field shows it as a maybe and the mapping leaves it out', () => {
    const data: unknown[][] = [['Date', 'Score', 'Branch']];
    for (let i = 0; i < 40; i++) data.push([new Date(Date.UTC(2026, 9, 1 + (i % 28))), (i * 7) % 11, ['North', 'South'][i % 2]]);
    const emu = openDemo({ workbook: { name: 'Scores', timeZone: 'UTC', locale: 'en_US', sheets: [{ name: 'Scores', rows: data }] } });
    const result = emu.call<any>('detectMapping', { lang: 'en', sheets: ['Scores'] });
    const nps = result.sheets[0].fields.find((f: any) => f.field === 'nps');
    expect(nps).toMatchObject({ letter: 'B', maybe: true });
    expect(result.mapping.sources[0].columns.nps).toBeUndefined();
    expect(result.mapping.sources[0].columns.timestamp).toBe('A');
  });
});

describe('previewMetrics', () => {
  it('gives every metric the mapping allows, with n and the NPS breakdown, reading each sheet once', () => {
    const emu = openDemo();
    const { mapping } = mapColumns(emu);
    emu.calls.reset();
    const { metrics } = emu.call<{ metrics: any[] }>('previewMetrics', { lang: 'en', mapping });
    const nps = metrics.find((m) => m.metric === 'NPS' && m.sheet === FORM_SHEET);
    expect(nps.value).toBeGreaterThan(-100);
    expect(nps.breakdown.promoters + nps.breakdown.passives + nps.breakdown.detractors).toBe(nps.n);
    expect(new Set(metrics.map((m) => m.metric))).toEqual(new Set(['NPS', 'CSAT', 'CSAT_AVG', 'CES', 'REFERRAL_RATE', 'FCR', 'ART', 'TRIAL_CONVERSION', 'MAU', 'DAU', 'STICKINESS', 'ACTIVITY_CHURN']));
    // "All surveys" figures stack columns already read: no read of their own.
    expect(emu.calls.count('Range.getValues')).toBe(new Set(metrics.map((m) => m.sheet).filter((sheet) => sheet !== 'All surveys')).size);
  });

  it('explains, in the chosen language, a column that cannot give its metric', () => {
    const emu = openDemo();
    const { mapping } = mapColumns(emu);
    // A mapping without referral answers reads "How did you hear about us?" as yes/no, and says how to count it.
    const { referralAnswers: _answers, ...withoutAnswers } = mapping as { referralAnswers?: string[] };
    const { metrics } = emu.call<{ metrics: any[] }>('previewMetrics', { lang: 'vi', mapping: withoutAnswers });
    const referral = metrics.find((m) => m.metric === 'REFERRAL_RATE' && m.sheet === FORM_SHEET);
    expect(referral.value).toBeNull();
    expect(referral.error).toMatch(/REFERRAL_RATE: .*có\/không; với cột "Bạn biết đến chúng tôi qua đâu\?"/);
  });
});

describe('the saved mapping', () => {
  it('round-trips through document properties', () => {
    const emu = openDemo();
    expect(emu.call<any>('loadMapping', { lang: 'en' }).status).toBe('missing');
    const { mapping } = mapColumns(emu);
    const loaded = emu.call<any>('loadMapping', { lang: 'en' });
    expect(loaded.status).toBe('ok');
    expect(loaded.mapping.sources).toEqual((mapping as any).sources);
    emu.call('resetMapping', {});
    expect(emu.call<any>('loadMapping', {}).status).toBe('missing');
  });

  it('explains a damaged value instead of crashing, and building then says what to do', () => {
    const emu = openDemo();
    emu.state.properties.document.poke('cx.mapping', '{"version":2,"sources":[{"sheetName":"S","sheetId":0,"headerRow":1,"columns":{"nps":"c"}}]');
    const loaded = emu.call<any>('loadMapping', { lang: 'en' });
    expect(loaded.status).toBe('corrupt');
    expect(loaded.message).toMatch(/damaged.*[Rr]eset/);
    expect(() => emu.call('buildDashboard', { lang: 'en' })).toThrow(/damaged/);
  });

  it('offers an old version migrated, for the person to review and save', () => {
    const emu = openDemo();
    emu.state.properties.document.poke('cx.mapping', JSON.stringify({ version: 1, sheetName: FORM_SHEET, headerRow: 1, columns: { nps: 'C' } }));
    const loaded = emu.call<any>('loadMapping', { lang: 'vi' });
    expect(loaded.status).toBe('old-version');
    expect(loaded.message).toContain('định dạng cũ');
    expect(loaded.mapping.sources[0]).toMatchObject({ sheetName: FORM_SHEET, columns: { nps: 'C' } });
  });
});

describe('failures', () => {
  it('turn a bad argument into a plain message', () => {
    const emu = openDemo();
    expect(() => emu.call('detectMapping', { lang: 'en', sheets: [] })).toThrow(/Close the sidebar and open it again/);
    expect(() => emu.call('buildDashboard', {})).toThrow(/sidebar sent something/);
  });

  it('turn a Sheets service error into what to do, in the chosen language', () => {
    const emu = openDemo();
    emu.faults.arm('Range.getValues', () => new Error('Service Spreadsheets timed out while accessing document'));
    expect(() => emu.call('detectMapping', { lang: 'vi', sheets: [FORM_SHEET] })).toThrow(/Hãy đợi một lát rồi thử lại/);
  });

  it('name a sheet that has gone', () => {
    const emu = openDemo();
    expect(() => emu.call('detectMapping', { lang: 'en', sheets: ['Nope'] })).toThrow(/“Nope” is not in this spreadsheet any more/);
  });
});

describe('detectMapping: how each column reads, for step 2 (issue 10)', () => {
  it('given a vi_VN Forms sheet, the answers written as words with counts and scores, and the date order with its evidence', () => {
    const data: unknown[][] = [['Dấu thời gian', 'Bạn hài lòng với dịch vụ không?']];
    const words = ['Rất hài lòng', 'Hài lòng', 'Tốt', 'Hài lòng'];
    for (let i = 0; i < 20; i++) data.push([`${String(2 + i).padStart(2, '0')}/09/2026 08:27:26`, words[i % 4]]);
    const emu = openDemo({ workbook: { name: 'Khảo sát', timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN', sheets: [{ name: 'Form Responses 1', rows: data }] } });
    const result = emu.call<any>('detectMapping', { lang: 'vi', sheets: ['Form Responses 1'] });
    const columns = result.sheets[0].columns;
    expect(columns[0].dateOrder).toMatchObject({
      order: 'dmy',
      // 13/09 is the first cell whose day is above 12: row 13 of the sheet.
      why: { en: 'day first: 13/09/2026 08:27:26 in row 13', vi: 'ngày trước tháng: 13/09/2026 08:27:26 ở hàng 13' },
      // Proved by the values, so a setting in the mapping cannot change it.
      proved: true,
    });
    expect(columns[0].dateOrder.ifSet.mdy).toEqual({ en: 'month first (as set in the mapping)', vi: 'tháng trước ngày (theo cài đặt trong ánh xạ)' });
    expect(columns[1].answers).toEqual([
      { label: 'Hài lòng', count: 10, scores: { nps: null, csat: 4, ces: null } },
      { label: 'Rất hài lòng', count: 5, scores: { nps: null, csat: 5, ces: null } },
      { label: 'Tốt', count: 5, scores: { nps: null, csat: null, ces: null } },
    ]);
    expect(result.mapping.sources[0].columns).toMatchObject({ timestamp: 'A', csat: 'B' });
  });
});
