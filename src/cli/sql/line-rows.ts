import { open } from 'node:fs/promises';
import type { LineKeys } from './prescan';

/**
 * The records on the lines of some runs of a CSV file's lines (./prescan.ts LineKeys: runs of
 * lines with one date part), for the SQL path's counting pass (./survey.ts) where a file in date
 * order holds the rows it reads again (the reported period's, the one before, those with no date)
 * in a few runs: Node reads those bytes alone instead of DuckDB reading the whole file again. The
 * file is one the pre-scan found plain (one record a line, quotes only around whole fields, as
 * DuckDB reads it), so a line is its fields between delimiters, a quoted one up to its closing
 * quote with "" as one quote, as the command line's parser (../sources/csv-parser.ts) reads it.
 *
 * `record` gets each record in file order with its run, as the fields of `columns` (the others
 * are not made, and hold what an earlier record had); it is called with -1 after each 2,048
 * records and at the end. Returns false when a record is not `width` fields, or the lines of a run
 * are not its count of records (the file changed since the pre-scan): the caller then declines.
 */
export async function readRunLines(path: string, delimiter: string, keys: LineKeys, read: (run: number) => boolean, columns: readonly number[], width: number, record: (fields: readonly string[], run: number) => void): Promise<boolean> {
  const file = await open(path, 'r');
  const decoder = new TextDecoder();
  let buffer = Buffer.allocUnsafe(BLOCK);
  const fields: string[] = new Array(width).fill('');
  const kept = new Uint8Array(width);
  for (const c of columns) kept[c] = 1;
  const d = delimiter;
  const delimiterCode = delimiter.charCodeAt(0);
  let batched = 0;
  try {
    for (let r = 0; r < keys.runs; r++) {
      if (!read(r)) continue;
      // A range of runs read one after the other: its bytes, and its runs' records.
      const first = r;
      while (r + 1 < keys.runs && read(r + 1)) r++;
      const start = keys.offsets[first];
      const end = r + 1 < keys.runs ? keys.offsets[r + 1] : keys.size;
      let run = first;
      let left = keys.lengths[first];
      /** One line's record into `fields`; false when it is not `width` fields. */
      const line = (text: string, from: number, to: number): boolean => {
        if (run > r) return false;
        let at = from;
        for (let c = 0; c < width; c++) {
          let next: number;
          if (text.charCodeAt(at) === QUOTE) {
            // A quoted field: up to its closing quote ("" inside is one quote), then a delimiter or the line's end.
            let close = text.indexOf('"', at + 1);
            let doubled = false;
            while (close >= 0 && close < to && text.charCodeAt(close + 1) === QUOTE) {
              doubled = true;
              close = text.indexOf('"', close + 2);
            }
            if (close < 0 || close >= to) return false;
            next = close + 1;
            if (next !== to && text.charCodeAt(next) !== delimiterCode) return false;
            if (kept[c] === 1) fields[c] = doubled ? text.slice(at + 1, close).replace(/""/g, '"') : text.slice(at + 1, close);
          } else {
            next = text.indexOf(d, at);
            if (next < 0 || next > to) next = to;
            if (kept[c] === 1) fields[c] = text.slice(at, next);
          }
          if ((next === to) !== (c === width - 1)) return false;
          at = next + 1;
        }
        record(fields, run);
        if (++batched === 2048) {
          batched = 0;
          record(fields, -1);
        }
        if (--left === 0) {
          run++;
          left = run <= r ? keys.lengths[run] : 0;
        }
        return true;
      };
      let position = start;
      let held = 0;
      while (position < end) {
        if (held === buffer.length) {
          const larger = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(larger, 0, 0, held);
          buffer = larger;
        }
        const { bytesRead } = await file.read(buffer, held, Math.min(buffer.length - held, end - position), position);
        if (bytesRead === 0) return false;
        position += bytesRead;
        const filled = held + bytesRead;
        // Whole lines only (the range ends after a line end, or at the file's end).
        const cut = position === end ? filled : buffer.lastIndexOf(LF, filled - 1) + 1;
        if (cut === 0) {
          held = filled;
          continue;
        }
        const text = decoder.decode(buffer.subarray(0, cut));
        let from = 0;
        while (from < text.length) {
          let lf = text.indexOf('\n', from);
          if (lf < 0) lf = text.length;
          const to = lf > from && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
          if (!line(text, from, to)) return false;
          from = lf + 1;
        }
        buffer.copy(buffer, 0, cut, filled);
        held = filled - cut;
      }
      if (run !== r + 1) return false;
    }
    record(fields, -1);
    return true;
  } finally {
    await file.close();
  }
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
/** Bytes read at a time (whole lines of them are parsed). */
const BLOCK = 1 << 20;
