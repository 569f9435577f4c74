/**
 * What a script may call, as Apps Script decides it: the OAuth scopes the user granted (the
 * manifest's `oauthScopes`, minus any the user declined on a granular consent screen) and the
 * authorization mode the execution runs in. Every emulated service method enters through
 * `ctx.enter(Service, method)`, which asks `check()` here before it acts, so no service can be
 * used in a way Apps Script refuses.
 *
 * Scopes per method are the "Authorization" sections of the reference pages:
 * - Spreadsheet, Sheet, Range…: spreadsheets.currentonly or spreadsheets
 *   (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues());
 *   openById/openByUrl/create need the full spreadsheets scope
 *   (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)).
 * - Ui.showSidebar, alert, prompt, dialogs: script.container.ui
 *   (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)); menus need none,
 *   which is why an add-on's onOpen can build them in AuthMode.NONE.
 * - MailApp: script.send_mail (https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)).
 * - ScriptApp triggers: script.scriptapp
 *   (https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String)).
 * - Session.getActiveUser / getEffectiveUser: userinfo.email
 *   (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
 * - Properties, Lock, Cache, HtmlService, Utilities, Logger, Session locale/time zone: none.
 *
 * Authorization modes (https://developers.google.com/workspace/add-ons/concepts/addon-authorization,
 * https://developers.google.com/apps-script/reference/script/auth-mode):
 * - NONE (onOpen of an add-on installed but not yet used in this document): no service that needs
 *   authorization, no properties, no document; only menus, the user's locale, Logger and Utilities.
 * - LIMITED (onOpen of a bound script or an add-on used in this document): the document, the UI and
 *   properties, but no service that acts on the user's data or account (mail, triggers) and no
 *   user identity (the Session page: the email "is not available in any context that allows a
 *   script to run without that user's authorization, like a simple onOpen(e)").
 * - CUSTOM_FUNCTION (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services):
 *   read-only spreadsheet access (get…, not set…, no other spreadsheets), read-only properties and
 *   no user properties, no mail, no triggers, no UI; no authorization is asked, so scopes do not apply.
 * - FULL: everything the granted scopes allow (menu items, sidebar calls, installable triggers).
 *
 * Error texts: a missing scope throws "You do not have permission to call X. Required permissions:
 * (a || b)" as Apps Script does (quoted by users, e.g. tanaike's custom-function write-up
 * https://github.com/tanaikech/Enhanced-Custom-Function-for-Google-Spreadsheet-using-Web-Apps-as-Wrapper);
 * a mode refusal throws "You do not have permission to call X", the custom-functions guide's wording.
 */
