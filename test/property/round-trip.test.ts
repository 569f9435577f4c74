import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator/index';
import { encodeText, type TestEncoding } from '../cli/helpers/encode';
import { cli, tempDir } from '../cli/helpers/run';

/**
 * Issue 10's round trip: one generated data set (survey scores, support tickets, customer counts)
 * written in every shape people's exports come in — ISO / D/M/Y / M/D/Y / month-name dates;
 * scores as numbers, answer labels or leading-number labels; counts and hours as plain numbers or
 * in local forms (`1.250` thousands dot, `2,5` decimal comma, read by the vi_VN locale a
 * Vietnamese file is given with --locale and the sheet has); comma, semicolon or tab; UTF-8, BOM,
 * UTF-16 LE/BE, Windows-1258 or Windows-1252; CSV or XLSX — gives the same metrics, with the same
 * counts of used and left-out cells, through the command line, and the same values through the
 * custom functions in the emulator (which equal the CLI's for the month).
 * Runs on fast-check's fixed global seed (test/setup/fast-check.ts), few runs: each one runs the
 * CLI twice and the bundle twice.
 */

const BUNDLE = 'dist/Code.js';
const OCTOBER = ['--period', '2026-10'];

interface Answer {
  day: number;
  hour: number;
  minute: number;
  nps: number;
  csat: number;
}
interface Ticket {
  day: number;
  hour: number;
  hours: number;
  /** Half an hour more in the ticket's own handling time column (`2,5` in the local forms). */
  half: boolean;
}
interface DataSet {
  answers: Answer[];
  tickets: Ticket[];
  september: { start: number; added: number; lost: number };
  october: { added: number; lost: number };
}

const dataSet: fc.Arbitrary<DataSet> = fc.record({
  answers: fc.array(
    fc.record({ day: fc.integer({ min: 1, max: 28 }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }), nps: fc.integer({ min: 0, max: 10 }), csat: fc.integer({ min: 1, max: 5 }) }),
    { minLength: 3, maxLength: 40 },
  ),
  tickets: fc.array(
    fc.record({ day: fc.integer({ min: 1, max: 20 }), hour: fc.integer({ min: 0, max: 23 }), hours: fc.integer({ min: 1, max: 150 }), half: fc.boolean() }),
    { minLength: 2, maxLength: 25 },
  ),
  // Thousands of customers, so the local forms write 1.250 with a thousands dot.
  september: fc.record({ start: fc.integer({ min: 1000, max: 90_000 }), added: fc.integer({ min: 0, max: 2500 }), lost: fc.integer({ min: 0, max: 900 }) }),
  october: fc.record({ added: fc.integer({ min: 0, max: 2500 }), lost: fc.integer({ min: 0, max: 900 }) }),
});

type DateShape = 'iso' | 'dmy' | 'mdy' | 'monthName';
type ScoreShape = 'numbers' | 'labels' | 'leadingNumber';
/** Counts and hours as numbers, or as Vietnamese text writes them: `1.250` customers, `2,5` hours. */
type NumberShape = 'plain' | 'local';
interface Shape {
  dates: DateShape;
  scores: ScoreShape;
  numbers: NumberShape;
  language: 'en' | 'vi';
  delimiter: ',' | ';' | '\t';
  encoding: TestEncoding;
  container: 'csv' | 'xlsx';
}

const shapeOf: fc.Arbitrary<Shape> = fc
  .record({
    dates: fc.constantFrom<DateShape>('iso', 'dmy', 'mdy', 'monthName'),
    scores: fc.constantFrom<ScoreShape>('numbers', 'labels', 'leadingNumber'),
    numbers: fc.constantFrom<NumberShape>('plain', 'local'),
    language: fc.constantFrom<'en' | 'vi'>('en', 'vi'),
    delimiter: fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'),
    encoding: fc.constantFrom<TestEncoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258', 'windows-1252'),
    container: fc.constantFrom<'csv' | 'xlsx'>('csv', 'xlsx'),
  })
  .map((shape) => ({
    ...shape,
    // Windows-1252 has no Vietnamese letters: a file saved in it holds English labels.
    language: shape.encoding === 'windows-1252' ? 'en' : shape.language,
    // Local number forms come from a vi_VN file or sheet, whose dates are day first.
    dates: shape.numbers === 'local' && shape.dates === 'mdy' ? 'dmy' : shape.dates,
  }));

const CANONICAL: Shape = { dates: 'iso', scores: 'numbers', numbers: 'plain', language: 'en', delimiter: ',', encoding: 'utf-8', container: 'csv' };

/** The locale a shape's file comes from: vi_VN for day-first dates or local number forms, else en_US. */
const localeOf = (shape: Shape) => (shape.dates === 'dmy' || shape.numbers === 'local' ? 'vi_VN' : 'en_US');

