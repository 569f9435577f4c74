import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORIZATION_REQUIRED, createEmulator, SCOPES, type EmulatorOptions } from '../../src/emulator/index';

/** A small project: each function touches one service, and custom functions try what they may not. */
const CODE = `
function readCell() { return SpreadsheetApp.getActive().getSheetByName('Data').getRange('A1').getValue(); }
function whoAmI() { return Session.getActiveUser().getEmail(); }
function locale() { return Session.getActiveUserLocale(); }
function remember() { PropertiesService.getDocumentProperties().setProperty('k', 'v'); return 'ok'; }
function mail() { MailApp.sendEmail('a@example.com', 's', 'b'); return 'sent'; }
function schedule() { ScriptApp.newTrigger('readCell').timeBased().everyDays(1).atHour(8).create(); return 'ok'; }
function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>hi</p>')); return 'ok'; }
var PROBE = 'none';
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'readCell').addToUi();
  if (PROBE === 'properties') PropertiesService.getDocumentProperties().getProperty('k');
  if (PROBE === 'mail') MailApp.getRemainingDailyQuota();
  if (PROBE === 'email') Logger.log('email=' + Session.getActiveUser().getEmail());
}
function scheduleProbe() { ScriptApp.newTrigger('logTrigger').timeBased().everyDays(1).atHour(8).create(); }
function logTrigger() { Logger.log('null:' + inTrigger()); }
function inTrigger() {
  return [PropertiesService.getDocumentProperties(), LockService.getDocumentLock(), SpreadsheetApp.getActive()].map(function (x) { return x === null; }).join(',');
}
function consent(scope) {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [scope]);
  return [String(info.getAuthorizationStatus()), info.getAuthorizedScopes().length, info.getAuthorizationUrl() !== null].join(',');
}
function needMail() { ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, ['${SCOPES.sendMail}']); return 'ok'; }
function WRITE_BACK() { SpreadsheetApp.getActive().getSheetByName('Data').getRange('B1').setValue('x'); return 'wrote'; }
function READ_A1() { return SpreadsheetApp.getActive().getSheetByName('Data').getRange('A1').getValue() + 1; }
function SEND() { MailApp.sendEmail('a@example.com', 's', 'b'); return 'sent'; }
function USER_PROPS() { return PropertiesService.getUserProperties().getProperty('k'); }
function DOC_PROPS_READ() { return String(PropertiesService.getDocumentProperties().getProperty('k')); }
function DOC_PROPS_WRITE() { PropertiesService.getDocumentProperties().setProperty('k', 'v'); return 'wrote'; }
function WHO() { return '[' + Session.getActiveUser().getEmail() + ']'; }
function formula(text) { const c = SpreadsheetApp.getActive().getSheetByName('Data').getRange('C1'); c.setFormula(text); return c.getDisplayValue(); }
`;

const ALL = Object.values(SCOPES).filter((s) => s !== SCOPES.spreadsheets);

function project(scopes: string[] | undefined, options: Partial<EmulatorOptions> = {}, code = CODE) {
  const dir = mkdtempSync(join(tmpdir(), 'auth-'));
  writeFileSync(join(dir, 'Code.js'), code);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Etc/UTC', ...(scopes && { oauthScopes: scopes }) }));
  const emu = createEmulator({ workbook: { name: 'Book', timeZone: 'Etc/UTC', locale: 'en_US', sheets: [{ name: 'Data', rows: [[41]] }] }, now: new Date('2026-03-02T01:00:00Z'), ...options });
  emu.load(join(dir, 'Code.js'));
  return emu;
}

