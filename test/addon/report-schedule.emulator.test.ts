import { describe, expect, it } from 'vitest';
import { appsScriptError, MAIL_QUOTA_EXCEEDED } from '../../src/emulator/index';
import { mapColumns, openDemo } from '../../src/emulator/demo-session';

const schedule = (overrides: Record<string, unknown> = {}) => ({
  version: 1,
  enabled: true,
  recipients: ['manager@senviet.example', 'cx@senviet.example'],
  frequency: { kind: 'monthly', day: 1 },
  hour: 8,
  lang: 'en',
  ...overrides,
});

/** Ho Chi Minh City is UTC+7: 08:00 local on day d of month m is 01:00 UTC. */
const local8am = (month: number, day: number) => new Date(Date.UTC(2026, month - 1, day, 1, 30));
const endOfLocalDay = (month: number, day: number) => new Date(Date.UTC(2026, month - 1, day, 16, 59));

function scheduledShop() {
  const emu = openDemo({ now: new Date('2026-10-31T10:00:00Z') });
  mapColumns(emu);
  emu.call('saveReportSettings', { schedule: schedule() });
  return emu;
}

type Settings = { triggers: number; log: { outcome: string; reason: string; period?: string }[]; schedule: { enabled: boolean } | null };

describe('monthly email reports in the emulator', () => {
  it('a month of daily runs with faults sends exactly one email per due period and logs the story', () => {
    const emu = scheduledShop();
    // Day 1: the mail service throws its quota error.
    emu.faults.arm('MailApp.sendEmail', () => appsScriptError(MAIL_QUOTA_EXCEEDED));
    emu.runTriggers(endOfLocalDay(11, 1));
    expect(emu.outbox.messages).toHaveLength(0);
    // Day 2: another execution holds the document lock past the wait.
    emu.faults.arm('Lock.tryLock', () => new Error('Lock timeout'));
    emu.runTriggers(endOfLocalDay(11, 2));
    expect(emu.outbox.messages).toHaveLength(0);
    // Day 3: the trigger fires twice.
    emu.runTriggers(local8am(11, 3));
    emu.call('runScheduledReports', { triggerUid: 'duplicate' });
    // The rest of the month: nothing more is due.
    emu.runTriggers(endOfLocalDay(11, 30));

    expect(emu.outbox.messages).toHaveLength(1);
    const [mail] = emu.outbox.messages;
    expect(mail.to).toContain('manager@senviet.example');
    expect(mail.subject).toContain('October 2026');
    const runs = emu.executions.filter((e) => e.functionName === 'runScheduledReports');
    expect(runs.length).toBeGreaterThanOrEqual(31);
    expect(runs.every((r) => r.ok)).toBe(true);

    const { log } = emu.call<Settings>('getReportSettings', {});
    expect(log.map((e) => e.outcome)).toEqual(['sent', 'failed', 'failed']);
    expect(log[0]).toMatchObject({ period: 'month:2026-10-01' });
    expect(log[1].reason).toContain('Another report run');
    expect(log[2].reason).toContain('Service invoked too many times');

    // December 1st: November is due and goes out once.
    emu.runTriggers(endOfLocalDay(12, 2));
    expect(emu.outbox.messages).toHaveLength(2);
    expect(emu.outbox.messages[1].subject).toContain('November 2026');
  });

  it('changing the schedule never leaves two triggers, and turning reports off leaves none', () => {
    const emu = scheduledShop();
    const triggers = () => emu.call<Settings>('getReportSettings', {}).triggers;
    expect(triggers()).toBe(1);
    emu.call('saveReportSettings', { schedule: schedule({ hour: 17 }) });
    emu.call('saveReportSettings', { schedule: schedule({ frequency: { kind: 'weekly', weekday: 1 } }) });
    expect(triggers()).toBe(1);
    const off = emu.call<Settings>('turnOffReports', {});
    expect(off.triggers).toBe(0);
    expect(off.schedule?.enabled).toBe(false);
    emu.runTriggers(endOfLocalDay(11, 10));
    expect(emu.outbox.messages).toHaveLength(0);
  });

  it('refuses a recipient that smuggles a header, and says which field is wrong', () => {
    const emu = scheduledShop();
    expect(() => emu.call('saveReportSettings', { schedule: schedule({ recipients: ['a@b.com\nBcc: x@y.z'] }) })).toThrow(/schedule\.recipients\.0/);
  });

  it('"Send a test now" sends the latest month to the person asking only', () => {
    const emu = scheduledShop();
    const sent = emu.call<{ sentTo: string; subject: string }>('sendTestReport', { lang: 'vi' });
    expect(sent.sentTo).toBe('owner@example.com');
    expect(emu.outbox.messages).toHaveLength(1);
    expect(emu.outbox.messages[0].to).toEqual(['owner@example.com']);
    expect(emu.outbox.messages[0].htmlBody).toContain('lang="vi"');
  });

  it('"Send a test now" sends last week\'s report when reports are weekly', () => {
    const emu = scheduledShop();
    emu.call('saveReportSettings', { schedule: schedule({ frequency: { kind: 'weekly', weekday: 1 } }) });
    // Saturday 31 October 2026 in Ho Chi Minh City: the last complete week began Monday 19 October.
    const sent = emu.call<{ period: string }>('sendTestReport', { lang: 'en' });
    expect(sent.period).toBe('week:2026-10-19');
    expect(emu.outbox.messages).toHaveLength(1);
  });
});
