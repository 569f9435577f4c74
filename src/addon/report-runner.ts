import type { Clock, DocumentLock, KeyValueStore, MailSender, OutgoingMail } from './ports';
import { isSettled, LOG_KEY, tryAppendLog, readLedger, readLog, writeLedger, type Ledger, type LogEntry } from './report-log';
import { reportServerTexts as texts } from './report-messages';
import type { Lang } from '../cells/types';
import { duePeriod, nextPeriod, parseStoredSchedule, periodKey, periodOfKey, type LocalTime, type Period, type Schedule } from './schedule';

export const SCHEDULE_KEY = 'cx.schedule';
/** How long a run waits for another run of the same document to finish. */
const LOCK_WAIT_MS = 30_000;
/** Writes of the outcome tried before giving up (a transient Properties error passes on a retry). */
const RECORD_ATTEMPTS = 3;
/** At most this many owed periods are walked in one run (years of weekly reports after a clock jump). */
const MAX_OWED = 120;

export interface RunnerPorts {
  store: KeyValueStore;
  mail: MailSender;
  clock: Clock;
  lock: DocumentLock;
  /** Local calendar fields of an instant in the spreadsheet's time zone. */
  localTime(at: Date): LocalTime;
  /** The report for a period as an email (subject, HTML and text). */
  composeReport(period: Period, schedule: Schedule): Omit<OutgoingMail, 'to'>;
  /** Why no report can go out at all (a permission the person declined), or undefined. */
  blocked?(): Record<Lang, string> | undefined;
}

export type RunOutcome = 'sent' | 'not-due' | 'already-sent' | 'skipped' | 'failed';

type Reason = Record<Lang, string>;
type Note = { outcome: LogEntry['outcome']; period?: string; reason: Reason; recipients?: number; kind?: LogEntry['kind'] };

/**
 * One daily trigger run (design.md, "Scheduling that cannot double-send or lose"), exactly once:
 *  1. under the document lock, every period the schedule owes before the due one is settled: one
 *     left mid-send by an earlier run is `uncertain` (it may have gone; never resent), one never
 *     sent is `missed`; both are logged;
 *  2. the intent (`sending`) is recorded before the mail goes: if that write fails nothing is sent;
 *  3. a send that throws removes the intent, so tomorrow retries it;
 *  4. the outcome (`sent`) is written after, retried; if it still fails the period stays `sending`,
 *     which the next run settles as sent (the log says so) or uncertain, never as a resend.
 * It never throws: whatever goes wrong is logged when the log can be written.
 */
export function runDueReport(ports: RunnerPorts): RunOutcome {
  const now = ports.clock.now();
  try {
    return run(ports, now);
  } catch (error) {
    // Everything after the send is caught where it happens, so this is a failure before it.
    tryLog(ports, now, [{ outcome: 'failed', reason: texts.runFailed(messageOf(error)) }]);
    return 'failed';
  }
}

function run(ports: RunnerPorts, now: Date): RunOutcome {
  const parsed = parseStoredSchedule(ports.store.get(SCHEDULE_KEY));
  if (!parsed.ok) {
    if (parsed.reason === 'corrupt') tryLog(ports, now, [{ outcome: 'failed', reason: texts.scheduleDamaged(parsed.message) }]);
    return parsed.reason === 'corrupt' ? 'failed' : 'skipped';
  }
  const schedule = parsed.schedule;
  if (!schedule.enabled) return 'skipped';
  const due = duePeriod(schedule.frequency, schedule.hour, ports.localTime(now));
  const key = periodKey(due);
  // Nothing owed before the due period and the due one settled: no lock needed.
  const seen = readLedger(ports.store);
  if (!seen.damaged && !seen.unknown && (seen.from === undefined || seen.from === key) && isSettled(seen.periods[key])) return 'already-sent';

  const blocked = ports.blocked?.();
  if (blocked) {
    tryLog(ports, now, [{ outcome: 'failed', period: key, reason: blocked }]);
    return 'failed';
  }
  if (!ports.lock.tryLock(LOCK_WAIT_MS)) {
    tryLog(ports, now, [{ outcome: 'failed', period: key, reason: texts.lockBusy() }]);
    return 'failed';
  }
  try {
    const ledger = readLedger(ports.store);
    const notes = settleOwed(ledger, due, readLog(ports.store));
    if (notes.length > 0 || ledger.damaged || ledger.from !== key) {
      ledger.from = key;
      writeLedger(ports.store, stripFlags(ledger));
      tryLog(ports, now, notes);
    }
    if (isSettled(ledger.periods[key])) return 'already-sent';

    const remaining = ports.mail.remainingQuota();
    if (remaining < schedule.recipients.length) {
      tryLog(ports, now, [{ outcome: 'failed', period: key, reason: texts.quotaLow(remaining, schedule.recipients.length) }]);
      return 'failed';
    }
    let mail: Omit<OutgoingMail, 'to'>;
    try {
      mail = ports.composeReport(due, schedule);
    } catch (error) {
      tryLog(ports, now, [{ outcome: 'failed', period: key, reason: texts.buildFailed(messageOf(error)) }]);
      return 'failed';
    }
    // The intent, before the mail goes: without it on record nothing is sent.
    try {
      writeLedger(ports.store, { ...ledger, periods: { ...ledger.periods, [key]: 'sending' } });
    } catch (error) {
      tryLog(ports, now, [{ outcome: 'failed', period: key, reason: texts.recordFailed(messageOf(error)) }]);
      return 'failed';
    }
    try {
      ports.mail.send({ ...mail, to: schedule.recipients });
    } catch (error) {
      // MailApp threw, so nothing went: take the intent back so the next run retries. If even that
      // write fails, the period stays `sending` and is settled as uncertain: never sent twice.
      const rest = { ...ledger.periods };
      delete rest[key];
      record(ports, { ...ledger, periods: rest });
      tryLog(ports, now, [{ outcome: 'failed', period: key, reason: texts.sendFailed(messageOf(error)) }]);
      return 'failed';
    }
    const recorded = record(ports, { ...ledger, periods: { ...ledger.periods, [key]: 'sent' } });
    const count = schedule.recipients.length;
    tryLog(ports, now, [{ outcome: 'sent', period: key, reason: recorded ? texts.sentTo(count) : texts.sentUnrecorded(count), recipients: count }]);
    return 'sent';
  } finally {
    try {
      ports.lock.release();
    } catch {
      // Apps Script releases the lock when the execution ends anyway.
    }
  }
}

