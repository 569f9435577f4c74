import type { ReportSettings } from '../src/addon/reports-api';
import { h } from './dom';
import { MESSAGES, type Messages } from './messages';
import { dayText, hourText, momentText, periodText, reportStatus, TARGET_FIELDS, type ReportDraft, type ReportsState } from './reports-state';

/**
 * The Email reports panel: status, the schedule form, maturity targets, a test send and the log.
 * Views only build nodes from state; they change it through ReportActions (reports.ts).
 */
export interface ReportActions {
  /** Update the draft; `rerender` when the form's shape changes (monthly ↔ weekly). */
  edit(patch: Partial<ReportDraft>, rerender?: boolean): void;
  editTarget(key: string, value: string): void;
  restoreDefaults(): void;
  toggleTargets(open: boolean): void;
  showAllLog(): void;
  sendTest(): void;
}

const LOG_SHOWN = 5;
const ICONS = { sent: '✓', skipped: '–', failed: '!' } as const;

function hint(id: string, text: string): HTMLElement {
  return h('p', { className: 'hint', id }, text);
}

/** An inline problem tied to its field by aria-describedby, so focusing the field reads it. */
function fieldError(id: string, message: string | undefined): HTMLElement | null {
  return message ? h('p', { className: 'field-error', id }, h('span', { 'aria-hidden': 'true' }, '⚠ '), message) : null;
}

function statusCard(settings: ReportSettings, t: Messages): HTMLElement {
  const status = reportStatus(settings);
  const icon = status === 'on' ? '●' : status === 'off' ? '○' : '⚠';
  const title = status === 'on' ? t.statusOn : status === 'off' ? t.statusOff : status === 'damaged' ? t.scheduleDamaged : t.statusProblem;
  const lines: (HTMLElement | null)[] = [];
  // A permission the person declined on Google's consent screen comes first: nothing works without it.
  if (settings.consentProblem) lines.push(h('p', { className: 'report-status-text report-consent', id: 'report-consent', role: 'alert' }, settings.consentProblem));
  // A report that may or may not have gone out, or whose time passed unsent, is said here, not only in the log.
  const lastSentAt = settings.log.findIndex((entry) => entry.outcome === 'sent');
  const unsettled = settings.log.find((entry, i) => (entry.kind === 'uncertain' || entry.kind === 'missed') && entry.period && (lastSentAt < 0 || i < lastSentAt));
  if (unsettled?.period) {
    const period = periodText(unsettled.period, t);
    lines.push(h('p', { className: 'report-status-text report-attention', id: 'report-attention', role: 'status' }, unsettled.kind === 'uncertain' ? t.periodUncertain(period) : t.periodMissed(period)));
  }
  if (status === 'on' && settings.nextReport && settings.schedule) {
    lines.push(h('p', { className: 'report-status-text' }, t.nextReport(periodText(settings.nextReport.period, t), dayText(settings.nextReport.on, t), hourText(settings.schedule.hour))));
  } else if (status === 'off') {
    lines.push(h('p', { className: 'report-status-text' }, t.offHint));
  } else if (status === 'no-trigger') {
    lines.push(h('p', { className: 'report-status-text' }, t.noTriggerHint));
  } else if (status === 'damaged') {
    // The fix in the person's language first; the server's detail (which field) after it.
    lines.push(h('p', { className: 'report-status-text' }, t.scheduleDamagedFix), h('p', { className: 'report-status-text report-status-detail' }, settings.scheduleProblem ?? ''));
  }
  const last = settings.log.find((entry) => entry.outcome === 'sent');
  if (last && status !== 'damaged') lines.push(h('p', { className: 'report-status-text' }, t.lastSent(periodText(last.period, t), momentText(last.at, settings.timeZone, t))));
  return h('div', { className: `report-status report-status-${status}`, id: 'report-status' }, h('p', { className: 'report-status-title' }, h('span', { className: 'status-icon', 'aria-hidden': 'true' }, icon), title), ...lines);
}

function recipientsField(r: ReportsState, t: Messages, act: ReportActions): HTMLElement {
  const error = r.invalid?.field === 'recipients' ? r.invalid.message : undefined;
  return h(
    'div',
    { className: 'field' },
    h('label', { for: 'recipients', className: 'field-label' }, t.recipients),
    h('textarea', {
      id: 'recipients',
      className: `textarea${error ? ' is-invalid' : ''}`,
      rows: 3,
      spellcheck: 'false',
      autocomplete: 'off',
      placeholder: t.recipientsPlaceholder,
      'aria-describedby': error ? 'recipients-error recipients-hint' : 'recipients-hint',
      'aria-invalid': error ? 'true' : null,
      oninput: (e) => act.edit({ recipients: (e.target as HTMLTextAreaElement).value }),
    }, r.draft.recipients),
    fieldError('recipients-error', error),
    hint('recipients-hint', t.recipientsHint),
  );
}

