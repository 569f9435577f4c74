import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/addon/ports';
import { readLedger, readLog, writeLedger, type LogEntry } from '../../src/addon/report-log';
import { runDueReport, SCHEDULE_KEY, type RunnerPorts } from '../../src/addon/report-runner';
import { duePeriod, nextPeriod, periodKey, type LocalTime, type Schedule } from '../../src/addon/schedule';
import { appsScriptError, MAIL_QUOTA_EXCEEDED } from '../../src/emulator/index';
import { createHarness } from '../../src/emulator/services/harness';

/**
 * Exactly once under any fault schedule: a simulated year of daily trigger runs over the emulator's
 * PropertiesService, LockService and MailApp (their byte limits and quotas included), where any
 * service call may fail (each call at most once: a retry is a new call), the trigger may skip days
 * or weeks (a clock jump, a paused trigger) and may fire twice. Then:
 *  - no period is emailed more than once;
 *  - every period owed (from the first due one to the one before the last due) was sent, or was
 *    reported in the log as missed or uncertain;
 *  - no run threw.
 */

const DAY = 86_400_000;
const YEAR_START = Date.UTC(2026, 0, 1, 9);

const utcLocal = (d: Date): LocalTime => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
  hour: d.getUTCHours(),
  weekday: ((d.getUTCDay() + 6) % 7) + 1,
});

interface Year {
  weekly: boolean;
  /** Indices of service calls that throw (a transient Apps Script error). */
  failing: number[];
  /** Spans of days on which the trigger does not fire. */
  gaps: { start: number; days: number }[];
  /** Days on which the trigger fires twice. */
  doubles: number[];
  /** Days on which MailApp is out of quota. */
  quotaGone?: { start: number; days: number };
}

const yearArb: fc.Arbitrary<Year> = fc.record({
  weekly: fc.boolean(),
  failing: fc.uniqueArray(fc.nat({ max: 12_000 }), { maxLength: 2_500 }),
  gaps: fc.array(fc.record({ start: fc.nat({ max: 364 }), days: fc.integer({ min: 1, max: 45 }) }), { maxLength: 3 }),
  doubles: fc.uniqueArray(fc.nat({ max: 364 }), { maxLength: 20 }),
});

function simulate(year: Year) {
  const h = createHarness({ now: new Date(YEAR_START) });
  const failing = new Set(year.failing);
  let calls = 0;
  let faultsOn = false;
  const enter = h.ctx.enter.bind(h.ctx);
  h.ctx.enter = (service, method) => {
    enter(service, method);
    if (faultsOn && failing.has(calls++)) throw appsScriptError('Service error: Properties (transient)');
  };
  const props = h.globals.PropertiesService.getDocumentProperties();
  const store: KeyValueStore = {
    get: (k) => props.getProperty(k),
    set: (k, v) => void props.setProperty(k, v),
    delete: (k) => void props.deleteProperty(k),
  };
  const schedule: Schedule = {
    version: 1,
    enabled: true,
    recipients: ['boss@shop.vn'],
    frequency: year.weekly ? { kind: 'weekly', weekday: 1 } : { kind: 'monthly', day: 1 },
    hour: 8,
    lang: 'vi',
  };
  const ports: RunnerPorts = {
    store,
    clock: { now: () => h.clock.now() },
    localTime: utcLocal,
    lock: (() => {
      const lock = h.globals.LockService.getDocumentLock();
      return { tryLock: (ms: number) => lock.tryLock(ms), release: () => lock.releaseLock() };
    })(),
    mail: {
      remainingQuota: () => h.globals.MailApp.getRemainingDailyQuota(),
      send: (m) => {
        const day = Math.floor((h.clock.now().getTime() - YEAR_START) / DAY);
        if (year.quotaGone && day >= year.quotaGone.start && day < year.quotaGone.start + year.quotaGone.days) throw appsScriptError(MAIL_QUOTA_EXCEEDED);
        h.globals.MailApp.sendEmail({ to: m.to.join(','), subject: m.subject, body: m.body, htmlBody: m.htmlBody });
      },
    },
    composeReport: (period) => ({ subject: periodKey(period), htmlBody: '<p>report</p>', body: 'report' }),
  };
  // Saving the schedule (no faults yet): reports owe from the period the first run finds due.
  store.set(SCHEDULE_KEY, JSON.stringify(schedule));
  const first = duePeriod(schedule.frequency, schedule.hour, utcLocal(new Date(YEAR_START)));
  writeLedger(store, { from: periodKey(first), periods: {} });

  const skipped = new Set(year.gaps.flatMap((g) => Array.from({ length: g.days }, (_, i) => g.start + i)));
  const reported = new Map<string, LogEntry['kind'][]>();
  let seenLog = new Set<string>();
  const threw: unknown[] = [];
  faultsOn = true;
  for (let day = 0; day < 365; day++) {
    if (skipped.has(day)) continue;
    for (let fire = 0; fire < (year.doubles.includes(day) ? 2 : 1); fire++) {
      h.clock.setNow(new Date(YEAR_START + day * DAY + fire * 60_000));
      h.state.locks.currentExecution = day * 2 + fire + 1;
      try {
        runDueReport(ports);
      } catch (error) {
        threw.push(error);
      }
      h.state.locks.releaseAllOf(day * 2 + fire + 1);
      // What the sidebar would show after this run (read without faults, as a later execution would).
      faultsOn = false;
      const log = readLog(store);
      const now = new Set(log.map((e) => JSON.stringify(e)));
      for (const e of log) if (!seenLog.has(JSON.stringify(e)) && e.period && e.kind) reported.set(e.period, [...(reported.get(e.period) ?? []), e.kind]);
      seenLog = now;
      faultsOn = true;
    }
  }
  faultsOn = false;
  const lastDue = duePeriod(schedule.frequency, schedule.hour, utcLocal(h.clock.now()));
  const owed: string[] = [];
  for (let p = first; p.start < lastDue.start; p = nextPeriod(p)) owed.push(periodKey(p));
  const emails = new Map<string, number>();
  for (const m of h.state.outbox.messages) emails.set(m.subject, (emails.get(m.subject) ?? 0) + 1);
  return { owed, emails, reported, threw, ledger: readLedger(store), failures: calls };
}

