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
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

const SentSchema = z.array(z.string());

/**
 * The log, newest first. Repaired entry by entry: an entry of an older or damaged shape is mended
 * where its fields allow (`message` for `reason`, a missing outcome as a failure) or dropped alone;
 * the rest of the log is kept. A log that is not JSON at all reads as empty.
 */
export function readLog(store: KeyValueStore): LogEntry[] {
  const json = store.get(LOG_KEY);
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
  const fresh = entries.map((e) => ({ ...e, reason: cut(e.reason), ...(e.reasonVi !== undefined && { reasonVi: cut(e.reasonVi) }) }));
  store.set(LOG_KEY, JSON.stringify(fitLog([...fresh, ...readLog(store)])));
}

/** Periods already sent (keys like `month:2026-10-01`), the newest 24 kept. */
export function readSent(store: KeyValueStore): string[] {
  return parseOr(store.get(SENT_KEY), SentSchema, []);
}

export function markSent(store: KeyValueStore, periodKey: string): void {
  const next = [periodKey, ...readSent(store).filter((k) => k !== periodKey)].slice(0, 24);
  store.set(SENT_KEY, JSON.stringify(next));
}

function parseOr<T>(json: string | null, schema: z.ZodMiniType<T>, fallback: T): T {
  if (!json) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
