import * as z from '../mapping/zod';
import type { Lang } from '../cells/types';
import { alertEmail, flagAnswer, planAlerts, thresholdProblem, type AlertMetric, type AlertThresholds, type Answer, type FlaggedAnswer } from '../report/alerts';
import { copyLedger, ledgerFits, pruneLedger, readAlertLedger, writeAlertLedger, type AlertLedger } from './alert-ledger';
import { alertServerTexts as texts } from './alert-messages';
import type { Clock, DocumentLock, KeyValueStore, MailSender } from './ports';
import { readLog, tryAppendLog, type LogEntry } from './report-log';
import { describeIssue, emailAddress, MAX_RECIPIENTS } from './schedule';

/**
 * The unhappy-answer alerts' runner (issue 16): one run, from the form-submit trigger or the daily
 * catch-up, sends each flagged answer's alert exactly once, the way the report runner sends each
 * period (report-runner.ts): under the document lock, the intent (`sending`) is recorded before a
 * mail goes and the outcome (`sent`) after; a send that throws takes its intent back, so the next
 * run finds the answer in the sheet again and retries it; a run that stopped between the two leaves
 * the answers `sending`, which the next run settles as uncertain (never sent twice). It never throws.
 */

export const ALERT_SETTINGS_KEY = 'cx.alerts';
export const ALERT_LOG_KEY = 'cx.alertLog';
/** How long a run waits for another run of the same document. */
const LOCK_WAIT_MS = 30_000;
const RECORD_ATTEMPTS = 3;

const threshold = z.object({ on: z.boolean(), max: z.int() });

export const AlertSettingsSchema = z.object({
  version: z.literal(1),
  enabled: z.boolean(),
  recipients: z.array(emailAddress).check(z.minLength(1, { error: 'add at least one recipient' }), z.maxLength(MAX_RECIPIENTS, { error: `at most ${MAX_RECIPIENTS} recipients` })),
  lang: z.enum(['en', 'vi']),
  thresholds: z.object({ NPS: threshold, CSAT: threshold, CES: threshold }),
  /** More flagged answers than this within 15 minutes go in one email (default 3). */
  burst: z.optional(z.int().check(z.gte(1), z.lte(50))),
  /** When alerts were turned on (epoch ms): answers from before are never alerted. */
  since: z.optional(z.number()),
});
export type AlertSettings = z.infer<typeof AlertSettingsSchema>;

export type ParsedAlertSettings = { ok: true; settings: AlertSettings } | { ok: false; reason: 'missing' | 'corrupt'; detail: string };

/** The stored alert settings; never throws. */
export function parseAlertSettings(json: string | null): ParsedAlertSettings {
  if (json == null || json === '') return { ok: false, reason: 'missing', detail: '' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'corrupt', detail: 'not JSON' };
  }
  const parsed = AlertSettingsSchema.safeParse(raw);
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, reason: 'corrupt', detail: describeIssue(parsed.error, 'alerts') };
}

/** The thresholds to flag with, on the mapping's scales; a threshold outside its scale is turned off and reported in both languages. */
export function effectiveThresholds(settings: AlertSettings, scales: Record<AlertMetric, number>): { thresholds: AlertThresholds; problems: Record<Lang, string>[] } {
  const problems: Record<Lang, string>[] = [];
  const thresholds = {} as AlertThresholds;
  for (const metric of ['NPS', 'CSAT', 'CES'] as const) {
    const t = { ...settings.thresholds[metric], scale: scales[metric] };
    const en = t.on ? thresholdProblem(metric, t, 'en') : undefined;
    if (en) problems.push({ en, vi: thresholdProblem(metric, t, 'vi')! });
    thresholds[metric] = { ...t, on: t.on && !en };
  }
  return { thresholds, problems };
}

export interface AlertPorts {
  store: KeyValueStore;
  mail: MailSender;
  clock: Clock;
  lock: DocumentLock;
  settings: AlertSettings;
  thresholds: AlertThresholds;
  /** The answers to consider, read under the lock, with notes on rows that could not be read. */
  collect(): { answers: Answer[]; notes: Record<Lang, string>[] };
  /** The alert email of a group, in the settings' language. */
  compose(group: readonly FlaggedAnswer[]): { subject: string; htmlBody: string; body: string };
  /** Mail kept back for the scheduled report today (its recipients when one is due). */
  reserve(): number;
  /**
   * Record new flagged answers in the follow-up sheet (idempotent by answer id); called every run,
   * also with none. `known`: the flagged answers already alerted, still in the ledger's window, to
   * put back if the sheet has to be made again. Returns notes for the log; a `text` on what it
   * throws is said in both languages.
   */
  followUp?(flagged: readonly FlaggedAnswer[], known: readonly FlaggedAnswer[]): readonly Record<Lang, string>[] | void;
  /** A time as the log says it (the spreadsheet's zone); UTC when not given. */
  timeText?(ms: number): string;
  /** Notes to log before anything else (a threshold outside its scale). */
  problems?: Record<Lang, string>[];
}