describe('scheduled reports under random faults across a year', () => {
  it('email each period at most once, send or report every period owed, and never throw', () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        const { owed, emails, reported, threw, ledger } = simulate(year);
        expect(threw).toEqual([]);
        for (const [period, count] of emails) expect({ period, count }).toEqual({ period, count: 1 });
        for (const period of owed) {
          const sent = emails.get(period) === 1;
          const kinds = reported.get(period) ?? [];
          // Sent, or the log said it was missed or may have gone.
          expect({ period, ok: sent || kinds.includes('missed') || kinds.includes('uncertain') }).toEqual({ period, ok: true });
          // A period the ledger calls missed was never emailed.
          if (ledger.periods[period] === 'missed') expect(emails.get(period) ?? 0).toBe(0);
        }
      }),
      { numRuns: 100 },
    );
  }, 240_000);

  it('without faults, every period of the year is sent exactly once, in order', () => {
    const { owed, emails, reported } = simulate({ weekly: false, failing: [], gaps: [], doubles: [10, 40] });
    expect(owed).toHaveLength(11);
    expect([...emails.keys()]).toEqual(owed.concat([...emails.keys()].slice(owed.length)));
    expect([...emails.values()].every((n) => n === 1)).toBe(true);
    expect(reported.size).toBe(0);
  });

  it('a month of mail-quota failures reports the month as missed instead of dropping it silently', () => {
    // MailApp refuses every send from 1 Feb to 3 Mar: January's report (due 1 Feb) never goes.
    const h = simulate({ weekly: false, failing: [], gaps: [], doubles: [], quotaGone: { start: 31, days: 31 } });
    expect(h.emails.has('month:2026-01-01')).toBe(false);
    expect(h.reported.get('month:2026-01-01')).toEqual(['missed']);
    expect(h.emails.get('month:2026-02-01')).toBe(1);
  });

  it('a clock jump over three weekly due dates reports the two it can no longer send as missed and sends the latest', () => {
    // No run from Wed 21 Jan to Wed 11 Feb: the Mondays 26 Jan, 2 Feb and 9 Feb pass unseen.
    const h = simulate({ weekly: true, failing: [], gaps: [{ start: 20, days: 22 }], doubles: [] });
    const missed = [...h.reported].filter(([, kinds]) => kinds.includes('missed')).map(([p]) => p);
    expect(missed).toEqual(['week:2026-01-26', 'week:2026-01-19']);
    expect(h.emails.get('week:2026-02-02')).toBe(1);
    for (const p of missed) expect(h.emails.has(p)).toBe(false);
    expect(h.owed.every((p) => h.emails.get(p) === 1 || missed.includes(p))).toBe(true);
  });
});
