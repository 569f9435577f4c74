import { demoWorkbook } from '../../src/demo/index';
import { createEmulator, type EmulatorOptions } from './index';

/**
 * The demo workbook open in the emulator with the built add-on loaded and its columns mapped
 * the way a marketer would: the sidebar's own calls (list the sheets, detect, save). Used by
 * `npm start` and by tests that need a set-up spreadsheet.
 */
export function openDemo(options: Partial<EmulatorOptions> = {}) {
  const emu = createEmulator({ workbook: demoWorkbook(), now: new Date('2026-11-02T02:00:00Z'), ...options });
  emu.load('dist/Code.js');
  return emu;
}

/** Map the columns through the add-on's sidebar functions, as the wizard does; returns the saved mapping. */
export function mapColumns(emu: ReturnType<typeof openDemo>, sheets?: string[]) {
  const listed = emu.call<{ sheets: { name: string; isDashboard: boolean }[] }>('listSheets', {});
  const names = sheets ?? listed.sheets.filter((s) => !s.isDashboard).map((s) => s.name);
  const detected = emu.call<{ mapping: unknown }>('detectMapping', { sheets: names });
  emu.call('saveMapping', { mapping: detected.mapping });
  return detected.mapping;
}
