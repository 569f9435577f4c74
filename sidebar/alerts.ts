import type { AlertSettingsView } from '../src/addon/alerts-api';
import { ALERT_MESSAGES } from './alerts-messages';
import { alertDraftFrom, checkAlertDraft, type AlertDraft, type AlertMetricKey } from './alerts-state';
import { byId } from './dom';
import type { Messages } from './messages';
import { call } from './rpc';
import type { BusyKey, State } from './state';

/**
 * What the Alerts panel does: load the saved settings, save them (on: the server keeps one
 * form-submit trigger and the daily catch-up), send a test alert. Calls go through the page's
 * `run`, so progress and failures look the same as everywhere else in the sidebar.
 */
export interface AlertsHost {
  state: State;
  t(): Messages;
  run<T>(busy: BusyKey, work: () => Promise<T>, retry: (() => void) | null): Promise<T | undefined>;
  render(): void;
}

export interface AlertActions {
  edit(patch: Partial<AlertDraft>, rerender?: boolean): void;
  editThreshold(metric: AlertMetricKey, patch: Partial<AlertDraft['thresholds'][AlertMetricKey]>, rerender?: boolean): void;
  sendTest(): void;
}

export interface AlertsController {
  load(): Promise<void>;
  save(): Promise<void>;
  actions: AlertActions;
}

export function alertsController(host: AlertsHost): AlertsController {
  const { state } = host;
  const a = () => state.alerts;
  const texts = () => ALERT_MESSAGES[state.lang];

  function accept(view: AlertSettingsView): void {
    a().settings = view;
    a().draft = alertDraftFrom(view, a().draft);
    a().invalid = null;
  }

  async function load(): Promise<void> {
    await host.run('loadingAlerts', async () => accept(await call('getAlertSettings', { lang: state.lang })), () => void load());
  }

  async function save(): Promise<void> {
    const view = a().settings;
    if (state.busy || !view) return;
    const checked = checkAlertDraft(a().draft, view.scales, texts(), view.settings);
    if (!checked.ok) {
      // Nothing is sent: the field says what is wrong and takes the focus, which reads the message.
      a().invalid = { field: checked.field, message: checked.message };
      state.announce = null;
      host.render();
      byId(checked.field === 'recipients' ? 'alert-recipients' : checked.field).focus();
      return;
    }
    a().invalid = null;
    const done = await host.run(
      'savingAlerts',
      async () => {
        accept(await call('saveAlertSettings', { lang: state.lang, settings: checked.settings }));
        return true;
      },
      () => void save(),
    );
    if (done) {
      state.announce = texts().saved(checked.settings.enabled);
      host.render();
    }
  }

  async function sendTest(): Promise<void> {
    if (state.busy) return;
    a().testSent = null;
    await host.run(
      'sendingTestAlert',
      async () => {
        a().testSent = await call('sendTestAlert', { lang: state.lang, alertLang: a().draft.lang });
      },
      () => void sendTest(),
    );
  }

  const actions: AlertActions = {
    edit(patch, rerender = false) {
      a().draft = { ...a().draft, ...patch };
      // Typing is not re-rendered (the caret would jump); a fixed field's message goes on save.
      if (rerender) host.render();
    },
    editThreshold(metric, patch, rerender = false) {
      const thresholds = { ...a().draft.thresholds, [metric]: { ...a().draft.thresholds[metric], ...patch } };
      a().draft = { ...a().draft, thresholds };
      if (rerender) host.render();
    },
    sendTest: () => void sendTest(),
  };

  return { load, save, actions };
}
