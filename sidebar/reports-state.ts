import { TargetsSchema, type ReportSettings, type SendTestReportResult, type Targets } from '../src/addon/reports-api';
import { emailAddress, INVISIBLE_ALL, invisibleIn, MAX_RECIPIENTS, ScheduleSchema, type Schedule } from '../src/addon/schedule';
import type * as z from '../src/mapping/zod';
import type { Lang, Messages } from './messages';

/**
 * The Email reports panel's state: the settings the server returned, and the form as the person
 * is editing it (a draft of plain strings and numbers). Saving turns the draft into a Schedule
 * and checks it with the server's own ScheduleSchema, so an address the page accepts is one the
 * server accepts.
 */

export type TargetKey = keyof Targets;
/** The rubric's targets in the order the report lists them, with the range TargetsSchema allows. */
export const TARGET_FIELDS: { key: TargetKey; min: number; max: number; step: string }[] = [
  { key: 'minResponses', min: 1, max: 100_000, step: '1' },
  { key: 'artHours', min: 0.1, max: 24 * 365, step: 'any' },
  { key: 'fcr', min: 0, max: 100, step: 'any' },
  { key: 'csat', min: 0, max: 100, step: 'any' },
  { key: 'ces', min: 1, max: 7, step: 'any' },
  { key: 'retention', min: 0, max: 100, step: 'any' },
  { key: 'nps', min: -100, max: 100, step: 'any' },
  { key: 'referralRate', min: 0, max: 100, step: 'any' },
];

export interface ReportDraft {
  /** The textarea as typed; split into addresses only when saving. */
  recipients: string;
  kind: 'monthly' | 'weekly' | 'quarterly';
  day: number;
  weekday: number;
  hour: number;
  lang: Lang;
  /** Target inputs as typed; '' means the default. */
  targets: Record<TargetKey, string>;
}

export interface ReportsState {
  settings: ReportSettings | null;
  draft: ReportDraft;
  /** A field the person must fix before saving, with what to say. */
  invalid: { field: 'recipients' | TargetKey; message: string } | null;
  targetsOpen: boolean;
  showAllLog: boolean;
  testSent: z.infer<typeof SendTestReportResult> | null;
}

export function emptyReports(lang: Lang): ReportsState {
  const targets = Object.fromEntries(TARGET_FIELDS.map((f) => [f.key, ''])) as Record<TargetKey, string>;
  return {
    settings: null,
    draft: { recipients: '', kind: 'monthly', day: 1, weekday: 1, hour: 8, lang, targets },
    invalid: null,
    targetsOpen: false,
    showAllLog: false,
    testSent: null,
  };
}

/** The form filled from what the server has saved; a missing or damaged schedule keeps the defaults. */
export function draftFrom(settings: ReportSettings, fallback: ReportDraft): ReportDraft {
  const s = settings.schedule;
  const targets = { ...fallback.targets };
  for (const { key } of TARGET_FIELDS) targets[key] = settings.targets[key] === settings.defaultTargets[key] ? '' : String(settings.targets[key]);
  if (!s) return { ...fallback, targets };
  return {
    recipients: s.recipients.join('\n'),
    kind: s.frequency.kind,
    day: s.frequency.kind !== 'weekly' ? s.frequency.day : fallback.day,
    weekday: s.frequency.kind === 'weekly' ? s.frequency.weekday : fallback.weekday,
    hour: s.hour,
    lang: s.lang,
    targets,
  };
}

