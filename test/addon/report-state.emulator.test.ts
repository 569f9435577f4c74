import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, mapColumns, openDemo } from '../../src/emulator/demo-session';

/**
 * Stored report state that is damaged or of an older shape is repaired field by field: nothing is
 * resent, and the valid parts are kept. Through dist/Code.js in the emulator.
 */
beforeAll(() => ensureBuilt());

const schedule = { version: 1, enabled: true, recipients: ['manager@senviet.example'], frequency: { kind: 'monthly', day: 1 }, hour: 8, lang: 'en' };
/** 09:30 on 2 November in Ho Chi Minh City (UTC+7): October's report is due. */
const NOV_2 = new Date('2026-11-02T02:30:00Z');

type Settings = { targets: Record<string, number>; log: { outcome: string; period?: string; kind?: string; reason: string }[]; nextReport?: { period: string } };

function shop() {
  const emu = openDemo({ now: new Date('2026-10-31T10:00:00Z') });
  mapColumns(emu);
  emu.call('saveReportSettings', { schedule });
  return emu;
}

describe('damaged or old report state', () => {
  for (const [what, stored] of [
    ['the old shape (a list of sent periods)', '["month:2026-10-01","month:2026-09-01"]'],
    ['another shape', '{"sent":{"month:2026-10-01":true}}'],
    ['truncated JSON', '{"v":2,"from":"month:2026-10-01","periods":{"month:2026-10-01":"sent","month:2026-09'],
    ['a state it cannot read', '{"v":2,"from":"month:2026-10-01","periods":{"month:2026-10-01":"delivered?"}}'],
  ]) {
    it(`reportsSent in ${what}: October is not sent again`, () => {
      const emu = shop();
      emu.state.properties.document.poke('cx.reportsSent', stored);
      emu.runTriggers(NOV_2);
      expect(emu.outbox.messages).toHaveLength(0);
      const settings = emu.call<Settings>('getReportSettings', { lang: 'en' });
      expect(settings.nextReport?.period).toBe('month:2026-11-01');
    });
  }

  it('reportsSent that is unreadable garbage: October may have gone, so it is reported, not resent', () => {
    const emu = shop();
    emu.state.properties.document.poke('cx.reportsSent', '\u0000garbage');
    emu.runTriggers(NOV_2);
    expect(emu.outbox.messages).toHaveLength(0);
    const { log } = emu.call<Settings>('getReportSettings', { lang: 'en' });
    expect(log.find((e) => e.kind === 'uncertain')).toMatchObject({ period: 'month:2026-10-01', outcome: 'failed' });
    expect(log.find((e) => e.kind === 'uncertain')?.reason).toContain('not sent again');
    // Next month goes out normally.
    emu.runTriggers(new Date('2026-12-02T02:30:00Z'));
    expect(emu.outbox.messages.map((m) => m.subject)).toEqual([expect.stringContaining('November 2026')]);
  });

  it('a run that stopped between recording the intent and the outcome is reported as uncertain, never resent', () => {
    const emu = shop();
    emu.state.properties.document.poke('cx.reportsSent', '{"v":2,"from":"month:2026-10-01","periods":{"month:2026-10-01":"sending"}}');
    emu.runTriggers(NOV_2);
    expect(emu.outbox.messages).toHaveLength(0);
    const { log } = emu.call<Settings>('getReportSettings', { lang: 'vi' });
    expect(log[0]).toMatchObject({ kind: 'uncertain', period: 'month:2026-10-01' });
  });

  it('a failed record after the send never causes a resend', () => {
    const emu = shop();
    // Every write of the ledger after the intent fails: the mail has gone, the outcome cannot be saved.
    let writes = 0;
    const store = emu.state.properties.document;
    const write = store.write.bind(store);
    store.write = (entries, replaceAll) => {
      if (entries.some(([k]) => k === 'cx.reportsSent') && ++writes > 1) throw new Error('Service error: Properties');
      write(entries, replaceAll);
    };
    emu.runTriggers(NOV_2);
    store.write = write;
    emu.runTriggers(new Date('2026-11-20T02:30:00Z'));
    expect(emu.outbox.messages).toHaveLength(1);
    const { log } = emu.call<Settings>('getReportSettings', { lang: 'en' });
    expect(log.filter((e) => e.outcome === 'sent')).toHaveLength(1);
    expect(log.some((e) => e.kind === 'uncertain')).toBe(false);
  });

  it('saved targets with one bad field keep the others', () => {
    const emu = shop();
    emu.state.properties.document.poke('cx.targets', JSON.stringify({ nps: 45, csat: 'lots', fcr: 85, artHours: -3 }));
    const { targets } = emu.call<Settings>('getReportSettings', { lang: 'en' });
    expect(targets.nps).toBe(45);
    expect(targets.fcr).toBe(85);
    const defaults = emu.call<{ defaultTargets: Record<string, number> }>('getReportSettings', {}).defaultTargets;
    expect(targets.csat).toBe(defaults.csat);
    expect(targets.artHours).toBe(defaults.artHours);
  });
});
