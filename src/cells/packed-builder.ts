import { DATE_CODE, NUMBER_CODE } from './packed';
import { PackedColumn } from './packed-column';
import type { Cell } from './types';

/** Whole numbers shared as distinct cells (scores, counts, flags); others are kept by value. */
const SHARED_NUMBER = 1 << 16;

/**
 * Builds a PackedColumn one cell at a time, as rows stream in. Codes start one byte wide and widen
 * (two bytes, four) only when the column's distinct cells need it.
 */
export class PackedColumnBuilder {
  private codes: Uint8Array | Uint16Array | Uint32Array = new Uint8Array(1024);
  private values: Float64Array | undefined;
  private readonly distinct: Cell[] = [undefined, undefined];
  private readonly index = new Map<unknown, number>();
  length = 0;

  push(cell: Cell): void {
    if (this.length === this.codes.length) this.codes = grown(this.codes, this.codes.length * 2);
    let code: number;
    if (cell instanceof Date) {
      code = DATE_CODE;
      this.value(cell.getTime());
    } else if (typeof cell === 'number' && !(Number.isInteger(cell) && cell > -SHARED_NUMBER && cell < SHARED_NUMBER && !Object.is(cell, -0))) {
      code = NUMBER_CODE;
      this.value(cell);
    } else {
      const known = this.index.get(cell);
      if (known !== undefined) code = known;
      else {
        code = this.distinct.length;
        const own = typeof cell === 'string' ? ownCopy(cell) : cell;
        this.distinct.push(own);
        this.index.set(own, code);
        if (code > 0xff && this.codes instanceof Uint8Array) this.codes = widened(this.codes, Uint16Array);
        else if (code > 0xffff && this.codes instanceof Uint16Array) this.codes = widened(this.codes, Uint32Array);
      }
    }
    this.codes[this.length++] = code;
  }

  /** The column so far, trimmed to its rows; the builder is not to be used after. */
  finish(): PackedColumn {
    // Trimmed by a copy only when much of the last doubling is unused.
    const trim = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(array: T): T =>
      (array.length - this.length > array.length / 4 ? array.slice(0, this.length) : array.subarray(0, this.length)) as T;
    const codes = trim(this.codes);
    const values = this.values && trim(this.values);
    this.codes = new Uint8Array(0);
    this.values = undefined;
    this.index.clear();
    return new PackedColumn(this.length, codes, this.distinct, values);
  }

  private value(v: number): void {
    if (!this.values) this.values = new Float64Array(this.codes.length);
    else if (this.values.length < this.codes.length) this.values = grown(this.values, this.codes.length);
    this.values[this.length] = v;
  }
}

function grown<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

function widened(codes: Uint8Array | Uint16Array, to: Uint16ArrayConstructor | Uint32ArrayConstructor): Uint16Array | Uint32Array {
  const wide = new to(codes.length);
  wide.set(codes);
  return wide;
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