import { appsScriptError } from './errors';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export const SCOPES = {
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  userInfoEmail: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

const SPREADSHEET = [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];
const SPREADSHEET_SERVICES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
]);
const TRIGGER_SERVICES = new Set(['TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder', 'Trigger']);
const SCRIPT_APP_TRIGGER_METHODS = new Set(['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'getScriptTriggers', 'deleteTrigger']);
const UI_SHOWING = new Set(['showSidebar', 'showModalDialog', 'showModelessDialog', 'alert', 'prompt']);
/** What AuthMode.NONE leaves: building the add-on menu, the locale, logging and utilities. */
const NONE_ALLOWED = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu', 'Session.getActiveUserLocale', 'Session.getScriptTimeZone']);
const ALWAYS_ALLOWED_SERVICES = new Set(['Logger', 'Utilities', 'Menu']);

/** The scopes a method needs (any one of them suffices), or [] when it needs none. */
export function requiredScopes(service: string, method: string): string[] {
  if (SPREADSHEET_SERVICES.has(service)) {
    if (service === 'SpreadsheetApp' && method === 'getUi') return [];
    if (service === 'SpreadsheetApp' && (method === 'openById' || method === 'openByUrl' || method === 'open' || method === 'create')) return [SCOPES.spreadsheets];
    return SPREADSHEET;
  }
  if (service === 'Ui' && UI_SHOWING.has(method)) return [SCOPES.containerUi];
  if (service === 'MailApp') return [SCOPES.sendMail];
  if (service === 'ScriptApp' && SCRIPT_APP_TRIGGER_METHODS.has(method)) return [SCOPES.scriptApp];
  if (TRIGGER_SERVICES.has(service)) return [SCOPES.scriptApp];
  if (service === 'Session' && (method === 'getActiveUser' || method === 'getEffectiveUser')) return [SCOPES.userInfoEmail];
  return [];
}

const READ_METHOD = /^(get|is|has|can)[A-Z]?/;

/** Why the mode refuses the call, or undefined when it allows it. */
function modeRefuses(mode: AuthModeName, service: string, method: string): boolean {
  const key = `${service}.${method}`;
  if (mode === 'FULL' || ALWAYS_ALLOWED_SERVICES.has(service)) return false;
  if (mode === 'NONE') return !NONE_ALLOWED.has(key);
  const mailOrTriggers = service === 'MailApp' || TRIGGER_SERVICES.has(service) || (service === 'ScriptApp' && SCRIPT_APP_TRIGGER_METHODS.has(method));
  if (mode === 'LIMITED') return mailOrTriggers;
  // CUSTOM_FUNCTION
  if (mailOrTriggers || service === 'Ui' || service === 'PromptResponse' || key === 'SpreadsheetApp.getUi') return true;
  if (service === 'SpreadsheetApp' && (method === 'openById' || method === 'openByUrl' || method === 'open' || method === 'create')) return true;
  if (SPREADSHEET_SERVICES.has(service)) return !READ_METHOD.test(method) && method !== 'flush';
  if (key === 'PropertiesService.getUserProperties') return true;
  if (service === 'Properties') return !READ_METHOD.test(method);
  return false;
}

export interface AuthorizationOptions {
  /** The manifest's oauthScopes; undefined when the project declares none (Apps Script then infers them: no scope checks). */
  manifestScopes?: readonly string[];
  /** Scopes the user left unticked on a granular consent screen. */
  declined?: readonly string[];
}

/** The authorization state shared by every service of one emulator. */
export class Authorization {
  /** The mode of the execution now running. */
  mode: AuthModeName = 'FULL';
  manifestScopes: readonly string[] | undefined;
  declined: Set<string>;
  /**
   * Whether the execution runs inside a document. Outside one (a standalone script's trigger),
   * getActiveSpreadsheet(), getDocumentProperties() and getDocumentLock() return null, as their
   * reference pages say.
   */
  inDocument = true;

  constructor(o: AuthorizationOptions = {}) {
    this.manifestScopes = o.manifestScopes;
    this.declined = new Set(o.declined ?? []);
  }

  /** Whether the user has granted `scope` (true for every scope when the manifest declares none). */
  granted(scope: string): boolean {
    if (this.declined.has(scope)) return false;
    return this.manifestScopes === undefined || this.manifestScopes.includes(scope);
  }

  /** The scopes the user has granted, of those the manifest asks for. */
  grantedScopes(): string[] {
    return (this.manifestScopes ?? []).filter((s) => this.granted(s));
  }

  /** Throws Apps Script's permission error when the mode or the granted scopes refuse the call. */
  check(service: string, method: string): void {
    const key = `${service}.${method}`;
    if (modeRefuses(this.mode, service, method)) throw appsScriptError(`You do not have permission to call ${key}`);
    // Custom functions run without authorization: what their mode allows needs no scope.
    if (this.mode === 'CUSTOM_FUNCTION') return;
    const needed = requiredScopes(service, method);
    if (needed.length === 0 || needed.some((scope) => this.granted(scope))) return;
    const permissions = needed.length === 1 ? needed[0] : `(${needed.join(' || ')})`;
    throw appsScriptError(`You do not have permission to call ${key}. Required permissions: ${permissions}`);
  }

  /** Run `body` in another mode (a custom function inside a recalculation), then restore the mode. */
  within<T>(mode: AuthModeName, body: () => T): T {
    const outer = this.mode;
    this.mode = mode;
    try {
      return body();
    } finally {
      this.mode = outer;
    }
  }
}

/** The text Apps Script shows when an execution needs consent the user has not given. */
export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';
