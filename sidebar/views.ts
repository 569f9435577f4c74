import type { MetricPreview } from '../src/addon/api';
import { h } from './dom';
import type { Messages } from './messages';
import { dateOrderLine, labelTable, SCORE_FIELDS, type ReadingActions, type ScoreField } from './reading-view';
import { scaleControls, type ScaleChange, type ScaledField } from './scales-view';
import { referralAnswersControl } from './referral-view';
import { cohortCard } from './cohort-view';
import { chosenColumn, columnInfo, confidenceLevel, type State } from './state';

/** What a view may ask for; main.ts implements them. */
export interface Actions extends ReadingActions {
  toggleSheet(name: string, on: boolean): void;
  chooseColumn(sheet: string, field: string, letter: string | null): void;
  chooseScale(field: ScaledField, change: ScaleChange): void;
  chooseReferralAnswers(answers: string[]): void;
  /** The preview's period: a key from the list or typed in any spec §6 form ('' = the default). */
  choosePeriod(period: string): void;
  build(): void;
}

function intro(text: string): HTMLElement {
  return h('p', { className: 'intro' }, text);
}

// ---- step 1: sheets ---------------------------------------------------------------------------

export function sheetsView(state: State, t: Messages, act: Actions): HTMLElement[] {
  if (!state.sheets) return [intro(t.sheetsIntro)];
  const data = state.sheets.filter((s) => !s.isDashboard);
  if (data.length === 0) return [intro(t.noSheets)];
  const items = data.map((sheet) => {
    const id = `sheet-${data.indexOf(sheet)}`;
    return h(
      'li',
      { className: 'check-row' },
      h('input', {
        type: 'checkbox',
        id,
        className: 'checkbox',
        ...(sheet.use ? { 'aria-describedby': `${id}-use` } : {}),
        checked: state.selected.includes(sheet.name),
        onchange: (e) => act.toggleSheet(sheet.name, (e.target as HTMLInputElement).checked),
      }),
      h('label', { for: id, className: 'check-label' }, h('span', { className: 'sheet-name' }, sheet.name), h('span', { className: 'meta' }, t.rows(sheet.rows))),
      // What detection would use the sheet for, or why not: outside the label, so the checkbox keeps its name.
      sheet.use ? h('p', { className: `sheet-use ${sheet.use.used ? 'sheet-used' : 'sheet-unused'}`, id: `${id}-use` }, sheet.use.text[state.lang]) : null,
    );
  });
  return [
    intro(t.sheetsIntro),
    h('fieldset', { className: 'group' }, h('legend', { className: 'sr-only' }, t.sheetsLabel), h('ul', { className: 'check-list' }, items)),
  ];
}

// ---- step 2: columns --------------------------------------------------------------------------

