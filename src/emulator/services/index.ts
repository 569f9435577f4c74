/**
 * Every non-spreadsheet Apps Script service, built over one emulator context, plus the state behind
 * them that tests inspect and steer (property stores, caches, locks, triggers, outbox, logs).
 */
import type { EmulatorContext } from '../context';
import { createCacheService, createCacheStores, type CacheStores } from './cache';
import type { SettableClock } from './clock';
import { createHtmlService, type CompileFunction } from './html';
import { LockTable, createLockService } from './lock';
import { LogBook, createConsole, createLogger } from './logger';
import { Outbox, createMailApp } from './mail';
import { createPropertiesService, createPropertyStores, type PropertyStores } from './properties';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { TriggerTable } from './triggers';
import { createUtilities } from './utilities';

export interface ServiceOptions {
  clock: SettableClock;
  user: string;
  userLocale: string;
  scriptTimeZone: () => string;
  documentId: () => string;
  files: Map<string, string>;
  compile: () => CompileFunction;
  outboxDir?: string;
  mailQuota?: number;
  addOn?: boolean;
  echoLogs?: boolean;
}

export interface ServiceState {
  properties: PropertyStores;
  caches: CacheStores;
  locks: LockTable;
  triggers: TriggerTable;
  outbox: Outbox;
  logs: LogBook;
  /** Project HTML files read through HtmlService (createHtmlOutputFromFile, createTemplateFromFile), by name: how many times. */
  htmlReads: Map<string, number>;
}

export interface Services {
  /** The globals a script sees, by their Apps Script names. */
  globals: {
    PropertiesService: GoogleAppsScript.Properties.PropertiesService;
    CacheService: GoogleAppsScript.Cache.CacheService;
    LockService: GoogleAppsScript.Lock.LockService;
    ScriptApp: GoogleAppsScript.Script.ScriptApp;
    MailApp: GoogleAppsScript.Mail.MailApp;
    HtmlService: GoogleAppsScript.HTML.HtmlService;
    Session: GoogleAppsScript.Base.Session;
    Utilities: GoogleAppsScript.Utilities.Utilities;
    Logger: GoogleAppsScript.Base.Logger;
    console: Console;
  };
  state: ServiceState;
}

export function createServices(ctx: EmulatorContext, o: ServiceOptions): Services {
  const state: ServiceState = {
    properties: createPropertyStores(),
    caches: createCacheStores(o.clock),
    locks: new LockTable(),
    triggers: new TriggerTable(),
    outbox: new Outbox(o.outboxDir, o.mailQuota),
    logs: new LogBook(o.echoLogs),
    htmlReads: new Map(),
  };
  const user = () => o.user;
  return {
    state,
    globals: {
      PropertiesService: createPropertiesService(ctx, state.properties),
      CacheService: createCacheService(ctx, state.caches),
      LockService: createLockService(ctx, state.locks, o.clock),
      ScriptApp: createScriptApp(ctx, {
        table: state.triggers,
        user,
        documentId: o.documentId,
        scriptTimeZone: o.scriptTimeZone,
        now: () => o.clock.now(),
        addOn: o.addOn ?? true,
        scriptId: 'emulator-script-id',
      }),
      MailApp: createMailApp(ctx, state.outbox, user),
      HtmlService: createHtmlService(ctx, { files: o.files, compile: o.compile, reads: state.htmlReads }),
      Session: createSession(ctx, { user, userLocale: () => o.userLocale, scriptTimeZone: o.scriptTimeZone }),
      Utilities: createUtilities(ctx, o.clock),
      Logger: createLogger(ctx, state.logs),
      console: createConsole(state.logs, () => o.clock.now()),
    },
  };
}

export { SettableClock } from './clock';
export { LOCK_TIMEOUT, lockTimeoutError, type LockKind } from './lock';
export { MAIL_QUOTA_EXCEEDED, type OutboxMessage, Outbox } from './mail';
export { STORE_FULL, VALUE_TOO_LARGE, PROPERTY_STORE_LIMIT_BYTES, PROPERTY_VALUE_LIMIT_BYTES } from './properties';
export { TOO_MANY_ADDON_CLOCK_TRIGGERS, TOO_MANY_TRIGGERS, AuthMode } from './script-app';
export { appsScriptError } from './errors';
