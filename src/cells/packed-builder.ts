import { DATE_CODE, NUMBER_CODE } from './packed';
import { PackedColumn } from './packed-column';
import type { Cell } from './types';

/** Whole numbers shared as distinct cells (scores, counts, flags); others are kept by value. */
const SHARED_NUMBER = 1 << 16;

/** Rows a builder fills before it starts the next chunk (64 KB of one-byte codes). */
const CHUNK = 1 << 16;

type Codes = Uint8Array | Uint16Array | Uint32Array;

/**
 * Builds a PackedColumn one cell at a time, as rows stream in. Codes start one byte wide and widen
 * (two bytes, four) only when the column's distinct cells need it. The rows go into chunks of
 * CHUNK rows, laid end to end once at finish: an array grown by doubling would hold up to twice the
 * rows it has (a 10^7-row column, capacity 16.8 million) and copy itself at each doubling and at the
 * end, which at 10^7 rows was most of the ordinary reader's peak memory.
 */
export class PackedColumnBuilder {
  private readonly chunks: Codes[] = [];
  /** Per chunk, the Dates' instants and the numbers kept by value (absent for a chunk with none). */
  private readonly valueChunks: (Float64Array | undefined)[] = [];
  private codes: Codes = new Uint8Array(CHUNK);
  private values: Float64Array | undefined;
  /** Rows in the current chunk. */
  private at = 0;
  private readonly distinct: Cell[] = [undefined, undefined];
  private readonly index = new Map<unknown, number>();
  length = 0;

  push(cell: Cell): void {
    if (this.at === CHUNK) this.nextChunk();
    let code: number;
    if (cell instanceof Date) {
      code = DATE_CODE;
      (this.values ??= new Float64Array(CHUNK))[this.at] = cell.getTime();
    } else if (typeof cell === 'number' && !(Number.isInteger(cell) && cell > -SHARED_NUMBER && cell < SHARED_NUMBER && !Object.is(cell, -0))) {
      code = NUMBER_CODE;
      (this.values ??= new Float64Array(CHUNK))[this.at] = cell;
    } else {
      const known = this.index.get(cell);
      if (known !== undefined) code = known;
      else {
        code = this.distinct.length;
        const own = typeof cell === 'string' ? ownCopy(cell) : cell;
        this.distinct.push(own);
        this.index.set(own, code);
        if ((code > 0xff && this.codes instanceof Uint8Array) || (code > 0xffff && this.codes instanceof Uint16Array)) this.widen(code > 0xffff ? Uint32Array : Uint16Array);
      }
    }
    this.codes[this.at++] = code;
    this.length++;
  }

  /** The column, its chunks laid end to end in arrays of its exact size; the builder is not to be used after. */
  finish(): PackedColumn {
    this.nextChunk();
    const codes = new (this.codes.constructor as new (n: number) => Codes)(this.length);
    const values = this.valueChunks.some(Boolean) ? new Float64Array(this.length) : undefined;
    let offset = 0;
    for (let k = 0; k < this.chunks.length; k++) {
      const chunk = this.chunks[k];
      codes.set(chunk, offset);
      const chunkValues = this.valueChunks[k];
      if (values && chunkValues) values.set(chunkValues.subarray(0, chunk.length), offset);
      offset += chunk.length;
    }
    this.chunks.length = 0;
    this.valueChunks.length = 0;
    this.codes = new Uint8Array(0);
    this.index.clear();
    return new PackedColumn(this.length, codes, this.distinct, values);
  }

  /** The current chunk (trimmed to its rows) put away, and a new one of the same width begun. */
  private nextChunk(): void {
    if (this.at > 0) {
      this.chunks.push(this.at === this.codes.length ? this.codes : this.codes.slice(0, this.at));
      this.valueChunks.push(this.values);
    }
    this.codes = new (this.codes.constructor as new (n: number) => Codes)(CHUNK);
    this.values = undefined;
    this.at = 0;
  }

  /** Every chunk's codes, and the current one's, in a wider array type (past 255 or 65,535 distinct cells). */
  private widen(to: Uint16ArrayConstructor | Uint32ArrayConstructor): void {
    for (let k = 0; k < this.chunks.length; k++) this.chunks[k] = to.from(this.chunks[k]);
    const wide = new to(CHUNK);
    wide.set(this.codes);
    this.codes = wide;
  }
}

/**
 * The text as a string of its own. A parser's field is a slice of the 64 KB chunk it was read
 * from, and V8 keeps such a slice (13 characters or more) as a view that holds the whole chunk
 * alive: a column of a million emails would keep the whole file in memory. Concatenating and
 * slicing again makes V8 copy the characters into a string of their own size.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
