import { checkTimeZone } from './zone';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Cell } from '../../cells/types';
import { csvCell } from './csv-cells';
import { CsvParser, detectDelimiter } from './csv-parser';
import type { OpenSourceOptions, Source, SourceSheet } from './types';

/** How much of the file the delimiter is guessed from. */
const HEAD_BYTES = 64 * 1024;

/**
 * A CSV (or TSV) file as a one-sheet source named after the file. Nothing is read
 * whole: `sample` stops after its rows, `rows` streams the file once per call.
 */
export async function openCsv(path: string, opts: OpenSourceOptions = {}): Promise<Source> {
  const { size } = await stat(path);
  const timeZone = opts.timeZone ?? 'UTC';
  checkTimeZone(timeZone);
  const fileName = basename(path);
  const delimiter = extname(path).toLowerCase() === '.tsv' ? '\t' : detectDelimiter(await readHead(path));
  const name = basename(path, extname(path));

  const records = (onProgress?: OpenSourceOptions['onProgress']) =>
    readRecords(path, delimiter, fileName, size, onProgress);

  const sheet: SourceSheet = {
    name,
    async sample(maxRows) {
      const out: Cell[][] = [];
      if (maxRows <= 0) return out;
      let width = 0;
      for await (const fields of records()) {
        if (out.length === 0) width = fields.length;
        out.push(typeRow(fields, width, timeZone));
        if (out.length >= maxRows) break;
      }
      return out;
    },
    async *rows() {
      let width = -1;
      for await (const fields of records(opts.onProgress)) {
        if (width < 0) {
          width = fields.length;
          continue;
        }
        yield typeRow(fields, width, timeZone);
      }
    },
  };
  return { title: name, sheets: [sheet] };
}

/** Typed cells, padded with '' to the header's width as a Sheets range would be. */
function typeRow(fields: string[], width: number, timeZone: string): Cell[] {
  const row: Cell[] = fields.map((f) => csvCell(f, timeZone));
  while (row.length < width) row.push('');
  return row;
}

async function readHead(path: string): Promise<string> {
  const stream = createReadStream(path, { start: 0, end: HEAD_BYTES - 1, encoding: 'utf8' });
  let head = '';
  for await (const chunk of stream) head += chunk as string;
  return stripBom(head);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Raw records of the file, one chunk's worth in memory at a time. Breaking out of the
 * loop (as `sample` does) closes the file. UTF-8 is decoded by the stream itself, which
 * keeps multi-byte characters (Vietnamese) intact across chunk boundaries.
 */
async function* readRecords(
  path: string,
  delimiter: string,
  fileName: string,
  size: number,
  onProgress?: OpenSourceOptions['onProgress'],
): AsyncGenerator<string[]> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: HEAD_BYTES });
  const parser = new CsvParser(delimiter, fileName);
  let first = true;
  try {
    for await (const chunk of stream) {
      let text = chunk as string;
      if (first) {
        text = stripBom(text);
        first = false;
      }
      for (const record of parser.push(text)) yield record.fields;
      onProgress?.(stream.bytesRead, size);
    }
    for (const record of parser.end()) yield record.fields;
  } finally {
    stream.destroy();
  }
}
