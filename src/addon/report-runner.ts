import type { Clock, DocumentLock, KeyValueStore, MailSender, OutgoingMail } from './ports';
import { appendLog, markSent, readSent } from './report-log';
import { reportServerTexts as texts } from './report-messages';
import type { Lang } from '../cells/types';
import { duePeriod, parseStoredSchedule, periodKey, type LocalTime, type Period, type Schedule } from './schedule';

export const SCHEDULE_KEY = 'cx.schedule';
/** How long a run waits for another run of the same document to finish. */
const LOCK_WAIT_MS = 30_000;

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

/**
 * One daily trigger run (design.md, "Scheduling that cannot double-send"): is a report due for a
 * period not yet sent? Under the document lock, send it and record the period as sent. A failure
 * leaves the period unsent so tomorrow's run retries; a second run for the same period sends nothing.
 */
export function runDueReport(ports: RunnerPorts): RunOutcome {
  const now = ports.clock.now();
  const parsed = parseStoredSchedule(ports.store.get(SCHEDULE_KEY));
  if (!parsed.ok) {
    if (parsed.reason === 'corrupt') log(ports, now, 'failed', undefined, texts.scheduleDamaged(parsed.message));
    return parsed.reason === 'corrupt' ? 'failed' : 'skipped';
  }
  const schedule = parsed.schedule;
  if (!schedule.enabled) return 'skipped';
  const period = duePeriod(schedule.frequency, schedule.hour, ports.localTime(now));
  const key = periodKey(period);
  if (readSent(ports.store).includes(key)) return 'already-sent';
  const blocked = ports.blocked?.();
  if (blocked) {
    log(ports, now, 'failed', key, blocked);
    return 'failed';
  }

  if (!ports.lock.tryLock(LOCK_WAIT_MS)) {
    log(ports, now, 'failed', key, texts.lockBusy());
    return 'failed';
  }
  try {
    // Checked again under the lock: a run that fired twice finds the period already sent.
    if (readSent(ports.store).includes(key)) return 'already-sent';
    const remaining = ports.mail.remainingQuota();
    if (remaining < schedule.recipients.length) {
      log(ports, now, 'failed', key, texts.quotaLow(remaining, schedule.recipients.length));
      return 'failed';
    }
    let mail: Omit<OutgoingMail, 'to'>;
    try {
      mail = ports.composeReport(period, schedule);
    } catch (error) {
      log(ports, now, 'failed', key, texts.buildFailed(messageOf(error)));
      return 'failed';
    }
    try {
      ports.mail.send({ ...mail, to: schedule.recipients });
    } catch (error) {
      log(ports, now, 'failed', key, texts.sendFailed(messageOf(error)));
      return 'failed';
    }
    markSent(ports.store, key);
    log(ports, now, 'sent', key, texts.sentTo(schedule.recipients.length), schedule.recipients.length);
    return 'sent';
  } finally {
    ports.lock.release();
  }
}

function log(ports: RunnerPorts, at: Date, outcome: 'sent' | 'skipped' | 'failed', period: string | undefined, reason: Record<Lang, string>, recipients?: number) {
  appendLog(ports.store, { at: at.toISOString(), outcome, period, reason: reason.en, reasonVi: reason.vi, recipients });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
