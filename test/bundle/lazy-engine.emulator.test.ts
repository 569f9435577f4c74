import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../src/emulator/demo-session';
import { createEmulator, type EmulatorOptions } from '../../src/emulator/index';
import { CATALOG } from '../../src/functions/catalog';
import { ENGINE_PATH } from './helpers';

/**
 * The two-tier add-on as Apps Script runs it: dist/Code.js (the custom functions, the menu and a
 * stub per other entry point) is compiled by every execution; dist/Engine.html (the sidebar
 * server, reports, dashboard, detection, alerts) is fetched through HtmlService and compiled only
 * by an execution that calls one of those, once; dist/Coverage.html likewise, by CX_COVERAGE.
 */
const workbook = (): EmulatorOptions['workbook'] => ({
  name: 'Survey',
  timeZone: 'Asia/Ho_Chi_Minh',
  locale: 'en_US',
  sheets: [
    {
      name: 'Form Responses 1',
      rows: [
        ['Timestamp', 'How likely are you to recommend us?', 'How satisfied are you?', 'Comments'],
        [new Date('2026-10-02T03:00:00Z'), 10, 5, 'Friendly staff'],
        [new Date('2026-10-03T03:00:00Z'), 9, 4, 'Waited too long'],
        [new Date('2026-10-04T03:00:00Z'), 3, 2, 'Too expensive'],
        [new Date('2026-10-05T03:00:00Z'), 7, 4, ''],
      ],
    },
    { name: 'CX', rows: [] },
  ],
});

function open(options: Partial<EmulatorOptions> = {}) {
  ensureBuilt();
  const emu = createEmulator({ workbook: workbook(), now: new Date('2026-10-20T03:00:00Z'), ...options });
  emu.load('dist/Code.js');
  return emu;
}

const engineReads = (emu: ReturnType<typeof open>) => emu.state.htmlReads.get('Engine') ?? 0;

describe('the lazily loaded engine', () => {
  it('is not loaded by custom functions: a sheet of formulas computes with an engine that would fail if compiled', () => {
    const emu = open({ files: { Engine: 'throw new Error("a custom function loaded the engine")' } });
    const cx = emu.spreadsheet.app.getActive().getSheetByName('CX')!;
    const src = "'Form Responses 1'!";
    cx.getRange('A1').setFormula(`=NPS(${src}B1:B5)`);
    cx.getRange('A2').setFormula(`=CSAT(${src}C1:C5)`);
    cx.getRange('A3').setFormula(`=NPS_CI(${src}B1:B5)`);
    cx.getRange('A4').setFormula(`=CX_THEMES(${src}D1:D5, ${src}B1:B5)`);
    cx.getRange('A10').setFormula(`=CX_FUNNEL(${src}D1:D5)`);
    // 2 promoters, 1 passive, 1 detractor of 4: 50 − 25.
    expect(cx.getRange('A1').getValue()).toBe(25);
    expect(cx.getRange('A2').getValue()).toBe(75);
    expect(typeof cx.getRange('A3').getValue()).toBe('number');
    expect(String(cx.getRange('A4').getDisplayValue())).not.toMatch(/#ERROR|engine/);
    expect(String(cx.getRange('A10').getDisplayValue())).not.toMatch(/engine/);
    expect(engineReads(emu)).toBe(0);
    // CX_THEMES alone read a file: its own small part with the theme dictionary.
    expect(Object.fromEntries(emu.state.htmlReads)).toEqual({ Themes: 1 });
  });

  it('is not loaded by CX_COVERAGE either, the one custom function that runs the report itself: it loads its own smaller part, as a custom function may use HtmlService', () => {
    const emu = open({ files: { Engine: 'throw new Error("CX_COVERAGE loaded the engine")' } });
    const cx = emu.spreadsheet.app.getActive().getSheetByName('CX')!;
    cx.getRange('A1').setFormula(`=CX_COVERAGE("NPS", 'Form Responses 1'!B2:B5, 'Form Responses 1'!A2:A5, "2026-10")`);
    expect(cx.getRange('A1:C1').getValues()[0]).toEqual([4, 0, 'n = 4 · nothing left out']);
    expect(engineReads(emu)).toBe(0);
    expect(emu.state.htmlReads.get('Coverage')).toBe(1);
  });

  it('is not loaded by the menu or by an edit: onOpen, opening the sidebar and the simple onEdit read only Sidebar.html', () => {
    const emu = open();
    const [opened] = emu.open('NONE');
    expect(opened.ok).toBe(true);
    emu.call('showSetup');
    expect(emu.ui.sidebars).toHaveLength(1);
    const { runs } = emu.edit('CX', 'B2', 'a note');
    expect(runs.map((r) => [r.functionName, r.ok])).toEqual([['onEdit', true]]);
    expect(engineReads(emu)).toBe(0);
    expect(emu.state.htmlReads.get('Sidebar')).toBe(1);
  });

  it('is loaded by a sidebar call, once per execution', () => {
    const emu = open();
    const listed = emu.call<{ sheets: { name: string }[] }>('listSheets', { lang: 'en' });
    expect(listed.sheets.map((s) => s.name)).toContain('Form Responses 1');
    expect(engineReads(emu)).toBe(1);
    // A heavier call (detection reads every chosen sheet) is still one load in its execution.
    const detected = emu.call<{ mapping: unknown }>('detectMapping', { lang: 'en', sheets: ['Form Responses 1'] });
    expect(detected.mapping).toBeTruthy();
    expect(engineReads(emu)).toBe(2);
    // In the scope detectMapping ran in, the loader hands back the engine it loaded without reading again.
    const load = emu.globalFunction('loadEngine_')!;
    expect(load()).toBe(load());
    expect(engineReads(emu)).toBe(2);
  });

  it('fails a sidebar call as Apps Script would when the engine file was not pushed, while custom functions still work', () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'no-engine-'));
    copyFileSync('dist/Code.js', join(dir, 'Code.js'));
    copyFileSync('dist/appsscript.json', join(dir, 'appsscript.json'));
    const emu = createEmulator({ workbook: workbook(), now: new Date('2026-10-20T03:00:00Z') });
    emu.load(join(dir, 'Code.js'));
    expect(() => emu.call('listSheets', { lang: 'en' })).toThrow('No HTML file named Engine was found.');
    const cx = emu.spreadsheet.app.getActive().getSheetByName('CX')!;
    cx.getRange('A1').setFormula("=NPS('Form Responses 1'!B1:B5)");
    expect(cx.getRange('A1').getValue()).toBe(25);
  });

  it('is the engine text and nothing else, with a stub in dist/Code.js for each entry point it exports', () => {
    const engine = readFileSync(ENGINE_PATH, 'utf8');
    expect(engine.slice(0, 40)).toMatch(/^("use strict";)?var CXEngine=/);
    expect(() => new Function(engine)).not.toThrow();
    const core = readFileSync('dist/Code.js', 'utf8');
    for (const name of ['listSheets', 'detectMapping', 'previewMetrics', 'buildDashboard', 'runScheduledReports', 'onFormSubmitAlert']) {
      expect(core, name).toContain(`\nfunction ${name}() {\n  return loadEngine_().${name}.apply(this, arguments);\n}`);
    }
    for (const fn of CATALOG) expect(core).toContain(`\nfunction ${fn.name}(`);
  });
});
