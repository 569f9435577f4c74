import * as z from '../mapping/zod';
import { PROPERTY_VALUE_BYTES, utf8Length } from './bytes';
import type { KeyValueStore } from './ports';

/**
 * What happened to each scheduled run worth telling the user: sends, skips and failures with
 * the reason, newest first, at most 50 kept, and never more than one property value holds: Apps
 * Script refuses a value over 9 KB of UTF-8 (a Vietnamese reason is half again its length), so the
 * oldest entries give way and each reason is cut to a bounded length. Shown in the sidebar's Email
 * reports step.
 */
export const LOG_KEY = 'cx.reportLog';
export const SENT_KEY = 'cx.reportsSent';
export const LOG_LIMIT = 50;
/** The log's share of a property value, with room to spare under the 9 KB limit. */
export const LOG_BYTES = PROPERTY_VALUE_BYTES - 1024;
/** Characters kept of a reason (a service's error text can be long). */
export const REASON_LIMIT = 300;

export const LogEntrySchema = z.object({
  at: z.string(),
  outcome: z.enum(['sent', 'skipped', 'failed']),
  period: z.optional(z.string()),
  /** Why, in plain words: English, and Vietnamese for the sidebar of a Vietnamese reader. */
  reason: z.string(),
  reasonVi: z.optional(z.string()),
  recipients: z.optional(z.int()),
  /** A period settled without a send: it may have gone (uncertain) or its time passed (missed). */
  kind: z.optional(z.enum(['uncertain', 'missed', 'repaired'])),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;


/**
 * The log, newest first. Repaired entry by entry: an entry of an older or damaged shape is mended
 * where its fields allow (`message` for `reason`, a missing outcome as a failure) or dropped alone;
 * the rest of the log is kept. A log that is not JSON at all reads as empty.
 */
export function readLog(store: KeyValueStore, key = LOG_KEY): LogEntry[] {
  const json = store.get(key);
  if (!json) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item): LogEntry[] => {
    const parsed = LogEntrySchema.safeParse(item);
    if (parsed.success) return [parsed.data];
    const mended = mendEntry(item);
    return mended ? [mended] : [];
  });
}

/** An entry of an older shape, mended field by field; undefined when it has no time to show. */
function mendEntry(item: unknown): LogEntry | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const o = item as Record<string, unknown>;
  const at = typeof o.at === 'string' ? o.at : typeof o.time === 'string' ? o.time : undefined;
  if (!at) return undefined;
  const outcome = o.outcome === 'sent' || o.outcome === 'skipped' || o.outcome === 'failed' ? o.outcome : 'failed';
  const reason = typeof o.reason === 'string' ? o.reason : typeof o.message === 'string' ? o.message : '';
  return {
    at,
    outcome,
    ...(typeof o.period === 'string' && { period: o.period }),
    reason: cut(reason),
    ...(typeof o.reasonVi === 'string' && { reasonVi: cut(o.reasonVi) }),
    ...(Number.isInteger(o.recipients) && { recipients: o.recipients as number }),
  };
}

/** At most REASON_LIMIT characters, never ending in half a surrogate pair. */
function cut(text: string): string {
  if (text.length <= REASON_LIMIT) return text;
  let end = REASON_LIMIT - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** The entries, newest first, that fit LOG_BYTES together (always the newest one). */
export function fitLog(entries: LogEntry[]): LogEntry[] {
  const kept: LogEntry[] = [];
  let bytes = 2; // the brackets
  for (const entry of entries.slice(0, LOG_LIMIT)) {
    const size = utf8Length(JSON.stringify(entry)) + 1;
    if (kept.length > 0 && bytes + size > LOG_BYTES) break;
    kept.push(entry);
    bytes += size;
  }
  return kept;
}

/** Adds entries (newest first) in one write; the oldest give way to keep the log within its bytes. */
export function appendLog(store: KeyValueStore, ...entries: LogEntry[]): void {
  appendLogAt(store, LOG_KEY, entries);
}

/** Adds entries under `key` in one write, retried once; false when the log could not be written (a log must never stop a run). */
export function tryAppendLog(store: KeyValueStore, key: string, entries: LogEntry[]): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      appendLogAt(store, key, entries);
      return true;
    } catch {
      // try again
    }
  }
  return false;
}

/** appendLog for another log of the same shape under `key` (the alerts' log, issue 16). */
export function appendLogAt(store: KeyValueStore, key: string, entries: LogEntry[]): void {
  const fresh = entries.map((e) => ({ ...e, reason: cut(e.reason), ...(e.reasonVi !== undefined && { reasonVi: cut(e.reasonVi) }) }));
  store.set(key, JSON.stringify(fitLog([...fresh, ...readLog(store, key)])));
}

