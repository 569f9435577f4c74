import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openInput } from '../src/cli/core/input';
import type { WorkbookData } from '../src/emulator/context';
import { sharedPath } from './shared-path';

/**
 * The real Google Forms export (../shared/samples/event-survey-forms-export.csv, 39 timestamps
 * written month first, `11/1/2019 8:51:12`) with one answer's timestamp written day first,
 * `13/11/2019 9:00:00` on line 21: the column's values then prove day first (spec §1.2) and the
 * other 38 dates move to January–April. Written to `dir/forms.csv`; returns its path.
 */
export async function formsWithOneDayFirst(dir: string): Promise<string> {
  const lines = (await readFile(sharedPath('samples', 'event-survey-forms-export.csv'), 'utf8')).split('\n');
  lines[20] = lines[20].replace(/^[^,]*/, '13/11/2019 9:00:00');
  const file = join(dir, 'forms.csv');
  await writeFile(file, lines.join('\n'));
  return file;
}

/** A CSV file as a one-sheet emulator workbook, read as the playground reads it (the command line's own source). */
export async function workbookOfCsv(file: string, name: string): Promise<WorkbookData> {
  const source = await openInput([file], { timeZone: 'UTC' });
  const sheet = source.sheets[0];
  const rows = [...(await sheet.sample(1))];
  for await (const row of sheet.rows()) rows.push(row);
  return { name, timeZone: 'UTC', locale: 'en_US', sheets: [{ name: sheet.name, rows, frozenRows: 1 }] };
}