/** A count or an amount of hours as the shape writes it: 1.250 and 2,5 in the local forms. */
function numberCell(n: number, shape: Shape): string | number {
  return shape.numbers === 'local' ? n.toLocaleString('vi-VN', { useGrouping: true, maximumFractionDigits: 1 }) : n;
}

// ---- writing the data set in a shape ---------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A wall time (UTC fields) as the shape writes it. */
function dateText(wall: Date, shape: DateShape): string {
  const y = wall.getUTCFullYear();
  const mo = wall.getUTCMonth() + 1;
  const d = wall.getUTCDate();
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
  switch (shape) {
    case 'iso':
      return `${y}-${pad(mo)}-${pad(d)} ${time}`;
    case 'dmy':
      return `${pad(d)}/${pad(mo)}/${y} ${time}:00`;
    case 'mdy':
      return `${mo}/${d}/${y} ${time}:00`;
    case 'monthName':
      return `${d} ${MONTHS[mo - 1]} ${y} ${time}`;
  }
}

const CSAT_LABELS = {
  en: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  vi: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
};

function npsCell(n: number, shape: Shape): string | number {
  if (shape.scores !== 'leadingNumber') return n;
  const word = shape.language === 'vi' ? (n >= 9 ? 'Chắc chắn giới thiệu' : n >= 7 ? 'Có thể' : 'Không muốn') : n >= 9 ? 'Extremely likely' : n >= 7 ? 'Maybe' : 'Unlikely';
  return `${n} - ${word}`;
}

function csatCell(n: number, shape: Shape): string | number {
  const label = CSAT_LABELS[shape.language][n - 1]!;
  if (shape.scores === 'labels') return label;
  if (shape.scores === 'leadingNumber') return `${n}: ${label}`;
  return n;
}

const at = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 9, day, hour, minute));

/** The three sheets as rows of cells: text where the shape writes text, numbers where it writes numbers. */
function sheets(data: DataSet, shape: Shape): { name: string; rows: (string | number)[][] }[] {
  const date = (wall: Date) => dateText(wall, shape.dates);
  // A comment no metric reads, with the letters that tell the encodings apart (é, ï, – in
  // Windows-1252; Vietnamese in Windows-1258), so a file in a code page is not plain ASCII.
  const comment = shape.language === 'vi' ? 'Cà phê ngon, nhân viên thân thiện' : 'Great café, naïve staff – merci';
  const survey = [
    ['Timestamp', 'How likely are you to recommend us to a friend or colleague?', 'How satisfied are you with your purchase?', 'Comment'],
    ...data.answers.map((a) => [date(at(a.day, a.hour, a.minute)), npsCell(a.nps, shape), csatCell(a.csat, shape), comment]),
  ];
  const tickets = [
    ['Ticket ID', 'Opened', 'Resolved', 'Handling time (hours)'],
    ...data.tickets.map((t, i) => {
      const opened = at(t.day, t.hour);
      return [`T-${1000 + i}`, date(opened), date(new Date(opened.getTime() + t.hours * 3_600_000)), numberCell(t.hours + (t.half ? 0.5 : 0), shape)];
    }),
  ];
  const { september: sep, october: oct } = data;
  const sepEnd = sep.start + sep.added - Math.min(sep.lost, sep.start);
  const octEnd = sepEnd + oct.added - Math.min(oct.lost, sepEnd);
  const month = (m: number) => date(new Date(Date.UTC(2026, m, 1)));
  const subscriptions = [
    ['Month', 'Customers at start', 'New customers', 'Customers at end'],
    [month(8), numberCell(sep.start, shape), numberCell(sep.added, shape), numberCell(sepEnd, shape)],
    [month(9), numberCell(sepEnd, shape), numberCell(oct.added, shape), numberCell(octEnd, shape)],
  ];
  return [
    { name: 'Survey', rows: survey },
    { name: 'Tickets', rows: tickets },
    { name: 'Subscriptions', rows: subscriptions },
  ];
}

function csvText(rows: (string | number)[][], delimiter: string): string {
  const field = (cell: string | number) => {
    const text = String(cell);
    return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(delimiter)).join('\r\n') + '\r\n';
}

let dir = '';
let written = 0;

