import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { SourceMessages } from './messages';
import { SourceError } from './types';

/**
 * Which text encoding a CSV file is in (metrics-spec.md §1.3), decided from its bytes:
 * - a byte-order mark: UTF-8 (EF BB BF), UTF-16 LE (FF FE) or UTF-16 BE (FE FF), the forms
 *   Excel writes for "CSV UTF-8" and "Unicode Text";
 * - else the whole file is valid UTF-8: UTF-8;
 * - else Windows-1258 (Vietnamese) or Windows-1252 (Western Europe, "Latin-1"), whichever gives
 *   valid text: no control characters, and in Windows-1258 every tone mark on a vowel. When both
 *   do, Windows-1258 wins only with evidence of Vietnamese (tone marks, đ, ₫), which Windows-1252
 *   text never produces there; else Windows-1252.
 * Decoding is the platform's WHATWG TextDecoder, always with `stream: true`: Node 20.18.3+
 * decodes windows-1252 as Latin-1 on its one-shot fast path (0x80 → U+0080 instead of €,
 * https://github.com/nodejs/node/issues/60888) but correctly through ICU when streaming.
 */
export interface FileEncoding {
  /** WHATWG encoding name for TextDecoder (which also drops a leading byte-order mark). */
  decoder: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';
  /** As a person reads it: "UTF-8", "UTF-16 LE", "Windows-1258". */
  label: string;
  /** Worth telling the user: anything but plain UTF-8 without a mark. */
  notable: boolean;
}

const UTF8: FileEncoding = { decoder: 'utf-8', label: 'UTF-8', notable: false };

