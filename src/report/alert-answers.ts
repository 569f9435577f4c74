import { readDateColumn, readScoreColumn } from '../cells/column';
import type { Cell } from '../cells/types';
import type { DataSource } from '../mapping/schema';
import { columnIndex } from '../mapping/text';
import { answerId, type Answer } from './alerts';
import { textOf } from './columns';

/**
 * A mapped survey sheet's rows as answers for the alerts (issue 16): the scores read the way the
 * report and the custom functions read them (labels, the mapping's label table, non-answers), the
 * time from the timestamp column in the spreadsheet's zone, and a stable id per row (answerId).
 * Rows with no readable score are no answers; answered rows without a readable time are counted
 * (`noTime`), never alerted silently or dropped silently.
 */
export interface AnswerReading {
  timeZone: string;
  locale?: string;
  csatScale: number;
  cesScale: number;
}

/**
 * The cells that make an answer the same answer: its time, the respondent's email, its scores and
 * its segment, in the mapping's order. Not its comment: someone fixing a typo in a comment must not
 * make it a new answer alerted again (issue 16: exactly once per answer), while the same row pasted
 * twice stays one answer.
 */
export function keyCells(source: DataSource, row: readonly Cell[]): Cell[] {
  return (['timestamp', 'email', 'nps', 'csat', 'ces', 'segment'] as const).map((field) => {
    const letter = source.columns[field];
    const index = letter === undefined ? -1 : columnIndex(letter);
    return index >= 0 && index < row.length ? row[index] : '';
  });
}

export function answersOfSheet(source: DataSource, sheetId: number, rows: readonly (readonly Cell[])[], reading: AnswerReading): { answers: Answer[]; noTime: number } {
  const data = rows.slice(source.headerRow);
  const col = (letter: string | undefined): Cell[] | undefined => {
    if (letter === undefined) return undefined;
    const index = columnIndex(letter);
    return data.map((row) => (index < row.length ? row[index] : ''));
  };
  const score = (field: 'nps' | 'csat' | 'ces', low: number, high: number) => {
    const cells = col(source.columns[field]);
    if (!cells) return undefined;
    return readScoreColumn(cells, { low, high, family: field === 'nps' ? undefined : field, labels: source.labels?.[field], locale: reading.locale }).values;
  };
  const nps = score('nps', 0, 10);
  const csat = score('csat', 1, reading.csatScale);
  const ces = score('ces', 1, reading.cesScale);
  const dateCells = col(source.columns.timestamp);
  const times = dateCells ? readDateColumn(dateCells, { timeZone: reading.timeZone, order: source.dateOrder, locale: reading.locale }).values : undefined;
  const comment = col(source.columns.comment);
  const segment = col(source.columns.segment);
  const email = col(source.columns.email);
  const answers: Answer[] = [];
  let noTime = 0;
  const at = (values: Float64Array | undefined, i: number) => (values && values[i] === values[i] ? values[i] : undefined);
  for (let i = 0; i < data.length; i++) {
    const a = { nps: at(nps, i), csat: at(csat, i), ces: at(ces, i) };
    if (a.nps === undefined && a.csat === undefined && a.ces === undefined) continue;
    const time = at(times, i);
    if (time === undefined) {
      noTime++;
      continue;
    }
    const text = (cells: Cell[] | undefined) => (cells ? textOf(cells[i]) || undefined : undefined);
    answers.push({
      id: answerId(sheetId, keyCells(source, data[i])),
      sheetName: source.sheetName,
      sheetId,
      row: source.headerRow + i + 1,
      at: time,
      ...(a.nps !== undefined && { nps: a.nps }),
      ...(a.csat !== undefined && { csat: a.csat }),
      ...(a.ces !== undefined && { ces: a.ces }),
      ...(text(comment) && { comment: text(comment) }),
      ...(text(segment) && { segment: text(segment) }),
      ...(text(email) && { email: text(email) }),
    });
  }
  return { answers, noTime };
}
