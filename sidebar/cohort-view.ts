import type { CohortPreview } from '../src/addon/api';
import { h } from './dom';
import type { Messages } from './messages';
import type { State } from './state';

/**
 * The preview's cohort card (issue 11): with an activity or order log mapped, the email's month-1
 * and month-3 retention, then the latest cohorts as a compact table (the dashboard's CX_COHORT
 * rows), what the figures are made of, the month they are measured in and the log's range.
 */
export function cohortCard(cohort: CohortPreview, t: Messages, lang: State['lang'], coverage: (line: NonNullable<CohortPreview['coverage']>) => HTMLElement): HTMLElement {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-US';
  // The table's cells in whole percents (room at 300 px); the two figures as the other cards show rates.
  const percent = (value: number | null, digits = 0) => (value === null ? '–' : `${value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits })}%`);
  const figure = (months: number, found: CohortPreview['month1']) =>
    h('div', { className: 'cohort-figure', 'data-after': String(months) }, h('span', { className: 'meta' }, t.cohortAfter(months)), h('b', { className: 'cohort-value' }, found ? percent(found.value, 1) : '–'));
  const c = t.cohortColumns;
  return h(
    'section',
    { className: `card card-cohort${cohort.error ? ' card-error' : ''}`, 'data-metric': 'CX_COHORT', 'aria-label': t.cohortTitle },
    h('div', { className: 'card-head' }, h('h3', { className: 'card-title' }, t.cohortTitle)),
    cohort.error
      ? h('p', { className: 'card-note' }, cohort.error)
      : h('div', { className: 'cohort-figures' }, figure(1, cohort.month1), figure(3, cohort.month3)),
    cohort.coverage ? coverage(cohort.coverage) : null,
    cohort.rows.length
      ? h(
          'table',
          { className: 'cohort-table', 'aria-label': t.cohortTableLabel },
          h('thead', {}, h('tr', {}, [c.cohort, c.size, c.after1, c.after3].map((text) => h('th', { scope: 'col' }, text)))),
          h(
            'tbody',
            {},
            cohort.rows.map((row) =>
              h('tr', { 'data-cohort': row.key }, h('th', { scope: 'row' }, row.label[lang]), h('td', {}, row.size.toLocaleString(locale)), h('td', {}, percent(row.after1)), h('td', {}, percent(row.after3))),
            ),
          ),
        )
      : null,
    h('p', { className: 'card-period' }, t.cohortPeriod(cohort.month.label[lang])),
    h('p', { className: 'source' }, cohort.source),
  );
}
