import { navView, noticeView, statusView, stepperView } from './chrome';
import { withDateOrder, withLabelScore } from './reading-view';
import { byId, h } from './dom';
import { MESSAGES, type Lang } from './messages';
import { alertsController } from './alerts';
import { ALERT_MESSAGES } from './alerts-messages';
import { alertsButtons, alertsView } from './alerts-view';
import { reportsController } from './reports';
import { reportsButtons, reportsView } from './reports-view';
import { call, messageOf, NoBridgeError } from './rpc';
import { initialState, keyOf, mergeSaved, scaleOfColumn, withColumn, withScale, type BusyKey, type State } from './state';
import { columnsView, dashboardView, previewView, sheetsView, type Actions } from './views';

/**
 * The sidebar: one state object, the wizard's four step views and the Email reports panel
 * (reports.ts), and actions that call the server. Every call
 * goes through `run`, which shows progress (aria-busy, a spinner and a spoken status line) and
 * turns a failure into the server's plain message with a "Try again" button.
 */

/** What the server wrote into the page (menu.ts): the person's language and the menu item used. */
function readBoot(): { lang?: string; start?: string } {
  try {
    return JSON.parse(byId('cx-boot').textContent || '{}') as { lang?: string; start?: string };
  } catch {
    return {};
  }
}

const boot = readBoot();
// A page served without the server's boot data falls back to the browser's language.
const bootLang: Lang = boot.lang === 'vi' || boot.lang === 'en' ? boot.lang : navigator.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
const state: State = initialState(bootLang);
const t = () => MESSAGES[state.lang];
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewSeq = 0;

async function run<T>(busy: BusyKey, work: () => Promise<T>, retry: (() => void) | null): Promise<T | undefined> {
  // The pressed button is disabled while the call runs, which drops keyboard focus; it comes back after.
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  state.busy = busy;
  state.error = null;
  state.announce = null;
  render();
  try {
    return await work();
  } catch (error) {
    const message = error instanceof NoBridgeError ? t().noBridge : messageOf(error, t().unknownError);
    state.error = { message, retry };
    return undefined;
  } finally {
    state.busy = null;
    render();
    if (focusedId && (document.activeElement === document.body || !document.activeElement)) document.getElementById(focusedId)?.focus();
  }
}

const reports = reportsController({ state, t, run, render });
const alerts = alertsController({ state, t, run, render });

// ---- actions ----------------------------------------------------------------------------------

async function start(): Promise<void> {
  await run(
    'loadingSheets',
    async () => {
      const [saved, listed] = await Promise.all([call('loadMapping', { lang: state.lang }), call('listSheets', { lang: state.lang })]);
      state.saved = saved;
      state.sheets = listed.sheets;
      const names = listed.sheets.filter((s) => !s.isDashboard).map((s) => s.name);
      if (saved.status === 'ok' && saved.mapping) {
        state.savedMapping = saved.mapping;
        state.selected = saved.mapping.sources.map((s) => s.sheetName).filter((name) => names.includes(name));
      }
      if (state.selected.length === 0) state.selected = names.includes(listed.activeSheet) ? [listed.activeSheet] : names.slice(0, 1);
      // "Build dashboard" from the menu goes straight to step 4 when a setup is saved.
      if (boot.start === 'dashboard' && saved.status === 'ok') state.step = 3;
    },
    () => void start(),
  );
}

async function detect(): Promise<boolean> {
  const forKey = keyOf([...state.selected].sort());
  if (forKey === state.detectedFor && state.mapping) return true;
  const ok = await run(
    'detecting',
    async () => {
      const result = await call('detectMapping', { lang: state.lang, sheets: state.selected });
      state.detection = result.sheets;
      state.mapping = mergeSaved(result.mapping, state.savedMapping, result.sheets);
      state.detectedFor = forKey;
      state.preview = null;
      return true;
    },
    () => void next(),
  );
  return ok === true;
}

/** What a preview is computed for: the mapping and the period picked. */
const previewKey = (mapping: unknown) => keyOf([mapping, state.previewPeriod]);
/** The preview being computed now, so a second ask for the same one waits for it instead of calling again. */
let previewAsked = '';

