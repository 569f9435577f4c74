import type { AlertSettingsView } from '../src/addon/alerts-api';
import type { AlertActions } from './alerts';
import type { AlertMessages } from './alerts-messages';
import { ALERT_METRICS, LOWEST, type AlertsState } from './alerts-state';
import { h } from './dom';
import type { Lang, Messages } from './messages';
import { momentText } from './reports-state';

/**
 * The Alerts panel: status, on/off, recipients, language, a threshold per score, a test send and
 * the last alerts with their outcome. Views only build nodes from state; they change it through
 * AlertActions (alerts.ts).
 */

const LOG_SHOWN = 5;
const ICONS = { sent: '✓', skipped: '–', failed: '!' } as const;

function fieldError(id: string, message: string | undefined): HTMLElement | null {
  return message ? h('p', { className: 'field-error', id }, h('span', { 'aria-hidden': 'true' }, '⚠ '), message) : null;
}

function statusCard(view: AlertSettingsView, t: AlertMessages): HTMLElement {
  const s = view.settings;
  const status = view.problem ? 'damaged' : !s?.enabled ? 'off' : view.triggers > 0 ? 'on' : 'no-trigger';
  const icon = status === 'on' ? '●' : status === 'off' ? '○' : '⚠';
  const title = status === 'on' ? t.statusOn : status === 'off' ? t.statusOff : status === 'damaged' ? t.statusDamaged : t.statusProblem;
  const line = status === 'on' ? t.onHint(s!.recipients.length) : status === 'off' ? t.offHint : status === 'damaged' ? t.damagedFix : t.noTriggerHint;
  return h(
    'div',
    { className: `report-status report-status-${status}`, id: 'alert-status' },
    h('p', { className: 'report-status-title' }, h('span', { className: 'status-icon', 'aria-hidden': 'true' }, icon), title),
    h('p', { className: 'report-status-text' }, line),
    view.problem ? h('p', { className: 'report-status-text report-status-detail' }, view.problem) : null,
  );
}

function thresholdRows(a: AlertsState, t: AlertMessages, act: AlertActions, scales: AlertSettingsView['scales']): HTMLElement {
  const rows = ALERT_METRICS.map((metric) => {
    const id = `threshold-${metric}`;
    const name = t.metricNames[metric];
    const value = a.draft.thresholds[metric];
    const error = a.invalid?.field === id ? a.invalid.message : undefined;
    return h(
      'div',
      { className: 'target-row' },
      h(
        'label',
        { className: 'check', for: `alert-on-${metric}` },
        h('input', { type: 'checkbox', id: `alert-on-${metric}`, checked: value.on, 'aria-label': t.metricOn(name), onchange: (e) => act.editThreshold(metric, { on: (e.target as HTMLInputElement).checked }, true) }),
        h('span', { className: 'target-label' }, name),
      ),
      h(
        'span',
        { className: 'target-input' },
        h('span', { className: 'unit', 'aria-hidden': 'true' }, '≤'),
        h('input', {
          id,
          type: 'number',
          inputmode: 'numeric',
          className: `number${error ? ' is-invalid' : ''}`,
          min: LOWEST[metric],
          max: scales[metric] - 1,
          step: '1',
          value: value.max,
          disabled: !value.on,
          'aria-label': t.thresholdLabel(name),
          'aria-describedby': `${id}-scale${error ? ` ${id}-error` : ''}`,
          'aria-invalid': error ? 'true' : null,
          oninput: (e) => act.editThreshold(metric, { max: (e.target as HTMLInputElement).value }),
        }),
      ),
      h('span', { className: 'target-default', id: `${id}-scale` }, t.onScale(LOWEST[metric], scales[metric])),
      fieldError(`${id}-error`, error),
    );
  });
  return h(
    'fieldset',
    { className: 'group', id: 'alert-thresholds' },
    h('legend', { className: 'field-label' }, t.thresholds),
    h('p', { className: 'hint' }, t.thresholdsIntro),
    h('div', { className: 'targets' }, rows),
  );
}

