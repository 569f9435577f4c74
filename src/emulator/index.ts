/**
 * The Apps Script emulator: loads the built `dist/Code.js` unchanged into a `node:vm` context whose
 * globals are the emulated services, as Apps Script would run it, and lets tests and `npm start`
 * call its functions, fire its triggers and inspect what it did.
 *
 *   const emu = createEmulator({ workbook, now: new Date('2026-03-02T01:00:00Z'), outboxDir: 'out' });
 *   emu.load();                               // dist/Code.js, plus dist/*.html as project files
 *   emu.call('onOpen', { authMode: 'LIMITED' });
 *   emu.runTriggers(new Date('2026-04-02T02:00:00Z'));   // every due daily run, each one execution
 *   emu.outbox.messages; emu.ui.menus; emu.calls.count('Range.getValues');
 *
 * The vm sees only ECMAScript built-ins plus the services (no require, process, Buffer, timers),
 * and `Date` is the host's, driven by the emulator clock (see services/realm.ts for why).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { createContext, type CallCounter, type EmulatorContext, type Faults, type WorkbookData } from './context';
import { SettableClock } from './services/clock';
import { Authorization, type AuthModeName } from './services/authorization';
import { appsScriptError } from './services/errors';
import type { CompileFunction } from './services/html';
import { createServices, type ServiceState } from './services/index';
import type { LogLine } from './services/logger';
import type { Outbox } from './services/mail';
import { bridgeRealms, builtinsScript, emulatedDate } from './services/realm';
import { clockEvent, type TriggerEventType } from './services/triggers';
import { createSpreadsheetApp, type EmulatedSpreadsheetApp, type UiRecord } from './spreadsheet/index';

// What tests need to arm faults and compare texts, from one place.
export {
  appsScriptError,
  lockTimeoutError,
  LOCK_TIMEOUT,
  MAIL_QUOTA_EXCEEDED,
  STORE_FULL,
  VALUE_TOO_LARGE,
  TOO_MANY_ADDON_CLOCK_TRIGGERS,
  TOO_MANY_TRIGGERS,
  SettableClock,
  type OutboxMessage,
} from './services/index';
export type { LogLine } from './services/logger';
export { SCOPES, AUTHORIZATION_REQUIRED, requiredScopes, type AuthModeName } from './services/authorization';

export interface EmulatorOptions {
  workbook: WorkbookData;
  /** The clock's start (default: the real time at creation); a function makes the clock follow it. */
  now?: Date | (() => Date);
  /** The one user who runs everything (default `owner@example.com`). */
  user?: string;
  /** Session.getActiveUserLocale() (default `en`). */
  userLocale?: string;
  /** Session.getScriptTimeZone() (default: appsscript.json beside the loaded code, else Etc/UTC). */
  scriptTimeZone?: string;
  /** Where sent mail is written as message-N.json/.html/.txt (default: kept in memory only). */
  outboxDir?: string;
  /** Project HTML files by name without `.html`; load() adds the code directory's *.html files. */
  files?: Record<string, string>;
  /** Email recipients per day (default 100, the consumer quota). */
  mailQuota?: number;
  /** Editor add-on trigger limits (default true). */
  addOn?: boolean;
  /** Print Logger/console lines as they are written (default false). */
  echoLogs?: boolean;
  /**
   * The scopes the project asks for (default: load() reads `oauthScopes` from appsscript.json beside
   * the code; a project without the field gets no scope checks, as Apps Script then infers them).
   */
  scopes?: string[];
  /** Scopes the user left unticked on Google's granular consent screen. */
  declinedScopes?: string[];
  /** Whether time-driven runs have a document (default true: an add-on's or bound script's trigger). */
  clockTriggersInDocument?: boolean;
}

/** One run of a script function: a call, a trigger or an event, as Apps Script's executions list shows. */
export interface Execution {
  id: number;
  functionName: string;
  /** `call`, `clock` (time-driven trigger), a simple trigger (`onOpen`, `onEdit`) or the event type of a spreadsheet trigger. */
  kind: 'call' | 'clock' | 'onOpen' | 'onEdit' | TriggerEventType;
  triggerId?: string;
  startedAt: Date;
  finishedAt: Date;
  ok: boolean;
  error?: string;
  logs: LogLine[];
}