function select(id: string, label: string, value: number | string, options: [string, string][], onchange: (value: string) => void, describedBy?: string): HTMLElement {
  return h(
    'div',
    { className: 'field' },
    h('label', { for: id, className: 'field-label' }, label),
    h(
      'select',
      { id, className: 'select', 'aria-describedby': describedBy ?? null, onchange: (e) => onchange((e.target as HTMLSelectElement).value) },
      options.map(([v, text]) => h('option', { value: v, selected: String(value) === v }, text)),
    ),
  );
}

function scheduleFields(r: ReportsState, t: Messages, act: ReportActions, timeZone: string): HTMLElement[] {
  const d = r.draft;
  const radio = (kind: 'monthly' | 'weekly' | 'quarterly', label: string) =>
    h(
      'label',
      { className: 'segment' },
      h('input', { type: 'radio', name: 'frequency', value: kind, id: `frequency-${kind}`, checked: d.kind === kind, onchange: () => act.edit({ kind }, true) }),
      h('span', {}, label),
    );
  const when =
    d.kind !== 'weekly'
      ? select('report-day', t.dayOfMonth, d.day, Array.from({ length: 28 }, (_, i) => [String(i + 1), String(i + 1)]), (v) => act.edit({ day: Number(v) }), 'frequency-covers')
      : select('report-weekday', t.dayOfWeek, d.weekday, t.weekdays.map((name, i) => [String(i + 1), name]), (v) => act.edit({ weekday: Number(v) }), 'frequency-covers');
  const hours = Array.from({ length: 24 }, (_, i): [string, string] => [String(i), hourText(i)]);
  return [
    h(
      'fieldset',
      { className: 'group' },
      h('legend', { className: 'field-label' }, t.frequency),
      h('div', { className: 'segmented' }, radio('monthly', t.monthly), radio('weekly', t.weekly), radio('quarterly', t.quarterly)),
      h('div', { className: 'row-2' }, when, select('report-hour', t.time, d.hour, hours, (v) => act.edit({ hour: Number(v) }), 'time-hint')),
      hint('frequency-covers', d.kind === 'monthly' ? t.monthlyCovers : d.kind === 'quarterly' ? t.quarterlyCovers : t.weeklyCovers),
      hint('time-hint', t.timeHint(timeZone)),
    ),
    select('report-lang', t.reportLang, d.lang, [['en', t.langNames.en], ['vi', t.langNames.vi]], (v) => act.edit({ lang: v === 'vi' ? 'vi' : 'en' })),
  ];
}

function targetsSection(r: ReportsState, t: Messages, act: ReportActions, settings: ReportSettings): HTMLElement {
  const rows = TARGET_FIELDS.map((field) => {
    const id = `target-${field.key}`;
    const error = r.invalid?.field === field.key ? r.invalid.message : undefined;
    const fallback = String(settings.defaultTargets[field.key]);
    const unit = t.targetUnits[field.key];
    return h(
      'div',
      { className: 'target-row' },
      h('label', { for: id, className: 'target-label' }, t.targetNames[field.key]),
      h(
        'span',
        { className: 'target-input' },
        h('input', {
          id,
          type: 'number',
          inputmode: 'decimal',
          className: `number${error ? ' is-invalid' : ''}`,
          min: field.min,
          max: field.max,
          step: field.step,
          value: r.draft.targets[field.key],
          placeholder: fallback,
          'aria-describedby': `${id}-default${error ? ` ${id}-error` : ''}`,
          'aria-invalid': error ? 'true' : null,
          oninput: (e) => act.editTarget(field.key, (e.target as HTMLInputElement).value),
        }),
        unit ? h('span', { className: 'unit', 'aria-hidden': 'true' }, unit) : null,
      ),
      h('span', { className: 'target-default', id: `${id}-default` }, t.targetDefault(unit ? `${fallback} ${unit}` : fallback)),
      fieldError(`${id}-error`, error),
    );
  });
  return h(
    'details',
    { className: 'disclosure', id: 'targets', open: r.targetsOpen, ontoggle: (e) => act.toggleTargets((e.target as HTMLDetailsElement).open) },
    h('summary', { className: 'disclosure-summary' }, t.targets),
    h('p', { className: 'hint' }, t.targetsIntro),
    h('div', { className: 'targets' }, rows),
    h('button', { type: 'button', id: 'restore-targets', className: 'btn btn-text btn-small', onclick: () => act.restoreDefaults() }, t.restoreDefaults),
  );
}

