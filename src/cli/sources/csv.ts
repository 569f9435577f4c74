import { checkTimeZone } from './zone';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Cell } from '../../cells/types';
import { csvCell } from './csv-cells';
import { CsvParser, detectDelimiter } from './csv-parser';
import { checkText, detectEncoding, guessEncoding, type FileEncoding } from './encoding';
import { sourceMessages, type SourceMessages } from './messages';
import type { OpenSourceOptions, Source, SourceSheet } from './types';

/** How much of the file the delimiter is guessed from. */
const HEAD_BYTES = 64 * 1024;

/**
 * A CSV (or TSV) file as a one-sheet source named after the file. Nothing is read
 * whole: `sample` stops after its rows, `rows` streams the file once per call.
 * The encoding is decided first (./encoding.ts: a byte-order mark, else valid UTF-8, else
 * Windows-1258/1252) and carried on the sheet, so the command can say how it was read. With
 * `opts.encodingChecks`, a file whose first bytes are UTF-8 is read as UTF-8 at once and the
 * check of the whole file is pushed there, for the caller to await (see OpenSourceOptions).
 */
export async function openCsv(path: string, opts: OpenSourceOptions = {}): Promise<Source> {
  const { size } = await stat(path);
  const timeZone = opts.timeZone ?? 'UTC';
  checkTimeZone(timeZone, opts.lang);
  const fileName = basename(path);
  const m = sourceMessages(opts.lang);
  let encoding: FileEncoding;
  if (opts.encodingChecks) {
    const guess = await guessEncoding(path, fileName, m, HEAD_BYTES);
    encoding = guess.encoding;
    if (guess.confirmed) opts.encodingChecks.push(guess.confirmed);
  } else encoding = await detectEncoding(path, fileName, m);
  const delimiter = extname(path).toLowerCase() === '.tsv' ? '\t' : detectDelimiter(await readHead(path, encoding));
  const name = basename(path, extname(path));

  const records = (onProgress?: OpenSourceOptions['onProgress'], only?: readonly number[]) =>
    readRecords(path, { delimiter, fileName, size, encoding, m, only }, onProgress);

  const lines = new RowLines();
  // The header's width, once a read has seen it (detection's sample comes first): the SQL path asks twice.
  let headerWidth: number | undefined;
  const sheet: SourceSheet = {
    name,
    encoding: encoding.label,
    ...(encoding.notable ? { notice: m.readAs(fileName, encoding.label) } : {}),
    file: { name: fileName, lineOf: (row) => lines.lineOf(row) },
    table: { kind: 'csv', path, size, delimiter, encoding, width: async () => headerWidth ?? (await sheet.sample(1))[0]?.length ?? 0 },
    async sample(maxRows) {
      const out: Cell[][] = [];
      if (maxRows <= 0) return out;
      let width = 0;
      batches: for await (const batch of records()) {
        for (const { fields } of batch) {
          if (out.length === 0) headerWidth = width = fields.length;
          out.push(typeRow(fields, width, timeZone));
          if (out.length >= maxRows) break batches;
        }
      }
      return out;
    },
    async *rows(only) {
      let width = -1;
      let row = 0;
      for await (const batch of records(opts.onProgress, only)) {
        for (const { fields, line } of batch) {
          lines.note(++row, line);
          if (width < 0) {
            width = fields.length;
            continue;
          }
          yield only ? typeFields(fields, only, width, timeZone) : typeRow(fields, width, timeZone);
        }
      }
    },
  };
  // Windows-1258 is the Vietnamese code page: Excel writes it on a Vietnamese Windows, whose
  // regional settings write dates day first and use a decimal comma. That is the file's locale,
  // for columns whose values do not decide (spec §1.2-1.3); --locale still wins.
  return { title: name, sheets: [sheet], ...(encoding.decoder === 'windows-1258' ? { locale: 'vi_VN' } : {}) };
}