export interface AlertRun {
  outcome: 'done' | 'busy' | 'failed' | 'off';
  /** Answers alerted by this run. */
  alerted: string[];
  /** Emails sent by this run. */
  emails: number;
  /** Flagged answers left for the next run. */
  waiting: number;
}

type Note = { outcome: LogEntry['outcome']; reason: Record<Lang, string>; recipients?: number; kind?: LogEntry['kind'] };

export function runAlerts(ports: AlertPorts): AlertRun {
  const now = ports.clock.now();
  const result: AlertRun = { outcome: 'done', alerted: [], emails: 0, waiting: 0 };
  if (!ports.settings.enabled) return { ...result, outcome: 'off' };
  if (!ports.lock.tryLock(LOCK_WAIT_MS)) {
    // Everything stays in the sheet for the next run; only the log learns of it.
    log(ports.store, now, [{ outcome: 'skipped', reason: texts.lockBusy() }]);
    return { ...result, outcome: 'busy' };
  }
  const notes: Note[] = (ports.problems ?? []).map((reason) => ({ outcome: 'failed', reason }));
  try {
    let ledger = readAlertLedger(ports.store);
    const stored = copyLedger(ledger);
    // Settle what an earlier run left mid-send, and forget what is past the retention window.
    const left = [...ledger.entries.values()].filter((e) => e.state === 'sending').length;
    for (const entry of ledger.entries.values()) if (entry.state === 'sending') entry.state = 'uncertain';
    if (left > 0) notes.push({ outcome: 'failed', reason: texts.uncertain(left), kind: 'uncertain' });
    if (ledger.damaged) {
      ledger.from = Math.max(ledger.from, now.getTime());
      notes.push({ outcome: 'skipped', reason: texts.ledgerDamaged(), kind: 'repaired' });
    }
    ledger = pruneLedger(ledger, now.getTime());
    // `from` alone moving with the window needs no write: every read prunes the same way.
    if (left > 0 || stored.damaged || ledger.entries.size !== stored.entries.size) {
      writeAlertLedger(ports.store, ledger, stored);
    }

    // Turning alerts on never mails about the answers already there.
    const floor = Math.max(ledger.from, ports.settings.since ?? now.getTime());
    const collected = ports.collect();
    for (const reason of collected.notes) notes.push({ outcome: 'skipped', reason });
    // Unhappy answers that were never alerted and have now aged past the retention window (runs
    // failed for over a week): said once, never dropped silently. `from` is then stored, so the
    // next run does not count them again.
    const expired = new Set<string>();
    if (!stored.damaged) {
      for (const answer of collected.answers) {
        // `stored` still holds what the pruning just forgot: those were alerted.
        if (stored.entries.has(answer.id) || answer.at < stored.from || answer.at >= ledger.from || answer.at < (ports.settings.since ?? now.getTime())) continue;
        if (flagAnswer(answer, ports.thresholds)) expired.add(answer.id);
      }
    }
    if (expired.size > 0) {
      notes.push({ outcome: 'failed', reason: texts.expired(expired.size) });
      try {
        writeAlertLedger(ports.store, ledger, stored);
      } catch {
        // The note comes again next run; nothing is sent for them either way.
      }
    }
    const seen = new Set<string>();
    const fresh: FlaggedAnswer[] = [];
    for (const answer of collected.answers) {
      // The same row read twice (a form event and the sheet) counts once.
      if (seen.has(answer.id) || ledger.entries.has(answer.id) || answer.at < floor) continue;
      seen.add(answer.id);
      const flagged = flagAnswer(answer, ports.thresholds);
      if (flagged) fresh.push(flagged);
    }
    // Also with nothing new: the run dates the statuses people set since the last one.
    if (ports.followUp) {
      const known: FlaggedAnswer[] = [];
      const again = new Set<string>();
      for (const answer of collected.answers) {
        if (again.has(answer.id) || !ledger.entries.has(answer.id)) continue;
        again.add(answer.id);
        const flagged = flagAnswer(answer, ports.thresholds);
        if (flagged) known.push(flagged);
      }
      try {
        for (const reason of ports.followUp(fresh, known) ?? []) notes.push({ outcome: 'skipped', reason });
      } catch (error) {
        const text = (error as { text?: Record<Lang, string> } | null)?.text;
        notes.push({ outcome: 'failed', reason: texts.followUpFailed(text && typeof text.en === 'string' && typeof text.vi === 'string' ? text : messageOf(error)) });
      }
    }

    // Bursts are cut by the answers' times across runs: what earlier runs alerted counts too.
    const alerted = [...ledger.entries.values()].map((e) => e.at);
    const plan = planAlerts(fresh, alerted, now.getTime(), ports.settings.burst ?? 3);
    if (plan.held.length > 0) {
      result.waiting = plan.held.length;
      notes.push({ outcome: 'skipped', reason: texts.burstHeld(plan.held.length, (ports.timeText ?? isoMinute)(plan.heldUntil!)) });
    }
    const groups = plan.groups;
    const recipients = ports.settings.recipients;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      const waiting = () => plan.held.length + groups.slice(g).reduce((n, x) => n + x.length, 0);
      const reserved = ports.reserve();
      const remaining = ports.mail.remainingQuota();
      if (remaining - reserved < recipients.length) {
        result.waiting = waiting();
        notes.push({ outcome: 'failed', reason: texts.quotaLow(result.waiting, remaining, reserved) });
        break;
      }
      const ids = group.map((a) => a.id);
      const before = copyLedger(ledger);
      for (const a of group) ledger.entries.set(a.id, { state: 'sending', at: a.at });
      if (!ledgerFits(ledger)) {
        ledger = before;
        result.waiting = waiting();
        notes.push({ outcome: 'failed', reason: texts.ledgerFull(result.waiting) });
        break;
      }
      // The intent, before the mail goes: without it on record nothing is sent.
      try {
        writeAlertLedger(ports.store, ledger, before, ids);
      } catch (error) {
        ledger = before;
        result.waiting = waiting();
        notes.push({ outcome: 'failed', reason: texts.recordFailed(group.length, messageOf(error)) });
        break;
      }
      try {
        const mail = ports.compose(group);
        ports.mail.send({ ...mail, to: recipients, name: 'CX Metrics' });
      } catch (error) {
        // Nothing went: take the intent back so the next run retries. If that write fails too, the
        // answers stay `sending` and are settled as uncertain: never sent twice.
        const sending = ledger;
        ledger = before;
        record(ports.store, ledger, sending, ids);
        result.waiting = waiting();
        notes.push({ outcome: 'failed', reason: texts.sendFailed(group.length, messageOf(error)) });
        break;
      }
      const intent = copyLedger(ledger);
      for (const id of ids) ledger.entries.set(id, { state: 'sent', at: ledger.entries.get(id)!.at });
      const recorded = record(ports.store, ledger, intent, ids);
      result.alerted.push(...ids);
      result.emails += 1;
      notes.push({ outcome: 'sent', reason: recorded ? texts.sent(group.length, recipients.length) : texts.sentUnrecorded(group.length), recipients: recipients.length });
    }
    return result;
  } catch (error) {
    notes.push({ outcome: 'failed', reason: texts.runFailed(messageOf(error)) });
    return { ...result, outcome: 'failed' };
  } finally {
    log(ports.store, now, notes.reverse());
    try {
      ports.lock.release();
    } catch {
      // Apps Script releases the lock when the execution ends anyway.
    }
  }
}

/** Writes the ledger's shards for `ids`, retrying a transient failure; false when every attempt failed. */
function record(store: KeyValueStore, ledger: AlertLedger, before: AlertLedger, ids: readonly string[]): boolean {
  for (let attempt = 0; attempt < RECORD_ATTEMPTS; attempt++) {
    try {
      writeAlertLedger(store, ledger, before, ids);
      return true;
    } catch {
      // try again
    }
  }
  return false;
}

/** The alerts log, newest first. */
export function readAlertLog(store: KeyValueStore): LogEntry[] {
  return readLog(store, ALERT_LOG_KEY);
}

/** Logs in one write, retried once; a log that cannot be written must not stop the run. */
function log(store: KeyValueStore, at: Date, notes: Note[]): void {
  if (notes.length === 0) return;
  const entries: LogEntry[] = notes.map((n) => ({
    at: at.toISOString(),
    outcome: n.outcome,
    reason: n.reason.en,
    reasonVi: n.reason.vi,
    ...(n.recipients !== undefined && { recipients: n.recipients }),
    ...(n.kind && { kind: n.kind }),
  }));
  tryAppendLog(store, ALERT_LOG_KEY, entries);
}

const isoMinute = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export { alertEmail };