export function columnsView(state: State, t: Messages, act: Actions): HTMLElement[] {
  const sections = state.detection.map((detection, sheetIndex) => {
    const rows = detection.fields.map((field, fieldIndex) => {
      const chosen = chosenColumn(state, detection.sheet, field.field);
      const level = confidenceLevel(field, chosen);
      const info = columnInfo(detection, chosen);
      const id = `field-${sheetIndex}-${fieldIndex}`;
      const options = [h('option', { value: '' }, t.notUsed)];
      for (const col of detection.columns) {
        options.push(h('option', { value: col.letter, selected: chosen === col.letter }, `${col.letter}: ${col.header || '—'}`));
      }
      const samplesId = `${id}-samples`;
      // A dropdown shows one line; the chosen column's whole name is in its title (hover) and,
      // wrapped, under it, so a long Forms question is never cut off at 300 px.
      const chosenCol = detection.columns.find((col) => col.letter === chosen);
      const fullName = chosenCol ? `${chosenCol.letter}: ${chosenCol.header || '—'}` : '';
      return h(
        'div',
        { className: 'field' },
        h(
          'div',
          { className: 'field-head' },
          h('label', { for: id, className: 'field-label' }, field.label[state.lang]),
          h('span', { className: `badge badge-${level}`, title: `${Math.round(field.confidence * 100)}%` }, t.confidence[level]),
        ),
        h(
          'select',
          {
            id,
            className: 'select',
            'aria-describedby': samplesId,
            title: fullName || t.notUsed,
            'data-sheet': detection.sheet,
            'data-field': field.field,
            onchange: (e) => {
              const value = (e.target as HTMLSelectElement).value;
              act.chooseColumn(detection.sheet, field.field, value || null);
            },
          },
          options,
        ),
        fullName.length > 30 ? h('p', { className: 'column-full' }, fullName) : null,
        h(
          'p',
          { className: 'samples', id: samplesId },
          h('span', { className: 'sr-only' }, `${t.confidenceLabel(t.confidence[level])}. `),
          info ? [h('span', { className: 'samples-label' }, `${t.samples}: `), info.samples.length ? info.samples.join(' · ') : t.noSamples] : null,
          level === 'maybe' && field.letter ? maybeHint(detection, field.letter, t) : null,
        ),
        field.field === 'csat' || field.field === 'ces'
          ? scaleControls(state, t, { ...field, field: field.field }, chosen, id, (change) => act.chooseScale(field.field as ScaledField, change))
          : null,
        SCORE_FIELDS.includes(field.field) ? otherCandidates(detection, field, chosen, state, t, act) : null,
        SCORE_FIELDS.includes(field.field) ? labelTable(state, t, detection.sheet, field.field as ScoreField, info, id, act) : null,
        dateOrderLine(state, t, detection.sheet, info, id, act),
        field.field === 'referral' ? referralAnswersControl(state, t, chosen, id, (answers) => act.chooseReferralAnswers(answers)) : null,
      );
    });
    return h(
      'section',
      { className: 'sheet-block', 'aria-labelledby': `sheet-h-${sheetIndex}` },
      h('h3', { className: 'sheet-title', id: `sheet-h-${sheetIndex}` }, detection.sheet, detection.isFormsResponses ? h('span', { className: 'tag' }, t.formsTag) : null),
      dataRangeLine(state, t, detection.sheet),
      rows.length ? h('div', { className: 'fields' }, rows) : h('p', { className: 'meta' }, t.nothingFound),
    );
  });
  return [intro(t.columnsIntro), ...sections];
}

/** The sheet's own first and last day, once a preview has read its dates: "Data runs 2026-09-02 → 2026-10-28". */
function dataRangeLine(state: State, t: Messages, sheet: string): HTMLElement | null {
  const range = state.previewInfo?.dataRanges.find((r) => r.sheet === sheet);
  return range ? h('p', { className: 'data-range' }, t.dataRuns(range.first, range.last)) : null;
}

/**
 * A score column chosen among several that fit (three "On a scale of 0-10, how would you rate …"
 * questions): the other columns, named by their whole header, each a button that picks it in the
 * field's own dropdown; after a pick, the column detection chose is among the others. A column
 * picked that detection never suggested keeps the note: which column detection chose and which
 * others could be it, so the pick is made knowing them.
 */
function otherCandidates(detection: State['detection'][number], field: State['detection'][number]['fields'][number], chosen: string | null, state: State, t: Messages, act: Actions): HTMLElement | null {
  const plausible = field.letter ? [field.letter, ...(field.alternatives ?? [])] : [];
  if (plausible.length < 2 || chosen === null) return null;
  const label = field.label[state.lang];
  const others = plausible.filter((letter) => letter !== chosen);
  const suggested = plausible.includes(chosen);
  return h(
    'div',
    { className: 'candidates', 'data-field': field.field },
    h('p', { className: 'samples label-warning' }, suggested ? t.otherCandidates(label) : t.notSuggested(label, chosen, field.letter!)),
    h(
      'ul',
      { className: 'candidate-list' },
      others.map((letter) => {
        const header = detection.columns.find((col) => col.letter === letter)?.header || '—';
        return h(
          'li',
          { className: 'candidate' },
          h('span', { className: 'candidate-name' }, `${letter}: ${header}`),
          ' ',
          h('button', { type: 'button', className: 'btn btn-secondary btn-small', 'data-letter': letter, 'aria-label': t.useColumnAria(letter, label), onclick: () => act.chooseColumn(detection.sheet, field.field, letter) }, t.useColumn(letter)),
        );
      }),
    ),
  );
}

