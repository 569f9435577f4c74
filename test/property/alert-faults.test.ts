import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAlertLedger } from '../../src/addon/alert-ledger';
import { readAlertLog, runAlerts, type AlertPorts, type AlertSettings } from '../../src/addon/alerts';
import type { KeyValueStore } from '../../src/addon/ports';
import { BURST_WINDOW_MS, DEFAULT_THRESHOLDS, flagAnswer, type Answer } from '../../src/report/alerts';
import { appsScriptError } from '../../src/emulator/index';
import { createHarness } from '../../src/emulator/services/harness';

/**
 * Exactly once under any fault schedule (issue 16): a month of survey answers arriving in clusters
 * (a quiet day, a bad afternoon, an import), each firing the form-submit run once or twice, plus the
 * daily catch-up at 08:00, over the emulator's PropertiesService, LockService and MailApp, where any
 * service call may fail (a transient Apps Script error), some days start with little mail quota and
 * the scheduled report keeps its share. After a quiet day without faults:
 *  - no answer is emailed twice, and no happy answer at all;
 *  - every unhappy answer was emailed once, or the ledger calls it uncertain and the log said so;
 *  - bursts are grouped across runs: an email of several answers lies within one 15-minute window,
 *    and a window gets at most three emails alone (before it was a burst) and one for the rest;
 *  - no run threw.
 */

const DAY = 86_400_000;
const MIN = 60_000;
const START = Date.UTC(2026, 10, 2, 1);
const MAX_SINGLE = 3;

interface Cluster {
  /** Minutes after the start of the month. */
  start: number;
  /** Scores of the answers, one every `gap` minutes. */
  scores: number[];
  gap: number;
  /** Answers that fire the form-submit trigger twice (indices), or none (pasted rows: daily run only). */
  doubles: number[];
  pasted: boolean;
}

interface Month {
  clusters: Cluster[];
  /** Indices of service calls that throw. */
  failing: number[];
  /** Days whose mail quota is small (a busy day of other mail). */
  lowQuota: number[];
}

const clusterArb: fc.Arbitrary<Cluster> = fc.record({
  start: fc.nat({ max: 29 * 1440 }),
  scores: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 9 }),
  gap: fc.integer({ min: 0, max: 6 }),
  doubles: fc.uniqueArray(fc.nat({ max: 8 }), { maxLength: 3 }),
  pasted: fc.boolean(),
});

const monthArb: fc.Arbitrary<Month> = fc.record({
  clusters: fc.array(clusterArb, { minLength: 1, maxLength: 14 }),
  failing: fc.uniqueArray(fc.nat({ max: 1_500 }), { maxLength: 300 }),
  lowQuota: fc.uniqueArray(fc.nat({ max: 29 }), { maxLength: 6 }),
});

function simulate(month: Month) {
  const h = createHarness({ now: new Date(START) });
  const failing = new Set(month.failing);
  let calls = 0;
  let faultsOn = false;
  const enter = h.ctx.enter.bind(h.ctx);
  h.ctx.enter = (service, method) => {
    enter(service, method);
    if (faultsOn && failing.has(calls++)) throw appsScriptError(`Service error: ${service} (transient)`);
  };
  const props = h.globals.PropertiesService.getDocumentProperties();
  const store: KeyValueStore = { get: (k) => props.getProperty(k), set: (k, v) => void props.setProperty(k, v), delete: (k) => void props.deleteProperty(k) };
  const settings: AlertSettings = { version: 1, enabled: true, recipients: ['boss@shop.vn', 'cx@shop.vn'], lang: 'vi', thresholds: { NPS: { on: true, max: 6 }, CSAT: { on: true, max: 2 }, CES: { on: true, max: 3 } }, since: START, burst: MAX_SINGLE };
  const sheet: Answer[] = [];
  const lock = h.globals.LockService.getDocumentLock();
  const ports: AlertPorts = {
    store,
    clock: { now: () => h.clock.now() },
    lock: { tryLock: (ms) => lock.tryLock(ms), release: () => lock.releaseLock() },
    mail: {
      remainingQuota: () => h.globals.MailApp.getRemainingDailyQuota(),
      send: (m) => void h.globals.MailApp.sendEmail({ to: m.to.join(','), subject: m.subject, body: m.body, htmlBody: m.htmlBody }),
    },
    settings,
    thresholds: DEFAULT_THRESHOLDS,
    collect: () => ({ answers: [...sheet], notes: [] }),
    compose: (group) => ({ subject: group.map((a) => a.id).join(','), htmlBody: '<p>alert</p>', body: 'alert' }),
    reserve: () => 1,
  };

  type Event = { at: number; answer?: Answer; fires: number };
  const events: Event[] = [];
  let row = 2;
  for (const c of month.clusters) {
    c.scores.forEach((nps, i) => {
      const at = START + (c.start + i * c.gap) * MIN + i * 1000;
      const answer: Answer = { id: `r${row}`, sheetName: 'Form Responses 1', row: row++, at, nps };
      events.push({ at, answer, fires: c.pasted ? 0 : c.doubles.includes(i) ? 2 : 1 });
    });
  }
  for (let day = 0; day < 31; day++) events.push({ at: START + day * DAY + 7 * 3_600_000, fires: 1 });
  events.sort((a, b) => a.at - b.at || (a.answer ? 0 : 1) - (b.answer ? 0 : 1));

  const threw: unknown[] = [];
  let execution = 0;
  const run = (at: number) => {
    h.clock.setNow(new Date(at));
    const day = Math.floor((at - START) / DAY);
    h.state.outbox.dailyQuota = month.lowQuota.includes(day) ? 5 : 100;
    h.state.locks.currentExecution = ++execution;
    try {
      runAlerts(ports);
    } catch (error) {
      threw.push(error);
    }
    h.state.locks.releaseAllOf(execution);
  };
  faultsOn = true;
  for (const e of events) {
    if (e.answer) sheet.push(e.answer);
    for (let f = 0; f < e.fires; f++) run(e.at + f * 1000);
  }
  // A quiet day after the month, without faults: the next daily run and a form answer settle the rest.
  faultsOn = false;
  run(START + 31 * DAY + 7 * 3_600_000);
  run(START + 32 * DAY + 7 * 3_600_000);

  const emails = h.state.outbox.messages.map((m) => m.subject.split(','));
  const log = readAlertLog(store);
  return { sheet, emails, ledger: readAlertLedger(store), log, threw, calls };
}

