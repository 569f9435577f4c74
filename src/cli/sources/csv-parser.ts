import { sourceMessages, type SourceMessages } from './messages';
import { SourceError } from './types';

/**
 * An incremental RFC 4180 parser: feed it text chunks, it hands back finished records.
 * Holds only the record in progress, so a file of any size parses in bounded memory.
 * Line ends may be CRLF, LF or CR; quoted fields may hold delimiters, line ends and "".
 * Stricter than RFC 4180 in one way on purpose: a quote inside an unquoted field, or text
 * after a closing quote, is an error naming the line, because it nearly always means the
 * file was cut or exported wrongly and guessing would silently shift columns.
 */
export class CsvParser {
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  /** The current field was quoted and its closing quote has been seen. */
  private closed = false;
  /** The current field has content (so `a,,b` and `a,"",b` both give '' but "" is quoted). */
  private quoted = false;
  /** A CR ended the last chunk; an LF at the start of the next one belongs to it. */
  private pendingCr = false;
  private physicalLine = 1;
  private recordLine = 1;
  private fieldLine = 1;

  constructor(
    private readonly delimiter: string,
    private readonly fileName: string,
    private readonly m: SourceMessages = sourceMessages('en'),
  ) {}

  /** The 1-based line the next character pushed is on. */
  get line(): number {
    return this.physicalLine;
  }

  /** Parses `text` and returns the records it completed, each with its 1-based first line. */
  push(text: string): { fields: string[]; line: number }[] {
    const out: { fields: string[]; line: number }[] = [];
    const d = this.delimiter;
    let i = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text[0] === '\n') i = 1;
    }
    for (; i < text.length; i++) {
      const ch = text[i]!;
      if (this.inQuotes) {
        if (ch === '"') {
          if (i + 1 < text.length) {
            if (text[i + 1] === '"') {
              this.field += '"';
              i++;
            } else {
              this.inQuotes = false;
              this.closed = true;
            }
          } else {
            // A quote at the chunk's end: the next chunk decides between "" and a close.
            this.inQuotes = false;
            this.closed = true;
          }
        } else {
          if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) this.physicalLine++;
          this.field += ch;
        }
        continue;
      }
      if (ch === d) {
        this.endField();
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') {
          if (i + 1 === text.length) this.pendingCr = true;
          else if (text[i + 1] === '\n') i++;
        }
        this.endField();
        out.push({ fields: this.fields, line: this.recordLine });
        this.fields = [];
        this.physicalLine++;
        this.recordLine = this.physicalLine;
        this.fieldLine = this.physicalLine;
      } else if (ch === '"') {
        if (this.closed) {
          // `"a""b"` split across chunks: the quote we took for a close was the first of "".
          if (text[i - 1] === undefined) {
            this.field += '"';
            this.inQuotes = true;
            this.closed = false;
            continue;
          }
          throw this.malformed(`text after a closing quote`);
        }
        if (this.field !== '' || this.quoted) throw this.malformed('a quote inside an unquoted field');
        this.inQuotes = true;
        this.quoted = true;
        this.fieldLine = this.physicalLine;
      } else {
        if (this.closed) throw this.malformed('text after a closing quote');
        this.field += ch;
      }
    }
    return out;
  }

  /** Flushes the last record (a file need not end with a line end). */
  end(): { fields: string[]; line: number }[] {
    if (this.inQuotes) {
      throw new SourceError(
        `${this.fileName}: line ${this.fieldLine}: a quoted field is never closed (missing " before the end of the file)`,
        1,
      );
    }
    if (this.fields.length === 0 && this.field === '' && !this.quoted) return [];
    this.endField();
    const last = { fields: this.fields, line: this.recordLine };
    this.fields = [];
    return [last];
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.closed = false;
    this.quoted = false;
    this.fieldLine = this.physicalLine;
  }

  private malformed(what: string): SourceError {
    return new SourceError(`${this.fileName}: line ${this.physicalLine}: ${what}; quote the whole field and double any " inside it`, 1);
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
