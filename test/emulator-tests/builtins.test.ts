import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator/index';

/**
 * The emulator binds the built-ins (Math, Number, Date, Array…) as script-scope constants so a
 * million-row loop is not timed through node:vm's global interceptor. A script sees the same
 * objects as through globalThis, and one that declares a built-in's name itself keeps its own.
 */
function load(code: string) {
  const dir = mkdtempSync(join(tmpdir(), 'builtins-'));
  writeFileSync(join(dir, 'Code.js'), code);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Asia/Ho_Chi_Minh' }));
  const emu = createEmulator({ workbook: { name: 'Builtins', timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US', sheets: [{ name: 'Data', rows: [[1]] }] }, now: new Date('2026-03-02T03:00:00Z') });
  emu.load(join(dir, 'Code.js'));
  return emu;
}

describe('built-ins inside the emulated script', () => {
  it('are the objects globalThis holds, Date still on the emulator clock', () => {
    const emu = load(`
      function same() { return [Math === globalThis.Math, Number === globalThis.Number, Date === globalThis.Date, Array === globalThis.Array, Map === globalThis.Map]; }
      function today() { return new Date().toISOString(); }
      function caught() { try { null.x; } catch (e) { return [e instanceof TypeError, e instanceof Error]; } }`);
    expect(emu.call('same')).toEqual([true, true, true, true, true]);
    expect(emu.call('today')).toBe('2026-03-02T03:00:00.000Z');
    expect(emu.call('caught')).toEqual([true, true]);
  });

  it("a script declaring a built-in's name at top level loads and uses its own, as in Apps Script", () => {
    const emu = load(`
      function Set() { return 'my Set'; }
      var JSON = { stringify: function () { return 'my JSON'; } };
      function probe() { return [Set(), JSON.stringify({}), Math.max(1, 2)]; }`);
    expect(emu.call('probe')).toEqual(['my Set', 'my JSON', 2]);
  });
});
