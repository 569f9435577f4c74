import { describe, expect, it } from 'vitest';
import { createHarness } from '../../src/emulator/services/harness';
import { LOCK_TIMEOUT, lockTimeoutError } from '../../src/emulator/services/lock';
import { TOO_MANY_ADDON_CLOCK_TRIGGERS, TOO_MANY_TRIGGERS } from '../../src/emulator/services/script-app';
import { clockEvent, nextOccurrence } from '../../src/emulator/services/triggers';

const spreadsheet = (id = 'spreadsheet-1') => ({ getId: () => id }) as GoogleAppsScript.Spreadsheet.Spreadsheet;

describe('LockService', () => {
  it('grants a free lock and reports it held until released', () => {
    const { globals } = createHarness();
    const lock = globals.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    lock.releaseLock(); // no effect when not held
  });

  it('times out against another execution: tryLock is false, waitLock throws Apps Script’s text, the clock moves', () => {
    const h = createHarness();
    h.state.locks.holdElsewhere('document');
    const before = h.clock.now().getTime();
    const lock = h.globals.LockService.getDocumentLock();
    expect(lock.tryLock(10_000)).toBe(false);
    expect(() => lock.waitLock(30_000)).toThrow(LOCK_TIMEOUT);
    expect(h.clock.now().getTime() - before).toBe(40_000);
    // Other kinds of lock are independent.
    expect(h.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    h.state.locks.releaseElsewhere('document');
    expect(lock.tryLock(0)).toBe(true);
  });

  it('an armed fault makes the next attempt time out', () => {
    const h = createHarness();
    h.ctx.faults.arm('Lock.tryLock', lockTimeoutError);
    h.ctx.faults.arm('Lock.waitLock', lockTimeoutError);
    const lock = h.globals.LockService.getUserLock();
    expect(lock.tryLock(500)).toBe(false);
    expect(() => lock.waitLock(500)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.tryLock(500)).toBe(true);
    expect(h.ctx.calls.count('Lock.tryLock')).toBe(2);
  });

  it('frees every lock an execution held when it ends', () => {
    const h = createHarness();
    h.state.locks.currentExecution = 1;
    expect(h.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    h.state.locks.currentExecution = 2;
    expect(h.globals.LockService.getScriptLock().tryLock(0)).toBe(false);
    h.state.locks.releaseAllOf(1);
    expect(h.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('ScriptApp triggers', () => {
  it('creates, lists and deletes a daily trigger', () => {
    const { globals, ctx } = createHarness();
    const trigger = globals.ScriptApp.newTrigger('runScheduledReports').timeBased().everyDays(1).atHour(8).inTimezone('Asia/Ho_Chi_Minh').create();
    expect(trigger.getHandlerFunction()).toBe('runScheduledReports');
    expect(trigger.getEventType()).toBe(globals.ScriptApp.EventType.CLOCK);
    expect(trigger.getTriggerSource()).toBe(globals.ScriptApp.TriggerSource.CLOCK);
    expect(trigger.getTriggerSourceId()).toBeNull();
    expect(trigger.getUniqueId()).toMatch(/^\d+$/);
    const listed = globals.ScriptApp.getUserTriggers(spreadsheet());
    expect(listed.map((t) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
    expect(globals.ScriptApp.getUserTriggers(spreadsheet('other'))).toEqual([]);
    globals.ScriptApp.deleteTrigger(listed[0]);
    expect(globals.ScriptApp.getProjectTriggers()).toEqual([]);
    expect(ctx.calls.count('ClockTriggerBuilder.create')).toBe(1);
  });

  it('allows an add-on one time-driven trigger per user per document', () => {
    const h = createHarness();
    const daily = () => h.globals.ScriptApp.newTrigger('runScheduledReports').timeBased().everyDays(1).atHour(8).create();
    daily();
    expect(() => daily()).toThrow(TOO_MANY_ADDON_CLOCK_TRIGGERS);
    // The same user may have one in another document.
    const other = createHarness({ documentId: () => 'spreadsheet-2' });
    other.state.triggers.triggers.push(...h.state.triggers.triggers);
    expect(() => other.globals.ScriptApp.newTrigger('runScheduledReports').timeBased().everyDays(1).create()).not.toThrow();
  });

  it('refuses add-on triggers more often than hourly, and a 21st trigger for a plain script', () => {
    const addOn = createHarness();
    expect(() => addOn.globals.ScriptApp.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow(/at most once per hour/);
    const script = createHarness({ addOn: false });
    for (let i = 0; i < 20; i += 1) script.globals.ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => script.globals.ScriptApp.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS);
  });

  it('creates spreadsheet triggers for onOpen and onEdit with the spreadsheet as source', () => {
    const { globals } = createHarness();
    const open = globals.ScriptApp.newTrigger('onOpenInstalled').forSpreadsheet(spreadsheet()).onOpen().create();
    const edit = globals.ScriptApp.newTrigger('onEditInstalled').forSpreadsheet('spreadsheet-1').onEdit().create();
    expect(open.getEventType()).toBe('ON_OPEN');
    expect(edit.getEventType()).toBe('ON_EDIT');
    expect(open.getTriggerSource()).toBe('SPREADSHEETS');
    expect(open.getTriggerSourceId()).toBe('spreadsheet-1');
  });

  it('rejects invalid clock settings', () => {
    const { globals } = createHarness();
    expect(() => globals.ScriptApp.newTrigger('f').timeBased().atHour(24)).toThrow(/hour 24/);
    expect(() => globals.ScriptApp.newTrigger('f').timeBased().everyHours(3)).toThrow(/allowed: 1, 2, 4, 6, 8, 12/);
    expect(() => globals.ScriptApp.newTrigger('f').timeBased().inTimezone('Mars/Olympus')).toThrow(/unknown time zone/);
    expect(() => globals.ScriptApp.newTrigger('f').timeBased().create()).toThrow(/no interval/);
  });

  it('exposes the AuthMode enum with names as values', () => {
    const { globals } = createHarness();
    expect(String(globals.ScriptApp.AuthMode.FULL)).toBe('FULL');
    expect(Object.keys(globals.ScriptApp.AuthMode)).toEqual(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
  });
});

describe('clock schedules', () => {
  const created = Date.parse('2026-03-02T01:00:00Z'); // 08:00 in Ho Chi Minh City

  it('a daily 8 am trigger in Ho Chi Minh City fires at 01:00 UTC on following days', () => {
    const schedule = { kind: 'every', unit: 'days', n: 1, hour: 8, timeZone: 'Asia/Ho_Chi_Minh' } as const;
    const first = nextOccurrence(schedule, created, created)!;
    expect(new Date(first).toISOString()).toBe('2026-03-03T01:00:00.000Z');
    expect(new Date(nextOccurrence(schedule, first, created)!).toISOString()).toBe('2026-03-04T01:00:00.000Z');
  });

  it('a daily 8 am trigger in New York follows daylight saving time', () => {
    const schedule = { kind: 'every', unit: 'days', n: 1, hour: 8, minute: 30, timeZone: 'America/New_York' } as const;
    const before = nextOccurrence(schedule, Date.parse('2026-03-07T14:00:00Z'), created)!;
    const after = nextOccurrence(schedule, before, created)!;
    expect(new Date(before).toISOString()).toBe('2026-03-08T12:30:00.000Z'); // EDT starts 8 March
    expect(new Date(after).toISOString()).toBe('2026-03-09T12:30:00.000Z');
    expect(new Date(nextOccurrence(schedule, Date.parse('2026-03-06T12:00:00Z'), created)!).toISOString()).toBe('2026-03-06T13:30:00.000Z');
  });

  it('weekly, monthly, hourly and one-off schedules', () => {
    const weekly = { kind: 'every', unit: 'weeks', n: 1, weekDay: 5, hour: 9, timeZone: 'Etc/UTC' } as const;
    expect(new Date(nextOccurrence(weekly, created, created)!).toISOString()).toBe('2026-03-06T09:00:00.000Z');
    const monthly = { kind: 'every', unit: 'months', n: 1, monthDay: 1, hour: 7, timeZone: 'Etc/UTC' } as const;
    expect(new Date(nextOccurrence(monthly, created, created)!).toISOString()).toBe('2026-04-01T07:00:00.000Z');
    const hourly = { kind: 'every', unit: 'hours', n: 4, timeZone: 'Etc/UTC' } as const;
    expect(nextOccurrence(hourly, created + 3_600_000, created)).toBe(created + 4 * 3_600_000);
    expect(nextOccurrence({ kind: 'once', at: created + 5 }, created, created)).toBe(created + 5);
    expect(nextOccurrence({ kind: 'once', at: created + 5 }, created + 5, created)).toBeNull();
  });

  it('builds the documented time-driven event object in UTC', () => {
    expect(clockEvent(new Date('2026-03-03T01:00:00Z'), '42', 'FULL')).toEqual({
      authMode: 'FULL',
      'day-of-month': 3,
      'day-of-week': 2,
      hour: 1,
      minute: 0,
      month: 3,
      second: 0,
      timezone: 'UTC',
      triggerUid: '42',
      'week-of-year': 10,
      year: 2026,
    });
  });
});
