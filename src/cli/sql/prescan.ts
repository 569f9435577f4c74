import { createReadStream } from 'node:fs';
import type { FileEncoding } from '../sources/encoding';

/**
 * Whether DuckDB may read a UTF-8 CSV file for the SQL path with the same rows, at the same
 * lines, as the command line's own parser (src/cli/sources/csv-parser.ts) and checks
 * (src/cli/sources/encoding.ts checkText) would: one pass over the bytes, nothing decoded. It
 * says no, and the file is read the ordinary way (which then names whatever is wrong and where),
 * when a byte could be one of those checks' findings or a record is not one plain line:
 * - a control character (C0 but tab and line ends, DEL, C1 as C2 80–9F), U+FFFD (EF BF BD), or a
 *   UTF-8 lead byte as text followed by what could be a continuation byte as text (mojibake of
 *   text converted twice: C3 82–B4 then C2, C5, C6, CB or E2);
 * - a quoted line end (a record over several lines), a blank line, or a lone CR;
 * - a quote anywhere but at a field's start, or text after a closing quote (refused by the
 *   ordinary parser; DuckDB would take the first as text).
 * Cost: O(file), a tight loop over the bytes.
 */
export async function csvIsPlain(path: string, delimiter: string, encoding: FileEncoding): Promise<{ records: number } | undefined> {
  if (encoding.decoder !== 'utf-8' || delimiter.length !== 1 || delimiter.charCodeAt(0) > 0x7f) return undefined;
  const scan = new PlainScan(delimiter.charCodeAt(0));
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) if (!scan.push(chunk as Buffer)) return undefined;
  } finally {
    stream.destroy();
  }
  const lines = scan.end();
  return lines > 0 ? { records: lines - 1 } : undefined;
}

const LF = 10;
const CR = 13;
const TAB = 9;
const QUOTE = 34;

/** The byte scanner's state between chunks. */
class PlainScan {
  private lines = 0;
  /** Bytes on the current line so far (a CR not counted). */
  private lineBytes = 0;
  private inQuotes = false;
  /** Inside quotes, the last byte was a quote (the closing one, or the first of ""). */
  private quoteSeen = false;
  private atFieldStart = true;
  /** The last byte was a CR, so the next must be LF. */
  private cr = false;
  private previous = -1;
  private beforePrevious = -1;
  private first = true;

  constructor(private readonly delimiter: number) {}

  /** False as soon as the file is not plain. */
  push(bytes: Buffer): boolean {
    let i = 0;
    if (this.first) {
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
    }
    const delimiter = this.delimiter;
    let { lineBytes, inQuotes, quoteSeen, atFieldStart, cr, previous, beforePrevious } = this;
    for (; i < bytes.length; i++) {
      const b = bytes[i];
      if (cr && b !== LF) return false;
      cr = false;
      if (b === LF) {
        if ((inQuotes && !quoteSeen) || lineBytes === 0) return false;
        this.lines++;
        lineBytes = 0;
        inQuotes = quoteSeen = false;
        atFieldStart = true;
      } else if (b === CR) {
        if (inQuotes && !quoteSeen) return false;
        cr = true;
      } else {
        if ((b < 0x20 && b !== TAB) || b === 0x7f) return false;
        if (previous === 0xc2 && b >= 0x80 && b <= 0x9f) return false;
        if (beforePrevious === 0xef && previous === 0xbf && b === 0xbd) return false;
        if (beforePrevious === 0xc3 && previous >= 0x82 && previous <= 0xb4 && (b === 0xc2 || b === 0xc5 || b === 0xc6 || b === 0xcb || b === 0xe2)) return false;
        if (inQuotes) {
          if (!quoteSeen) quoteSeen = b === QUOTE;
          else if (b === QUOTE) quoteSeen = false;
          else {
            // The quote closed the field: only a delimiter may follow on the line.
            if (b !== delimiter) return false;
            inQuotes = quoteSeen = false;
            atFieldStart = true;
          }
        } else if (b === QUOTE) {
          if (!atFieldStart) return false;
          inQuotes = true;
          atFieldStart = false;
        } else atFieldStart = b === delimiter;
        lineBytes++;
      }
      beforePrevious = previous;
      previous = b;
    }
    Object.assign(this, { lineBytes, inQuotes, quoteSeen, atFieldStart, cr, previous, beforePrevious });
    return true;
  }

  /** Lines in all, or 0 when the file ended inside quotes or on a lone CR. */
  end(): number {
    if ((this.inQuotes && !this.quoteSeen) || this.cr) return 0;
    return this.lineBytes > 0 ? this.lines + 1 : this.lines;
  }
}