/** The data set written as files in the shape; the CLI input to name. */
async function writeShape(data: DataSet, shape: Shape): Promise<string> {
  const where = join(dir, `run-${written++}`);
  await mkdir(where, { recursive: true });
  const tables = sheets(data, shape);
  if (shape.container === 'csv') {
    for (const { name, rows } of tables) await writeFile(join(where, `${name}.csv`), encodeText(csvText(rows, shape.delimiter), shape.encoding));
    return where;
  }
  const book = new ExcelJS.Workbook();
  for (const { name, rows } of tables) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const target = sheet.getCell(r + 1, c + 1);
        // ISO dates are real date cells, as Excel keeps them; other date shapes stay text.
        if (r > 0 && shape.dates === 'iso' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}/.test(cell)) {
          target.value = new Date(`${cell.replace(' ', 'T')}:00Z`);
          target.numFmt = 'yyyy-mm-dd hh:mm';
        } else target.value = cell;
      }),
    );
  }
  const path = join(where, 'book.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

/**
 * The columns as a person would map them once (detection is held to its own corpus elsewhere;
 * here a generated sample of only zeros must not change which columns are read).
 */
const MAPPING = {
  version: 2,
  sources: [
    { sheetName: 'Survey', sheetId: null, headerRow: 1, columns: { timestamp: 'A', nps: 'B', csat: 'C' } },
    // ART from the handling time column (2,5 hours in the local forms), placed by the resolved date.
    { sheetName: 'Tickets', sheetId: null, headerRow: 1, columns: { ticketOpened: 'B', ticketResolved: 'C', ticketDuration: 'D' } },
    { sheetName: 'Subscriptions', sheetId: null, headerRow: 1, columns: { timestamp: 'A', subsStart: 'B', subsNew: 'C', subsEnd: 'D' } },
  ],
  scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
};

async function cliMetrics(data: DataSet, shape: Shape) {
  const input = await writeShape(data, shape);
  const mapping = join(dir, 'mapping.json');
  await writeFile(mapping, JSON.stringify(MAPPING));
  const order = shape.dates === 'dmy' ? ['--date-order', 'dmy'] : shape.dates === 'mdy' ? ['--date-order', 'mdy'] : [];
  const locale = shape.numbers === 'local' ? ['--locale', 'vi_VN'] : [];
  const run = await cli(['metrics', input, '--mapping', mapping, ...OCTOBER, '--format', 'json', ...order, ...locale]);
  expect(run.stderr.replace(/^.*: read as .*\n/gm, ''), JSON.stringify(shape)).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout).metrics as { id: string; value: number; n: number }[];
}

const FORMULAS = {
  NPS: '=NPS(Survey!B2:B)',
  CSAT: '=CSAT(Survey!C2:C, 5)',
  CSAT_AVG: '=CSAT_AVG(Survey!C2:C, 5)',
  ART: '=ART(Tickets!B2:B, Tickets!C2:C, "hours")',
  HANDLING: '=ART(Tickets!D2:D)',
  CHURN: '=CHURN(Subscriptions!B3, Subscriptions!D3, Subscriptions!C3)',
  RETENTION: '=RETENTION(Subscriptions!B3, Subscriptions!D3, Subscriptions!C3)',
} as const;

/** The custom functions over the same cells typed into a spreadsheet of the shape's locale. */
function functionValues(data: DataSet, shape: Shape): Record<keyof typeof FORMULAS, unknown> {
  const ids = Object.keys(FORMULAS) as (keyof typeof FORMULAS)[];
  const emu = createEmulator({
    workbook: {
      name: 'Round trip',
      timeZone: 'UTC',
      locale: localeOf(shape),
      sheets: [...sheets(data, shape), { name: 'Results', rows: ids.map((id) => [FORMULAS[id]]) }],
    },
    now: new Date('2026-11-02T00:00:00Z'),
  });
  emu.load(BUNDLE);
  const results = emu.spreadsheet.snapshot().sheets.find((s: { name: string }) => s.name === 'Results')!.values as unknown[][];
  return Object.fromEntries(ids.map((id, i) => [id, results[i]![0]])) as Record<keyof typeof FORMULAS, unknown>;
}

beforeAll(async () => {
  dir = await tempDir('cx-round-trip-');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('one data set in every shape', () => {
  it('gives the same metrics through the CLI and the same values through the custom functions', async () => {
    await fc.assert(
      fc.asyncProperty(dataSet, shapeOf, async (data, shape) => {
        const expectedMetrics = await cliMetrics(data, CANONICAL);
        expect(await cliMetrics(data, shape), JSON.stringify(shape)).toEqual(expectedMetrics);

        const expectedValues = functionValues(data, CANONICAL);
        expect(functionValues(data, shape), JSON.stringify(shape)).toEqual(expectedValues);
        // The month holds all the data, so the CLI's October equals the functions over the ranges;
        // its ART is the handling time column's, =ART(Tickets!D2:D).
        const cliFormula = { NPS: 'NPS', CSAT: 'CSAT', CSAT_AVG: 'CSAT_AVG', ART: 'HANDLING', CHURN: 'CHURN', RETENTION: 'RETENTION' } as const;
        for (const [id, formula] of Object.entries(cliFormula)) {
          const metric = expectedMetrics.find((m) => m.id === id);
          expect(metric, id).toBeDefined();
          expect(metric!.value, id).toBeCloseTo(expectedValues[formula] as number, 9);
        }
      }),
      { numRuns: 25, verbose: 0 },
    );
  }, 170_000);
});
