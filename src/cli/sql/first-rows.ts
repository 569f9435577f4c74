import { sqlValue, type Duck } from './duck';

/**
 * The first row of each distinct value of a CSV's columns, for the SQL path (issue 18), without
 * numbering every row in SQL. `row_number() OVER ()` makes DuckDB read the file on one thread (the
 * window needs the rows in order), which made the whole query single-threaded; the distinct values
 * are counted by a parallel query without it, and their first rows come from here:
 * 1. the file's first HEAD_ROWS rows, in file order (a LIMIT keeps DuckDB's insertion order and
 *    stops the scan early), where a column's few answers nearly always all appear;
 * 2. only if a value whose first row matters was not among them, the rows holding such values,
 *    numbered by the window and read until every one is found.
 * A first row matters where the order of the values or the place of one can reach the report:
 * the whole-column readers (scores, referral answers: label scales, decimal marks, evidence
 * places) and date groups other than ISO days (the date order is decided over day/month texts in
 * the order they first come, and names the first one). An ISO day group's texts all read alike and
 * decide nothing, and segments and journey stages are read cell by cell; those keep the place
 * given here (past every row, in key order) when the head does not hold them.
 */

/** Rows read from the top of the file for first rows (a few hundred KB of text). */
export const HEAD_ROWS = 4096;

export interface FirstOf {
  /** SQL of the column's value in `from`'s rows. */
  sql: string;
  /** Its distinct values (raw as DuckDB reads them); each gets `first` (1-based row) set, and `rep` for keyed columns. */
  values: { raw: unknown; first: number; rep?: unknown }[];
  /** Whether the first rows matter (see above). */
  matters(raw: unknown): boolean;
  /** With a representative: the SQL of the value whose first text is the group's representative (the date column for date keys). */
  repSql?: string;
}

export async function placeFirstRows(duck: Duck, from: string, columns: FirstOf[], rows: number): Promise<void> {
  const select = columns.flatMap((c) => [c.sql, c.repSql ?? 'NULL']).join(', ');
  const pending = columns.map((c) => new Map(c.values.map((v) => [v.raw, v])));
  const found = (row: number, at: (k: number) => unknown) => {
    let left = 0;
    for (let k = 0; k < columns.length; k++) {
      const entry = pending[k].get(at(2 * k));
      if (entry) {
        entry.first = row;
        if (columns[k].repSql) entry.rep = at(2 * k + 1);
        pending[k].delete(entry.raw);
      }
      left += pending[k].size;
    }
    return left;
  };
  let row = 0;
  await duck.chunks(`SELECT ${select} FROM ${from} LIMIT ${HEAD_ROWS}`, (chunk) => {
    for (let r = 0; r < chunk.rowCount; r++) found(++row, (k) => chunk.value(k, r));
  });
  // Past the head: only the values whose first row matters.
  const missing = columns.map((c, k) => [...pending[k].values()].filter((v) => c.matters(v.raw)));
  if (missing.some((list) => list.length > 0)) {
    const conditions = columns.flatMap((c, k) => {
      if (missing[k].length === 0) return [];
      const listed = missing[k].filter((v) => v.raw !== null).map((v) => sqlValue(v.raw));
      return [...(listed.length > 0 ? [`${c.sql} IN (${listed.join(', ')})`] : []), ...(missing[k].some((v) => v.raw === null) ? [`${c.sql} IS NULL`] : [])];
    });
    const numbered = `SELECT * FROM (SELECT CAST(row_number() OVER () AS INTEGER) AS rn, ${select} FROM ${from}) WHERE rn > ${HEAD_ROWS} AND (${conditions.join(' OR ')})`;
    let wanted = missing.reduce((n, list) => n + list.length, 0);
    for (let k = 0; k < columns.length; k++) pending[k] = new Map(missing[k].map((v) => [v.raw, v]));
    await duck.chunks(numbered, (chunk) => {
      const rn = chunk.ints(0);
      for (let r = 0; r < chunk.rowCount && wanted > 0; r++) wanted = found(rn[r], (k) => chunk.value(k + 1, r));
      return wanted > 0;
    });
  }
  // The rest (first rows that matter to nothing): past every row, in the order of their text.
  for (const column of columns) {
    const rest = column.values.filter((v) => !(v.first > 0));
    rest.sort((a, b) => (String(a.raw) < String(b.raw) ? -1 : String(a.raw) > String(b.raw) ? 1 : 0));
    rest.forEach((v, k) => (v.first = rows + 1 + k));
  }
}
