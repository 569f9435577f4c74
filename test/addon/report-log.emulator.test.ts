import { describe, expect, it } from 'vitest';
import { appendLog, LOG_KEY, LOG_LIMIT, readLog, type LogEntry } from '../../src/addon/report-log';
import type { KeyValueStore } from '../../src/addon/ports';
import { createHarness } from '../../src/emulator/services/harness';
import { PROPERTY_VALUE_LIMIT_BYTES } from '../../src/emulator/services/properties';

/** The add-on's store over the emulator's PropertiesService, with its 9 KB per value in UTF-8 bytes. */
function documentStore() {
  const h = createHarness();
  const props = h.globals.PropertiesService.getDocumentProperties();
  const store: KeyValueStore = {
    get: (k) => props.getProperty(k),
    set: (k, v) => void props.setProperty(k, v),
    delete: (k) => void props.deleteProperty(k),
  };
  return { store, raw: h.state.properties.document };
}

/** A failure as the runner logs it: a long service message, in English and Vietnamese. */
const failure = (i: number): LogEntry => ({
  at: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString(),
  outcome: 'failed',
  period: 'month:2026-10-01',
  reason: `Sending failed: Service invoked too many times for one day: email. (run ${i}) ${'details '.repeat(20)}; will retry on the next run.`,
  reasonVi: `Gửi thất bại: Dịch vụ bị gọi quá nhiều lần trong một ngày: email. (lần ${i}) ${'chi tiết '.repeat(20)}; sẽ thử lại ở lần chạy sau.`,
});

describe('the report log in document properties', () => {
  it('keeps working after hundreds of long Vietnamese failures: the oldest give way, the value stays under 9 KB', () => {
    const { store, raw } = documentStore();
    for (let i = 0; i < 300; i++) appendLog(store, failure(i));
    const log = readLog(store);
    expect(log.length).toBeGreaterThan(10);
    expect(log.length).toBeLessThanOrEqual(LOG_LIMIT);
    expect(log[0].reason).toContain('(run 299)');
    expect(Buffer.byteLength(raw.peek(LOG_KEY)!, 'utf8')).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT_BYTES);
  });

  it('cuts a very long reason instead of failing to save it, without splitting an emoji', () => {
    const { store } = documentStore();
    appendLog(store, { ...failure(0), reason: '😀'.repeat(20_000), reasonVi: 'ệ'.repeat(20_000) });
    const [entry] = readLog(store);
    expect(entry.reason.length).toBeLessThanOrEqual(300);
    expect(entry.reason.endsWith('…')).toBe(true);
    expect(entry.reason).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('one entry of an older shape is mended and the others are kept', () => {
    const { store, raw } = documentStore();
    raw.poke(
      LOG_KEY,
      JSON.stringify([
        { at: '2026-11-02T01:00:00.000Z', outcome: 'sent', period: 'month:2026-10-01', reason: 'Sent to 2 recipient(s).', recipients: 2 },
        { time: '2026-11-01T01:00:00.000Z', message: 'Sending failed: quota' },
        42,
        { at: '2026-10-01T01:00:00.000Z', outcome: 'skipped', reason: 'old', recipients: 1.5 },
      ]),
    );
    expect(readLog(store)).toEqual([
      { at: '2026-11-02T01:00:00.000Z', outcome: 'sent', period: 'month:2026-10-01', reason: 'Sent to 2 recipient(s).', recipients: 2 },
      { at: '2026-11-01T01:00:00.000Z', outcome: 'failed', reason: 'Sending failed: quota' },
      { at: '2026-10-01T01:00:00.000Z', outcome: 'skipped', reason: 'old' },
    ]);
    appendLog(store, failure(1));
    expect(readLog(store)).toHaveLength(4);
  });
});
