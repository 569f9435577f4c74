import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { createEmulator } from '../../src/emulator/index';

/** A script shaped like dist/Code.js: an IIFE bound to a global, plus top-level wrappers. */
const BUNDLE = `
var CXMetrics = (() => {
  const readBlock = () => SpreadsheetApp.getActive().getSheetByName('Data').getRange('A1:B2').getValues();
  return { readBlock };
})();
function readBlock() { return CXMetrics.readBlock.apply(this, arguments); }
function remember(value) {
  PropertiesService.getDocumentProperties().setProperty('remembered', value);
  return PropertiesService.getDocumentProperties().getProperty('remembered');
}
function probe() {
  return [typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof module, typeof globalThis.fetch].join(',');
}
function now() { return new Date(); }
function isDate(value) { return value instanceof Date; }
function isArray(value) { return value instanceof Array; }
function catchServiceError() {
  try { MailApp.sendEmail('not-an-address', 's', 'b'); } catch (e) { return [e instanceof Error, e.name, e.message]; }
}
function failing() { throw new Error('boom'); }
function DOUBLE(x) { return x * 2; }
function helper() { return 'from the bundle'; }
function renderPage() {
  var page = HtmlService.createTemplateFromFile('Page');
  page.name = 'Lan';
  return page.evaluate().getContent();
}
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi();
  Logger.log('opened in %s', e.authMode);
}
function install() {
  ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).inTimezone('Asia/Ho_Chi_Minh').create();
}
function daily(e) {
  var props = PropertiesService.getDocumentProperties();
  props.setProperty('runs', String(Number(props.getProperty('runs') || 0) + 1));
  props.setProperty('last', e['day-of-month'] + '@' + e.hour + ' ' + new Date().toISOString());
  if (e['day-of-month'] === 4) throw new Error('bad day');
}
function zone() { return Session.getScriptTimeZone(); }
function installEdit() { ScriptApp.newTrigger('edited').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
function edited(e) { Logger.log('edited to %s in %s', e.value, e.authMode); }
function grabLock() { return LockService.getDocumentLock().tryLock(0); }
var runs = 0;
function countRuns() { runs += 1; runs += 1; return runs; }
function loadLib() { return new Function(HtmlService.createHtmlOutputFromFile('Lib').getContent() + ';return lib;')().twice(4); }
function loadMissing() { return HtmlService.createHtmlOutputFromFile('Nope').getContent(); }
`;

const workbook = (): WorkbookData => ({
  name: 'Loader test',
  timeZone: 'Asia/Ho_Chi_Minh',
  locale: 'en_US',
  sheets: [{ name: 'Data', rows: [[1, 'a'], [new Date('2026-01-15T00:00:00Z'), '=DOUBLE(A1)']] }],
});

function loaded(options: Partial<Parameters<typeof createEmulator>[0]> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  writeFileSync(join(dir, 'Code.js'), BUNDLE);
  writeFileSync(join(dir, 'Page.html'), '<p>Hi <?= name ?>, <?= helper() ?></p>');
  writeFileSync(join(dir, 'Lib.html'), 'var lib = { twice: (x) => x * 2, lt: 1 < 2 && "</p>" };');
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Asia/Ho_Chi_Minh' }));
  const emu = createEmulator({ workbook: workbook(), now: new Date('2026-03-02T03:00:00Z'), ...options });
  emu.load(join(dir, 'Code.js'));
  return emu;
}

