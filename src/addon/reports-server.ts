import * as z from '../mapping/zod';
import type { Lang } from '../cells/types';
import { parseStoredMapping, type DataSource } from '../mapping/schema';
import { reportInputFromMapping } from '../report/from-mapping';
import { buildReport, renderHtml, renderText, reportSubject } from '../report/index';
import { DEFAULT_TARGETS } from '../report/maturity';
import { dailyTrigger, documentLock, documentStore, mailApp, systemClock } from './apps-script-ports';
import type { KeyValueStore, OutgoingMail } from './ports';
import { readLedger, readLog, readSent, writeLedger } from './report-log';
import { runDueReport, SCHEDULE_KEY } from './report-runner';
import * as api from './reports-api';
import { duePeriod, localTimeIn, parseStoredSchedule, periodKey, type LocalTime, type Period, type Schedule } from './schedule';
import { MAPPING_KEY } from './sidebar-server';
import { endpoint, PlainError } from './endpoint';
import { reportServerTexts } from './report-messages';
import { consentProblem_, reportConsent_, type ReportPermission } from './consent';
import { alertsOn_, runAlertCatchUp_ } from './alerts-server';
import { readFollowUps_ } from './followups';

/**
 * The email reports as Apps Script sees them: the daily trigger's handler, and the functions
 * the sidebar's Email reports step calls. Everything else lives in the pure runner and report.
 */

export const TARGETS_KEY = 'cx.targets';

const book = () => SpreadsheetApp.getActive();

/**
 * The saved maturity targets, repaired field by field: a field that is missing or out of range
 * takes its default, and every valid one is kept.
 */
function storedTargets(store: KeyValueStore): api.Targets {
  let raw: unknown;
  try {
    raw = JSON.parse(store.get(TARGETS_KEY) ?? '{}');
  } catch {
    return { ...DEFAULT_TARGETS };
  }
  const targets: api.Targets = { ...DEFAULT_TARGETS };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return targets;
  for (const key of Object.keys(DEFAULT_TARGETS) as (keyof api.Targets)[]) {
    const field = api.TargetsSchema.shape[key].safeParse((raw as Record<string, unknown>)[key]);
    if (field.success) targets[key] = field.data;
  }
  return targets;
}
/** The report for a period as an email, read from the mapped sheets with one batched read each. */
export function composeReport_(period: Period, lang: Lang): Omit<OutgoingMail, 'to'> {
  return reportMail_({ period: { kind: period.kind, start: period.start } }, lang).mail;
}

/**
 * The report as an email for the period chosen, or (`defaultKind`) the latest complete period of
 * that kind that has data (metrics-spec §6), with the period it covers.
 */
function reportMail_(choice: { period: Period } | { period?: undefined; defaultKind: Period['kind'] }, lang: Lang): { mail: Omit<OutgoingMail, 'to'>; period: string } {
  const store = documentStore();
  const mapping = parseStoredMapping(store.get(MAPPING_KEY));
  if (!mapping.ok) throw new PlainError(mapping.message);
  const spreadsheet = book();
  const rows = new Map<string, unknown[][]>();
  const rowsOf = (source: DataSource) => {
    let values = rows.get(source.sheetName);
    if (!values) {
      const sheet = spreadsheet.getSheetByName(source.sheetName);
      if (!sheet) throw new PlainError(reportServerTexts.sheetGone(source.sheetName));
      values = sheet.getDataRange().getValues();
      rows.set(source.sheetName, values);
    }
    return values;
  };
  const input = reportInputFromMapping(mapping.mapping, rowsOf, {
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    // Day/month dates and decimal marks the columns leave open read as the spreadsheet's locale (spec §1.2-1.3).
    locale: spreadsheet.getSpreadsheetLocale(),
    lang,
    ...(choice.period ? { period: { kind: choice.period.kind, start: choice.period.start } } : { defaultKind: choice.defaultKind }),
    targets: storedTargets(store),
    spreadsheetUrl: spreadsheet.getUrl(),
    spreadsheetName: spreadsheet.getName(),
  });
  // The follow-up sheet of the unhappy-answer alerts, when there is one (issue 16 item 4).
  const followUps = readFollowUps_(spreadsheet);
  const report = buildReport(followUps ? { ...input, followUps } : input);
  const mail = { subject: reportSubject(report), htmlBody: renderHtml(report), body: renderText(report), name: 'CX Metrics' };
  // As the ledger names periods (`month:2026-04-01`); a file without dates reports `all`.
  return { mail, period: report.period.kind === 'all' ? 'all' : periodKey({ kind: report.period.kind as Period['kind'], start: report.period.start }) };
}