/** What a "maybe" column holds, so the person can judge it without picking it first. */
function maybeHint(detection: State['detection'][number], letter: string, t: Messages): HTMLElement {
  const column = detection.columns.find((c) => c.letter === letter);
  const label = column?.header ? `${letter} (${column.header})` : letter;
  const samples = column?.samples.length ? ` ${t.samples}: ${column.samples.join(' · ')}` : '';
  return h('span', { className: 'maybe-hint' }, `${t.maybeHint(label)}${samples}`);
}

// ---- step 3: preview --------------------------------------------------------------------------

function formatValue(metric: MetricPreview, t: Messages, lang: string): string {
  if (metric.value === null) return '—';
  const locale = lang === 'vi' ? 'vi-VN' : 'en-US';
  const digits = metric.unit === 'count' ? 0 : 1;
  const text = metric.value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: metric.unit === 'count' ? 0 : digits });
  if (metric.unit === 'mean' && metric.scale) return `${text} / ${metric.scale}`;
  return text + (t.units[metric.unit] ?? '');
}

function breakdownBar(metric: MetricPreview, t: Messages): HTMLElement | null {
  const b = metric.breakdown;
  const total = b ? b.promoters + b.passives + b.detractors : 0;
  if (!b || total === 0) return null;
  const pct = (x: number) => Math.round((100 * x) / total);
  const parts: [string, number, string][] = [
    ['promoters', b.promoters, t.promoters],
    ['passives', b.passives, t.passives],
    ['detractors', b.detractors, t.detractors],
  ];
  return h(
    'div',
    { className: 'breakdown' },
    h(
      'div',
      { className: 'bar', role: 'img', 'aria-label': t.breakdownLabel(pct(b.promoters), pct(b.passives), pct(b.detractors)) },
      parts.map(([key, count]) => h('span', { className: `seg seg-${key}`, style: `width:${(100 * count) / total}%` })),
    ),
    h(
      'ul',
      { className: 'legend', 'aria-hidden': 'true' },
      parts.map(([key, count, label]) => h('li', {}, h('span', {}, h('span', { className: `dot seg-${key}` }), label), h('b', {}, `${pct(count)}%`))),
    ),
  );
}

const openCoverage = new Set<string>();

/** What a number is made of: "n = 1,232 · 18 left out", and on expand each reason with its first sheet cells. */
function coverageView(metric: Pick<MetricPreview, 'coverage' | 'n' | 'sheet' | 'metric'>, t: Messages, lang: State['lang']): HTMLElement {
  const coverage = metric.coverage;
  if (!coverage) return h('span', { className: 'meta coverage-line' }, t.responses(metric.n));
  if (coverage.reasons.length === 0) return h('span', { className: 'meta coverage-line' }, coverage.line[lang]);
  const key = `${metric.sheet}\u0001${metric.metric}`;
  return h(
    'details',
    // Views are rebuilt on every change: an expanded list stays expanded.
    { className: 'coverage', open: openCoverage.has(key), ontoggle: (e) => ((e.target as HTMLDetailsElement).open ? openCoverage.add(key) : openCoverage.delete(key)) },
    h('summary', { className: 'meta coverage-line' }, coverage.line[lang]),
    h('ul', { className: 'coverage-reasons', 'aria-label': t.coverageReasonsLabel }, coverage.reasons.map((reason) => h('li', { 'data-reason': reason.reason }, reason.text[lang]))),
  );
}