export async function detectEncoding(path: string, fileName: string, m: SourceMessages): Promise<FileEncoding> {
  const head = await readBytes(path, 3);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { decoder: 'utf-8', label: 'UTF-8', notable: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { decoder: 'utf-16le', label: 'UTF-16 LE', notable: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { decoder: 'utf-16be', label: 'UTF-16 BE', notable: true };
  if (await isUtf8File(path)) return UTF8;
  return legacyEncoding(path, fileName, m);
}

/**
 * The same decision, taken at once where a large file's first bytes are UTF-8: a byte-order mark
 * decides as above, first bytes that are not UTF-8 go the whole way above; otherwise UTF-8 is
 * returned now and `confirmed` says, once the rest of the file is read (meanwhile, while the
 * caller goes on), whether detectEncoding would have said UTF-8 too. The caller must await it
 * before anything read is shown, and read the file again with detectEncoding's answer if not.
 * `headBytes`: how much of the file decides whether to guess.
 */
export async function guessEncoding(path: string, fileName: string, m: SourceMessages, headBytes: number): Promise<{ encoding: FileEncoding; confirmed?: Promise<boolean> }> {
  const head = await readBytes(path, headBytes);
  if (hasByteOrderMark(head) || !isUtf8(head.subarray(0, head.length - incompleteTail(head)))) return { encoding: await detectEncoding(path, fileName, m) };
  return { encoding: UTF8, confirmed: isUtf8File(path).catch(() => false) };
}

function hasByteOrderMark(head: Buffer): boolean {
  return (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) || (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

async function readBytes(path: string, n: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(n), 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * One pass with simdutf's validator over the file in blocks, a multi-byte character cut by a
 * block's end carried into the next. Two buffers, reused: the next block is read while one is
 * checked. A read stream's fresh 1 MB chunk per read (and the copies to carry a cut character)
 * made this check about twice as slow on a large file, most of it allocation and garbage collection.
 */
async function isUtf8File(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  let reading: Promise<{ bytesRead: number }> | undefined;
  try {
    // Room for a block and the up to 3 bytes carried before it.
    const buffers = [Buffer.allocUnsafeSlow(UTF8_BLOCK + 3), Buffer.allocUnsafeSlow(UTF8_BLOCK + 3)];
    let current = 0;
    let carried = 0;
    let position = 0;
    reading = file.read(buffers[0], 0, UTF8_BLOCK, 0);
    for (;;) {
      const { bytesRead } = await reading;
      reading = undefined;
      if (bytesRead === 0) return carried === 0;
      position += bytesRead;
      const block = buffers[current].subarray(0, carried + bytesRead);
      const cut = incompleteTail(block);
      const next = buffers[1 - current];
      block.copy(next, 0, block.length - cut);
      reading = file.read(next, cut, UTF8_BLOCK, position);
      if (!isUtf8(block.subarray(0, block.length - cut))) return false;
      carried = cut;
      current = 1 - current;
    }
  } finally {
    await reading?.catch(() => undefined);
    await file.close();
  }
}

const UTF8_BLOCK = 1 << 20;

/** How many bytes at the end start a UTF-8 sequence that the next chunk finishes. */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return 0;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > back ? back : 0;
  }
  return 0;
}

interface Candidate {
  decoder: TextDecoder;
  line: number;
  bad?: { line: number; code: number };
  /** Tone marks, đ/Đ and ₫: what only Vietnamese text decoded as Windows-1258 shows. */
  vietnamese: number;
  previous: string;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VIETNAMESE_ONLY = /[\u0300\u0301\u0303\u0309\u0323\u0110\u0111\u20ab]/g;
const TONED_VOWEL = /[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]/;

async function legacyEncoding(path: string, fileName: string, m: SourceMessages): Promise<FileEncoding> {
  const fresh = (name: string): Candidate => ({ decoder: new TextDecoder(name), line: 1, vietnamese: 0, previous: '' });
  const utf8 = fresh('utf-8');
  const w1258 = fresh('windows-1258');
  const w1252 = fresh('windows-1252');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    for (const candidate of [utf8, w1258, w1252]) scan(candidate, candidate.decoder.decode(chunk as Buffer, { stream: true }), candidate === w1258);
  }
  if (!w1258.bad && (w1258.vietnamese > 0 || w1252.bad)) return { decoder: 'windows-1258', label: 'Windows-1258', notable: true };
  if (!w1252.bad) return { decoder: 'windows-1252', label: 'Windows-1252', notable: true };
  const { line, code } = w1252.bad;
  if (code < 0x20 || code === 0x7f) throw new SourceError(m.controlChar(fileName, line, codeText(code)), 1);
  throw new SourceError(m.notText(fileName, line, utf8.bad?.line ?? 1, `0x${code.toString(16).toUpperCase()}`), 1);
}

function scan(candidate: Candidate, text: string, toneMarksOnVowels: boolean): void {
  if (!candidate.bad) {
    const at = firstBadChar(text);
    let bad = at >= 0 ? at : undefined;
    if (toneMarksOnVowels) {
      TONE_MARKS.lastIndex = 0;
      for (let mark = TONE_MARKS.exec(text); mark; mark = TONE_MARKS.exec(text)) {
        if (bad !== undefined && mark.index > bad) break;
        const before = mark.index > 0 ? text[mark.index - 1]! : candidate.previous;
        if (!TONED_VOWEL.test(before)) {
          bad = mark.index;
          break;
        }
      }
      candidate.vietnamese += text.match(VIETNAMESE_ONLY)?.length ?? 0;
    }
    if (bad !== undefined) candidate.bad = { line: candidate.line + countLines(text, bad), code: text.charCodeAt(bad) };
  }
  candidate.line += countLines(text, text.length);
  if (text.length) candidate.previous = text[text.length - 1]!;
}

// C0 controls but tab, LF and CR; DEL; C1 controls (undefined bytes of the code pages); U+FFFD.
const BAD_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

function firstBadChar(text: string): number {
  const found = BAD_CHAR.exec(text);
  return found ? found.index : -1;
}

/** Line ends (LF, CRLF or a lone CR) in text[0, end). */
export function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r'); i >= 0 && i < end; i = text.indexOf('\r', i + 1)) if (text[i + 1] !== '\n') n++;
  return n;
}

function codeText(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text that was UTF-8, read as Windows-1252 and saved again as UTF-8 ("Ráº¥t hÃ i lÃ²ng" for
 * "Rất hài lòng"): a lead character of a UTF-8 sequence followed by continuation characters,
 * which undone give a letter or mark a survey could hold. The byte of each Windows-1252
 * character comes from the platform's own decoder, not a table of ours.
 */
const BYTE_OF = new Map<string, number>();
{
  const decoder = new TextDecoder('windows-1252');
  for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(decoder.decode(Uint8Array.of(b), { stream: true }), b);
}
const CONTINUATION = [...BYTE_OF].filter(([, b]) => b < 0xc0).map(([ch]) => `\\u{${ch.codePointAt(0)!.toString(16)}}`).join('');
const TWICE = new RegExp(`[\\u{c2}-\\u{f4}][${CONTINUATION}]+`, 'gu');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function plausible(code: number): boolean {
  return (code >= 0xa0 && code <= 0x24f) || (code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2000 && code <= 0x206f) || (code >= 0x20a0 && code <= 0x20cf);
}

function convertedTwice(text: string): { index: number; seen: string; meant: string } | undefined {
  TWICE.lastIndex = 0;
  for (let found = TWICE.exec(text); found; found = TWICE.exec(text)) {
    const lead = BYTE_OF.get(found[0][0]!)!;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    const chars = [...found[0]];
    if (chars.length >= length) {
      try {
        const meant = STRICT_UTF8.decode(Uint8Array.from(chars.slice(0, length).map((ch) => BYTE_OF.get(ch)!)));
        if (plausible(meant.codePointAt(0)!)) {
          let start = found.index;
          while (start > 0 && found.index - start < 20 && !/[\s,;"|]/.test(text[start - 1]!)) start--;
          const end = text.slice(found.index, found.index + 40).search(/[\s,;"]|$/) + found.index;
          const seen = text.slice(start, end);
          return { index: found.index, seen, meant: undo(seen) ?? meant };
        }
      } catch {
        // Not a UTF-8 sequence once undone: ordinary text.
      }
    }
    TWICE.lastIndex = found.index + 1;
  }
  return undefined;
}

/** The text as it was before the second conversion, when every character can be undone. */
function undo(seen: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of seen) {
    const code = ch.codePointAt(0)!;
    const byte = code < 0x80 ? code : BYTE_OF.get(ch);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
}

/**
 * Checks decoded text as it streams: control characters, U+FFFD (bytes the encoding could not
 * read, or left by an earlier conversion) and text converted twice are errors naming the line,
 * never passed on as cells.
 */
export function checkText(text: string, lineAtStart: number, fileName: string, encoding: FileEncoding, m: SourceMessages): void {
  const at = firstBadChar(text);
  const twice = convertedTwice(at >= 0 ? text.slice(0, at) : text);
  if (twice) throw new SourceError(m.doubleEncoded(fileName, lineAtStart + countLines(text, twice.index), twice.seen, twice.meant), 1);
  if (at < 0) return;
  const line = lineAtStart + countLines(text, at);
  const code = text.charCodeAt(at);
  if (code === 0xfffd) throw new SourceError(m.replacementChar(fileName, line, encoding.label), 1);
  throw new SourceError(m.controlChar(fileName, line, codeText(code)), 1);
}
