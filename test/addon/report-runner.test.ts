import { describe, expect, it } from 'vitest';
import type { DocumentLock, KeyValueStore, MailSender, OutgoingMail } from '../../src/addon/ports';
import { readLog, readSent, LOG_BYTES, LOG_LIMIT } from '../../src/addon/report-log';
import { runDueReport, SCHEDULE_KEY, type RunnerPorts } from '../../src/addon/report-runner';
import type { LocalTime } from '../../src/addon/schedule';

/** A shop whose reports go out monthly on day 1 at 08:00, with Node stand-ins for the services. */
function shop(now: Date) {
  const values = new Map<string, string>();
  const store: KeyValueStore = { get: (k) => values.get(k) ?? null, set: (k, v) => void values.set(k, v), delete: (k) => void values.delete(k) };
  const sent: OutgoingMail[] = [];
  const state = { quota: 100, mailFails: false, lockBusy: false, composeFails: false, now };
  const mail: MailSender = {
    remainingQuota: () => state.quota,
    send: (m) => {
      if (state.mailFails) throw new Error('Service invoked too many times for one day: email.');
      sent.push(m);
    },
  };
  const lock: DocumentLock = { tryLock: () => !state.lockBusy, release: () => undefined };
  const localTime = (d: Date): LocalTime => {
    // UTC is the spreadsheet zone here; zone handling is tested with the calendar.
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), weekday: ((d.getUTCDay() + 6) % 7) + 1 };
  };
  const ports: RunnerPorts = {
    store,
    mail,
    lock,
    clock: { now: () => state.now },
    localTime,
    composeReport: (period) => {
      if (state.composeFails) throw new Error('the mapped sheet "Form Responses 1" no longer exists');
      return { subject: `CX report ${period.start}`, htmlBody: '<p>report</p>', body: 'report' };
    },
  };
  store.set(SCHEDULE_KEY, JSON.stringify({ version: 1, enabled: true, recipients: ['boss@shop.vn', 'cx@shop.vn'], frequency: { kind: 'monthly', day: 1 }, hour: 8, lang: 'en' }));
  return { ports, store, sent, state };
}

describe('a scheduled report run', () => {
  it('sends the due month once and records it', () => {
    const { ports, store, sent } = shop(new Date('2026-11-01T09:00:00Z'));
    expect(runDueReport(ports)).toBe('sent');
    expect(runDueReport(ports)).toBe('already-sent');
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual(['boss@shop.vn', 'cx@shop.vn']);
    expect(sent[0].subject).toBe('CX report 2026-10-01');
    expect(readSent(store)).toEqual(['month:2026-10-01']);
    expect(readLog(store)[0]).toMatchObject({ outcome: 'sent', period: 'month:2026-10-01' });
  });

  it('leaves the period unsent when mail fails, and the next run retries', () => {
    const { ports, store, sent, state } = shop(new Date('2026-11-01T09:00:00Z'));
    state.mailFails = true;
    expect(runDueReport(ports)).toBe('failed');
    expect(readSent(store)).toEqual([]);
    expect(readLog(store)[0].reason).toContain('Service invoked too many times');
    state.mailFails = false;
    state.now = new Date('2026-11-02T09:00:00Z');
    expect(runDueReport(ports)).toBe('sent');
    expect(sent).toHaveLength(1);
  });

  it('records a busy lock, a quota shortfall and a broken report as failures with reasons', () => {
    const { ports, store, sent, state } = shop(new Date('2026-11-01T09:00:00Z'));
    state.lockBusy = true;
    expect(runDueReport(ports)).toBe('failed');
    state.lockBusy = false;
    state.quota = 1;
    expect(runDueReport(ports)).toBe('failed');
    state.quota = 100;
    state.composeFails = true;
    expect(runDueReport(ports)).toBe('failed');
    expect(sent).toHaveLength(0);
    expect(readLog(store).map((e) => e.reason)).toEqual([
      expect.stringContaining('no longer exists'),
      'Daily email quota too low: 1 left, 2 needed; will retry tomorrow.',
      expect.stringContaining('Another report run'),
    ]);
    // Each reason is also kept in Vietnamese, for the sidebar of a Vietnamese reader.
    expect(readLog(store).map((e) => e.reasonVi)).toEqual([
      expect.stringContaining('Không tạo được báo cáo'),
      'Hạn mức email trong ngày không đủ: còn 1, cần 2; sẽ thử lại vào ngày mai.',
      expect.stringContaining('Một lần chạy báo cáo khác'),
    ]);
  });

  it('does nothing before the due hour and when reports are off', () => {
    const { ports, store, sent } = shop(new Date('2026-11-01T07:59:00Z'));
    store.set('cx.reportsSent', JSON.stringify(['month:2026-09-01']));
    expect(runDueReport(ports)).toBe('already-sent');
    store.set(SCHEDULE_KEY, JSON.stringify({ ...JSON.parse(store.get(SCHEDULE_KEY)!), enabled: false }));
    expect(runDueReport(ports)).toBe('skipped');
    expect(sent).toHaveLength(0);
  });

  it('logs a damaged schedule instead of crashing, and keeps at most the last 50 entries, within one property value', () => {
    const { ports, store } = shop(new Date('2026-11-01T09:00:00Z'));
    store.set(SCHEDULE_KEY, '{"version":1,"enabled":tru');
    for (let i = 0; i < LOG_LIMIT + 5; i++) expect(runDueReport(ports)).toBe('failed');
    const log = readLog(store);
    expect(log.length).toBeGreaterThan(20);
    expect(log.length).toBeLessThanOrEqual(LOG_LIMIT);
    expect(Buffer.byteLength(store.get('cx.reportLog')!, 'utf8')).toBeLessThanOrEqual(LOG_BYTES);
    expect(log[0].reason).toContain('damaged');
  });
});
