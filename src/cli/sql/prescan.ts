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
 * Where asked (`keyed`: the date is the first field), the same read keeps each line's date part
 * (LineKeys), from which the SQL path finds the lines of the rows it reads again without another
 * pass over the file (placesFromLines).
 *
 * Cost: one read of the file, nothing decoded. Quoted fields never span lines in a plain file,
 * so the file is checked in blocks of whole lines, each with searches the engine does natively
 * (Buffer.indexOf for line ends, CRs, quotes and the few lead bytes of the patterns above) and
 * control characters four bytes at a time; a byte-by-byte loop in JavaScript took about 0.9 s of
 * CPU on the bench's 130 MB file, competing with DuckDB for the machine's cores.
 */
export async function csvIsPlain(path: string, delimiter: string, encoding: FileEncoding, options: { keyed?: boolean } = {}): Promise<{ records: number; keys?: LineKeys } | undefined> {
  if (encoding.decoder !== 'utf-8' || delimiter.length !== 1) return undefined;
  const d = delimiter.charCodeAt(0);
  if (d > 0x7f || d === QUOTE || d === LF || d === CR) return undefined;
  // A delimiter that could be part of a date's text would cut the first field's date part elsewhere.
  const keys = options.keyed && !isDatePart(d) ? new LineKeys() : undefined;
  const file = await open(path, 'r');
  try {
    let buffer = Buffer.from(new ArrayBuffer(CHUNK));
    let held = 0; // bytes at the buffer's start carried over: the line the last block did not end
    let lines = 0;
    let first = true;
    let at = 0; // the file offset of buffer[0]
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
        if (keys) keys.base = at + start;
        const found = plainLines(buffer, start, cut, d, last, keys);
        if (found < 0) return undefined;
        lines += found;
        buffer.copy(buffer, 0, cut, end);
        held = end - cut;
        at += cut;
      } else held = end;
      if (last) {
        if (keys) keys.size = at + held;
        break;
      }
    }
    return lines > 0 ? { records: lines - 1, ...(keys && !keys.overflow ? { keys } : {}) } : undefined;
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
export function plainLines(bytes: Buffer, start: number, end: number, delimiter: number, last: boolean, keys?: LineKeys): number {
  const block = bytes.subarray(start, end);
  const n = block.length;
  if (n === 0) return 0;
  if (hasControl(bytes, start, end)) return -1;
  // Line ends: no blank line (LF or CRLF alone), and every CR before a LF.
  let lines = 0;
  let lineStart = 0;
  for (let i = block.indexOf(LF); i >= 0; i = block.indexOf(LF, i + 1)) {
    if (i === lineStart || (i === lineStart + 1 && block[lineStart] === CR)) return -1;
    keys?.add(block, lineStart);
    lines++;
    lineStart = i + 1;
  }
  if (lineStart < n) {
    if (!last) return -1;
    keys?.add(block, lineStart);
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

/** Whether a byte can be part of a date text's date part: a digit, `-`, `.` or `/`. */
const isDatePart = (b: number) => (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2e || b === 0x2f;

/**
 * Runs of equal keys kept at most (sorted exports have a few hundred; past this the keys are
 * dropped), and the ranges of runs apart and the share of the file's rows that the SQL path reads
 * from their lines (past these, DuckDB reads the rows again). Fields so tests can lower them.
 */
export const LINE_KEY_LIMITS = { runs: 1 << 18, ranges: 256, share: 0.25 };

/**
 * Each data line's first field's date part, for the SQL path's places (./survey.ts): the longest
 * run of digits, `-`, `.` and `/` at the start of the field (after its opening quote, if quoted),
 * which is the date part of every date text that ./date-keys.ts groups as `F`, `G` or `D` (the
 * key's text after its letter). Kept as a 32-bit hash (FNV-1a) of its bytes, in runs of lines with
 * the same hash, which a file in date order makes a few hundred; past LINE_KEY_LIMITS.runs, `overflow`. A
 * hash is only a hint: the caller takes the places only where every hash's lines are as many as
 * the rows DuckDB gave its keys (placesFromLines).
 */
export class LineKeys {
  /** Per run: the hash, how many lines in a row have it, and the file offset of its first line. */
  hashes: Int32Array = new Int32Array(1024);
  lengths: Int32Array = new Int32Array(1024);
  offsets: Float64Array = new Float64Array(1024);
  runs = 0;
  overflow = false;
  /** The file's size in bytes (where the last run ends). */
  size = 0;
  /** The file offset of the block `add` is given (set by the reader before each block). */
  base = 0;
  private header = true;

  add(line: Buffer, at: number): void {
    if (this.header || this.overflow) {
      this.header = false;
      return;
    }
    let i = line[at] === QUOTE ? at + 1 : at;
    let h = FNV_OFFSET;
    for (let b = line[i]; (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2e || b === 0x2f; b = line[++i]) h = Math.imul(h ^ b, FNV_PRIME);
    const runs = this.runs;
    if (runs > 0 && this.hashes[runs - 1] === h) {
      this.lengths[runs - 1]++;
      return;
    }
    if (runs >= LINE_KEY_LIMITS.runs) {
      this.overflow = true;
      this.runs = 0;
      this.hashes = this.lengths = new Int32Array(0);
      this.offsets = new Float64Array(0);
      return;
    }
    if (runs === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.lengths = grow(this.lengths);
      const offsets = new Float64Array(runs * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    this.hashes[runs] = h;
    this.lengths[runs] = 1;
    this.offsets[runs] = this.base + at;
    this.runs = runs + 1;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** LineKeys' hash of a date part given as text (ASCII: digits, `-`, `.`, `/`). */
export function keyHash(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

function grow(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * The places (0-based data rows) of a CSV's rows whose date key is placed (for the SQL path's
 * counting pass, ./survey.ts), from the date part of each line's first field (the date column),
 * which the pre-scan kept as hashes, without reading the file again. `dateKeys`: DuckDB's date
 * keys and their rows. Exact or undefined: every row whose key is an `F`, `G` or `D` one
 * (./date-keys.ts: the key's text is its cell's date part) is on a line whose hash is its key's,
 * so where a hash's lines are as many as the rows of the keys with that hash, they are those rows
 * (a line of another key, a hash two keys share, all show in the count); undefined where a placed
 * key is of another kind (`O`, `V`: the key is not the date part), where a hash stands for placed
 * and unplaced keys, or where any count differs.
 */
export function placesFromLines(keys: LineKeys, dateKeys: readonly { key: string; count: number }[], placedKey: (key: string) => boolean, records: number): Int32Array | undefined {
  const byHash = new Map<number, { rows: number; placed: boolean }>();
  for (const k of dateKeys) {
    const placed = placedKey(k.key);
    if (k.key[0] !== 'F' && k.key[0] !== 'G' && k.key[0] !== 'D') {
      if (placed) return undefined;
      continue;
    }
    const hash = keyHash(k.key.slice(1));
    const entry = byHash.get(hash);
    if (!entry) byHash.set(hash, { rows: k.count, placed });
    else if (entry.placed !== placed) return undefined;
    else entry.rows += k.count;
  }
  const lines = new Map<number, number>();
  let total = 0;
  for (let r = 0; r < keys.runs; r++) {
    lines.set(keys.hashes[r], (lines.get(keys.hashes[r]) ?? 0) + keys.lengths[r]);
    total += keys.lengths[r];
  }
  if (total !== records) return undefined;
  let count = 0;
  for (const [hash, entry] of byHash) {
    if (!entry.placed) continue;
    if (lines.get(hash) !== entry.rows) return undefined;
    count += entry.rows;
  }
  const places = new Int32Array(count);
  let at = 0;
  let row = 0;
  for (let r = 0; r < keys.runs; r++) {
    const length = keys.lengths[r];
    if (byHash.get(keys.hashes[r])?.placed) for (let i = 0; i < length; i++) places[at++] = row + i;
    row += length;
  }
  return places;
}