async function refreshPreview(): Promise<void> {
  const mapping = state.mapping;
  if (!mapping) return;
  const forKey = previewKey(mapping);
  if (forKey === state.previewFor || forKey === previewAsked) return;
  const seq = ++previewSeq;
  const period = state.previewPeriod;
  previewAsked = forKey;
  await run(
    'previewing',
    async () => {
      const result = await call('previewMetrics', { lang: state.lang, mapping, ...(period ? { period } : {}) });
      // A newer change may have started another preview while this one ran; the newest wins.
      if (seq !== previewSeq) return;
      const { metrics, ...info } = result;
      state.preview = metrics;
      state.previewInfo = info;
      state.previewFor = forKey;
    },
    () => void refreshPreview(),
  );
  if (seq !== previewSeq) return;
  previewAsked = '';
  // A period the server refused (its message lists the accepted forms) is not kept for the next preview.
  if (state.previewFor !== forKey && period) {
    state.previewPeriod = state.previewInfo?.period.key ?? '';
    render();
  }
}

async function next(): Promise<void> {
  if (state.busy) return;
  if (state.step === 0) {
    if (state.selected.length === 0) {
      state.error = { message: t().pickOne, retry: null };
      return render();
    }
    if (await detect()) {
      go(1);
      // The preview also gives each sheet's own date range, which step 2 shows under its name.
      void refreshPreview();
    }
  } else if (state.step === 1) {
    go(2);
    await refreshPreview();
  } else if (state.step === 2) {
    const mapping = state.mapping;
    if (!mapping) return;
    const saved = await run('saving', () => call('saveMapping', { lang: state.lang, mapping }), () => void next());
    if (saved) {
      state.saved = { status: 'ok', message: '', mapping };
      go(3);
    }
  }
}

function go(step: number): void {
  state.step = step;
  state.error = null;
  render();
  byId('panel-title').focus();
}

function mappingChanged(): void {
  render();
  // Preview as the person edits, a moment after the last change, so step 3 is ready when they get there.
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void refreshPreview(), 250);
}

const actions: Actions = {
  toggleSheet(name, on) {
    state.selected = on ? [...state.selected, name] : state.selected.filter((s) => s !== name);
    state.error = null;
    render();
  },
  chooseColumn(sheet, field, column) {
    if (!state.mapping) return;
    state.mapping = withColumn(state.mapping, sheet, field, column);
    // Another CSAT or CES column brings its own answers, so the scale they are on comes with it.
    const scale = field === 'csat' || field === 'ces' ? scaleOfColumn(state.detection, sheet, field, column) : null;
    if (scale !== null) state.mapping = withScale(state.mapping, field as 'csat' | 'ces', { scale });
    mappingChanged();
  },
  chooseScale(field, change) {
    if (!state.mapping) return;
    state.mapping = withScale(state.mapping, field, change);
    mappingChanged();
  },
  chooseLabelScore(sheet, field, label, score) {
    if (!state.mapping) return;
    state.mapping = withLabelScore(state.mapping, sheet, field, label, score);
    mappingChanged();
  },
  chooseDateOrder(sheet, order) {
    if (!state.mapping) return;
    state.mapping = withDateOrder(state.mapping, sheet, order);
    mappingChanged();
  },
  chooseReferralAnswers(answers) {
    if (!state.mapping) return;
    // An empty list falls back to the proposed answers when read (mapping/schema.ts referralAnswersFor).
    const { referralAnswers: _old, ...rest } = state.mapping;
    state.mapping = answers.length > 0 ? { ...rest, referralAnswers: answers } : rest;
    mappingChanged();
  },
  choosePeriod(period) {
    state.previewPeriod = period;
    void refreshPreview();
  },
  build() {
    void run(
      'building',
      async () => {
        state.built = await call('buildDashboard', { lang: state.lang });
      },
      () => actions.build(),
    );
  },
};

async function resetSaved(): Promise<void> {
  await run(
    'working',
    async () => {
      await call('resetMapping', { lang: state.lang });
      state.saved = { status: 'missing', message: '', mapping: undefined };
      state.savedMapping = null;
      state.info = t().resetDone;
      go(0);
    },
    () => void resetSaved(),
  );
}

function fixSaved(): void {
  // An old mapping comes back migrated: its sheets are picked and its columns reviewed in step 2.
  // A damaged one cannot be read, so detection proposes a fresh one; saving in step 3 replaces it.
  const migrated = state.saved?.status === 'old-version' ? state.saved.mapping : undefined;
  const names = (state.sheets ?? []).map((s) => s.name);
  if (migrated) {
    state.selected = migrated.sources.map((s) => s.sheetName).filter((name) => names.includes(name));
    state.savedMapping = migrated;
  } else {
    state.savedMapping = null;
  }
  state.saved = null;
  state.detectedFor = '';
  void next();
}