function testSection(r: ReportsState, t: Messages, act: ReportActions, settings: ReportSettings, busy: boolean): HTMLElement {
  const sent = r.testSent;
  // The server sends the latest complete period of the saved schedule.
  const weeklySaved = settings.schedule?.frequency.kind === 'weekly';
  const quarterlySaved = settings.schedule?.frequency.kind === 'quarterly';
  return h(
    'section',
    { className: 'subsection', 'aria-labelledby': 'test-title' },
    h('h3', { className: 'subsection-title', id: 'test-title' }, t.testTitle),
    h('p', { className: 'hint', id: 'test-hint' }, quarterlySaved ? t.testHintQuarterly(settings.userEmail) : settings.userEmail ? t.testHint(settings.userEmail, weeklySaved) : t.testHintNoEmail(weeklySaved)),
    h('button', { type: 'button', id: 'send-test', className: 'btn btn-secondary', disabled: busy, 'aria-describedby': 'test-hint', onclick: () => act.sendTest() }, t.sendTest),
    sent ? h('p', { className: 'inline-success' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t.testSent(sent.sentTo, periodText(sent.period, t))) : null,
    h('p', { className: 'meta quota' }, t.quotaLeft(settings.remainingQuota)),
  );
}

function logSection(r: ReportsState, t: Messages, act: ReportActions, settings: ReportSettings): HTMLElement {
  // The server keeps the log newest first; sorting again costs nothing and guards the promise.
  const entries = [...settings.log].sort((a, b) => b.at.localeCompare(a.at));
  const shown = r.showAllLog ? entries : entries.slice(0, LOG_SHOWN);
  const items = shown.map((entry) =>
    h(
      'li',
      { className: `log-entry log-${entry.outcome}` },
      h('span', { className: 'log-icon', 'aria-hidden': 'true' }, ICONS[entry.outcome]),
      h(
        'div',
        { className: 'log-body' },
        h('p', { className: 'log-head' }, h('b', { className: 'log-outcome' }, t.outcomes[entry.outcome]), entry.period ? ` · ${t.logPeriod(periodText(entry.period, t))}` : null),
        // The server records each reason in both languages; a send says the same thing in every language.
        h('p', { className: 'log-reason' }, entry.outcome === 'sent' && entry.recipients ? t.logSentTo(entry.recipients) : (t === MESSAGES.vi && entry.reasonVi) || entry.reason),
        h('p', { className: 'meta' }, h('time', { datetime: entry.at }, momentText(entry.at, settings.timeZone, t))),
      ),
    ),
  );
  return h(
    'section',
    { className: 'subsection', 'aria-labelledby': 'log-title' },
    h('h3', { className: 'subsection-title', id: 'log-title', tabindex: '-1' }, t.logTitle),
    items.length ? h('ul', { className: 'log', id: 'report-log' }, items) : h('p', { className: 'hint' }, t.logEmpty),
    entries.length > shown.length ? h('button', { type: 'button', id: 'log-all', className: 'btn btn-text btn-small', onclick: () => act.showAllLog() }, t.showAll(entries.length)) : null,
  );
}

export function reportsView(r: ReportsState, t: Messages, act: ReportActions, busy: boolean): HTMLElement[] {
  const settings = r.settings;
  const intro = h('p', { className: 'intro' }, t.reportsIntro);
  if (!settings) return [intro];
  return [
    statusCard(settings, t),
    intro,
    h('form', { className: 'report-form', id: 'report-form', novalidate: true, onsubmit: (e) => e.preventDefault() }, recipientsField(r, t, act), ...scheduleFields(r, t, act, settings.timeZone), targetsSection(r, t, act, settings)),
    testSection(r, t, act, settings, busy),
    logSection(r, t, act, settings),
  ];
}

/** The footer for this panel: Turn off (while a schedule or a trigger is on) and Save. */
export function reportsButtons(r: ReportsState, t: Messages, act: { save(): Promise<void>; turnOff(): Promise<void> }, busy: boolean): HTMLElement[] {
  const settings = r.settings;
  const on = !!settings && (settings.triggers > 0 || !!settings.schedule?.enabled);
  return [
    h('button', { type: 'button', id: 'turn-off', className: 'btn btn-secondary', disabled: busy || !on, onclick: () => void act.turnOff() }, t.turnOff),
    h('button', { type: 'button', id: 'save-reports', className: 'btn btn-primary', disabled: busy || !settings, onclick: () => void act.save() }, t.save),
  ];
}
