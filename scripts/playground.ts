/**
 * `npm run playground [-- file.csv | file.xlsx | folder] [--port 8787]`: the add-on, built and
 * unchanged, in the emulator over the demo workbook (or your file or folder of CSV/XLSX files),
 * served on 127.0.0.1 only. Open the printed URL: the sheets on the left, the real sidebar on the
 * right (its google.script.run bridged to the emulator), the dashboard and the last email one
 * click away. Ctrl-C stops it.
 */
import { resolve } from 'node:path';
import { openInput } from '../src/cli/core/input';
import type { WorkbookData } from '../src/emulator/context';
import { openDemo } from '../src/emulator/demo-session';
import { PlaygroundError, startPlayground } from '../src/emulator/playground';

const args = process.argv.slice(2);
let port = 8787;
let host = '127.0.0.1';
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--port') port = Number(args[++i]);
  else if (args[i] === '--host') host = args[++i];
  else inputs.push(args[i]);
}

/** A CSV/XLSX file or folder, read by the command line's own sources, as an emulator workbook. */
async function workbookOf(paths: string[]): Promise<WorkbookData | undefined> {
  if (paths.length === 0) return undefined;
  const source = await openInput(paths.map((p) => resolve(p)), { timeZone: 'Asia/Ho_Chi_Minh' });
  const sheets = [];
  for (const sheet of source.sheets) {
    const rows = [...(await sheet.sample(1))];
    for await (const row of sheet.rows()) rows.push(row);
    sheets.push({ name: sheet.name, rows, frozenRows: 1 });
  }
  return { name: source.title, timeZone: source.timeZone ?? 'Asia/Ho_Chi_Minh', locale: 'en_US', sheets };
}

try {
  const workbook = await workbookOf(inputs);
  const emu = openDemo({ workbook, now: new Date() });
  emu.open('LIMITED');
  const playground = await startPlayground({ emu, host, port });
  console.log(`CX Metrics playground on ${workbook ? workbook.name : 'the demo workbook'}: ${playground.url}`);
  console.log('Ctrl-C stops it.');
  const stop = () => {
    void playground.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(error instanceof PlaygroundError || (error as { exitCode?: number }).exitCode ? message : `playground: ${message}`);
  process.exit(2);
}
