import { sourceMessages, type QuoteProblem, type SourceMessages } from './messages';
import { SourceError } from './types';

/** Longest field: a spreadsheet cell holds 50,000 characters; this leaves room for odd exports. */
export const MAX_FIELD_CHARS = 1 << 20;
/** Longest record (all its fields together). */
export const MAX_RECORD_CHARS = 1 << 24;
/** Most columns: Google Sheets' limit (18,278 columns, A to ZZZ). */
export const MAX_COLUMNS = 18_278;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * An incremental RFC 4180 parser: feed it text chunks, it hands back finished records.
 * Holds only the record in progress, so a file of any size parses in bounded memory: a field is
 * kept as slices of the chunks it spans (never grown a character at a time), and a field, a
 * record or a column count past its bound (MAX_FIELD_CHARS, MAX_RECORD_CHARS, MAX_COLUMNS) is an
 * error naming the line, so a 50 MB field or a million columns cannot exhaust memory.
 * Line ends may be CRLF, LF or CR; quoted fields may hold delimiters, line ends and "".
 * Stricter than RFC 4180 in one way on purpose: a quote inside an unquoted field, or text
 * after a closing quote, is an error naming the line, because it nearly always means the
 * file was cut or exported wrongly and guessing would silently shift columns.
 */
export class CsvParser {
  private fields: string[] = [];
  /** The field in progress, as slices of the chunks it spans. */
  private parts: string[] = [];
  private fieldLength = 0;
  private recordLength = 0;
  private inQuotes = false;
  /** The current field was quoted and its closing quote has been seen. */
  private closed = false;
  /** The current field was quoted (so `a,,b` and `a,"",b` both give '' but "" is quoted). */
  private quoted = false;
  /** A CR ended the last chunk; an LF at the start of the next one belongs to it. */
  private pendingCr = false;
  private physicalLine = 1;
  private recordLine = 1;
  private fieldLine = 1;
  private readonly delimiterCode: number;

  /** Columns whose text is kept; the others are parsed and checked alike but come back as ''. */
  private readonly kept: boolean[] | undefined;

  constructor(
    delimiter: string,
    private readonly fileName: string,
    private readonly m: SourceMessages = sourceMessages('en'),
    keepColumns?: readonly number[],
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
    if (keepColumns) {
      this.kept = [];
      for (const column of keepColumns) this.kept[column] = true;
    }
  }

  /** Whether the field in progress is one whose text is kept (a string per field is most of a parse's garbage). */
  private keeping(): boolean {
    return this.kept === undefined || this.kept[this.fields.length] === true;
  }

  /** The 1-based line the next character pushed is on. */
  get line(): number {
    return this.physicalLine;
  }

  /** Parses `text` and returns the records it completed, each with its 1-based first line. */
  push(text: string): { fields: string[]; line: number }[] {
    const out: { fields: string[]; line: number }[] = [];
    const d = this.delimiterCode;
    let i = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    /** Start of the run of field characters not yet kept. */
    let run = i;
    const keep = (end: number) => {
      if (end > run) {
        if (this.keeping()) this.parts.push(text.slice(run, end));
        this.grow(end - run);
      }
    };
    for (; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (this.inQuotes) {
        if (ch === QUOTE) {
          keep(i);
          if (i + 1 < text.length && text.charCodeAt(i + 1) === QUOTE) {
            if (this.keeping()) this.parts.push('"');
            this.grow(1);
            i++;
          } else {
            // A quote at the chunk's end may be the first of ""; the next chunk decides.
            this.inQuotes = false;
            this.closed = true;
          }
          run = i + 1;
        } else if (ch === LF || (ch === CR && text.charCodeAt(i + 1) !== LF)) {
          this.physicalLine++;
        }
        continue;
      }
      if (ch === d) {
        keep(i);
        this.endField();
        run = i + 1;
      } else if (ch === LF || ch === CR) {
        keep(i);
        if (ch === CR) {
          if (i + 1 === text.length) this.pendingCr = true;
          else if (text.charCodeAt(i + 1) === LF) i++;
        }
        this.endField();
        out.push({ fields: this.fields, line: this.recordLine });
        this.fields = [];
        this.recordLength = 0;
        this.physicalLine++;
        this.recordLine = this.physicalLine;
        this.fieldLine = this.physicalLine;
        run = i + 1;
      } else if (ch === QUOTE) {
        if (this.closed) {
          // `"a""b"` split across chunks: the quote we took for a close was the first of "".
          if (i === 0) {
            if (this.keeping()) this.parts.push('"');
            this.grow(1);
            this.inQuotes = true;
            this.closed = false;
            run = 1;
            continue;
          }
          throw this.malformed('afterClosing');
        }
        if (this.fieldLength + (i - run) > 0 || this.quoted) throw this.malformed('insideUnquoted');
        this.inQuotes = true;
        this.quoted = true;
        this.fieldLine = this.physicalLine;
        run = i + 1;
      } else if (this.closed) {
        throw this.malformed('afterClosing');
      }
    }
    keep(text.length);
    return out;
  }

  /** Flushes the last record (a file need not end with a line end). */
  end(): { fields: string[]; line: number }[] {
    if (this.inQuotes) {
      throw new SourceError(this.m.unclosedQuote(this.fileName, this.fieldLine), 1);
    }
    if (this.fields.length === 0 && this.fieldLength === 0 && !this.quoted) return [];
    this.endField();
    const last = { fields: this.fields, line: this.recordLine };
    this.fields = [];
    return [last];
  }

  private grow(n: number): void {
    this.fieldLength += n;
    this.recordLength += n;
    if (this.fieldLength > MAX_FIELD_CHARS) {
      throw new SourceError(this.m.fieldTooLong(this.fileName, this.fieldLine, MAX_FIELD_CHARS), 1);
    }
    if (this.recordLength > MAX_RECORD_CHARS) {
      throw new SourceError(this.m.recordTooLong(this.fileName, this.recordLine, MAX_RECORD_CHARS), 1);
    }
  }

  private endField(): void {
    const parts = this.parts;
    this.fields.push(parts.length === 0 ? '' : parts.length === 1 ? parts[0]! : parts.join(''));
    if (this.fields.length > MAX_COLUMNS) {
      throw new SourceError(this.m.tooManyColumns(this.fileName, this.recordLine, MAX_COLUMNS), 1);
    }
    this.parts = [];
    this.fieldLength = 0;
    this.closed = false;
    this.quoted = false;
    this.fieldLine = this.physicalLine;
  }

  private malformed(what: QuoteProblem): SourceError {
    return new SourceError(this.m.badQuote(this.fileName, this.physicalLine, what), 1);
  }
}

const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Picks the delimiter from the first lines: the candidate that appears the same number of
 * times (at least once) on the most lines, outside quotes; ties go to the earlier of
 * , ; tab |. A file with none of them is one column, read with ','.
 */
export function detectDelimiter(head: string): string {
  const lines = splitLogicalLines(head).slice(0, 20);
  // The last line may be cut off mid-way by the chunk boundary.
  if (lines.length > 1) lines.pop();
  let best: string = ',';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const agreeing = counts.filter((c) => c === header).length;
    const score = agreeing * 1000 + header;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Lines that respect quotes, so a quoted line end does not split a record. */
function splitLogicalLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      lines.push(text.slice(start, i));
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines.filter((l) => l.length > 0);
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === d && !inQuotes) n++;
  }
  return n;
}
