import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, mapColumns, openDemo } from '../../src/emulator/demo-session';
import { SCOPES } from '../../src/emulator/index';

/**
 * Every way Apps Script enters the add-on, run under the manifest that ships (dist/appsscript.json):
 * the emulator refuses any call whose scope the manifest lacks and anything an authorization mode
 * forbids, so a pass here means Google Sheets would not refuse it either.
 */
beforeAll(() => ensureBuilt());

const manifestScopes = () => (JSON.parse(readFileSync('dist/appsscript.json', 'utf8')) as { oauthScopes: string[] }).oauthScopes;

const schedule = {
  version: 1,
  enabled: true,
  recipients: ['manager@senviet.example'],
  frequency: { kind: 'monthly', day: 1 },
  hour: 8,
  lang: 'en',
};

type Settings = { consentProblem?: string; userEmail: string; triggers: number; log: { outcome: string; reason: string; reasonVi?: string }[] };

describe('every entry point under the real manifest', () => {
  it('the manifest asks for the narrow scopes the add-on uses, userinfo.email among them for "Send a test now"', () => {
    expect(manifestScopes().sort()).toEqual(
      [SCOPES.spreadsheetsCurrentOnly, SCOPES.containerUi, SCOPES.sendMail, SCOPES.scriptApp, SCOPES.userInfoEmail].sort(),
    );
  });

  it('menus, sidebar calls, the trigger and the custom functions all run without a permission error', () => {
    const emu = openDemo({ now: new Date('2026-10-31T10:00:00Z') });
    expect(emu.open('NONE').every((r) => r.ok)).toBe(true);
    expect(emu.open('LIMITED').every((r) => r.ok)).toBe(true);
    for (const item of ['showSetup', 'showDashboardStep', 'showReports', 'showAlerts', 'showHelp']) emu.call(item);
    const { mapping } = mapColumns(emu);
    emu.call('previewMetrics', { mapping });
    emu.call('loadMapping', {});
    const built = emu.call<{ sheetName: string; formulas: number }>('buildDashboard', { lang: 'en' });
    expect(built.formulas).toBeGreaterThan(0);
    emu.call('getReportSettings', {});
    emu.call('saveReportSettings', { schedule });
    emu.call('sendTestReport', { lang: 'en' });
    emu.runTriggers(new Date('2026-11-02T02:00:00Z'));
    emu.call('turnOffReports', {});
    emu.call('resetMapping', {});

    expect(emu.executions.filter((e) => !e.ok).map((e) => `${e.functionName}: ${e.error}`)).toEqual([]);
    // The dashboard's custom functions ran in their own mode and none was refused.
    const dashboard = emu.spreadsheet.snapshot().sheets.find((s) => s.name === built.sheetName)!;
    const refused: string[] = [];
    dashboard.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== 'string' || !cell.startsWith('=')) return;
        const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
        const error = emu.spreadsheet.formulaError(built.sheetName, a1);
        if (error && /permission/i.test(error)) refused.push(`${a1}: ${error}`);
      }),
    );
    expect(refused).toEqual([]);
    expect(emu.outbox.messages.map((m) => m.to)).toEqual([['owner@example.com'], ['manager@senviet.example']]);
  }, 120_000); // the whole demo workbook through many executions: a bound, not a speed check; minutes on a loaded 2-core machine

  it('without userinfo.email (as the manifest was) the panel still opens, asks for no email and explains the test send', () => {
    const emu = openDemo({ scopes: manifestScopes().filter((s) => s !== SCOPES.userInfoEmail) });
    const settings = emu.call<Settings>('getReportSettings', { lang: 'en' });
    expect(settings.userEmail).toBe('');
    expect(settings.consentProblem).toContain('a test report cannot be sent to you');
    expect(() => emu.call('sendTestReport', { lang: 'en' })).toThrow('“See your primary Google Account email address”');
    expect(emu.calls.count('Session.getActiveUser')).toBe(0);
  });
});

describe('a person who unticks a permission on Google’s consent screen', () => {
  it('declining "Send email as you": the panel explains it in their language, saving is refused with the same words, the trigger sends nothing and logs why', () => {
    const emu = openDemo({ now: new Date('2026-10-31T10:00:00Z'), declinedScopes: [SCOPES.sendMail] });
    mapColumns(emu);
    const en = emu.call<Settings>('getReportSettings', { lang: 'en' });
    expect(en.consentProblem).toContain('“Send email as you”');
    expect(en.consentProblem).toContain('no report can be sent');
    const vi = emu.call<Settings>('getReportSettings', { lang: 'vi' });
    expect(vi.consentProblem).toContain('“Gửi email thay mặt bạn”');
    expect(() => emu.call('saveReportSettings', { lang: 'vi', schedule })).toThrow('Gửi email thay mặt bạn');
    expect(() => emu.call('sendTestReport', { lang: 'en' })).toThrow('Send email as you');
  });

  it('declining the trigger permission: reports cannot be turned on, and the panel still opens', () => {
    const emu = openDemo({ declinedScopes: [SCOPES.scriptApp] });
    const settings = emu.call<Settings>('getReportSettings', { lang: 'en' });
    expect(settings.triggers).toBe(0);
    expect(settings.consentProblem).toContain('reports cannot be scheduled');
    expect(() => emu.call('saveReportSettings', { lang: 'en', schedule })).toThrow('Allow this application to run when you are not present');
    expect(emu.call<Settings>('turnOffReports', { lang: 'en' }).triggers).toBe(0);
  });

  it('a trigger made before the person withdrew mail consent logs the reason instead of throwing', () => {
    const emu = openDemo({ now: new Date('2026-10-31T10:00:00Z') });
    mapColumns(emu);
    emu.call('saveReportSettings', { schedule });
    emu.context.auth.declined.add(SCOPES.sendMail);
    const runs = emu.runTriggers(new Date('2026-11-02T02:00:00Z'));
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.ok)).toBe(true);
    expect(emu.outbox.messages).toHaveLength(0);
    emu.context.auth.declined.clear();
    const { log } = emu.call<Settings>('getReportSettings', { lang: 'en' });
    expect(log[0].outcome).toBe('failed');
    expect(log[0].reason).toContain('Send email as you');
    expect(log[0].reasonVi).toContain('Gửi email thay mặt bạn');
  });
});

describe('a trigger with no document', () => {
  it('runs without throwing and sends nothing', () => {
    const emu = openDemo({ now: new Date('2026-10-31T10:00:00Z'), clockTriggersInDocument: false });
    mapColumns(emu);
    emu.call('saveReportSettings', { schedule });
    const runs = emu.runTriggers(new Date('2026-11-03T02:00:00Z'));
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.ok)).toBe(true);
    expect(runs[0].logs.map((l) => l.message).join('\n')).toContain('without a spreadsheet');
    expect(emu.outbox.messages).toHaveLength(0);
  });
});
