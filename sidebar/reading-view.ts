import type { ColumnInfo, WizardMapping } from '../src/addon/api';
import { h } from './dom';
import type { Messages } from './messages';
import type { State } from './state';

/**
 * How a chosen column reads, under its field in step 2 (metrics-spec.md 1.1–1.2): for a score
 * field, each answer written as words, how often it appears and its score (editable, saved in
 * the mapping's label table, so "Tốt" can count as 4); for a date column written day/month, the
 * order it is read in and why, with a choice for when the values cannot say.
 */

export type ScoreField = 'nps' | 'csat' | 'ces';
export const SCORE_FIELDS: readonly string[] = ['nps', 'csat', 'ces'];

export interface ReadingActions {
  chooseLabelScore(sheet: string, field: ScoreField, label: string, score: number | null): void;
  chooseDateOrder(sheet: string, order: 'dmy' | 'mdy' | null): void;
}

/** The label table of a score field's chosen column, or null when its answers are all numbers. */
export function labelTable(state: State, t: Messages, sheet: string, field: ScoreField, info: ColumnInfo | undefined, id: string, act: ReadingActions): HTMLElement | null {
  if (!info?.answers?.length || !state.mapping) return null;
  const own = state.mapping.sources.find((s) => s.sheetName === sheet)?.labels?.[field] ?? {};
  const rows = info.answers.map((answer, i) => {
    const inputId = `${id}-label-${i}`;
    const saved = own[answer.label];
    const score = saved ?? answer.scores[field];
    return h(
      'tr',
      {},
      h('td', {}, h('label', { for: inputId }, answer.label)),
      h('td', { className: 'num' }, String(answer.count)),
      h(
        'td',
        {},
        h('input', {
          id: inputId,
          type: 'number',
          className: `label-score${score === null ? ' label-missing' : ''}`,
          min: field === 'nps' ? 0 : 1,
          max: field === 'nps' ? 10 : field === 'csat' ? state.mapping!.scales.csat.scale : state.mapping!.scales.ces.scale,
          step: 1,
          value: score === null ? '' : String(score),
          'aria-label': t.labelScoreAria(answer.label),
          onchange: (e) => {
            const text = (e.target as HTMLInputElement).value.trim();
            act.chooseLabelScore(sheet, field, answer.label, text === '' ? null : Number(text));
          },
        }),
      ),
    );
  });
  const missing = info.answers.filter((a) => (own[a.label] ?? a.scores[field]) === null).length;
  return h(
    'div',
    { className: 'label-block' },
    h('table', { className: 'label-table' }, h('caption', { className: 'samples' }, t.labelCaption), h('thead', {}, h('tr', {}, h('th', {}, t.labelHead), h('th', {}, t.labelCount), h('th', {}, t.labelScore))), h('tbody', {}, rows)),
    missing > 0 ? h('p', { className: 'samples label-warning' }, t.labelsMissing(missing)) : null,
  );
}

/** The date-order decision of a chosen date column and the choice to set it, or null for other columns. */
export function dateOrderLine(state: State, t: Messages, sheet: string, info: ColumnInfo | undefined, id: string, act: ReadingActions): HTMLElement | null {
  // Once the preview has read the whole column, its decision is the one the email reads by
  // (detection saw only the first rows: a proving cell further down, or how few cells decide).
  const whole = info && state.previewInfo?.dateOrders?.find((d) => d.sheet === sheet && d.letter === info.letter)?.dateOrder;
  const dateOrder = whole ?? info?.dateOrder;
  if (!dateOrder || !state.mapping) return null;
  const setting = state.mapping.sources.find((s) => s.sheetName === sheet)?.dateOrder ?? '';
  const selectId = `${id}-order`;
  // The column's own values win over a setting; a setting wins over the locale.
  const { why, proved, ifSet } = dateOrder;
  const shown = setting && !proved && ifSet ? ifSet[setting] : why;
  // A few cells decided the order for many dates: said, until a setting of the same order confirms it.
  const few = dateOrder.fewCells;
  const order = dateOrder.order;
  return h(
    'div',
    { className: 'scale-block' },
    h('p', { className: 'samples date-order-why' }, t.dateOrderWhy(shown[state.lang])),
    few && setting !== order
      ? h('p', { className: 'samples label-warning date-order-few', role: 'note' }, `${upperFirst(few.text[state.lang])} ${t.dateOrderFewCellsHint(order, few.cells, t.dateOrders[order])}`)
      : null,
    h(
      'span',
      { className: 'scale-pair' },
      h('label', { for: selectId, className: 'scale-label' }, t.dateOrder),
      h(
        'select',
        {
          id: selectId,
          className: 'select select-small',
          onchange: (e) => {
            const value = (e.target as HTMLSelectElement).value;
            act.chooseDateOrder(sheet, value === 'dmy' || value === 'mdy' ? value : null);
          },
        },
        (['', 'dmy', 'mdy'] as const).map((order) => h('option', { value: order, selected: setting === order }, t.dateOrders[order || 'auto'])),
      ),
    ),
  );
}

/** `dates are read …` as a sentence of its own. */
function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The mapping with one label's score set (null: back to the built-in lists). */
export function withLabelScore(mapping: WizardMapping, sheet: string, field: ScoreField, label: string, score: number | null): WizardMapping {
  return {
    ...mapping,
    sources: mapping.sources.map((source) => {
      if (source.sheetName !== sheet) return source;
      const table = { ...(source.labels?.[field] ?? {}) };
      if (score === null || !Number.isInteger(score)) delete table[label];
      else table[label] = score;
      const labels = { ...(source.labels ?? {}), [field]: table };
      if (Object.keys(table).length === 0) delete labels[field];
      const { labels: _old, ...rest } = source;
      return Object.keys(labels).length ? { ...rest, labels } : rest;
    }),
  };
}

/** The mapping with a sheet's date order set (null: decided by the values, then the locale). */
export function withDateOrder(mapping: WizardMapping, sheet: string, order: 'dmy' | 'mdy' | null): WizardMapping {
  return {
    ...mapping,
    sources: mapping.sources.map((source) => {
      if (source.sheetName !== sheet) return source;
      const { dateOrder: _old, ...rest } = source;
      return order ? { ...rest, dateOrder: order } : rest;
    }),
  };
}
