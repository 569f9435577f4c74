import { describe, expect, it } from 'vitest';
import { LEDGER_PREFIX, LEDGER_SHARDS, readAlertLedger, shardOf, SHARD_BYTES } from '../../src/addon/alert-ledger';
import { readAlertLog, runAlerts, type AlertPorts, type AlertSettings } from '../../src/addon/alerts';
import type { KeyValueStore, OutgoingMail } from '../../src/addon/ports';
import { DEFAULT_THRESHOLDS, type Answer } from '../../src/report/alerts';

const T0 = Date.parse('2026-11-02T02:00:00Z');
const MIN = 60_000;

/** A shop with alerts on since T0, Node stand-ins for the services, and answers the test adds. */
function shop() {
  const values = new Map<string, string>();
  const state = { quota: 100, mailFails: 0, lockBusy: false, writeFails: 0, writeFailsOn: '', now: new Date(T0 + 60 * MIN), reserve: 0 };
  const store: KeyValueStore = {
    get: (k) => values.get(k) ?? null,
    set: (k, v) => {
      if (state.writeFails > 0 && k.startsWith(state.writeFailsOn)) {
        state.writeFails -= 1;
        throw new Error('Unexpected error while getting the method or property setProperty on object PropertiesService.');
      }
      values.set(k, v);
    },
    delete: (k) => void values.delete(k),
  };
  const sent: OutgoingMail[] = [];
  const answers: Answer[] = [];
  const followed: string[] = [];
  const settings: AlertSettings = { version: 1, enabled: true, recipients: ['boss@shop.vn'], lang: 'en', thresholds: { NPS: { on: true, max: 6 }, CSAT: { on: true, max: 2 }, CES: { on: true, max: 3 } }, since: T0 };
  const ports: AlertPorts = {
    store,
    clock: { now: () => state.now },
    lock: { tryLock: () => !state.lockBusy, release: () => undefined },
    mail: {
      remainingQuota: () => state.quota,
      send: (m) => {
        if (state.mailFails > 0) {
          state.mailFails -= 1;
          throw new Error('Service invoked too many times for one day: email.');
        }
        state.quota -= m.to.length;
        sent.push(m);
      },
    },
    settings,
    thresholds: DEFAULT_THRESHOLDS,
    collect: () => ({ answers: [...answers], notes: [] }),
    compose: (group) => ({ subject: group.map((a) => a.id).join(','), htmlBody: '', body: '' }),
    reserve: () => state.reserve,
    followUp: (flagged) => void followed.push(...flagged.map((a) => a.id)),
  };
  const answer = (id: string, minute: number, nps: number): Answer => {
    const a = { id, sheetName: 'Form Responses 1', row: answers.length + 2, at: T0 + minute * MIN, nps };
    answers.push(a);
    return a;
  };
  const alerted = () => sent.flatMap((m) => m.subject.split(','));
  return { ports, state, sent, answer, alerted, values, followed, store };
}