describe('scopes: the manifest decides what a script may call', () => {
  it('refuses Session.getActiveUser without userinfo.email, in Apps Script’s words', () => {
    const emu = project(ALL.filter((s) => s !== SCOPES.userInfoEmail));
    expect(() => emu.call('whoAmI')).toThrow('You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email');
    expect(emu.call('locale')).toBe('en');
  });

  it('names both spreadsheet scopes when neither is granted', () => {
    const emu = project([SCOPES.containerUi]);
    expect(() => emu.call('readCell')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
  });

  it('mail needs script.send_mail, triggers script.scriptapp, the sidebar script.container.ui', () => {
    const emu = project([SCOPES.spreadsheetsCurrentOnly]);
    expect(() => emu.call('mail')).toThrow('Required permissions: https://www.googleapis.com/auth/script.send_mail');
    expect(() => emu.call('schedule')).toThrow('Required permissions: https://www.googleapis.com/auth/script.scriptapp');
    expect(() => emu.call('sidebar')).toThrow('Required permissions: https://www.googleapis.com/auth/script.container.ui');
    expect(emu.call('readCell')).toBe(41);
    expect(emu.outbox.messages).toHaveLength(0);
  });

  it('a project that declares no scopes is not checked (Apps Script infers them)', () => {
    const emu = project(undefined);
    expect(emu.call('whoAmI')).toBe('owner@example.com');
  });

  it('a scope the user declined on the consent screen fails like a missing one, and getAuthorizationInfo says so', () => {
    const emu = project(ALL, { declinedScopes: [SCOPES.sendMail] });
    expect(() => emu.call('mail')).toThrow('Required permissions: https://www.googleapis.com/auth/script.send_mail');
    expect(emu.call('consent', SCOPES.sendMail)).toBe('REQUIRED,0,true');
    expect(emu.call('consent', SCOPES.scriptApp)).toBe('NOT_REQUIRED,1,false');
    expect(() => emu.call('needMail')).toThrow(AUTHORIZATION_REQUIRED);
  });
});

describe('authorization modes', () => {
  it('onOpen in NONE builds the menu but reaches no properties and no user data; LIMITED reads properties but cannot mail and sees no email', () => {
    // Each probe is its own project: a global set by one execution is gone in the next, as in Apps Script.
    let emu = project(ALL);
    const openWith = (authMode: 'NONE' | 'LIMITED', probe: string) => {
      emu = project(ALL, {}, CODE.replace("var PROBE = 'none';", `var PROBE = '${probe}';`));
      const [run] = emu.open(authMode);
      return run.ok ? 'ok' : run.error;
    };
    expect(openWith('NONE', 'none')).toBe('ok');
    expect(emu.ui.menus[0].items.map((i) => i.caption)).toContain('Go');
    expect(openWith('NONE', 'properties')).toBe('Exception: You do not have permission to call PropertiesService.getDocumentProperties');
    expect(openWith('NONE', 'email')).toBe('Exception: You do not have permission to call Session.getActiveUser');
    expect(openWith('LIMITED', 'properties')).toBe('ok');
    expect(openWith('LIMITED', 'mail')).toBe('Exception: You do not have permission to call MailApp.getRemainingDailyQuota');
    expect(openWith('LIMITED', 'email')).toBe('ok');
    expect(emu.executions.at(-1)!.logs.map((l) => l.message)).toContain('email=');
  });

  it('a custom function reads the sheet but may not write, mail, read user properties or know the user', () => {
    const emu = project(ALL);
    emu.call('remember');
    expect(emu.call('formula', '=READ_A1()')).toBe('42');
    expect(emu.call('formula', '=DOC_PROPS_READ()')).toBe('v');
    expect(emu.call('formula', '=WHO()')).toBe('[]');
    for (const [fn, key] of [
      ['WRITE_BACK', 'Range.setValue'],
      ['SEND', 'MailApp.sendEmail'],
      ['USER_PROPS', 'PropertiesService.getUserProperties'],
      ['DOC_PROPS_WRITE', 'Properties.setProperty'],
    ]) {
      expect(emu.call('formula', `=${fn}()`)).toBe('#ERROR!');
      expect(emu.spreadsheet.formulaError('Data', 'C1')).toBe(`You do not have permission to call ${key}`);
    }
    expect(emu.outbox.messages).toHaveLength(0);
    // After the recalculation the calling execution is back in FULL.
    expect(emu.call('whoAmI')).toBe('owner@example.com');
  });
});

describe('outside a document', () => {
  it('a time-driven run of a standalone script gets null document properties, lock and spreadsheet', () => {
    const emu = project(ALL, { clockTriggersInDocument: false });
    emu.call('scheduleProbe');
    const [run] = emu.runTriggers(new Date('2026-03-02T09:00:00Z'));
    expect(run.ok).toBe(true);
    expect(run.logs.map((l) => l.message)).toEqual(['null:true,true,true']);
    // A call from the sidebar or a menu runs in the document.
    expect(emu.call('inTrigger')).toBe('false,false,false');
  });
});