/** Addresses as typed: one per line or separated by commas, semicolons or spaces; repeats dropped. */
export function splitRecipients(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[\s,;]+/)
    .filter((a) => a !== '')
    .filter((a) => {
      const key = a.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** What the recipients field says about a list of addresses; the Email reports and Alerts panels share it. */
export type RecipientTexts = Pick<Messages, 'badAddress' | 'noRecipients' | 'invisibleInAddress' | 'tooMany'>;

/**
 * The first problem with the addresses, in the person's words, or undefined: a hidden character
 * (shown as ⟨U+200B⟩), an address the server's own schema refuses, none, or too many.
 */
export function recipientsProblem(recipients: readonly string[], t: RecipientTexts): string | undefined {
  // An address with a hidden character looks right and is not: say which character, made visible.
  for (const address of recipients) {
    const hidden = invisibleIn(address);
    if (hidden) return t.invisibleInAddress(address.replace(INVISIBLE_ALL, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`), hidden);
  }
  const bad = recipients.find((a) => !emailAddress.safeParse(a).success);
  if (bad !== undefined) return t.badAddress(bad);
  if (recipients.length === 0) return t.noRecipients;
  if (recipients.length > MAX_RECIPIENTS) return t.tooMany(recipients.length, MAX_RECIPIENTS);
  return undefined;
}

export type Checked = { ok: true; schedule: Schedule; targets: Partial<Targets> } | { ok: false; field: 'recipients' | TargetKey; message: string };

/** The draft as the schedule and targets to save, or the first thing to fix in the person's words. */
export function checkDraft(draft: ReportDraft, defaults: Targets, t: Messages): Checked {
  const recipients = splitRecipients(draft.recipients);
  const problem = recipientsProblem(recipients, t);
  if (problem) return { ok: false, field: 'recipients', message: problem };
  const frequency = draft.kind === 'weekly' ? { kind: 'weekly' as const, weekday: draft.weekday } : { kind: draft.kind, day: draft.day };
  const parsed = ScheduleSchema.safeParse({ version: 1, enabled: true, recipients, frequency, hour: draft.hour, lang: draft.lang });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const index = issue.path[0] === 'recipients' ? issue.path[1] : undefined;
    const message =
      typeof index === 'number' ? t.badAddress(recipients[index]) : recipients.length === 0 ? t.noRecipients : recipients.length > MAX_RECIPIENTS ? t.tooMany(recipients.length, MAX_RECIPIENTS) : issue.message;
    return { ok: false, field: 'recipients', message };
  }
  const targets: Partial<Targets> = {};
  for (const field of TARGET_FIELDS) {
    const typed = draft.targets[field.key].trim();
    const value = typed === '' ? defaults[field.key] : Number(typed.replace(',', '.'));
    const one = TargetsSchema.shape[field.key].safeParse(value);
    if (!one.success) return { ok: false, field: field.key, message: t.badTarget(t.targetNames[field.key], field.min, field.max) };
    targets[field.key] = one.data;
  }
  return { ok: true, schedule: parsed.data, targets };
}

// ---- how dates and periods read ---------------------------------------------------------------

/** `8` → `08:00`. */
export const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

function format(t: Messages, date: Date, options: Intl.DateTimeFormatOptions, timeZone = 'UTC'): string {
  try {
    return new Intl.DateTimeFormat(t.dateLocale, { ...options, timeZone }).format(date);
  } catch {
    // An unknown zone name: the date is still right in UTC, only the clock time may differ.
    return new Intl.DateTimeFormat(t.dateLocale, { ...options, timeZone: 'UTC' }).format(date);
  }
}

const civil = (ymd: string) => new Date(`${ymd}T00:00:00Z`);

/** `month:2026-10-01` → `October 2026`; `week:2026-10-05` → `week of Oct 5, 2026`. */
export function periodText(key: string | undefined, t: Messages): string {
  const [kind, start] = (key ?? '').split(':');
  if (!start || Number.isNaN(civil(start).getTime())) return key ?? '';
  if (kind === 'month') return t.monthPeriod(format(t, civil(start), { month: 'long', year: 'numeric' }));
  return t.weekPeriod(format(t, civil(start), { day: 'numeric', month: 'short', year: 'numeric' }));
}

/** A local day `2026-12-01` as `Tue, Dec 1`. */
export const dayText = (ymd: string, t: Messages) => format(t, civil(ymd), { weekday: 'short', day: 'numeric', month: 'short' });

/** When a log entry happened, in the spreadsheet's time zone. */
export const momentText = (iso: string, timeZone: string, t: Messages) =>
  format(t, new Date(iso), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone);

/** On, off, or needing attention: from the saved schedule and the triggers that actually exist. */
export function reportStatus(settings: ReportSettings): 'on' | 'off' | 'no-trigger' | 'damaged' {
  if (settings.scheduleProblem) return 'damaged';
  if (!settings.schedule?.enabled) return 'off';
  return settings.triggers > 0 ? 'on' : 'no-trigger';
}