describe('loading a bundle', () => {
  it('runs it in a vm without Node globals', () => {
    expect(loaded().call('probe')).toBe('undefined,undefined,undefined,undefined,undefined,undefined');
  });

  it('calls global functions with arguments and counts their service calls', () => {
    const emu = loaded();
    expect(emu.call('remember', 'NPS')).toBe('NPS');
    expect(emu.calls.count('Properties.setProperty')).toBe(1);
    expect(emu.calls.count('PropertiesService.getDocumentProperties')).toBe(2);
    expect(emu.state.properties.document.snapshot()).toEqual({ remembered: 'NPS' });
  });

  it('reads the spreadsheet through the IIFE, with one getValues for the block', () => {
    const emu = loaded();
    const values = emu.call<unknown[][]>('readBlock');
    expect(values[0]).toEqual([1, 'a']);
    expect(values[1][0]).toBeInstanceOf(Date);
    expect(values[1][1]).toBe(2);
    expect(emu.calls.count('Range.getValues')).toBe(1);
  });

  it('lets formulas in cells call bundle functions', () => {
    const emu = loaded();
    expect(emu.globalFunction('DOUBLE')?.(21)).toBe(42);
    expect(emu.globalFunction('notThere')).toBeUndefined();
    expect(emu.spreadsheet.snapshot().sheets[0].values[1][1]).toBe(2);
  });

  it('shares Date with the host and drives it by the emulator clock', () => {
    const emu = loaded();
    const inside = emu.call<Date>('now');
    expect(inside).toBeInstanceOf(Date);
    expect(inside.toISOString()).toBe('2026-03-02T03:00:00.000Z');
    emu.clock.advance(60_000);
    expect(emu.call<Date>('now').toISOString()).toBe('2026-03-02T03:01:00.000Z');
    expect(emu.call('isDate', new Date())).toBe(true);
    expect(emu.call('isArray', [1, 2])).toBe(true);
  });

  it('service errors are Errors inside the script, named Exception', () => {
    expect(loaded().call('catchServiceError')).toEqual([true, 'Exception', 'Invalid email: not-an-address']);
  });

  it('a failing call throws to the caller and is recorded as an execution', () => {
    const emu = loaded();
    expect(() => emu.call('failing')).toThrow('boom');
    expect(() => emu.call('missing')).toThrow('Script function not found: missing');
    expect(emu.executions.map((e) => [e.functionName, e.ok, e.error])).toEqual([
      ['failing', false, 'Error: boom'],
      ['missing', false, 'Exception: Script function not found: missing'],
    ]);
  });

  it('evaluates project HTML templates with the bundle’s functions in scope', () => {
    expect(loaded().call('renderPage')).toBe('<p>Hi Lan, from the bundle</p>');
  });

  it('gives every execution fresh globals, as Apps Script loads the project anew for each', () => {
    const emu = loaded();
    expect(emu.call('countRuns')).toBe(2);
    expect(emu.call('countRuns')).toBe(2);
  });

  it('serves a project HTML file holding script text unchanged, and refuses a file the project lacks', () => {
    const emu = loaded();
    expect(emu.call('loadLib')).toBe(8);
    expect(emu.calls.count('HtmlService.createHtmlOutputFromFile')).toBe(1);
    expect(() => emu.call('loadMissing')).toThrow('No HTML file named Nope was found.');
  });

  it('opens the document: onOpen runs as a simple trigger and builds the menu', () => {
    const emu = loaded();
    const [run] = emu.open();
    expect(run).toMatchObject({ functionName: 'onOpen', kind: 'onOpen', ok: true });
    expect(run.logs.map((l) => l.message)).toEqual(['opened in LIMITED']);
    expect(JSON.stringify(emu.ui.menus)).toContain('showSidebar');
  });

  it('releases the locks an execution held when it ends', () => {
    const emu = loaded();
    expect(emu.call('grabLock')).toBe(true);
    expect(emu.call('grabLock')).toBe(true);
    emu.state.locks.holdElsewhere('document');
    expect(emu.call('grabLock')).toBe(false);
  });

  it('takes the script time zone from appsscript.json unless given', () => {
    expect(loaded().call('zone')).toBe('Asia/Ho_Chi_Minh');
    expect(loaded({ scriptTimeZone: 'America/New_York' }).call('zone')).toBe('America/New_York');
  });
});

describe('runTriggers', () => {
  it('fires each due daily run in order as its own execution, recording failures', () => {
    const emu = loaded();
    emu.call('install');
    // Created 10:00 in Ho Chi Minh City; runs at 08:00 there (01:00 UTC) on 3, 4 and 5 March.
    const runs = emu.runTriggers(new Date('2026-03-05T12:00:00Z'));
    expect(runs.map((r) => [r.functionName, r.kind, r.startedAt.toISOString(), r.ok])).toEqual([
      ['daily', 'clock', '2026-03-03T01:00:00.000Z', true],
      ['daily', 'clock', '2026-03-04T01:00:00.000Z', false],
      ['daily', 'clock', '2026-03-05T01:00:00.000Z', true],
    ]);
    expect(runs[1].error).toBe('Error: bad day');
    expect(emu.state.properties.document.peek('runs')).toBe('3');
    expect(emu.state.properties.document.peek('last')).toBe('5@1 2026-03-05T01:00:00.000Z');
    expect(emu.clock.now().toISOString()).toBe('2026-03-05T12:00:00.000Z');
    expect(emu.runTriggers(new Date('2026-03-05T13:00:00Z'))).toEqual([]);
  });

  it('fires installable spreadsheet triggers with the event', () => {
    const emu = loaded();
    emu.call('installEdit');
    const [run] = emu.fireSpreadsheetTriggers('ON_EDIT', { value: '9' });
    expect(run).toMatchObject({ functionName: 'edited', kind: 'ON_EDIT', ok: true });
    expect(run.logs[0].message).toBe('edited to 9 in FULL');
    expect(emu.fireSpreadsheetTriggers('ON_CHANGE')).toEqual([]);
  });

  it('refuses to run the clock backwards', () => {
    const emu = loaded();
    expect(() => emu.runTriggers(new Date('2026-03-01T00:00:00Z'))).toThrow(/before the clock/);
  });

  it('needs load() before running anything', () => {
    const emu = createEmulator({ workbook: workbook() });
    expect(() => emu.call('probe')).toThrow(/call load\(\)/);
  });
});