/** The preview's period: the periods with data to pick from, and a field for any other form (a week, a range). */
function periodPicker(state: State, t: Messages, act: Actions): HTMLElement | null {
  const info = state.previewInfo;
  if (!info) return null;
  const dated = info.periods.length > 1;
  const shown = info.period.key;
  const typed = (form: HTMLFormElement) => (form.elements.namedItem('period-other') as HTMLInputElement).value.trim();
  return h(
    'div',
    { className: 'period-picker' },
    h('label', { for: 'preview-period', className: 'field-label' }, t.periodLabel),
    h(
      'select',
      { id: 'preview-period', className: 'select', disabled: !dated, onchange: (e) => act.choosePeriod((e.target as HTMLSelectElement).value) },
      [
        ...(info.periods.some((p) => p.key === shown) ? [] : [h('option', { value: shown, selected: true }, info.period.label[state.lang])]),
        ...info.periods.map((p) => h('option', { value: p.key, selected: p.key === shown }, p.label[state.lang])),
      ],
    ),
    dated
      ? h(
          'form',
          {
            className: 'period-other',
            onsubmit: (e) => {
              e.preventDefault();
              const value = typed(e.target as HTMLFormElement);
              if (value) act.choosePeriod(value);
            },
          },
          h('label', { for: 'period-other', className: 'sr-only' }, t.periodOther),
          h('input', { id: 'period-other', name: 'period-other', className: 'number period-text', type: 'text', placeholder: '2026-W41', title: t.periodOther, 'aria-describedby': 'period-other-hint' }),
          h('button', { type: 'submit', className: 'btn btn-secondary' }, t.periodShow),
          h('p', { id: 'period-other-hint', className: 'meta' }, `${t.periodOther}: ${t.periodOtherHint}`),
        )
      : null,
  );
}

/** Which period a card's number covers: the one picked, or why it is not. */
function cardPeriod(metric: MetricPreview, t: Messages, period: string): string {
  if (metric.ownPeriod) return t.periodOwn;
  if (metric.allRows) return t.periodAllRows;
  return t.periodShown(period);
}

export function previewView(state: State, t: Messages, act: Actions): HTMLElement[] {
  const metrics = state.preview ?? [];
  if (state.preview && metrics.length === 0) return [intro(t.noMetrics)];
  const period = state.previewInfo?.period.label[state.lang];
  const cards = metrics.map((metric) =>
    h(
      'section',
      { className: `card${metric.error ? ' card-error' : ''}`, 'data-metric': metric.metric, 'aria-label': t.metricNames[metric.metric] ?? metric.metric },
      h('div', { className: 'card-head' }, h('h3', { className: 'card-title' }, t.metricNames[metric.metric] ?? metric.metric)),
      h('div', { className: 'kpi' }, metric.error ? t.cannotCompute : formatValue(metric, t, state.lang)),
      // A card the engine refuses still says what the report could use and where the rest is.
      metric.error && !metric.coverage ? null : coverageView(metric, t, state.lang),
      metric.error ? h('p', { className: 'card-note' }, metric.error) : breakdownBar(metric, t),
      period ? h('p', { className: 'card-period' }, cardPeriod(metric, t, period)) : null,
      h('p', { className: 'source' }, metric.source),
    ),
  );
  const cohort = state.previewInfo?.cohort;
  if (cohort) cards.push(cohortCard(cohort, t, state.lang, (coverage) => coverageView({ coverage, n: 0, sheet: cohort.sheet, metric: 'CX_COHORT' }, t, state.lang)));
  return [intro(t.previewIntro), periodPicker(state, t, act), h('div', { className: 'cards' }, cards)].filter((part): part is HTMLElement => part !== null);
}

// ---- step 4: dashboard ------------------------------------------------------------------------

export function dashboardView(state: State, t: Messages, act: Actions): HTMLElement[] {
  const built = state.built;
  const parts: (HTMLElement | null)[] = [
    intro(t.buildIntro),
    h(
      'button',
      { type: 'button', id: 'build', className: 'btn btn-primary btn-block', disabled: !!state.busy, onclick: () => act.build() },
      built ? t.rebuildButton : t.buildButton,
    ),
    built
      ? h(
          'div',
          { className: 'success', 'data-sheet': built.sheetName },
          h('p', {}, t.built(built.sheetName)),
          h('p', { className: 'meta' }, t.builtStats(built.formulas, built.charts)),
          h('a', { href: built.url, target: '_blank', rel: 'noopener', className: 'link' }, t.openSheet),
        )
      : null,
  ];
  return parts.filter((part): part is HTMLElement => part !== null);
}