/**
 * Settles every period owed before `due` (from `ledger.from`), and a due period left mid-send.
 * A period left `sending` whose send the log records counts as sent; otherwise it is uncertain.
 */
function settleOwed(ledger: Ledger, due: Period, log: LogEntry[]): Note[] {
  const notes: Note[] = [];
  const dueKey = periodKey(due);
  const loggedSent = new Set(log.filter((e) => e.outcome === 'sent' && e.period).map((e) => e.period));
  const settleSending = (key: string) => {
    if (loggedSent.has(key)) ledger.periods[key] = 'sent';
    else {
      ledger.periods[key] = 'uncertain';
      notes.push({ outcome: 'failed', period: key, reason: texts.uncertain(), kind: 'uncertain' });
    }
  };
  if (ledger.damaged) notes.push({ outcome: 'skipped', reason: texts.ledgerRepaired(), kind: 'repaired' });
  if (ledger.unknown && !ledger.periods[dueKey]) {
    ledger.periods[dueKey] = 'uncertain';
    notes.push({ outcome: 'failed', period: dueKey, reason: texts.ledgerUnreadable(), kind: 'uncertain' });
  }
  const from = ledger.from ? periodOfKey(ledger.from) : undefined;
  if (from && from.kind === due.kind && from.start < due.start) {
    let p = from;
    for (let i = 0; i < MAX_OWED && p.start < due.start; i++, p = nextPeriod(p)) {
      const key = periodKey(p);
      const state = ledger.periods[key];
      if (state === 'sending') settleSending(key);
      else if (!isSettled(state)) {
        ledger.periods[key] = 'missed';
        notes.push({ outcome: 'failed', period: key, reason: texts.missed(), kind: 'missed' });
      }
    }
  }
  if (ledger.periods[dueKey] === 'sending') settleSending(dueKey);
  // Newest first, as the log reads.
  return notes.reverse();
}

function stripFlags(ledger: Ledger): Ledger {
  return { ...(ledger.from && { from: ledger.from }), periods: ledger.periods };
}

/** Writes the ledger, retrying a transient failure; false when every attempt failed. */
function record(ports: RunnerPorts, ledger: Ledger): boolean {
  for (let attempt = 0; attempt < RECORD_ATTEMPTS; attempt++) {
    try {
      writeLedger(ports.store, stripFlags(ledger));
      return true;
    } catch {
      // try again
    }
  }
  return false;
}

/** Logs in one write, retried once; a log that cannot be written must not stop the run. */
function tryLog(ports: RunnerPorts, at: Date, notes: Note[]): void {
  if (notes.length === 0) return;
  const entries: LogEntry[] = notes.map((n) => ({
    at: at.toISOString(),
    outcome: n.outcome,
    ...(n.period !== undefined && { period: n.period }),
    reason: n.reason.en,
    reasonVi: n.reason.vi,
    ...(n.recipients !== undefined && { recipients: n.recipients }),
    ...(n.kind && { kind: n.kind }),
  }));
  tryAppendLog(ports.store, LOG_KEY, entries);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
