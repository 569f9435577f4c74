import { stat } from 'node:fs/promises';
import { basename, extname, posix } from 'node:path';
import { SaxesParser } from 'saxes';
import unzipper, { type ZipEntry } from 'unzipper';
import type { Cell } from '../../cells/types';
import { sourceMessages, type SourceMessages } from './messages';
import { SourceError, type OpenSourceOptions, type Source, type SourceSheet } from './types';
import { isDateFormat, isBuiltInDateFormat, xlsxText } from './xlsx-cells';
import { checkTimeZone, serialToDate } from './zone';

/**
 * An XLSX workbook, each worksheet a sheet, always streamed: the zip's central directory gives
 * each part, and a worksheet's XML is inflated and parsed as it arrives (saxes), one row at a
 * time, so memory holds the shared strings and one row, whatever the row count. Row 1 is the
 * header; rows missing from the file between data rows come back blank, as Sheets shows them.
 *
 * Read from the parts directly rather than through exceljs' WorkbookReader because that reader
 * cannot bound what it inflates (a zip bomb runs it out of memory or disk: it spools worksheets
 * that precede the shared strings to temporary files), turns boolean and error formula results
 * into numbers, and names worksheets wrongly for absolute relationship targets (exceljs issue
 * 2663). Here:
 * - cells keep their types: numbers; booleans (also as formula results); errors as '#N/A' text;
 *   dates from date number formats under the workbook's date system (1900, or 1904 when
 *   workbook.xml says `date1904`), as the wall time in `timeZone`; text cells (shared, inline or
 *   formula strings) follow the CSV rules (spec §1.3, ./xlsx-cells.ts);
 * - every part is bounded: more than MAX_RATIO times its packed size, more than it declares, or
 *   more than its part's limit unpacked is an error, as is a cell beyond Excel's last row or
 *   column or a text longer than MAX_CELL_CHARS.
 * Part layout: ECMA-376 Part 1 §18 (SpreadsheetML), https://ecma-international.org/publications-and-standards/standards/ecma-376/
 */
export async function openXlsx(path: string, opts: OpenSourceOptions = {}): Promise<Source> {
  const { size } = await stat(path);
  const timeZone = opts.timeZone ?? 'UTC';
  checkTimeZone(timeZone, opts.lang);
  const fileName = basename(path);
  const title = basename(path, extname(path));
  const m = sourceMessages(opts.lang);
  const zip = new Zip(fileName, m, await openZip(path, fileName, m));
  const book = await readBook(zip);
  let shared: Promise<string[]> | undefined;
  const sharedStrings = () => (shared ??= book.sharedStrings ? readSharedStrings(zip, book.sharedStrings) : Promise.resolve([]));
  const context = (name: string): SheetContext => ({ zip, name, timeZone, date1904: book.date1904, dateStyles: book.dateStyles });

  const sheets = book.sheets.map(({ name, part }): SourceSheet => {
    async function* numbered(limit: number, onProgress?: OpenSourceOptions['onProgress']): AsyncGenerator<Cell[]> {
      const strings = await sharedStrings();
      let width = 0;
      let next = 1;
      const entry = part ? zip.entry(part) : undefined;
      if (!entry) return;
      for await (const row of sheetRows(context(name), entry, strings, (done) => onProgress?.(Math.round(done * size), size))) {
        if (row.number > limit) return;
        for (; next < row.number; next++) yield pad([], width);
        const cells = trimmed(row.cells, width);
        if (next === 1) width = cells.length;
        next = row.number + 1;
        yield pad(cells, width);
      }
      onProgress?.(size, size);
    }
    return {
      name,
      async sample(maxRows) {
        const out: Cell[][] = [];
        if (maxRows > 0) for await (const row of numbered(maxRows)) out.push(row);
        return out;
      },
      async *rows() {
        let first = true;
        for await (const row of numbered(Infinity, opts.onProgress)) {
          if (!first) yield row;
          first = false;
        }
      },
    };
  });
  return { title, sheets };
}

