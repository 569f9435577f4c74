import { open } from 'node:fs/promises';
import type { FileEncoding } from '../sources/encoding';

/**
 * Whether DuckDB may read a UTF-8 CSV file for the SQL path with the same rows, at the same
 * lines, as the command line's own parser (src/cli/sources/csv-parser.ts) and checks
 * (src/cli/sources/encoding.ts checkText) would. It says no, and the file is read the ordinary
 * way (which then names whatever is wrong and where), when a byte could be one of those checks'
 * findings or a record is not one plain line:
 * - a control character (C0 but tab and line ends, DEL, C1 as C2 80–9F), U+FFFD (EF BF BD), or a
 *   UTF-8 lead byte as text followed by what could be a continuation byte as text (mojibake of
 *   text converted twice: C3 82–B4 then C2, C5, C6, CB or E2);
 * - a quoted line end (a record over several lines), a blank line, or a lone CR;
 * - a quote anywhere but at a field's start, or text after a closing quote (refused by the
 *   ordinary parser; DuckDB takes `x"y` and ` "x"` as text and drops the space of `"x" `).
 * The caller also compares the records DuckDB read with the count here (a blank line DuckDB
 * skips, a record it splits otherwise, shows there).
 *
 * Cost: one read of the file, nothing decoded. Quoted fields never span lines in a plain file,
 * so the file is checked in blocks of whole lines, each with searches the engine does natively
 * (Buffer.indexOf for line ends, CRs, quotes and the few lead bytes of the patterns above) and
 * control characters four bytes at a time; a byte-by-byte loop in JavaScript took about 0.9 s of
 * CPU on the bench's 130 MB file, competing with DuckDB for the machine's cores.
 */
export async function csvIsPlain(path: string, delimiter: string, encoding: FileEncoding): Promise<{ records: number } | undefined> {
  if (encoding.decoder !== 'utf-8' || delimiter.length !== 1) return undefined;
  const d = delimiter.charCodeAt(0);
  if (d > 0x7f || d === QUOTE || d === LF || d === CR) return undefined;
  const file = await open(path, 'r');
  try {
    let buffer = Buffer.from(new ArrayBuffer(CHUNK));
    let held = 0; // bytes at the buffer's start carried over: the line the last block did not end
    let lines = 0;
    let first = true;
    for (;;) {
      if (held === buffer.length) {
        const larger = Buffer.from(new ArrayBuffer(buffer.length * 2));
        buffer.copy(larger, 0, 0, held);
        buffer = larger;
      }
      const { bytesRead } = await file.read(buffer, held, buffer.length - held, null);
      const end = held + bytesRead;
      const last = bytesRead === 0;
      const cut = last ? end : buffer.lastIndexOf(LF, end - 1) + 1;
      if (cut > 0) {
        let start = 0;
        if (first) {
          first = false;
          if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) start = 3;
        }
        const found = plainLines(buffer, start, cut, d, last);
        if (found < 0) return undefined;
        lines += found;
        buffer.copy(buffer, 0, cut, end);
        held = end - cut;
      } else held = end;
      if (last) break;
    }
    return lines > 0 ? { records: lines - 1 } : undefined;
  } finally {
    await file.close();
  }
}

/** Bytes read at a time (a block of whole lines is at most this, unless one line is longer). */
const CHUNK = 4 << 20;
const LF = 10;
const CR = 13;
const TAB = 9;
const QUOTE = 34;
const FFFD = Buffer.from([0xef, 0xbf, 0xbd]);

/**
 * The lines of bytes[start, end) (which starts a line and ends after a LF, or at the file's end
 * when `last`), or -1 when they are not plain.
 */
export function plainLines(bytes: Buffer, start: number, end: number, delimiter: number, last: boolean): number {
  const block = bytes.subarray(start, end);
  const n = block.length;
  if (n === 0) return 0;
  if (hasControl(bytes, start, end)) return -1;
  // Line ends: no blank line (LF or CRLF alone), and every CR before a LF.
  let lines = 0;
  let lineStart = 0;
  for (let i = block.indexOf(LF); i >= 0; i = block.indexOf(LF, i + 1)) {
    if (i === lineStart || (i === lineStart + 1 && block[lineStart] === CR)) return -1;
    lines++;
    lineStart = i + 1;
  }
  if (lineStart < n) {
    if (!last) return -1;
    lines++;
  }
  for (let i = block.indexOf(CR); i >= 0; i = block.indexOf(CR, i + 1)) if (block[i + 1] !== LF) return -1;
  // U+0080–U+009F, U+FFFD, and text converted twice.
  for (let i = block.indexOf(0xc2); i >= 0; i = block.indexOf(0xc2, i + 1)) {
    const next = block[i + 1];
    if (next >= 0x80 && next <= 0x9f) return -1;
  }
  if (block.indexOf(FFFD) >= 0) return -1;
  for (let i = block.indexOf(0xc3); i >= 0; i = block.indexOf(0xc3, i + 1)) {
    const next = block[i + 1];
    if (next >= 0x82 && next <= 0xb4) {
      const after = block[i + 2];
      if (after === 0xc2 || after === 0xc5 || after === 0xc6 || after === 0xcb || after === 0xe2) return -1;
    }
  }
  // Quotes: each opens a field (after a delimiter or a line's start) and closes it before a
  // delimiter or the line's end, with only doubled quotes and no line end between.
  let nextLf = -1;
  for (let q = block.indexOf(QUOTE); q >= 0; q = block.indexOf(QUOTE, q + 1)) {
    if (q > 0 && block[q - 1] !== delimiter && block[q - 1] !== LF) return -1;
    let close = block.indexOf(QUOTE, q + 1);
    while (close >= 0 && block[close + 1] === QUOTE) close = block.indexOf(QUOTE, close + 2);
    if (close < 0) return -1;
    if (nextLf < q) {
      nextLf = block.indexOf(LF, q);
      if (nextLf < 0) nextLf = n;
    }
    if (nextLf < close) return -1;
    const after = block[close + 1];
    if (close + 1 < n ? after !== delimiter && after !== CR && after !== LF : !last) return -1;
    q = close;
  }
  return lines;
}

/**
 * Whether bytes[start, end) hold a C0 control character but tab, LF and CR, or DEL: four bytes at
 * a time (a word with a byte below 0x20 or equal to 0x7F is looked at byte by byte; every line
 * end makes one such word).
 */
function hasControl(bytes: Buffer, start: number, end: number): boolean {
  const base = bytes.byteOffset;
  let i = start;
  while (i < end && (base + i) % 4 !== 0) if (isControl(bytes[i++])) return true;
  const words = Math.floor((end - i) / 4);
  const view = new Uint32Array(bytes.buffer, base + i, words);
  for (let k = 0; k < words; k++) {
    const w = view[k];
    const x = w ^ 0x7f7f7f7f;
    if (((w - 0x20202020) & ~w & 0x80808080) !== 0 || ((x - 0x01010101) & ~x & 0x80808080) !== 0) {
      const at = i + k * 4;
      if (isControl(bytes[at]) || isControl(bytes[at + 1]) || isControl(bytes[at + 2]) || isControl(bytes[at + 3])) return true;
    }
  }
  for (i += words * 4; i < end; i++) if (isControl(bytes[i])) return true;
  return false;
}

const isControl = (b: number) => (b < 0x20 && b !== TAB && b !== LF && b !== CR) || b === 0x7f;
