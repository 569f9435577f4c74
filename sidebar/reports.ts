import type { ReportSettings } from '../src/addon/reports-api';
import { byId } from './dom';
import type { Messages } from './messages';
import { checkDraft, draftFrom, TARGET_FIELDS, type TargetKey } from './reports-state';
import type { ReportActions } from './reports-view';
import { call } from './rpc';
import type { BusyKey, State } from './state';

/**
 * What the Email reports panel does: load the saved settings, save (reports on: the server keeps
 * one daily trigger), turn off, send a test. Calls go through the wizard's `run`, so progress and
 * failures look the same in both places.
 */
export interface ReportsHost {
  state: State;
  t(): Messages;
  run<T>(busy: BusyKey, work: () => Promise<T>, retry: (() => void) | null): Promise<T | undefined>;
  render(): void;
}

export interface ReportsController {
  load(): Promise<void>;
  save(): Promise<void>;
  turnOff(): Promise<void>;
  actions: ReportActions;
}

export function reportsController(host: ReportsHost): ReportsController {
  const { state } = host;
  const r = () => state.reports;

  /** The server's answer becomes the form; what the person typed and has not saved is replaced. */
  function accept(settings: ReportSettings): void {
    r().settings = settings;
    r().draft = draftFrom(settings, r().draft);
    r().invalid = null;
  }

  async function load(): Promise<void> {
    await host.run(
      'loadingReports',
      async () => accept(await call('getReportSettings', { lang: state.lang })),
      () => void load(),
    );
  }

  async function save(): Promise<void> {
    const settings = r().settings;
    if (state.busy || !settings) return;
    const checked = checkDraft(r().draft, settings.defaultTargets, host.t());
    if (!checked.ok) {
      // Nothing is sent: the field says what is wrong and takes the focus, which reads the message.
      r().invalid = { field: checked.field, message: checked.message };
      if (checked.field !== 'recipients') r().targetsOpen = true;
      state.announce = null;
      host.render();
      byId(checked.field === 'recipients' ? 'recipients' : `target-${checked.field}`).focus();
      return;
    }
    r().invalid = null;
    const done = await host.run(
      'savingReports',
      async () => {
        accept(await call('saveReportSettings', { lang: state.lang, schedule: checked.schedule, targets: checked.targets }));
        return true;
      },
      () => void save(),
    );
    if (done) {
      state.announce = host.t().saved;
      host.render();
    }
  }

  async function turnOff(): Promise<void> {
    if (state.busy) return;
    const done = await host.run(
      'turningOff',
      async () => {
        accept(await call('turnOffReports', { lang: state.lang }));
        return true;
      },
      () => void turnOff(),
    );
    if (done) {
      state.announce = host.t().turnedOff;
      host.render();
    }
  }

  async function sendTest(): Promise<void> {
    if (state.busy) return;
    r().testSent = null;
    await host.run(
      'sendingTest',
      async () => {
        r().testSent = await call('sendTestReport', { lang: state.lang });
        // The quota went down by one and the log may have moved on: read them again, keeping the
        // form as typed. The test was sent, so a stale quota figure is not worth an error.
        try {
          r().settings = await call('getReportSettings', { lang: state.lang });
        } catch {
          /* keep the settings shown */
        }
      },
      () => void sendTest(),
    );
  }

  const actions: ReportActions = {
    edit(patch, rerender = false) {
      r().draft = { ...r().draft, ...patch };
      // Typing is not re-rendered (the caret would jump); a fixed field's message goes on save.
      if (rerender) host.render();
    },
    editTarget(key, value) {
      const field = TARGET_FIELDS.find((f) => f.key === key);
      if (field) r().draft = { ...r().draft, targets: { ...r().draft.targets, [field.key as TargetKey]: value } };
    },
    restoreDefaults() {
      const targets = { ...r().draft.targets };
      for (const { key } of TARGET_FIELDS) targets[key] = '';
      r().draft = { ...r().draft, targets };
      if (r().invalid && r().invalid?.field !== 'recipients') r().invalid = null;
      host.render();
    },
    toggleTargets(open) {
      r().targetsOpen = open;
    },
    showAllLog() {
      r().showAllLog = true;
      host.render();
      byId('log-title').focus();
    },
    sendTest: () => void sendTest(),
  };

  return { load, save, turnOff, actions };
}