/**
 * What became of each report period (`month:2026-10-01` → state), stored under SENT_KEY as
 * `{"v":2,"from":"month:2026-10-01","periods":{…}}`. `sending` is the intent, written before the
 * mail goes; `sent`, `uncertain` (the run stopped between the intent and its outcome: it may have
 * gone, so it is never sent again) and `missed` (its time passed unsent) are settled for good.
 * `from` is the first period the schedule owes; every period from it to the one due is either
 * settled or about to be sent.
 */
export type PeriodState = 'sending' | 'sent' | 'uncertain' | 'missed';
const STATES: readonly PeriodState[] = ['sending', 'sent', 'uncertain', 'missed'];
const LEDGER_SIZE = 60;
const PERIOD_KEY = /^(?:month|week|quarter):\d{4}-\d{2}-\d{2}$/;

export interface Ledger {
  from?: string;
  periods: Record<string, PeriodState>;
  /** The stored value was damaged and has been read as far as it could be. */
  damaged?: boolean;
  /** Damaged beyond reading: nothing says which periods went out. */
  unknown?: boolean;
}

export const isSettled = (state: PeriodState | undefined) => state === 'sent' || state === 'uncertain' || state === 'missed';

/**
 * The ledger, repaired field by field: the old shape (a list of sent keys) reads as those periods
 * sent; a period with a state it cannot read counts as uncertain (never resent); truncated JSON
 * keeps every period it still names. Never throws on what is stored.
 */
export function readLedger(store: KeyValueStore): Ledger {
  const json = store.get(SENT_KEY);
  if (json == null || json === '') return { periods: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return salvage(json);
  }
  if (Array.isArray(raw)) {
    const periods: Record<string, PeriodState> = {};
    for (const key of raw) if (typeof key === 'string' && PERIOD_KEY.test(key)) periods[key] = 'sent';
    const damaged = raw.some((key) => typeof key !== 'string' || !PERIOD_KEY.test(key));
    return { periods, ...(damaged && { damaged }) };
  }
  if (raw && typeof raw === 'object' && (raw as { v?: unknown }).v === 2) {
    const o = raw as { from?: unknown; periods?: unknown };
    const periods: Record<string, PeriodState> = {};
    let damaged = false;
    if (o.periods && typeof o.periods === 'object' && !Array.isArray(o.periods)) {
      for (const [key, state] of Object.entries(o.periods as Record<string, unknown>)) {
        if (!PERIOD_KEY.test(key)) damaged = true;
        else if (STATES.includes(state as PeriodState)) periods[key] = state as PeriodState;
        else {
          periods[key] = 'uncertain';
          damaged = true;
        }
      }
    } else damaged = true;
    const from = typeof o.from === 'string' && PERIOD_KEY.test(o.from) ? o.from : undefined;
    if (o.from !== undefined && !from) damaged = true;
    return { ...(from && { from }), periods, ...(damaged && { damaged }) };
  }
  return salvage(json);
}

/** Whatever periods a damaged value still names; a period whose state is unreadable is uncertain. */
function salvage(text: string): Ledger {
  const fromMatch = /"from"\s*:\s*"((?:month|week|quarter):\d{4}-\d{2}-\d{2})"/.exec(text);
  const rest = fromMatch ? text.replace(fromMatch[0], '') : text;
  const periods: Record<string, PeriodState> = {};
  const found = /"((?:month|week|quarter):\d{4}-\d{2}-\d{2})"(\s*:\s*"?([a-z]*))?/g;
  for (let m = found.exec(rest); m; m = found.exec(rest)) {
    const [, key, colon, state] = m;
    periods[key] = !colon ? 'sent' : STATES.includes(state as PeriodState) && state !== 'sending' ? (state as PeriodState) : 'uncertain';
  }
  const named = Object.keys(periods).length > 0;
  return { ...(fromMatch && { from: fromMatch[1] }), periods, damaged: true, ...(!named && !fromMatch && { unknown: true }) };
}

/** Writes the ledger, keeping `from` and the newest periods. */
export function writeLedger(store: KeyValueStore, ledger: Ledger): void {
  const keys = Object.keys(ledger.periods).sort((a, b) => (a.slice(a.indexOf(':')) < b.slice(b.indexOf(':')) ? 1 : -1));
  const periods = Object.fromEntries(keys.slice(0, LEDGER_SIZE).map((k) => [k, ledger.periods[k]]));
  store.set(SENT_KEY, JSON.stringify({ v: 2, ...(ledger.from && { from: ledger.from }), periods }));
}

/** Periods that will not go out again (sent, uncertain or missed), newest first. */
export function readSent(store: KeyValueStore): string[] {
  const { periods } = readLedger(store);
  return Object.keys(periods)
    .filter((k) => isSettled(periods[k]))
    .sort((a, b) => (a.slice(a.indexOf(':')) < b.slice(b.indexOf(':')) ? 1 : -1));
}