describe('an alert run', () => {
  it('alerts each unhappy answer once, none of the happy ones, however often it runs', () => {
    const s = shop();
    s.answer('a', 1, 3);
    s.answer('b', 30, 9);
    s.answer('c', 50, 6);
    expect(runAlerts(s.ports).alerted).toEqual(['a', 'c']);
    expect(runAlerts(s.ports).alerted).toEqual([]);
    expect(s.alerted()).toEqual(['a', 'c']);
    expect(readAlertLog(s.store)[0]).toMatchObject({ outcome: 'sent', recipients: 1 });
  });

  it('never alerts the answers that were there before alerts were turned on', () => {
    const s = shop();
    s.answer('old', -5, 0);
    expect(runAlerts(s.ports).alerted).toEqual([]);
  });

  it('groups more than three unhappy answers within 15 minutes into one email', () => {
    const s = shop();
    for (let i = 0; i < 5; i++) s.answer(`b${i}`, 10 + i, 2);
    s.answer('later', 40, 1);
    runAlerts(s.ports);
    expect(s.sent.map((m) => m.subject)).toEqual(['b0,b1,b2,b3,b4', 'later']);
  });

  it('groups a burst that arrives one answer per form-submit run: the first three alone at once, the rest in one email when the 15 minutes are over', () => {
    const s = shop();
    // Six detractors two minutes apart, each in its own run as the form-submit trigger fires.
    for (let i = 0; i < 6; i++) {
      s.answer(`f${i}`, 1 + 2 * i, 2);
      s.state.now = new Date(T0 + (1 + 2 * i) * MIN);
      runAlerts(s.ports);
    }
    expect(s.sent.map((m) => m.subject)).toEqual(['f0', 'f1', 'f2']);
    expect(runAlerts(s.ports).waiting).toBe(3);
    expect(readAlertLog(s.store)[0].reason).toMatch(/3 answers wait to go together in one email at the first run after 2026-11-02 02:16 UTC/);
    // A happy answer at minute 20 fires the next run: the window (minutes 1–16) is over.
    s.answer('happy', 20, 10);
    s.state.now = new Date(T0 + 20 * MIN);
    expect(runAlerts(s.ports).alerted).toEqual(['f3', 'f4', 'f5']);
    expect(s.sent.map((m) => m.subject)).toEqual(['f0', 'f1', 'f2', 'f3,f4,f5']);
    // A later answer starts a new window and goes alone at once.
    s.answer('later', 40, 1);
    s.state.now = new Date(T0 + 40 * MIN);
    runAlerts(s.ports);
    expect(s.alerted()).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'later']);
  });

  it('holds a burst that arrives in one run while its window is open, then sends it as one email', () => {
    const s = shop();
    for (let i = 0; i < 5; i++) s.answer(`b${i}`, 10 + i, 1);
    s.state.now = new Date(T0 + 15 * MIN);
    expect(runAlerts(s.ports).waiting).toBe(5);
    expect(s.sent).toHaveLength(0);
    // Two more arrive before the window ends: they join the same email.
    s.answer('b5', 20, 0);
    s.answer('b6', 25, 0);
    s.state.now = new Date(T0 + 26 * MIN);
    runAlerts(s.ports);
    expect(s.sent.map((m) => m.subject)).toEqual(['b0,b1,b2,b3,b4,b5,b6']);
  });

  it('retries a held burst the mail service refused as one email, never twice', () => {
    const s = shop();
    for (let i = 0; i < 5; i++) {
      s.answer(`r${i}`, 1 + i, 3);
      s.state.now = new Date(T0 + (1 + i) * MIN);
      runAlerts(s.ports);
    }
    s.state.now = new Date(T0 + 30 * MIN);
    s.state.mailFails = 1;
    expect(runAlerts(s.ports).waiting).toBe(2);
    expect(runAlerts(s.ports).alerted).toEqual(['r3', 'r4']);
    runAlerts(s.ports);
    expect(s.sent.map((m) => m.subject)).toEqual(['r0', 'r1', 'r2', 'r3,r4']);
  });

  it('retries an alert the mail service refused on the next run, and logs the refusal', () => {
    const s = shop();
    s.answer('a', 1, 3);
    s.state.mailFails = 1;
    expect(runAlerts(s.ports).waiting).toBe(1);
    expect(s.sent).toHaveLength(0);
    expect(readAlertLog(s.store)[0].reason).toContain('Service invoked too many times');
    expect(runAlerts(s.ports).alerted).toEqual(['a']);
    expect(s.alerted()).toEqual(['a']);
  });

  it('keeps the scheduled report’s share of the mail quota and says why the alert waits', () => {
    const s = shop();
    s.answer('a', 1, 3);
    s.state.quota = 2;
    s.state.reserve = 2;
    expect(runAlerts(s.ports).waiting).toBe(1);
    expect(readAlertLog(s.store)[0].reason).toMatch(/2 kept for the scheduled report/);
    s.state.reserve = 0;
    expect(runAlerts(s.ports).alerted).toEqual(['a']);
  });

  it('leaves everything for the next run when the lock is busy', () => {
    const s = shop();
    s.answer('a', 1, 3);
    s.state.lockBusy = true;
    expect(runAlerts(s.ports).outcome).toBe('busy');
    expect(readAlertLog(s.store)[0].reason).toContain('Another run');
    s.state.lockBusy = false;
    expect(runAlerts(s.ports).alerted).toEqual(['a']);
  });

  it('sends nothing when the intent cannot be recorded, and sends it next run', () => {
    const s = shop();
    s.answer('a', 1, 3);
    s.state.writeFails = 1;
    s.state.writeFailsOn = LEDGER_PREFIX;
    runAlerts(s.ports);
    expect(s.sent).toHaveLength(0);
    expect(readAlertLog(s.store)[0].reason).toContain('Could not save the alert before sending');
    runAlerts(s.ports);
    expect(s.alerted()).toEqual(['a']);
  });

  it('never resends an answer a run left between the intent and the outcome', () => {
    const s = shop();
    s.answer('a', 1, 3);
    // The mail goes, then every write of the outcome fails: the answer stays `sending`.
    const send = s.ports.mail.send;
    s.ports.mail.send = (m) => {
      send(m);
      s.state.writeFails = 3;
      s.state.writeFailsOn = LEDGER_PREFIX;
    };
    runAlerts(s.ports);
    s.ports.mail.send = send;
    expect(readAlertLog(s.store)[0].reason).toContain('will not be sent again');
    runAlerts(s.ports);
    expect(s.alerted()).toEqual(['a']);
    expect(readAlertLedger(s.store).entries.get('a')?.state).toBe('uncertain');
    expect(readAlertLog(s.store)[0].reason).toContain('may have gone');
  });

  it('puts back a half-written intent so no unsent answer is marked', () => {
    const s = shop();
    // Five answers in one burst whose ids land in different shards.
    const ids = ['p', 'q', 'r', 's', 't', 'u', 'v'];
    expect(new Set(ids.map(shardOf)).size).toBeGreaterThan(1);
    ids.forEach((id, i) => s.answer(id, 1 + i, 0));
    const lastShard = Math.max(...ids.map(shardOf));
    s.state.writeFails = 1;
    s.state.writeFailsOn = LEDGER_PREFIX + lastShard;
    runAlerts(s.ports);
    expect(s.sent).toHaveLength(0);
    expect([...readAlertLedger(s.store).entries.keys()]).toEqual([]);
    runAlerts(s.ports);
    expect(s.alerted().sort()).toEqual([...ids].sort());
  });

  it('says once, and never silently, that an unhappy answer aged past the 8 days without an alert', () => {
    const s = shop();
    s.answer('lost', 1, 2);
    s.answer('happy', 2, 10);
    // Every run for nine days found the lock busy.
    s.state.lockBusy = true;
    s.state.now = new Date(T0 + 9 * 86_400_000);
    runAlerts(s.ports);
    s.state.lockBusy = false;
    runAlerts(s.ports);
    expect(s.sent).toHaveLength(0);
    expect(readAlertLog(s.store)[0].reason).toBe('1 answer older than 8 days were never alerted (the runs before failed; see above). They are in the sheet; follow them up there.');
    runAlerts(s.ports);
    expect(readAlertLog(s.store).filter((e) => e.reason.includes('older than 8 days'))).toHaveLength(1);
  });

  it('adds every new unhappy answer to the follow-ups, also when its mail waits', () => {
    const s = shop();
    s.answer('a', 1, 3);
    s.state.quota = 0;
    runAlerts(s.ports);
    expect(s.followed).toEqual(['a']);
  });

  it('keeps each stored value within Apps Script’s 9 KB and forgets answers after the retention window', () => {
    const s = shop();
    for (let i = 0; i < 400; i++) s.answer(`s0-${i.toString(16).padStart(16, '0')}`, 20 * i, 1);
    s.state.quota = 10_000;
    s.state.now = new Date(T0 + 400 * 20 * MIN);
    runAlerts(s.ports);
    for (let shard = 0; shard < LEDGER_SHARDS; shard++) expect(new TextEncoder().encode(s.values.get(LEDGER_PREFIX + shard) ?? '').length).toBeLessThanOrEqual(SHARD_BYTES);
    expect(s.alerted()).toHaveLength(400);
    s.state.now = new Date(T0 + 30 * 86_400_000);
    runAlerts(s.ports);
    expect(readAlertLedger(s.store).entries.size).toBe(0);
    expect(s.alerted()).toHaveLength(400);
    // Forgotten because they were alerted, not lost.
    expect(readAlertLog(s.store).some((e) => e.reason.includes('older than 8 days'))).toBe(false);
  });
});