export interface Emulator {
  load(codePath?: string): void;
  call<T = unknown>(name: string, ...args: unknown[]): T;
  runTriggers(at: Date): Execution[];
  /** The user opens the spreadsheet: the simple onOpen(e) runs, then installable on-open triggers. */
  open(authMode?: 'NONE' | 'LIMITED' | 'FULL'): Execution[];
  fireSpreadsheetTriggers(eventType: 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT', event?: Record<string, unknown>): Execution[];
  /**
   * A Google Form linked to `sheetName` records an answer: the row is appended, then each
   * installable form-submit trigger of the document runs (`fires` times: Apps Script sometimes
   * fires twice) with the event Sheets passes, `{authMode, namedValues, range, triggerUid, values}`.
   */
  submitForm(sheetName: string, row: unknown[], options?: { fires?: number }): { runs: Execution[]; events: Record<string, unknown>[] };
  /**
   * A person edits cells (`a1` on `sheetName`, a value or rows of values): the cells are written,
   * then the simple onEdit(e) runs in AuthMode.LIMITED, then each installable on-edit trigger in
   * FULL. Only a person's edit fires them: a script's setValue never does.
   */
  edit(sheetName: string, a1: string, values: unknown): { runs: Execution[]; event: Record<string, unknown> };
  calls: CallCounter;
  faults: Faults;
  clock: SettableClock;
  outbox: Outbox;
  ui: UiRecord;
  spreadsheet: EmulatedSpreadsheetApp;
  /** Property stores, caches, locks, triggers and logs behind the services. */
  state: ServiceState;
  executions: Execution[];
  context: EmulatorContext;
  globalFunction(name: string): ((...args: unknown[]) => unknown) | undefined;
}

export function createEmulator(opts: EmulatorOptions): Emulator {
  const clock = new SettableClock(opts.now);
  const files = new Map(Object.entries(opts.files ?? {}));
  let scriptTimeZone = opts.scriptTimeZone;
  let vmContext: vm.Context | undefined;
  /** The loaded project's code, compiled once; every execution runs it in a fresh context. */
  let project: vm.Script | undefined;
  /** The built-ins bound as constants in each context before the project runs (realm.ts). */
  let builtins: vm.Script | undefined;
  const globalFunction = (name: string) => {
    const fn = vmContext?.[name];
    return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
  };
  const auth = new Authorization({ manifestScopes: opts.scopes, declined: opts.declinedScopes });
  const ctx = createContext(clock, globalFunction, auth);
  const spreadsheet = createSpreadsheetApp(ctx, opts.workbook);
  // The document id scopes add-on triggers; read it once and forget the calls it took.
  const documentId = spreadsheet.app.getActive().getId();
  ctx.calls.reset();
  const services = createServices(ctx, {
    clock,
    user: opts.user ?? 'owner@example.com',
    userLocale: opts.userLocale ?? 'en',
    scriptTimeZone: () => scriptTimeZone ?? 'Etc/UTC',
    documentId: () => documentId,
    files,
    compile: () => (vmContext ? vm.runInContext('Function', vmContext) : Function) as CompileFunction,
    outboxDir: opts.outboxDir,
    mailQuota: opts.mailQuota,
    addOn: opts.addOn,
    echoLogs: opts.echoLogs,
  });
  const { state } = services;
  const executions: Execution[] = [];

  function execute(
    functionName: string,
    kind: Execution['kind'],
    args: unknown[],
    triggerId?: string,
    mode: AuthModeName = 'FULL',
    inDocument = true,
  ): { execution: Execution; result?: unknown; error?: unknown } {
    const id = executions.length + 1;
    const startedAt = clock.now();
    auth.mode = mode;
    auth.inDocument = inDocument;
    state.locks.currentExecution = id;
    state.logs.lines = [];
    // Apps Script loads the project afresh for every execution (each custom-function call is
    // "a separate call to the Apps Script server": https://developers.google.com/apps-script/guides/sheets/functions#optimization),
    // so no global variable of one execution is seen by the next; state that must last goes to
    // PropertiesService or CacheService. A fresh context per execution holds the bundle to that.
    freshContext();
    let result: unknown;
    let error: unknown;
    let ok = true;
    try {
      const fn = globalFunction(functionName);
      // Apps Script's text when a menu or trigger names a function the project lacks.
      if (!fn) throw appsScriptError(`Script function not found: ${functionName}`);
      result = fn.apply(vmContext, args);
    } catch (e) {
      ok = false;
      error = e;
    } finally {
      // "Locks are released automatically when the script terminates."
      state.locks.releaseAllOf(id);
      state.locks.currentExecution = 0;
      auth.mode = 'FULL';
      auth.inDocument = true;
    }
    const execution: Execution = {
      id,
      functionName,
      kind,
      ...(triggerId !== undefined && { triggerId }),
      startedAt,
      finishedAt: clock.now(),
      ok,
      ...(!ok && { error: errorText(error) }),
      logs: state.logs.take(),
    };
    executions.push(execution);
    return { execution, result, error };
  }

  /** A new global scope with the services, the project's code run in it: what one execution sees. */
  function freshContext(): void {
    if (!project) return;
    const sandbox: Record<string, unknown> = {
      ...services.globals,
      SpreadsheetApp: spreadsheet.app,
      Charts: spreadsheet.Charts,
      Date: emulatedDate(() => clock.now()),
    };
    vmContext = vm.createContext(sandbox, { name: 'Apps Script (emulated)', codeGeneration: { strings: true, wasm: false } });
    bridgeRealms(vmContext);
    builtins?.runInContext(vmContext);
    project.runInContext(vmContext);
  }

  const requireLoaded = () => {
    if (!vmContext) throw new Error('emulator: call load() before running script functions');
  };

  const fireSpreadsheetTriggers: Emulator['fireSpreadsheetTriggers'] = (eventType, event = {}) => {
    requireLoaded();
    const due = state.triggers.triggers.filter((t) => t.eventType === eventType && t.sourceId === documentId);
    return due.map((t) => execute(t.handler, eventType, [{ authMode: 'FULL', triggerUid: t.id, ...event }], t.id).execution);
  };

  /**
   * The form-submit event of a spreadsheet trigger: `range` (the row written), `values` (its cells
   * as text, in column order), `namedValues` (each header → [its text]), `triggerUid`, and
   * `authMode` FULL (installable triggers run with full authorization):
   * https://developers.google.com/apps-script/guides/triggers/events#form-submit
   */
  const submitForm: Emulator['submitForm'] = (sheetName, row, options = {}) => {
    requireLoaded();
    const sheet = spreadsheet.app.getActive().getSheetByName(sheetName);
    if (!sheet) throw new Error(`emulator: submitForm: no sheet "${sheetName}"`);
    sheet.appendRow(row);
    const range = sheet.getRange(sheet.getLastRow(), 1, 1, row.length);
    const values = range.getDisplayValues()[0];
    const headers = sheet.getRange(1, 1, 1, row.length).getDisplayValues()[0];
    const namedValues: Record<string, string[]> = {};
    headers.forEach((h, i) => (namedValues[h] = [values[i]]));
    const runs: Execution[] = [];
    const events: Record<string, unknown>[] = [];
    for (let fire = 0; fire < (options.fires ?? 1); fire++) {
      for (const t of state.triggers.triggers.filter((x) => x.eventType === 'ON_FORM_SUBMIT' && x.sourceId === documentId)) {
        const event = { authMode: services.globals.ScriptApp.AuthMode.FULL, namedValues, range, triggerUid: t.id, values: [...values] };
        events.push(event);
        runs.push(execute(t.handler, 'ON_FORM_SUBMIT', [event], t.id).execution);
      }
    }
    return { runs, events };
  };

  /**
   * Sheets' edit event (https://developers.google.com/apps-script/guides/triggers/events#edit):
   * `authMode`, `range`, `source`, `user`, and for a single cell `value` and `oldValue` (absent when
   * the cell was blank). The simple trigger runs in LIMITED, as simple onEdit(e) does for a bound
   * script or an add-on used in the document
   * (https://developers.google.com/apps-script/reference/script/auth-mode#LIMITED): the document and
   * properties, no mail, no triggers, no user identity, which the authorization checks enforce.
   * Installable on-edit triggers run in FULL with their triggerUid
   * (https://developers.google.com/apps-script/guides/triggers/installable).
   */
  const edit: Emulator['edit'] = (sheetName, a1, values) => {
    requireLoaded();
    const sheet = spreadsheet.app.getActive().getSheetByName(sheetName);
    if (!sheet) throw new Error(`emulator: edit: no sheet "${sheetName}"`);
    const range = sheet.getRange(a1);
    const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
    const oldValue = single ? range.getValue() : undefined;
    if (Array.isArray(values)) range.setValues(values as unknown[][]);
    else range.setValue(values);
    const event: Record<string, unknown> = {
      authMode: services.globals.ScriptApp.AuthMode.LIMITED,
      range,
      source: spreadsheet.app.getActive(),
      user: { getEmail: () => '' },
      ...(single && { value: range.getDisplayValue() }),
      ...(single && oldValue !== '' && oldValue !== null && oldValue !== undefined && { oldValue: String(oldValue) }),
    };
    const runs = globalFunction('onEdit') ? [execute('onEdit', 'onEdit', [event], undefined, 'LIMITED').execution] : [];
    runs.push(...fireSpreadsheetTriggers('ON_EDIT', { range, source: event.source, user: event.user, ...(single && { value: event.value }), ...('oldValue' in event && { oldValue: event.oldValue }) }));
    return { runs, event };
  };

  return {
    submitForm,
    edit,
    load(codePath = 'dist/Code.js') {
      const dir = dirname(codePath);
      const manifest = readManifest(dir);
      scriptTimeZone ??= manifest?.timeZone;
      if (opts.scopes === undefined) auth.manifestScopes = manifest?.oauthScopes;
      for (const name of existsSync(dir) ? readdirSync(dir) : []) {
        if (name.endsWith('.html') && !files.has(name.slice(0, -5))) files.set(name.slice(0, -5), readFileSync(join(dir, name), 'utf8'));
      }
      const code = readFileSync(codePath, 'utf8');
      project = new vm.Script(code, { filename: codePath });
      builtins = builtinsScript(code);
      freshContext();
    },
    call<T>(name: string, ...args: unknown[]): T {
      requireLoaded();
      const run = execute(name, 'call', args);
      if (!run.execution.ok) throw run.error;
      return run.result as T;
    },
    runTriggers(at) {
      requireLoaded();
      if (at.getTime() < clock.now().getTime()) throw new Error(`emulator: runTriggers(${at.toISOString()}) is before the clock (${clock.now().toISOString()})`);
      const runs: Execution[] = [];
      for (let due = state.triggers.nextDue(at.getTime()); due; due = state.triggers.nextDue(at.getTime())) {
        if (runs.length >= 10_000) throw new Error('emulator: more than 10,000 trigger runs; is a schedule wrong?');
        clock.setNow(new Date(due.at));
        due.trigger.lastFiredAt = due.at;
        const event = clockEvent(new Date(due.at), due.trigger.id, 'FULL');
        runs.push(execute(due.trigger.handler, 'clock', [event], due.trigger.id, 'FULL', opts.clockTriggersInDocument ?? true).execution);
      }
      clock.setNow(at);
      return runs;
    },
    open(authMode = 'LIMITED') {
      requireLoaded();
      // Sheets' open event: https://developers.google.com/apps-script/guides/triggers/events#open
      const event = { authMode, source: spreadsheet.app.getActive(), user: { getEmail: () => opts.user ?? 'owner@example.com' } };
      // The simple trigger runs in the mode of the event; installable on-open triggers run in FULL.
      const runs = globalFunction('onOpen') ? [execute('onOpen', 'onOpen', [event], undefined, authMode).execution] : [];
      return [...runs, ...fireSpreadsheetTriggers('ON_OPEN', { source: event.source })];
    },
    fireSpreadsheetTriggers,
    calls: ctx.calls,
    faults: ctx.faults,
    clock,
    outbox: state.outbox,
    ui: spreadsheet.ui,
    spreadsheet,
    state,
    executions,
    context: ctx,
    globalFunction,
  };
}

function readManifest(dir: string): { timeZone?: string; oauthScopes?: string[] } | undefined {
  const manifest = join(dir, 'appsscript.json');
  if (!existsSync(manifest)) return undefined;
  return JSON.parse(readFileSync(manifest, 'utf8')) as { timeZone?: string; oauthScopes?: string[] };
}

function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) {
    const { name, message } = error as { name?: string; message: string };
    return `${name ?? 'Error'}: ${message}`;
  }
  return String(error);
}
