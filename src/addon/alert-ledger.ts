import { PROPERTY_VALUE_BYTES, utf8Length } from './bytes';
import type { KeyValueStore } from './ports';

/**
 * Which answers have been alerted (issue 16), so each is alerted at most once: answer id → state
 * and the answer's time, in document properties. `sending` is the intent, written before the mail
 * goes; `sent` the outcome after; `uncertain` a send a run left between the two (it may have gone,
 * so it is never resent). An answer that is not in the ledger has not been alerted: the next run
 * finds it in the sheet again and sends it, so a failed send is retried, never lost.
 *
 * Apps Script refuses a property value over 9 KB of UTF-8, so the entries are spread over
 * LEDGER_SHARDS values by a hash of the id (an id always lives in the same value, so a write never
 * moves one between values), and entries older than the retention window are dropped together with
 * the answers they stand for: `from` moves up with them, and no answer before `from` is alerted.
 *
 * Stored as `cx.alerts.sent.0` … `{"v":1,"from":1764547200000,"e":{"s0-…":["s",29408640]}}`, the
 * answer's time in whole minutes.
 */
export const LEDGER_PREFIX = 'cx.alerts.sent.';
export const LEDGER_SHARDS = 4;
/** A shard's share of a property value, with room to spare. */
export const SHARD_BYTES = PROPERTY_VALUE_BYTES - 512;
/** Answers older than this are neither alerted nor remembered: a week and a day of daily retries. */
export const RETAIN_MS = 8 * 86_400_000;

export type AlertState = 'sending' | 'sent' | 'uncertain';
const CODES: Record<AlertState, string> = { sending: 'i', sent: 's', uncertain: 'u' };
const STATE_OF: Record<string, AlertState> = { i: 'sending', s: 'sent', u: 'uncertain' };

export interface AlertEntry {
  state: AlertState;
  /** The answer's time (epoch ms, to the minute). */
  at: number;
}

export interface AlertLedger {
  /** No answer before this instant (epoch ms) is alerted: when alerts were turned on, or the retention edge. */
  from: number;
  entries: Map<string, AlertEntry>;
  /** A stored value could not be read: the answers it held are unknown. */
  damaged?: boolean;
}

/** The shard of an id: FNV-1a of its text, so it never changes. */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % LEDGER_SHARDS;
}

/**
 * The ledger, read shard by shard; never throws on what is stored. A shard that is not readable
 * makes the ledger `damaged`: the caller then alerts nothing older than now (it cannot know which
 * of those went), and says so in the log.
 */
export function readAlertLedger(store: KeyValueStore): AlertLedger {
  const entries = new Map<string, AlertEntry>();
  let from = 0;
  let damaged = false;
  for (let shard = 0; shard < LEDGER_SHARDS; shard++) {
    const json = store.get(LEDGER_PREFIX + shard);
    if (json == null || json === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      damaged = true;
      continue;
    }
    const o = raw as { v?: unknown; from?: unknown; e?: unknown };
    if (!o || typeof o !== 'object' || o.v !== 1 || !o.e || typeof o.e !== 'object') {
      damaged = true;
      continue;
    }
    if (typeof o.from === 'number' && Number.isFinite(o.from)) from = Math.max(from, o.from);
    for (const [id, value] of Object.entries(o.e as Record<string, unknown>)) {
      const state = Array.isArray(value) ? STATE_OF[String(value[0])] : undefined;
      const minutes = Array.isArray(value) ? Number(value[1]) : NaN;
      // An entry it cannot read still says the answer was seen: never resent.
      entries.set(id, { state: state ?? 'uncertain', at: Number.isFinite(minutes) ? minutes * 60_000 : 0 });
      if (!state) damaged = true;
    }
  }
  return { from, entries, ...(damaged && { damaged }) };
}

/** One shard's stored text. */
function shardText(ledger: AlertLedger, shard: number): string {
  const e: Record<string, [string, number]> = {};
  for (const [id, entry] of ledger.entries) if (shardOf(id) === shard) e[id] = [CODES[entry.state], Math.floor(entry.at / 60_000)];
  return JSON.stringify({ v: 1, from: ledger.from, e });
}

/** Whether every shard of the ledger fits a property value. */
export function ledgerFits(ledger: AlertLedger): boolean {
  for (let shard = 0; shard < LEDGER_SHARDS; shard++) if (utf8Length(shardText(ledger, shard)) > SHARD_BYTES) return false;
  return true;
}

/**
 * Writes the shards holding `ids` (every shard when `ids` is undefined). When a write throws, the
 * shards already written are put back as `before` had them, so a half-written intent never marks
 * an answer that was not sent; then the error is thrown on.
 */
export function writeAlertLedger(store: KeyValueStore, ledger: AlertLedger, before: AlertLedger, ids?: readonly string[]): void {
  const shards = ids ? [...new Set(ids.map(shardOf))].sort() : Array.from({ length: LEDGER_SHARDS }, (_, i) => i);
  const written: number[] = [];
  try {
    for (const shard of shards) {
      store.set(LEDGER_PREFIX + shard, shardText(ledger, shard));
      written.push(shard);
    }
  } catch (error) {
    for (const shard of written) {
      try {
        store.set(LEDGER_PREFIX + shard, shardText(before, shard));
      } catch {
        // The next run reads what is there; an answer left `sending` is settled as uncertain.
      }
    }
    throw error;
  }
}

/** A copy, so a change can be rolled back. */
export function copyLedger(ledger: AlertLedger): AlertLedger {
  return { from: ledger.from, entries: new Map([...ledger.entries].map(([id, e]) => [id, { ...e }])) };
}

/** Drops entries of answers older than the retention window and moves `from` up to it. */
export function pruneLedger(ledger: AlertLedger, now: number): AlertLedger {
  const edge = now - RETAIN_MS;
  const from = Math.max(ledger.from, edge);
  const entries = new Map([...ledger.entries].filter(([, e]) => e.at >= edge));
  return { from, entries };
}
