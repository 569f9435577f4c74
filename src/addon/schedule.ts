import * as z from '../mapping/zod';
import { dateOfDay, localDay, MS_PER_DAY, utcOffset } from '../cells/calendar';

/**
 * When the monthly or weekly report goes out, saved in document properties as JSON and
 * parsed on every read. A report covers a period (the previous calendar month, or the
 * previous Monday–Sunday week) and becomes due on the chosen day at the chosen hour in the
 * spreadsheet's time zone; the daily trigger sends the latest due period not yet sent.
 */

/**
 * Characters a person cannot see or that reorder what they see (zero-width spaces, bidirectional
 * overrides and isolates, soft hyphens, byte-order marks, controls): an address holding one looks
 * like another address, or like a valid one that is not.
 */
export const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;

export const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/** The first invisible character of `text` as `U+202E`, or undefined. */
export function invisibleIn(text: string): string | undefined {
  const found = INVISIBLE.exec(text);
  return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** A single plain address: no display name, no spaces or line breaks (which could smuggle headers). */
export const emailAddress = z.string().check(
  z.trim(),
  z.refine((address) => !INVISIBLE.test(address), { error: 'holds an invisible or direction-changing character' }),
  z.maxLength(254, { error: 'is too long for an email address' }),
  z.regex(/^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/, {
    error: 'is not a valid email address',
  }),
);

export const MAX_RECIPIENTS = 50;

export const ScheduleSchema = z.object({
  version: z.literal(1),
  enabled: z.boolean(),
  recipients: z.array(emailAddress).check(z.minLength(1, { error: 'add at least one recipient' }), z.maxLength(MAX_RECIPIENTS, { error: `at most ${MAX_RECIPIENTS} recipients` })),
  frequency: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('monthly'), day: z.int().check(z.gte(1), z.lte(28)) }),
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    z.object({ kind: z.literal('weekly'), weekday: z.int().check(z.gte(1), z.lte(7)) }),
    /** A quarter's report goes out on `day` of the month after the quarter ends. */
    z.object({ kind: z.literal('quarterly'), day: z.int().check(z.gte(1), z.lte(28)) }),
  ]),
  hour: z.int().check(z.gte(0), z.lte(23)),
  lang: z.enum(['en', 'vi']),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export type ParsedSchedule = { ok: true; schedule: Schedule } | { ok: false; reason: 'missing' | 'corrupt'; message: string };

/** Read a stored schedule; never throws. A damaged value says which field is wrong. */
export function parseStoredSchedule(json: string | null): ParsedSchedule {
  if (json == null || json === '') return { ok: false, reason: 'missing', message: 'No email report is scheduled.' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'corrupt', message: 'The saved report schedule is damaged (not JSON). Save the schedule again.' };
  }
  const parsed = ScheduleSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'corrupt', message: `The saved report schedule is damaged (${describeIssue(parsed.error)}). Save the schedule again.` };
  return { ok: true, schedule: parsed.data };
}

/** The first problem of a zod error as `schedule.recipients.0: is not a valid email address`. */
export function describeIssue(error: z.core.$ZodError, root = 'schedule'): string {
  const issue = error.issues[0];
  if (!issue) return root;
  return [root, ...issue.path.map(String)].join('.') + ': ' + issue.message;
}

/** A report period: a calendar month, quarter or a Monday-based week, by its first local day. */
export interface Period {
  kind: 'month' | 'week' | 'quarter';
  /** First local day, `YYYY-MM-DD`. */
  start: string;
}

export function periodKey(p: Period): string {
  return `${p.kind}:${p.start}`;
}

/** Local calendar fields of an instant in a time zone. */
export interface LocalTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  hour: number;
}

const DAY_MS = 86_400_000;
const ymd = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Civil date arithmetic in UTC, independent of any zone (the local date is already known). */
function addDays(y: number, m: number, d: number, days: number): { y: number; m: number; d: number } {
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/**
 * The latest period whose report is due at local time `now`: a monthly report for month M is due
 * from day `day` of month M+1 at `hour`; a weekly report for week W from weekday `weekday` of
 * week W+1 at `hour`.
 * @example duePeriod({kind:'monthly', day: 1}, 8, {year: 2026, month: 11, day: 24, weekday: 2, hour: 9}) → month 2026-10-01
 */
export function duePeriod(frequency: Schedule['frequency'], hour: number, now: LocalTime): Period {
  if (frequency.kind === 'quarterly') {
    // Quarter Q is due from `day` of the first month after it; before that, the quarter before it.
    const firstMonthOfQuarter = (now.month - 1) % 3 === 0;
    const reached = !firstMonthOfQuarter || now.day > frequency.day || (now.day === frequency.day && now.hour >= hour);
    const quarter = now.year * 4 + Math.floor((now.month - 1) / 3) - (reached ? 1 : 2);
    return { kind: 'quarter', start: ymd(Math.floor(quarter / 4), (quarter % 4) * 3 + 1, 1) };
  }
  if (frequency.kind === 'monthly') {
    const reached = now.day > frequency.day || (now.day === frequency.day && now.hour >= hour);
    const back = reached ? 1 : 2;
    const index = now.year * 12 + (now.month - 1) - back;
    return { kind: 'month', start: ymd(Math.floor(index / 12), (index % 12) + 1, 1) };
  }
  const reached = now.weekday > frequency.weekday || (now.weekday === frequency.weekday && now.hour >= hour);
  const thisMonday = addDays(now.year, now.month, now.day, -(now.weekday - 1));
  const start = addDays(thisMonday.y, thisMonday.m, thisMonday.d, reached ? -7 : -14);
  return { kind: 'week', start: ymd(start.y, start.m, start.d) };
}

/** The period before `p` (for the comparison and for the test send's "current report"). */
export function previousPeriod(p: Period): Period {
  const [y, m, d] = p.start.split('-').map(Number);
  if (p.kind === 'week') {
    const s = addDays(y, m, d, -7);
    return { kind: 'week', start: ymd(s.y, s.m, s.d) };
  }
  const index = y * 12 + (m - 1) - (p.kind === 'quarter' ? 3 : 1);
  return { kind: p.kind, start: ymd(Math.floor(index / 12), (index % 12) + 1, 1) };
}

/** The period after `p` (a quarter is three months). */
export function nextPeriod(p: Period): Period {
  const [y, m, d] = p.start.split('-').map(Number);
  if (p.kind === 'week') {
    const s = addDays(y, m, d, 7);
    return { kind: 'week', start: ymd(s.y, s.m, s.d) };
  }
  const months = p.kind === 'month' ? 1 : 3;
  const index = y * 12 + (m - 1) + months;
  return { ...p, start: ymd(Math.floor(index / 12), (index % 12) + 1, 1) };
}

/** A stored key back as a period, or undefined when it is not one. */
export function periodOfKey(key: string): Period | undefined {
  const match = /^(month|week|quarter):(\d{4}-\d{2}-\d{2})$/.exec(key);
  return match ? ({ kind: match[1], start: match[2] } as Period) : undefined;
}

/** Local calendar fields of an instant in the spreadsheet's time zone. */
export function localTimeIn(at: Date, timeZone: string): LocalTime {
  const ms = at.getTime();
  const day = localDay(ms, timeZone);
  const { year, month, day: dayOfMonth } = dateOfDay(day);
  const msIntoDay = (((ms + utcOffset(ms, timeZone)) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
  return { year, month, day: dayOfMonth, weekday: (((day + 3) % 7) + 7) % 7 + 1, hour: Math.floor(msIntoDay / 3_600_000) };
}
