import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 } from '../../demo/random';

/**
 * A large survey export for the bench and the memory test: Google Forms' shape (the demo's
 * headers) plus columns no metric uses (order id, city, a long free-text field), so the run
 * shows that only mapped columns are kept. Seeded, so every machine writes the same bytes.
 * Answers spread over the twelve months up to `lastMonth`, in wall time (read them with
 * --time-zone). About 130 bytes a row: 1,000,000 rows ≈ 130 MB.
 */
export const SURVEY_CSV_HEADERS = [
  'Timestamp',
  'Email Address',
  'Order ID',
  'How likely are you to recommend us to a friend or colleague?',
  'How satisfied are you with your purchase?',
  'The company made it easy for me to handle my issue.',
  'Channel',
  'City',
  'How did you hear about us?',
  'Anything else you\'d like to tell us?',
  'Journey stage',
  'Internal notes',
];

const CHANNELS = ['Website', 'Mobile app', 'Store', 'Phone', 'Zalo'];
const CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng', 'Huế', 'Cần Thơ'];
const SOURCES = ['Friend or colleague', 'Facebook', 'Zalo', 'Google search', 'Walked past the store'];
const STAGES = ['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'];
const COMMENTS = ['', '', '', 'Great tea, fast delivery', 'Packaging could be better, "too much plastic"', 'Trà rất ngon, sẽ mua lại', 'Waited too long for a reply'];

export interface SurveyCsvOptions {
  rows: number;
  seed?: number;
  /** `YYYY-MM`, the last month with answers. Default 2026-10. */
  lastMonth?: string;
}

export async function writeSurveyCsv(path: string, { rows, seed = 20261124, lastMonth = '2026-10' }: SurveyCsvOptions): Promise<void> {
  const random = mulberry32(seed);
  const [year, month] = lastMonth.split('-').map(Number);
  const firstMonthStart = Date.UTC(year, month - 12, 1);
  const span = Date.UTC(year, month, 1) - firstMonthStart;
  const score = (low: number, high: number, lean: number) => Math.max(low, Math.min(high, Math.round(low + (high - low) * (lean + random.normal() * 0.2))));
  await writeCsv(path, SURVEY_CSV_HEADERS, rows, (i) => {
    // Rows in time order, as a form appends them; wall time, seconds resolution.
    const at = new Date(firstMonthStart + Math.floor((span * (i + random.next())) / rows / 1000) * 1000);
    const wall = at.toISOString().slice(0, 19).replace('T', ' ');
    const lean = random.next() * 0.5 + 0.45;
    const answer = random.chance(0.9);
    return [
      wall,
      `customer${random.int(1, 200_000)}@example.com`,
      `SV-${100000 + i}`,
      answer ? score(0, 10, lean) : '',
      answer ? score(1, 5, lean) : '',
      random.chance(0.8) ? score(1, 7, lean) : '',
      random.pick(CHANNELS),
      random.pick(CITIES),
      random.pick(SOURCES),
      random.pick(COMMENTS),
      random.pick(STAGES),
      random.chance(0.1) ? 'Follow up next week; customer asked about the autumn collection' : '',
    ];
  });
}

/** Writes the header and `rows` lines of fields (`line(i)`, called in order), 64 KB at a time. */
async function writeCsv(path: string, headers: readonly string[], rows: number, line: (i: number) => (string | number)[]): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let batch = headers.map(field).join(',') + '\n';
  for (let i = 0; i < rows; i++) {
    batch += line(i).map(field).join(',') + '\n';
    if (batch.length > 1 << 16) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}

function field(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A large helpdesk export for the bench: one row per ticket with its opening and resolution times
 * (blank while open), the first-contact flag, the customer, the channel and columns no metric uses.
 * Tickets always take the ordinary streaming reader (src/cli/core/load.ts), never DuckDB's SQL
 * path, so the bench holds that reader to the memory budget with it. Seeded; wall times (read them
 * with --time-zone), over the twelve months up to `lastMonth`. About 120 bytes a row.
 */
export const TICKETS_CSV_HEADERS = ['Ticket ID', 'Customer', 'Opened', 'Resolved', 'Resolved on first contact', 'Channel', 'Priority', 'Subject'];

const PRIORITIES = ['Low', 'Normal', 'High', 'Urgent'];
const SUBJECTS = ['Order not delivered', 'Refund request', 'Wrong size', 'Đổi trả hàng', 'Cannot log in', 'Question about the autumn collection'];

export async function writeTicketsCsv(path: string, { rows, seed = 20261201, lastMonth = '2026-10' }: SurveyCsvOptions): Promise<void> {
  const random = mulberry32(seed);
  const [year, month] = lastMonth.split('-').map(Number);
  const firstMonthStart = Date.UTC(year, month - 12, 1);
  const span = Date.UTC(year, month, 1) - firstMonthStart;
  const wall = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' ');
  await writeCsv(path, TICKETS_CSV_HEADERS, rows, (i) => {
    const opened = firstMonthStart + (span * (i + random.next())) / rows;
    const open = random.chance(0.04);
    // Most tickets close within hours, some take days.
    const hours = random.chance(0.8) ? random.next() * 8 : 8 + random.next() * 120;
    return [
      `T-${1000000 + i}`,
      `customer${random.int(1, 200_000)}@example.com`,
      wall(opened),
      open ? '' : wall(opened + hours * 3_600_000),
      open ? '' : random.chance(0.7) ? 'Yes' : 'No',
      random.pick(CHANNELS),
      random.pick(PRIORITIES),
      random.pick(SUBJECTS),
    ];
  });
}

/**
 * A large activity log for the bench: one row per event (user id, time, event name), the users
 * coming back over the twelve months up to `lastMonth`, in wall time. The report's active users,
 * stickiness and cohorts read it through the ordinary streaming reader. About 40 bytes a row.
 */
export const ACTIVITY_CSV_HEADERS = ['User ID', 'Date', 'Event'];

const EVENTS = ['open_app', 'view_product', 'add_to_cart', 'purchase'];

export async function writeActivityCsv(path: string, { rows, seed = 20261202, lastMonth = '2026-10' }: SurveyCsvOptions): Promise<void> {
  const random = mulberry32(seed);
  const [year, month] = lastMonth.split('-').map(Number);
  const firstMonthStart = Date.UTC(year, month - 12, 1);
  const span = Date.UTC(year, month, 1) - firstMonthStart;
  await writeCsv(path, ACTIVITY_CSV_HEADERS, rows, (i) => {
    const at = new Date(firstMonthStart + Math.floor((span * (i + random.next())) / rows / 1000) * 1000);
    return [`U${String(random.int(1, 50_000)).padStart(5, '0')}`, at.toISOString().slice(0, 19).replace('T', ' '), random.pick(EVENTS)];
  });
}