/** Typed cells, padded with '' to the header's width as a Sheets range would be. */
function typeRow(fields: string[], width: number, timeZone: string): Cell[] {
  const row: Cell[] = fields.map((f) => csvCell(f, timeZone));
  while (row.length < width) row.push('');
  return row;
}

/** Only the fields asked for typed, the rest '' (typing is most of a large file's cost). */
function typeFields(fields: string[], only: readonly number[], width: number, timeZone: string): Cell[] {
  const row: Cell[] = new Array(Math.max(width, fields.length)).fill('');
  for (let k = 0; k < only.length; k++) {
    const i = only[k];
    if (i < fields.length) row[i] = csvCell(fields[i], timeZone);
  }
  return row;
}

async function readHead(path: string, encoding: FileEncoding): Promise<string> {
  const stream = createReadStream(path, { start: 0, end: HEAD_BYTES - 1 });
  const decoder = new TextDecoder(encoding.decoder);
  let head = '';
  for await (const chunk of stream) head += decoder.decode(chunk as Buffer, { stream: true });
  return head;
}

interface ReadPlan {
  delimiter: string;
  fileName: string;
  size: number;
  encoding: FileEncoding;
  m: SourceMessages;
  /** Columns whose text is kept (the rest come back as ''); all when absent. */
  only?: readonly number[];
}

/**
 * Raw records of the file, one chunk's worth in memory at a time, handed on a chunk's records at
 * a time (an await per record was a tenth of a large file's time). Breaking out of the
 * loop (as `sample` does) closes the file. The streaming TextDecoder keeps multi-byte
 * characters (Vietnamese in UTF-8, any UTF-16 pair) intact across chunk boundaries and
 * drops the byte-order mark; each decoded chunk is checked before it is parsed.
 */
async function* readRecords(path: string, plan: ReadPlan, onProgress?: OpenSourceOptions['onProgress']): AsyncGenerator<{ fields: string[]; line: number }[]> {
  const stream = createReadStream(path, { highWaterMark: HEAD_BYTES });
  const parser = new CsvParser(plan.delimiter, plan.fileName, plan.m, plan.only);
  const decoder = new TextDecoder(plan.encoding.decoder);
  // Windows-1258 writes most tone marks as combining characters after the letter; NFC makes
  // "hài lòng" the same string as from a UTF-8 file. A chunk's last character waits for the
  // next chunk, whose first byte may be its tone mark.
  const compose = plan.encoding.decoder === 'windows-1258';
  let held = '';
  const decode = (bytes?: Buffer) => {
    const text = bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    if (!compose) return text;
    const whole = held + text;
    held = bytes && whole.length ? whole.slice(-1) : '';
    return (bytes ? whole.slice(0, whole.length - held.length) : whole).normalize('NFC');
  };
  const parse = (text: string) => {
    checkText(text, parser.line, plan.fileName, plan.encoding, plan.m);
    return parser.push(text);
  };
  try {
    for await (const chunk of stream) {
      yield parse(decode(chunk as Buffer));
      onProgress?.(stream.bytesRead, plan.size);
    }
    yield parse(decode());
    yield parser.end();
  } finally {
    stream.destroy();
  }
}

/**
 * Which line each row starts on, kept sparsely: only where a row's line stops being its row
 * number plus the lines spanned so far (after a quoted field with line ends), so a million
 * one-line rows cost nothing.
 */
class RowLines {
  private readonly rows: number[] = [];
  private readonly extra: number[] = [];

  note(row: number, line: number): void {
    const last = this.extra.length > 0 ? this.extra[this.extra.length - 1] : 0;
    if (line - row === last) return;
    if (this.rows[this.rows.length - 1] === row) this.extra[this.extra.length - 1] = line - row;
    else {
      this.rows.push(row);
      this.extra.push(line - row);
    }
  }

  lineOf(row: number): number {
    let low = 0;
    let high = this.rows.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.rows[middle] <= row) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return row + (found < 0 ? 0 : this.extra[found]);
  }
}