/** The burst windows of the unhappy answers, as planAlerts cuts them: each from its first answer. */
function windows(times: number[]): number[][] {
  const sorted = times.map((t) => Math.floor(t / MIN) * MIN).sort((a, b) => a - b);
  const out: number[][] = [];
  for (const t of sorted) {
    const last = out[out.length - 1];
    if (last && t - last[0] <= BURST_WINDOW_MS) last.push(t);
    else out.push([t]);
  }
  return out;
}

describe('alerts under random faults across a month', () => {
  it('email each unhappy answer once (or report it as uncertain), no happy one, bursts grouped across runs, and never throw', () => {
    fc.assert(
      fc.property(monthArb, (month) => {
        const { sheet, emails, ledger, log, threw } = simulate(month);
        expect(threw).toEqual([]);
        const count = new Map<string, number>();
        for (const ids of emails) for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
        const uncertainLogged = log.some((e) => e.kind === 'uncertain');
        for (const answer of sheet) {
          const unhappy = !!flagAnswer(answer, DEFAULT_THRESHOLDS);
          const n = count.get(answer.id) ?? 0;
          if (!unhappy) expect({ id: answer.id, n }).toEqual({ id: answer.id, n: 0 });
          else if (n !== 1) expect({ id: answer.id, n, state: ledger.entries.get(answer.id)?.state, logged: uncertainLogged }).toEqual({ id: answer.id, n: 0, state: 'uncertain', logged: true });
        }
        // Bursts: every email of several answers lies in one window; no window gets more than three singles.
        const at = new Map(sheet.map((a) => [a.id, Math.floor(a.at / MIN) * MIN]));
        const unhappyTimes = sheet.filter((a) => flagAnswer(a, DEFAULT_THRESHOLDS)).map((a) => a.at);
        for (const w of windows(unhappyTimes)) {
          const inside = (id: string) => at.get(id)! >= w[0] && at.get(id)! <= w[0] + BURST_WINDOW_MS;
          const touching = emails.filter((ids) => ids.some(inside));
          // At most three alone (sent before it was a burst) and one for the rest.
          expect(touching.length).toBeLessThanOrEqual(MAX_SINGLE + 1);
          if (w.length <= MAX_SINGLE) expect(touching.every((ids) => ids.length === 1)).toBe(true);
        }
        for (const ids of emails.filter((x) => x.length > 1)) {
          const times = ids.map((id) => at.get(id)!);
          expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(BURST_WINDOW_MS);
        }
      }),
      { numRuns: 60 },
    );
  }, 240_000);

  it('without faults, a burst spread over nine form-submit runs reaches the inbox as three single emails and one of six', () => {
    const { emails } = simulate({ clusters: [{ start: 600, scores: [1, 2, 3, 0, 4, 5, 6, 2, 1], gap: 1, doubles: [2, 5], pasted: false }], failing: [], lowQuota: [] });
    expect(emails.map((ids) => ids.length)).toEqual([1, 1, 1, 6]);
  });

  it('with every thirteenth service call failing, each unhappy answer still goes once, and the failures are logged', () => {
    const clusters: Cluster[] = Array.from({ length: 12 }, (_, i) => ({ start: 700 + i * 2000, scores: [2, 9, 0, 5, 10, 3], gap: 3, doubles: [0, 2], pasted: i % 4 === 3 }));
    const { sheet, emails, log, threw, calls } = simulate({ clusters, failing: Array.from({ length: 60 }, (_, i) => 13 * i + 3), lowQuota: [] });
    expect(threw).toEqual([]);
    expect(calls).toBeGreaterThan(13 * 60);
    expect(log.some((e) => e.outcome === 'failed')).toBe(true);
    const ids = emails.flat();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(sheet.filter((a) => a.nps! <= 6).length);
  });

  it('a burst pasted in one go and caught by the daily run is one email', () => {
    const { emails } = simulate({ clusters: [{ start: 600, scores: [1, 2, 3, 0, 4], gap: 2, doubles: [], pasted: true }], failing: [], lowQuota: [] });
    expect(emails.map((ids) => ids.length)).toEqual([5]);
  });
});