/** Between the wizard and Email reports; each loads what it needs the first time it is shown. */
function setView(view: State['view']): void {
  if (state.busy || state.view === view) return;
  state.view = view;
  state.error = null;
  state.announce = null;
  render();
  byId('panel-title').focus();
  if (view === 'reports' && !state.reports.settings) void reports.load();
  if (view === 'alerts' && !state.alerts.settings) void alerts.load();
  if (view === 'setup' && !state.sheets) void start();
}

function setLang(lang: Lang): void {
  state.lang = lang;
  render();
}

// ---- rendering --------------------------------------------------------------------------------

function renderNotice(): void {
  const notice = byId('notice');
  const shown = noticeView(state, t(), { fixSaved, resetSaved: () => void resetSaved() });
  notice.className = shown?.className ?? notice.className;
  notice.replaceChildren(...(shown?.children ?? []));
  notice.hidden = notice.childElementCount === 0;
}

function renderPanel(act: Actions): void {
  const m = t();
  const panel = byId('panel');
  const views = [sheetsView, columnsView, previewView, dashboardView];
  const reportsOpen = state.view === 'reports';
  const alertsOpen = state.view === 'alerts';
  panel.replaceChildren(
    h('h2', { id: 'panel-title', className: 'panel-title', tabindex: '-1' }, alertsOpen ? m.alertsTitle : reportsOpen ? m.reportsTitle : m.stepTitles[state.step]),
    ...(alertsOpen
      ? alertsView(state.alerts, ALERT_MESSAGES[state.lang], m, alerts.actions, !!state.busy, state.lang)
      : reportsOpen
        ? reportsView(state.reports, m, reports.actions, !!state.busy)
        : views[state.step](state, m, act)),
  );
  panel.setAttribute('aria-busy', state.busy ? 'true' : 'false');
  panel.setAttribute('aria-labelledby', 'panel-title');
}

function renderActions(): void {
  const m = t();
  if (state.view === 'reports') return void byId('actions').replaceChildren(...reportsButtons(state.reports, m, reports, !!state.busy));
  if (state.view === 'alerts') return void byId('actions').replaceChildren(...alertsButtons(state.alerts, ALERT_MESSAGES[state.lang], alerts, !!state.busy));
  const buttons: HTMLElement[] = [];
  if (state.step > 0) buttons.push(h('button', { type: 'button', id: 'back', className: 'btn btn-secondary', disabled: !!state.busy, onclick: () => go(state.step - 1) }, m.back));
  if (state.step < 3)
    buttons.push(h('button', { type: 'button', id: 'next', className: 'btn btn-primary', disabled: !!state.busy || (state.step === 0 && !state.sheets), onclick: () => void next() }, m.next));
  byId('actions').replaceChildren(...buttons);
}

function render(): void {
  const m = t();
  // Views are rebuilt on each change; put keyboard focus back where it was so a person moving
  // through the selects with Tab and arrow keys does not lose their place.
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  document.documentElement.lang = state.lang;
  byId('title').textContent = m.appTitle;
  byId('lang-group').setAttribute('aria-label', m.langSwitch);
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('.lang-btn'))) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
  }
  const nav = byId('nav');
  nav.setAttribute('aria-label', m.navLabel);
  nav.replaceChildren(...navView(state, m, setView));
  const stepper = byId('stepper');
  stepper.hidden = state.view !== 'setup';
  stepper.setAttribute('aria-label', m.stepOf(state.step + 1, m.steps.length));
  stepper.replaceChildren(...stepperView(state, m));
  renderNotice();
  renderPanel(actions);
  const status = byId('status');
  status.replaceChildren(...statusView(state, m));
  status.className = state.busy ? 'status busy' : 'status';
  renderActions();
  if (focusedId) document.getElementById(focusedId)?.focus();
}

for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('.lang-btn'))) {
  button.addEventListener('click', () => setLang(button.dataset.lang === 'vi' ? 'vi' : 'en'));
}
// "Email reports" from the menu opens the panel; the wizard loads when the person goes to it.
if (boot.start === 'reports') state.view = 'reports';
if (boot.start === 'alerts') state.view = 'alerts';
render();
if (state.view === 'reports') void reports.load();
else if (state.view === 'alerts') void alerts.load();
else void start();
