import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Cell } from '../../cells/types';
import { demoWorkbook, type WorkbookData } from '../../demo/index';
import { usageError } from '../errors';
import { cliMessages, type CliMessages } from '../messages';
import { openSource, type OpenSourceOptions, type Source, type SourceSheet } from '../sources/index';

/**
 * What the command works on, as one Source:
 * - nothing named: the bundled demo workbook (the same one `npm start` loads into the emulator);
 * - one file or Google Sheet: that source;
 * - a folder: every .csv/.tsv/.xlsx/.parquet in it, in name order, as one workbook whose sheets are the
 *   files (a CSV holds one sheet, named after the file; this is how the demo is given as CSV);
 * - several files: the same, in the order given.
 * A multi-sheet workbook needs all its sheets together, because the report joins survey,
 * tickets, subscriptions and activity from different sheets.
 */
export async function openInput(inputs: readonly string[], options: OpenSourceOptions, m: CliMessages = cliMessages('en')): Promise<Source> {
  if (inputs.length === 0) return workbookSource(demoWorkbook());
  if (inputs.length === 1) {
    const folder = await stat(inputs[0]).catch(() => undefined);
    if (!folder?.isDirectory()) return openSource(inputs[0], options);
    const files = (await readdir(inputs[0])).filter((name) => DATA_FILES.has(extname(name).toLowerCase())).sort();
    if (files.length === 0) throw usageError(m.emptyFolder(inputs[0]));
    return merged(basename(inputs[0]), await openAll(files.map((name) => join(inputs[0], name)), options), m);
  }
  return merged(inputs.map((path) => basename(path, extname(path))).join(' + '), await openAll(inputs, options), m);
}

const DATA_FILES = new Set(['.csv', '.tsv', '.xlsx', '.xlsm', '.parquet']);

async function openAll(paths: readonly string[], options: OpenSourceOptions): Promise<Source[]> {
  const sources: Source[] = [];
  for (const path of paths) sources.push(await openSource(path, options));
  return sources;
}

function merged(title: string, sources: Source[], m: CliMessages): Source {
  const sheets: SourceSheet[] = [];
  const names = new Set<string>();
  for (const source of sources) {
    for (const sheet of source.sheets) {
      if (names.has(sheet.name)) throw usageError(m.duplicateSheet(sheet.name));
      names.add(sheet.name);
      sheets.push(sheet);
    }
  }
  const timeZone = sources.find((s) => s.timeZone)?.timeZone;
  const locale = sources.find((s) => s.locale)?.locale;
  return { title, ...(timeZone ? { timeZone } : {}), ...(locale ? { locale } : {}), sheets };
}

/** An in-memory workbook (the demo) as a Source: it has its own time zone, like a Google Sheet. */
export function workbookSource(workbook: WorkbookData): Source {
  return {
    title: workbook.name,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      sample: async (maxRows: number) => sheet.rows.slice(0, Math.max(0, maxRows)) as Cell[][],
      rows: async function* () {
        for (let r = 1; r < sheet.rows.length; r++) yield sheet.rows[r] as Cell[];
      },
    })),
  };
}