/**
 * The daily time-driven trigger's handler: sends the due report once, or records why not. It never
 * throws: a trigger's exception only reaches the owner as a failure email, so every problem goes to
 * the report log (or, with no document to log in, to the execution log).
 */
export function runScheduledReports(_event?: unknown): string {
  try {
    // Outside a document these are null (their reference pages say so): nothing to report on.
    const spreadsheet = SpreadsheetApp.getActive();
    if (!spreadsheet || !PropertiesService.getDocumentProperties() || !LockService.getDocumentLock()) {
      console.warn('CX Metrics: the report trigger ran without a spreadsheet; nothing was sent.');
      return 'skipped';
    }
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const outcome = runDueReport({
      store: documentStore(),
      mail: mailApp(),
      clock: systemClock,
      lock: documentLock(),
      localTime: (at) => localTimeIn(at, timeZone),
      composeReport: (period, schedule) => composeReport_(period, schedule.lang),
      blocked: () => {
        const consent = reportConsent_();
        return consent.granted.sendMail ? undefined : reportServerTexts.consentMissing(['sendMail'], consent.url);
      },
    });
    // The alerts' daily catch-up, after the report so the report has first call on the mail quota.
    runAlertCatchUp_();
    return outcome;
  } catch (error) {
    console.error('CX Metrics: the scheduled report run failed:', error instanceof Error ? error.message : String(error));
    return 'failed';
  }
}

const ymd = (t: Date) => t.toISOString().slice(0, 10);
/** A local calendar date `days` after y-m-d, as `YYYY-MM-DD` (civil arithmetic in UTC). */
const dayAfter = (y: number, m: number, d: number, days: number) => ymd(new Date(Date.UTC(y, m - 1, d + days)));

/**
 * What the status line promises: the next period to go out and the local day it goes. A period
 * already due but not sent goes with the next daily run (today if its hour is still ahead);
 * otherwise the period after the last one due goes on its own due day.
 */
export function nextReport_(schedule: Schedule, now: LocalTime, sent: string[]): { period: string; on: string } {
  const due = duePeriod(schedule.frequency, schedule.hour, now);
  if (!sent.includes(periodKey(due))) return { period: periodKey(due), on: dayAfter(now.year, now.month, now.day, now.hour < schedule.hour ? 0 : 1) };
  const [y, m, d] = due.start.split('-').map(Number);
  if (schedule.frequency.kind === 'quarterly') {
    // The quarter after starts three months later and is due on the chosen day of the month after it ends.
    return { period: periodKey({ kind: 'quarter', start: dayAfter(y, m + 3, 1, 0) }), on: dayAfter(y, m + 6, schedule.frequency.day, 0) };
  }
  if (schedule.frequency.kind === 'monthly') {
    // Period month m+1 is due in month m+2 on the chosen day.
    return { period: periodKey({ kind: 'month', start: dayAfter(y, m + 1, 1, 0) }), on: dayAfter(y, m + 2, schedule.frequency.day, 0) };
  }
  return { period: periodKey({ kind: 'week', start: dayAfter(y, m, d, 7) }), on: dayAfter(y, m, d, 14 + schedule.frequency.weekday - 1) };
}

function settings(lang: Lang): api.ReportSettings {
  const store = documentStore();
  const parsed = parseStoredSchedule(store.get(SCHEDULE_KEY));
  const timeZone = book().getSpreadsheetTimeZone();
  const on = parsed.ok && parsed.schedule.enabled;
  // A permission the person unticked is explained, and the calls that need it are not made.
  const consent = reportConsent_();
  return {
    schedule: parsed.ok ? parsed.schedule : null,
    scheduleProblem: !parsed.ok && parsed.reason === 'corrupt' ? parsed.message : undefined,
    consentProblem: consentProblem_(consent, lang),
    targets: storedTargets(store),
    triggers: consent.granted.triggers ? dailyTrigger().count() : 0,
    log: readLog(store),
    remainingQuota: consent.granted.sendMail ? MailApp.getRemainingDailyQuota() : 0,
    userEmail: consent.granted.email ? Session.getActiveUser().getEmail() : '',
    timeZone,
    defaultTargets: { ...DEFAULT_TARGETS },
    nextReport: on ? nextReport_(parsed.schedule, localTimeIn(systemClock.now(), timeZone), readSent(store)) : undefined,
  };
}

