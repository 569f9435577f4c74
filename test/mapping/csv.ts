/** Reads the real sample CSVs for tests: a small RFC 4180 parser (quotes, doubled quotes, line breaks in quotes). */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../shared-path';

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A sample file from the shared samples folder as the values a sheet would hold (text cells, numbers as text). */
export function readSample(fileName: string, maxRows = Infinity): string[][] {
  return parseCsv(readFileSync(sharedPath('samples', fileName), 'utf8')).slice(0, maxRows);
}