/** Unpacked bytes a part may have, and how many times its packed size. */
const LIMITS = { book: 16 << 20, styles: 64 << 20, sharedStrings: 512 << 20, sheet: 4 * 1024 ** 3 };
const MAX_RATIO = 250;
/** Below this a part may be packed any amount (a sheet of one repeated value packs tightly). */
const RATIO_FLOOR = 8 << 20;
export const MAX_CELL_CHARS = 1 << 20;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

async function openZip(path: string, fileName: string, m: SourceMessages): Promise<Map<string, ZipEntry>> {
  try {
    const directory = await unzipper.Open.file(path);
    return new Map(directory.files.filter((f) => f.type === 'File').map((f) => [f.path.replace(/^\//, ''), f]));
  } catch (e) {
    throw unreadable(fileName, m, e);
  }
}

class Zip {
  constructor(
    readonly fileName: string,
    readonly m: SourceMessages,
    private readonly entries: Map<string, ZipEntry>,
  ) {}

  entry(part: string): ZipEntry | undefined {
    return this.entries.get(part);
  }

  /**
   * A part's text as it inflates, each chunk checked against the bounds, with the share of the
   * part done so far (for progress).
   */
  async *text(entry: ZipEntry, limit: number): AsyncGenerator<{ text: string; done: number }> {
    const { fileName, m } = this;
    const bound = (unpacked: number) => {
      if (unpacked > limit) throw new SourceError(m.partTooLarge(fileName, entry.path, limit), 1);
      if (unpacked > RATIO_FLOOR && unpacked > entry.compressedSize * MAX_RATIO) {
        throw new SourceError(m.zipBomb(fileName, entry.path, entry.compressedSize * MAX_RATIO, entry.compressedSize), 1);
      }
    };
    bound(entry.uncompressedSize);
    const stream = entry.stream();
    const decoder = new TextDecoder('utf-8');
    let unpacked = 0;
    try {
      for await (const chunk of stream) {
        unpacked += (chunk as Buffer).length;
        bound(unpacked);
        // More than the directory declares: the declared size cannot be trusted for the bound.
        if (unpacked > entry.uncompressedSize) throw new SourceError(m.zipBomb(fileName, entry.path, entry.uncompressedSize, entry.compressedSize), 1);
        yield { text: decoder.decode(chunk as Buffer, { stream: true }), done: unpacked / Math.max(1, entry.uncompressedSize) };
      }
      yield { text: decoder.decode(), done: 1 };
    } catch (e) {
      throw unreadable(fileName, m, e);
    } finally {
      stream.destroy();
    }
  }
}

interface XmlEvents {
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

/** SAX events of a part, local names (no `x:` prefix); returns after each chunk so callers can yield. */
async function* parseXml(zip: Zip, entry: ZipEntry, limit: number, events: XmlEvents): AsyncGenerator<number> {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag) => events.open(local(tag.name), tag.attributes as Record<string, string>));
  parser.on('text', (text) => events.text(text));
  parser.on('closetag', (tag) => events.close(local(tag.name)));
  parser.on('error', (e) => (failure ??= e));
  for await (const { text, done } of zip.text(entry, limit)) {
    parser.write(text);
    if (failure) throw unreadable(zip.fileName, zip.m, failure);
    yield done;
  }
  parser.close();
  if (failure) throw unreadable(zip.fileName, zip.m, failure);
}

interface Book {
  sheets: { name: string; part?: string }[];
  date1904: boolean;
  /** Indexes into cellXfs (a cell's `s`) whose number format shows a date or time. */
  dateStyles: Set<number>;
  sharedStrings?: ZipEntry;
}

async function readBook(zip: Zip): Promise<Book> {
  const rels = await relationships(zip, 'xl/_rels/workbook.xml.rels', 'xl/');
  const workbook = zip.entry('xl/workbook.xml');
  if (!workbook) throw new SourceError(zip.m.notWorkbook(zip.fileName, 'no xl/workbook.xml'), 1);
  const book: Book = { sheets: [], date1904: false, dateStyles: new Set() };
  await drain(
    parseXml(zip, workbook, LIMITS.book, {
      open(name, a) {
        if (name === 'workbookPr') book.date1904 = a.date1904 === '1' || a.date1904 === 'true';
        if (name === 'sheet') book.sheets.push({ name: a.name ?? `Sheet${book.sheets.length + 1}`, part: rels.get(a['r:id'] ?? '')?.target });
      },
      text() {},
      close() {},
    }),
  );
  const styles = [...rels.values()].find((r) => r.type.endsWith('/styles'))?.target ?? 'xl/styles.xml';
  const strings = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
  const stylesEntry = zip.entry(styles);
  if (stylesEntry) book.dateStyles = await dateStyles(zip, stylesEntry);
  book.sharedStrings = zip.entry(strings);
  return book;
}

async function drain(events: AsyncGenerator<unknown>): Promise<void> {
  for await (const _ of events);
}

/** Relationship id → target part (resolved against `base`; absolute targets as written, as openpyxl writes them). */
async function relationships(zip: Zip, part: string, base: string): Promise<Map<string, { target: string; type: string }>> {
  const out = new Map<string, { target: string; type: string }>();
  const entry = zip.entry(part);
  if (!entry) return out;
  await drain(
    parseXml(zip, entry, LIMITS.book, {
      open(name, a) {
        if (name !== 'Relationship' || !a.Id || !a.Target) return;
        const target = a.Target.startsWith('/') ? a.Target.slice(1) : posix.normalize(base + a.Target);
        out.set(a.Id, { target, type: a.Type ?? '' });
      },
      text() {},
      close() {},
    }),
  );
  return out;
}

/** styles.xml: which cellXfs entries have a date or time number format (built-in or custom). */
async function dateStyles(zip: Zip, entry: ZipEntry): Promise<Set<number>> {
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await drain(
    parseXml(zip, entry, LIMITS.styles, {
      open(name, a) {
        if (name === 'numFmt') formats.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
      },
      text() {},
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    }),
  );
  const out = new Set<number>();
  xfFormats.forEach((id, index) => {
    const custom = formats.get(id);
    if (custom !== undefined ? isDateFormat(custom) : isBuiltInDateFormat(id)) out.add(index);
  });
  return out;
}

/** sharedStrings.xml: each `<si>`'s text, runs joined, phonetic guides (`<rPh>`) left out. */
async function readSharedStrings(zip: Zip, entry: ZipEntry): Promise<string[]> {
  const strings: string[] = [];
  let parts: string[] = [];
  let length = 0;
  let inText = false;
  let inPhonetic = false;
  await drain(
    parseXml(zip, entry, LIMITS.sharedStrings, {
      open(name) {
        if (name === 'si') {
          parts = [];
          length = 0;
        } else if (name === 't' && !inPhonetic) inText = true;
        else if (name === 'rPh') inPhonetic = true;
      },
      text(text) {
        if (!inText) return;
        length += text.length;
        if (length > MAX_CELL_CHARS) throw new SourceError(zip.m.cellTooLong(zip.fileName, entry.path, `#${strings.length + 1}`, MAX_CELL_CHARS), 1);
        parts.push(text);
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'si') strings.push(parts.join(''));
      },
    }),
  );
  return strings;
}

interface SheetContext {
  zip: Zip;
  name: string;
  timeZone: string;
  date1904: boolean;
  dateStyles: Set<number>;
}

/** Days from 1899-12-30 (the 1900 system's serial 0, as Sheets counts) to 1904-01-01. */
const DAYS_1900_TO_1904 = 1462;

/** The rows of a worksheet part as they parse: 1-based row number and its cells by column. */
async function* sheetRows(ctx: SheetContext, entry: ZipEntry, strings: readonly string[], progress: (done: number) => void): AsyncGenerator<{ number: number; cells: Cell[] }> {
  const { zip } = ctx;
  const done: { number: number; cells: Cell[] }[] = [];
  let row: { number: number; cells: Cell[] } | undefined;
  let lastRow = 0;
  let cell: { column: number; ref: string; type: string; style: number } | undefined;
  let lastColumn = 0;
  let parts: string[] = [];
  let length = 0;
  let capture = false;
  let inPhonetic = false;
  const outOfSheet = (ref: string) => new SourceError(zip.m.cellOutOfSheet(zip.fileName, ctx.name, ref), 1);

  const value = (): Cell => {
    const text = parts.join('');
    switch (cell!.type) {
      case 's': {
        const shared = strings[Number(text)];
        return shared === undefined ? '' : xlsxText(shared, ctx.timeZone);
      }
      case 'str':
      case 'inlineStr':
        return xlsxText(text, ctx.timeZone);
      case 'b':
        return text.trim() === '1' || text.trim().toLowerCase() === 'true';
      case 'e':
        return text;
      case 'd':
        return text === '' ? '' : xlsxText(text, ctx.timeZone);
      default: {
        if (text.trim() === '') return '';
        const n = Number(text);
        if (!Number.isFinite(n)) return '#NUM!';
        if (!ctx.dateStyles.has(cell!.style)) return n;
        return serialToDate(ctx.date1904 ? n + DAYS_1900_TO_1904 : n, ctx.timeZone);
      }
    }
  };

  const events: XmlEvents = {
    open(name, a) {
      if (name === 'row') {
        const number = a.r ? Number(a.r) : lastRow + 1;
        if (!Number.isInteger(number) || number < 1 || number > MAX_ROW) throw outOfSheet(`row ${a.r}`);
        row = { number, cells: [] };
        lastRow = number;
        lastColumn = 0;
      } else if (name === 'c' && row) {
        const column = a.r ? columnOf(a.r) : lastColumn + 1;
        if (!(column >= 1 && column <= MAX_COLUMN)) throw outOfSheet(a.r ?? `#${column}`);
        cell = { column, ref: a.r ?? `#${column}`, type: a.t ?? 'n', style: Number(a.s ?? 0) };
        lastColumn = column;
        parts = [];
        length = 0;
      } else if (cell && (name === 'v' || (name === 't' && !inPhonetic))) capture = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    text(text) {
      if (!capture) return;
      length += text.length;
      if (length > MAX_CELL_CHARS) throw new SourceError(zip.m.cellTooLong(zip.fileName, ctx.name, cell!.ref, MAX_CELL_CHARS), 1);
      parts.push(text);
    },
    close(name) {
      if (name === 'v' || name === 't') capture = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && cell && row) {
        const v = value();
        while (row.cells.length < cell.column - 1) row.cells.push('');
        row.cells[cell.column - 1] = v;
        cell = undefined;
      } else if (name === 'row' && row) {
        done.push(row);
        row = undefined;
      }
    },
  };
  for await (const share of parseXml(zip, entry, LIMITS.sheet, events)) {
    for (const finished of done.splice(0)) yield finished;
    progress(share);
  }
}

/** "B12" → 2 (1-based); NaN when it is no cell reference. */
function columnOf(ref: string): number {
  const letters = /^([A-Za-z]{1,4})\d*$/.exec(ref)?.[1];
  if (!letters) return NaN;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Trailing blanks beyond the header's width are formatting, not data. */
function trimmed(cells: Cell[], width: number): Cell[] {
  const out = cells.map((c) => (c === undefined ? '' : c));
  while (out.length > width && out[out.length - 1] === '') out.pop();
  return out;
}

function pad(cells: Cell[], width: number): Cell[] {
  while (cells.length < width) cells.push('');
  return cells;
}

function unreadable(fileName: string, m: SourceMessages, cause: unknown): SourceError {
  if (cause instanceof SourceError) return cause;
  const why = cause instanceof Error ? cause.message.split('\n')[0]! : String(cause);
  return new SourceError(m.notWorkbook(fileName, why), 1, { cause });
}
