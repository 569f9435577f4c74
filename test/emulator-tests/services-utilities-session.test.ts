import { describe, expect, it } from 'vitest';
import { createHarness } from '../../src/emulator/services/harness';

const march2 = new Date('2026-03-02T01:05:09.007Z');

describe('Utilities.formatDate', () => {
  const { globals } = createHarness();
  const format = (zone: string, pattern: string, date = march2) => globals.Utilities.formatDate(date, zone, pattern);

  it('formats in Asia/Ho_Chi_Minh (UTC+7, no daylight saving)', () => {
    expect(format('Asia/Ho_Chi_Minh', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-03-02 08:05:09');
    expect(format('Asia/Ho_Chi_Minh', "EEE, d MMM yyyy 'at' h:mm a Z")).toBe('Mon, 2 Mar 2026 at 8:05 AM +0700');
    expect(format('Asia/Ho_Chi_Minh', 'EEEE MMMM dd, yy XXX')).toBe('Monday March 02, 26 +07:00');
  });

  it('formats in America/New_York on both sides of daylight saving time', () => {
    expect(format('America/New_York', 'yyyy-MM-dd HH:mm Z z')).toBe('2026-03-01 20:05 -0500 EST');
    expect(format('America/New_York', 'yyyy-MM-dd HH:mm XXX', new Date('2026-07-04T16:00:00Z'))).toBe('2026-07-04 12:00 -04:00');
  });

  it('supports quoting, milliseconds, day of year and 12/24-hour letters', () => {
    expect(format('Etc/UTC', "'It''s' D 'day' SSS k K")).toBe("It's 61 day 007 1 1");
    expect(format('GMT+7', 'HH:mm')).toBe('08:05');
    expect(format('UTC', 'X')).toBe('Z');
  });

  it('formats an unknown zone as GMT, as Java does', () => {
    expect(format('Not/AZone', 'HH:mm')).toBe('01:05');
  });

  it('throws for an illegal pattern letter', () => {
    expect(() => format('Etc/UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });
});

describe('Utilities', () => {
  it('sleep advances the emulator clock instead of waiting', () => {
    const h = createHarness();
    const started = Date.now();
    h.globals.Utilities.sleep(120_000);
    expect(h.clock.now().toISOString()).toBe('2026-03-02T01:02:00.000Z');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(() => h.globals.Utilities.sleep(300_001)).toThrow(/outside 0\.\.300000/);
  });

  it('encodes base64 and decodes to Java signed bytes', () => {
    const { globals } = createHarness();
    expect(globals.Utilities.base64Encode('Chào')).toBe('Q2jDoG8=');
    expect(globals.Utilities.base64Decode('Q2jDoG8=')).toEqual([67, 104, -61, -96, 111]);
    expect(globals.Utilities.base64Encode([67, 104, -61, -96, 111])).toBe('Q2jDoG8=');
    expect(globals.Utilities.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(globals.Utilities.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
  });

  it('computes digests as signed bytes', () => {
    const { globals } = createHarness();
    const md5 = globals.Utilities.computeDigest(globals.Utilities.DigestAlgorithm.MD5, 'abc');
    const hex = md5.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('900150983cd24fb0d6963f7d28e17f72');
  });

  it('gives version-4 UUIDs, formats strings and makes blobs', () => {
    const { globals } = createHarness();
    expect(globals.Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(globals.Utilities.formatString('%s scored %d (%.1f%%)', 'March', 42.9, 87.25)).toBe('March scored 42 (87.3%)');
    const blob = globals.Utilities.newBlob('a,b\n1,2', 'text/csv', 'data.csv');
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual(['a,b\n1,2', 'text/csv', 'data.csv']);
    expect(blob.setName('x.csv').copyBlob().getName()).toBe('x.csv');
  });
});

describe('Session and Logger', () => {
  it('reports the user, locale, script time zone and a stable temporary key', () => {
    const { globals, ctx } = createHarness({ user: 'lan@example.vn', userLocale: 'vi', scriptTimeZone: () => 'Asia/Ho_Chi_Minh' });
    expect(globals.Session.getActiveUser().getEmail()).toBe('lan@example.vn');
    expect(globals.Session.getEffectiveUser().getEmail()).toBe('lan@example.vn');
    expect(globals.Session.getActiveUserLocale()).toBe('vi');
    expect(globals.Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(globals.Session.getTemporaryActiveUserKey()).toBe(globals.Session.getTemporaryActiveUserKey());
    expect(ctx.calls.count('Session.getActiveUser')).toBe(1);
  });

  it('Logger.log fills %s placeholders and getLog returns the lines; clear empties it', () => {
    const { globals, state } = createHarness();
    globals.Logger.log('Sent %s to %s', 'March', 'manager@example.com').log({ nps: 42 });
    globals.console.warn('quota low');
    expect(globals.Logger.getLog()).toBe('Sent March to manager@example.com\n{ nps: 42 }');
    expect(state.logs.lines.map((l) => l.level)).toEqual(['Logger', 'Logger', 'warn']);
    globals.Logger.clear();
    expect(globals.Logger.getLog()).toBe('');
  });
});
