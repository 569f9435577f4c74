/**
 * A plain-text table for the terminal: columns padded to their widest cell, numbers right-
 * aligned. Width counts code points after NFC, so Vietnamese letters with marks count as one.
 */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string {
  const width = (text: string) => [...text.normalize('NFC')].length;
  const widths = headers.map((h, c) => Math.max(width(h), ...rows.map((row) => width(row[c] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - width(cell));
        return rightAligned.has(c) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

/** JSON with every object's keys sorted, two-space indented: the same input prints the same bytes. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * One RFC 4180 line: fields with a comma, quote or line break are quoted, quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a CR: a group
 * value such as `=HYPERLINK(...)` taken from the data) gets a leading apostrophe, as OWASP's
 * CSV-injection advice says (https://owasp.org/www-community/attacks/CSV_Injection); numbers,
 * also negative ones and number text like "-5", stay as they are.
 */
export function csvLine(fields: readonly (string | number | boolean | null)[]): string {
  return (
    fields
      .map((field) => {
        const raw = field === null ? '' : String(field);
        const text = typeof field === 'string' && FORMULA_START.test(raw) && !PLAIN_NUMBER.test(raw) ? `'${raw}` : raw;
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(',') + '\n'
  );
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
