/**
 * ScriptApp: installable triggers with an editor add-on's limits, and the enums scripts compare with.
 * https://developers.google.com/apps-script/reference/script/script-app
 *
 * Limits enforced on create():
 * - an editor add-on "can only have one trigger of each type, per user, per document", and its
 *   time-driven triggers "cannot run more frequently than once per hour"
 *   (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions);
 * - 20 triggers per user per script (https://developers.google.com/apps-script/guides/services/quotas).
 * The clock-trigger and 20-trigger texts are the ones Apps Script throws (reported by users, not in
 * the docs); the other builder errors are the emulator's wording.
 */
import type { EmulatorContext } from '../context';
import { AUTHORIZATION_REQUIRED } from './authorization';
import { appsScriptError, enumOf, notEmulated } from './errors';
import { isKnownZone, zonedTime } from './timezone';
import { TriggerTable, type ClockSchedule, type TriggerEventType, type TriggerRecord } from './triggers';

type Script = typeof GoogleAppsScript.Script;

export const TOO_MANY_ADDON_CLOCK_TRIGGERS =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const TRIGGERS_PER_USER_PER_SCRIPT = 20;

export const AuthMode = enumOf<Script['AuthMode']>('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

export interface ScriptAppOptions {
  table: TriggerTable;
  user: () => string;
  /** The id of the document the script runs in (the active spreadsheet). */
  documentId: () => string;
  scriptTimeZone: () => string;
  now: () => Date;
  /** Editor add-on limits apply (default true: this project is an add-on). */
  addOn: boolean;
  scriptId: string;
}

export function createScriptApp(ctx: EmulatorContext, o: ScriptAppOptions): GoogleAppsScript.Script.ScriptApp {
  const { table } = o;
  const wrap = (t: TriggerRecord) => triggerOf(ctx, t);
  const mine = () => table.triggers.filter((t) => t.user === o.user());

  const create = (record: Omit<TriggerRecord, 'id' | 'user' | 'documentId' | 'createdAt'>) => {
    const user = o.user();
    const documentId = o.documentId();
    if (o.addOn && table.triggers.some((t) => t.user === user && t.documentId === documentId && t.eventType === record.eventType)) {
      throw appsScriptError(
        record.eventType === 'CLOCK'
          ? TOO_MANY_ADDON_CLOCK_TRIGGERS
          : `This add-on has created too many ${record.eventType} triggers in this document for this Google user account.`,
      );
    }
    if (mine().length >= TRIGGERS_PER_USER_PER_SCRIPT) throw appsScriptError(TOO_MANY_TRIGGERS);
    const trigger: TriggerRecord = { ...record, id: table.newId(), user, documentId, createdAt: o.now().getTime() };
    table.add(trigger);
    return wrap(trigger);
  };

  const app = {
    AuthMode,
    AuthorizationStatus: enumOf<Script['AuthorizationStatus']>('REQUIRED', 'NOT_REQUIRED'),
    EventType: enumOf<Script['EventType']>('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'),
    InstallationSource: enumOf<Script['InstallationSource']>('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON'),
    TriggerSource: enumOf<Script['TriggerSource']>('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'),
    WeekDay: enumOf<typeof GoogleAppsScript.Base.Weekday>(...WEEKDAYS),
    newTrigger(functionName: string) {
      ctx.enter('ScriptApp', 'newTrigger');
      const handler = String(functionName);
      return {
        timeBased: () => {
          ctx.enter('TriggerBuilder', 'timeBased');
          return clockBuilder(ctx, handler, o, (schedule) => create({ handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule }));
        },
        forSpreadsheet: (sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string) => {
          ctx.enter('TriggerBuilder', 'forSpreadsheet');
          const sourceId = typeof sheet === 'string' ? sheet : sheet.getId();
          let eventType: TriggerEventType | undefined;
          const builder = {
            onOpen: () => ((eventType = 'ON_OPEN'), builder),
            onEdit: () => ((eventType = 'ON_EDIT'), builder),
            onChange: () => ((eventType = 'ON_CHANGE'), builder),
            onFormSubmit: () => ((eventType = 'ON_FORM_SUBMIT'), builder),
            create: () => {
              ctx.enter('SpreadsheetTriggerBuilder', 'create');
              if (!eventType) throw appsScriptError('Emulator: choose onOpen, onEdit, onChange or onFormSubmit before create()');
              return create({ handler, eventType, source: 'SPREADSHEETS', sourceId });
            },
          };
          return builder;
        },
        forDocument: () => notEmulated('ScriptApp.newTrigger().forDocument'),
        forForm: () => notEmulated('ScriptApp.newTrigger().forForm'),
        forUserCalendar: () => notEmulated('ScriptApp.newTrigger().forUserCalendar'),
      } as unknown as GoogleAppsScript.Script.TriggerBuilder;
    },
    getProjectTriggers() {
      ctx.enter('ScriptApp', 'getProjectTriggers');
      return mine().map(wrap);
    },
    getUserTriggers(document: { getId(): string }) {
      ctx.enter('ScriptApp', 'getUserTriggers');
      const id = document.getId();
      return mine().filter((t) => t.documentId === id).map(wrap);
    },
    getScriptTriggers() {
      ctx.enter('ScriptApp', 'getScriptTriggers');
      return mine().map(wrap);
    },
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger) {
      ctx.enter('ScriptApp', 'deleteTrigger');
      table.remove(trigger.getUniqueId());
    },
    getScriptId() {
      ctx.enter('ScriptApp', 'getScriptId');
      return o.scriptId;
    },
    getOAuthToken() {
      ctx.enter('ScriptApp', 'getOAuthToken');
      return 'emulator-oauth-token';
    },
    getInstallationSource() {
      ctx.enter('ScriptApp', 'getInstallationSource');
      return (o.addOn ? 'WEB_STORE_ADD_ON' : 'NONE') as unknown as GoogleAppsScript.Script.InstallationSource;
    },
    /**
     * Whether the user still has to grant some of the manifest's scopes (or of `scopes`), with the
     * URL to grant them: https://developers.google.com/apps-script/reference/script/authorization-info
     */
    getAuthorizationInfo(_mode?: unknown, scopes?: string[]) {
      ctx.enter('ScriptApp', 'getAuthorizationInfo');
      const asked = scopes ?? [...(ctx.auth.manifestScopes ?? [])];
      const missing = asked.filter((s) => !ctx.auth.granted(s));
      return {
        getAuthorizationStatus: () => (missing.length > 0 ? 'REQUIRED' : 'NOT_REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus,
        getAuthorizationUrl: () => (missing.length > 0 ? `https://script.google.com/macros/d/${o.scriptId}/authorize` : (null as unknown as string)),
        getAuthorizedScopes: () => asked.filter((s) => ctx.auth.granted(s)),
      };
    },
    getService() {
      ctx.enter('ScriptApp', 'getService');
      // Not deployed as a web app: getUrl() is null and isEnabled() false.
      return { getUrl: () => null as unknown as string, isEnabled: () => false, disable: () => undefined };
    },
    getIdentityToken: () => notEmulated('ScriptApp.getIdentityToken'),
    invalidateAuth: () => notEmulated('ScriptApp.invalidateAuth'),
    newStateToken: () => notEmulated('ScriptApp.newStateToken'),
    // "Validates that the user has granted consent for the requested scopes"; an execution missing
    // one ends with Apps Script's authorization error:
    // https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)
    requireAllScopes: () => {
      ctx.enter('ScriptApp', 'requireAllScopes');
      if ((ctx.auth.manifestScopes ?? []).some((s) => !ctx.auth.granted(s))) throw appsScriptError(AUTHORIZATION_REQUIRED);
    },
    requireScopes: (_mode: unknown, scopes: string[]) => {
      ctx.enter('ScriptApp', 'requireScopes');
      if (scopes.some((s) => !ctx.auth.granted(s))) throw appsScriptError(AUTHORIZATION_REQUIRED);
    },
    getProjectKey: () => o.scriptId,
  };
  return app as unknown as GoogleAppsScript.Script.ScriptApp;
}

function triggerOf(ctx: EmulatorContext, t: TriggerRecord): GoogleAppsScript.Script.Trigger {
  return {
    getUniqueId: () => (ctx.enter('Trigger', 'getUniqueId'), t.id),
    getHandlerFunction: () => (ctx.enter('Trigger', 'getHandlerFunction'), t.handler),
    getEventType: () => (ctx.enter('Trigger', 'getEventType'), t.eventType as unknown as GoogleAppsScript.Script.EventType),
    getTriggerSource: () => (ctx.enter('Trigger', 'getTriggerSource'), t.source as unknown as GoogleAppsScript.Script.TriggerSource),
    getTriggerSourceId: () => (ctx.enter('Trigger', 'getTriggerSourceId'), t.sourceId as string),
  };
}

/** ClockTriggerBuilder: https://developers.google.com/apps-script/reference/script/clock-trigger-builder */
function clockBuilder(ctx: EmulatorContext, handler: string, o: ScriptAppOptions, create: (s: ClockSchedule) => GoogleAppsScript.Script.Trigger) {
  const s: { unit?: 'minutes' | 'hours' | 'days' | 'weeks' | 'months'; n?: number; hour?: number; minute?: number; weekDay?: number; monthDay?: number; timeZone?: string; at?: number } = {};
  const fail = (why: string): never => {
    throw appsScriptError(`Emulator: invalid clock trigger for ${handler}: ${why}`);
  };
  const every = (unit: NonNullable<typeof s.unit>, n: number, allowed?: number[]) => {
    if (!Number.isInteger(n) || n < 1 || (allowed && !allowed.includes(n))) fail(`every ${n} ${unit} (allowed: ${allowed?.join(', ') ?? 'a positive integer'})`);
    s.unit = unit;
    s.n = n;
  };
  const builder: GoogleAppsScript.Script.ClockTriggerBuilder = {
    // Add-ons may not run time-driven triggers more than once an hour.
    everyMinutes: (n) => (o.addOn ? fail('add-ons may run time-driven triggers at most once per hour') : every('minutes', n, [1, 5, 10, 15, 30]), builder),
    everyHours: (n) => (every('hours', n, [1, 2, 4, 6, 8, 12]), builder),
    everyDays: (n) => (every('days', n), builder),
    everyWeeks: (n) => (every('weeks', n), builder),
    onWeekDay: (day) => {
      s.weekDay = WEEKDAYS.indexOf(String(day));
      if (s.weekDay < 0) fail(`unknown week day ${String(day)}`);
      s.unit ??= 'weeks';
      s.n ??= 1;
      return builder;
    },
    onMonthDay: (day) => {
      if (!Number.isInteger(day) || day < 1 || day > 31) fail(`month day ${day}`);
      s.monthDay = day;
      s.unit = 'months';
      s.n = 1;
      return builder;
    },
    atHour: (hour) => {
      if (!Number.isInteger(hour) || hour < 0 || hour > 23) fail(`hour ${hour}`);
      s.hour = hour;
      return builder;
    },
    nearMinute: (minute) => {
      if (!Number.isInteger(minute) || minute < 0 || minute > 59) fail(`minute ${minute}`);
      s.minute = minute;
      return builder;
    },
    inTimezone: (timezone) => {
      if (!isKnownZone(timezone)) fail(`unknown time zone ${timezone}`);
      s.timeZone = timezone;
      return builder;
    },
    at: (date) => ((s.at = new Date(date as unknown as Date).getTime()), builder),
    atDate: (year, month, day) => ((s.at = zonedTime(s.timeZone ?? o.scriptTimeZone(), year, month, day).getTime()), builder),
    after: (ms) => ((s.at = o.now().getTime() + ms), builder),
    create: () => {
      ctx.enter('ClockTriggerBuilder', 'create');
      if (s.at !== undefined) return create({ kind: 'once', at: s.at });
      if (!s.unit || !s.n) return fail('no interval: call everyHours/everyDays/everyWeeks/onMonthDay or at/after');
      if ((s.hour !== undefined || s.minute !== undefined) && (s.unit === 'minutes' || s.unit === 'hours')) fail('atHour/nearMinute need a daily, weekly or monthly interval');
      const { unit, n, hour, minute, weekDay, monthDay } = s;
      return create({ kind: 'every', unit, n, hour, minute, weekDay, monthDay, timeZone: s.timeZone ?? o.scriptTimeZone() });
    },
  };
  return builder;
}
