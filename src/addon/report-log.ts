import * as z from '../mapping/zod';
import type { KeyValueStore } from './ports';

/**
 * What happened to each scheduled run worth telling the user: sends, skips and failures with
 * the reason, newest first, the last 50 kept. Shown in the sidebar's Email reports step.
 */
export const LOG_KEY = 'cx.reportLog';
export const SENT_KEY = 'cx.reportsSent';
export const LOG_LIMIT = 50;

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

const LogSchema = z.array(LogEntrySchema);
const SentSchema = z.array(z.string());

/** The log, newest first. A damaged stored log reads as empty rather than breaking reports. */
export function readLog(store: KeyValueStore): LogEntry[] {
  return parseOr(store.get(LOG_KEY), LogSchema, []);
}

export function appendLog(store: KeyValueStore, entry: LogEntry): void {
  const next = [entry, ...readLog(store)].slice(0, LOG_LIMIT);
  store.set(LOG_KEY, JSON.stringify(next));
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