function form(a: AlertsState, t: AlertMessages, m: Messages, act: AlertActions, view: AlertSettingsView): HTMLElement {
  const error = a.invalid?.field === 'recipients' ? a.invalid.message : undefined;
  return h(
    'form',
    { className: 'report-form', id: 'alert-form', novalidate: true, onsubmit: (e) => e.preventDefault() },
    h(
      'label',
      { className: 'check field', for: 'alert-enabled' },
      h('input', { type: 'checkbox', id: 'alert-enabled', checked: a.draft.enabled, onchange: (e) => act.edit({ enabled: (e.target as HTMLInputElement).checked }, true) }),
      h('span', {}, t.enabled),
    ),
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'alert-recipients', className: 'field-label' }, t.recipients),
      h('textarea', {
        id: 'alert-recipients',
        className: `textarea${error ? ' is-invalid' : ''}`,
        rows: 3,
        spellcheck: 'false',
        autocomplete: 'off',
        placeholder: t.recipientsPlaceholder,
        'aria-describedby': error ? 'alert-recipients-error alert-recipients-hint' : 'alert-recipients-hint',
        'aria-invalid': error ? 'true' : null,
        oninput: (e) => act.edit({ recipients: (e.target as HTMLTextAreaElement).value }),
      }, a.draft.recipients),
      fieldError('alert-recipients-error', error),
      h('p', { className: 'hint', id: 'alert-recipients-hint' }, t.recipientsHint),
    ),
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'alert-lang', className: 'field-label' }, t.alertLang),
      h(
        'select',
        { id: 'alert-lang', className: 'select', onchange: (e) => act.edit({ lang: (e.target as HTMLSelectElement).value === 'vi' ? 'vi' : 'en' }) },
        (['en', 'vi'] as Lang[]).map((l) => h('option', { value: l, selected: a.draft.lang === l }, m.langNames[l])),
      ),
    ),
    thresholdRows(a, t, act, view.scales),
  );
}

function testSection(a: AlertsState, t: AlertMessages, act: AlertActions, view: AlertSettingsView, busy: boolean): HTMLElement {
  return h(
    'section',
    { className: 'subsection', 'aria-labelledby': 'alert-test-title' },
    h('h3', { className: 'subsection-title', id: 'alert-test-title' }, t.testTitle),
    h('p', { className: 'hint', id: 'alert-test-hint' }, t.testHint(view.userEmail)),
    h('button', { type: 'button', id: 'send-test-alert', className: 'btn btn-secondary', disabled: busy, 'aria-describedby': 'alert-test-hint', onclick: () => act.sendTest() }, t.sendTest),
    a.testSent ? h('p', { className: 'inline-success' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t.testSent(a.testSent.sentTo)) : null,
  );
}

function logSection(t: AlertMessages, m: Messages, view: AlertSettingsView, lang: Lang): HTMLElement {
  const entries = [...view.log].sort((x, y) => y.at.localeCompare(x.at)).slice(0, LOG_SHOWN);
  const items = entries.map((entry) =>
    h(
      'li',
      { className: `log-entry log-${entry.outcome}` },
      h('span', { className: 'log-icon', 'aria-hidden': 'true' }, ICONS[entry.outcome]),
      h(
        'div',
        { className: 'log-body' },
        h('p', { className: 'log-head' }, h('b', { className: 'log-outcome' }, t.outcomes[entry.outcome])),
        // The server records each reason in both languages.
        h('p', { className: 'log-reason' }, (lang === 'vi' && entry.reasonVi) || entry.reason),
        h('p', { className: 'meta' }, h('time', { datetime: entry.at }, momentText(entry.at, view.timeZone, m))),
      ),
    ),
  );
  return h(
    'section',
    { className: 'subsection', 'aria-labelledby': 'alert-log-title' },
    h('h3', { className: 'subsection-title', id: 'alert-log-title', tabindex: '-1' }, t.logTitle),
    items.length ? h('ul', { className: 'log', id: 'alert-log' }, items) : h('p', { className: 'hint' }, t.logEmpty),
  );
}

export function alertsView(a: AlertsState, t: AlertMessages, m: Messages, act: AlertActions, busy: boolean, lang: Lang): HTMLElement[] {
  const view = a.settings;
  const intro = h('p', { className: 'intro' }, t.intro);
  if (!view) return [intro];
  return [statusCard(view, t), intro, form(a, t, m, act, view), testSection(a, t, act, view, busy), logSection(t, m, view, lang)];
}

export function alertsButtons(a: AlertsState, t: AlertMessages, act: { save(): Promise<void> }, busy: boolean): HTMLElement[] {
  return [h('button', { type: 'button', id: 'save-alerts', className: 'btn btn-primary', disabled: busy || !a.settings, onclick: () => void act.save() }, t.save)];
}