/** Stops with the explanation when the person has not granted what `needs` lists. */
function requireConsent(needs: ReportPermission[]): void {
  const consent = reportConsent_();
  const missing = needs.filter((p) => !consent.granted[p]);
  if (missing.length > 0) throw new PlainError(reportServerTexts.consentMissing(missing, consent.url));
}

export const getReportSettings = endpoint(api.GetReportSettingsArgs, api.ReportSettingsResult, (_args, lang) => settings(lang));

/** Save the schedule; reports on means exactly one daily trigger at the chosen hour, off means none. */
export const saveReportSettings = endpoint(api.SaveReportSettingsArgs, api.ReportSettingsResult, ({ schedule, targets }, lang) => {
  if (schedule.enabled) requireConsent(['sendMail', 'triggers']);
  const store = documentStore();
  const before = parseStoredSchedule(store.get(SCHEDULE_KEY));
  const wasOn = before.ok && before.schedule.enabled && before.schedule.frequency.kind === schedule.frequency.kind;
  if (schedule.enabled && !wasOn) {
    // Turning reports on (or changing their kind) owes from the period the next daily run will find
    // due, not from older ones: the ledger's `from` starts there.
    const nextRun = new Date(systemClock.now().getTime() + 86_400_000);
    const ledger = readLedger(store);
    writeLedger(store, { periods: ledger.periods, from: periodKey(duePeriod(schedule.frequency, schedule.hour, localTimeIn(nextRun, book().getSpreadsheetTimeZone()))) });
  }
  store.set(SCHEDULE_KEY, JSON.stringify(schedule));
  if (targets) store.set(TARGETS_KEY, JSON.stringify({ ...storedTargets(store), ...targets }));
  if (schedule.enabled) dailyTrigger().replace(schedule.hour);
  // Without the trigger permission the person can have made no trigger to remove. The daily run
  // stays while alerts are on: it is their catch-up.
  else if (reportConsent_().granted.triggers && !alertsOn_()) dailyTrigger().removeAll();
  return settings(lang);
});

export const turnOffReports = endpoint(api.TurnOffReportsArgs, api.ReportSettingsResult, (_args, lang) => {
  const store = documentStore();
  const parsed = parseStoredSchedule(store.get(SCHEDULE_KEY));
  if (parsed.ok) store.set(SCHEDULE_KEY, JSON.stringify({ ...parsed.schedule, enabled: false } satisfies Schedule));
  if (reportConsent_().granted.triggers && !alertsOn_()) dailyTrigger().removeAll();
  return settings(lang);
});

/**
 * "Send a test now": the latest complete month **that has data** (metrics-spec §6; for weekly and
 * quarterly reports, week or quarter), not simply the calendar month before today, so a sheet
 * whose answers ended months ago gives its last month, not "no data"; to the person asking only.
 */
export const sendTestReport = endpoint(api.SendTestReportArgs, api.SendTestReportResult, (_args, lang) => {
  requireConsent(['sendMail', 'email']);
  const to = Session.getActiveUser().getEmail();
  if (!to) throw new PlainError(reportServerTexts.noEmail());
  const saved = parseStoredSchedule(documentStore().get(SCHEDULE_KEY));
  const kind = saved.ok ? saved.schedule.frequency.kind : 'monthly';
  const { mail, period } = reportMail_({ defaultKind: kind === 'weekly' ? 'week' : kind === 'quarterly' ? 'quarter' : 'month' }, lang);
  const sender = mailApp();
  if (sender.remainingQuota() < 1) throw new PlainError(reportServerTexts.quotaUsed());
  try {
    sender.send({ ...mail, to: [to] });
  } catch (error) {
    // MailApp's own words (quota, invalid address) are the useful part; the rest says what to do.
    const detail = (error as { message?: unknown } | null)?.message;
    throw new PlainError(reportServerTexts.mailFailed(typeof detail === 'string' ? detail : String(error)));
  }
  return { sentTo: to, subject: mail.subject, period };
});
