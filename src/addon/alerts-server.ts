import type * as z from '../mapping/zod';
import type { Lang } from '../cells/types';
import { parseStoredMapping } from '../mapping/schema';
import { answersOfSheet } from '../report/alert-answers';
import { alertEmail, flagAnswer, type Answer } from '../report/alerts';
import { alertTexts } from '../report/alert-messages';
import { alertServerTexts as texts } from './alert-messages';
import { AlertSettingsResult, GetAlertSettingsArgs, SaveAlertSettingsArgs, SendTestAlertArgs, SendTestAlertResult } from './alerts-api';
import { ALERT_SETTINGS_KEY, effectiveThresholds, parseAlertSettings, readAlertLog, runAlerts, type AlertRun, type AlertSettings } from './alerts';
import { dailyTrigger, documentLock, documentStore, mailApp, systemClock } from './apps-script-ports';
import { reportConsent_ } from './consent';
import { endpoint, PlainError } from './endpoint';
import { appendFollowUps_, findFollowUps, FOLLOW_UPS_MADE_KEY } from './followups';
import { reportServerTexts } from './report-messages';
import { SCHEDULE_KEY } from './report-runner';
import { duePeriod, localTimeIn, parseStoredSchedule, periodKey } from './schedule';
import { readLedger } from './report-log';
import { MAPPING_KEY } from './sidebar-server';

/**
 * The unhappy-answer alerts as Apps Script sees them (issue 16): the installable form-submit
 * trigger's handler, the catch-up in the daily run, and the settings calls. The runner
 * (alerts.ts) decides what is sent; this file reads the sheets and names the services.
 */

export const ALERT_HANDLER = 'onFormSubmitAlert';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The Sheets form-submit event (installable trigger): `authMode` (FULL), `namedValues` (question →
 * answers), `range` (the row the form wrote), `triggerUid` and `values` (the row's answers as text,
 * in column order). https://developers.google.com/apps-script/guides/triggers/events#form-submit
 */
export interface FormSubmitEvent {
  authMode?: unknown;
  range?: GoogleAppsScript.Spreadsheet.Range;
  values?: string[];
  namedValues?: Record<string, string[]>;
  triggerUid?: string;
}

/**
 * Mail the alerts leave for the scheduled report: its recipients while a report that is due by the
 * end of today (in the spreadsheet's zone) has not gone yet, else nothing, so a quota that a sent
 * report no longer needs goes to the alerts. A ledger it cannot read keeps the share (the safe side).
 */
function reportReserve_(store: ReturnType<typeof documentStore>, schedule: ReturnType<typeof parseStoredSchedule>, timeZone: string): number {
  if (!schedule.ok || !schedule.schedule.enabled) return 0;
  const { frequency, recipients } = schedule.schedule;
  const endOfToday = { ...localTimeIn(systemClock.now(), timeZone), hour: 23 };
  const key = periodKey(duePeriod(frequency, schedule.schedule.hour, endOfToday));
  const ledger = readLedger(store);
  const state = ledger.periods[key];
  const settled = state === 'sent' || state === 'uncertain' || state === 'missed';
  return settled && !ledger.damaged && !ledger.unknown ? 0 : recipients.length;
}

/** One alert run over the mapped survey sheets; `submitted` is the sheet a form just wrote to, read first. */
function alertRun_(book: Book, submitted?: GoogleAppsScript.Spreadsheet.Sheet): AlertRun | 'off' {
  const store = documentStore();
  const parsed = parseAlertSettings(store.get(ALERT_SETTINGS_KEY));
  if (!parsed.ok) {
    if (parsed.reason === 'corrupt') console.warn(`CX Metrics: ${texts.settingsDamaged(parsed.detail).en}`);
    return 'off';
  }
  const settings = parsed.settings;
  if (!settings.enabled) return 'off';
  const mapping = parseStoredMapping(store.get(MAPPING_KEY));
  if (!mapping.ok) return 'off';
  const scales = { NPS: 10, CSAT: mapping.mapping.scales.csat.scale, CES: mapping.mapping.scales.ces.scale };
  const { thresholds, problems } = effectiveThresholds(settings, scales);
  const timeZone = book.getSpreadsheetTimeZone();
  const locale = book.getSpreadsheetLocale();
  const url = book.getUrl();
  const schedule = parseStoredSchedule(store.get(SCHEDULE_KEY));
  return runAlerts({
    store,
    mail: mailApp(),
    clock: systemClock,
    lock: documentLock(),
    settings,
    thresholds,
    problems: problems.map((p) => ({ en: texts.thresholdProblem(p.en).en, vi: texts.thresholdProblem(p.vi).vi })),
    reserve: () => reportReserve_(store, schedule, timeZone),
    collect: () => {
      const answers: Answer[] = [];
      const notes: Record<Lang, string>[] = [];
      const sources = [...mapping.mapping.sources].sort((a, b) => Number(b.sheetName === submitted?.getName()) - Number(a.sheetName === submitted?.getName()));
      for (const source of sources) {
        if (source.columns.nps === undefined && source.columns.csat === undefined && source.columns.ces === undefined) continue;
        const sheet = (submitted && submitted.getName() === source.sheetName ? submitted : null) ?? book.getSheetByName(source.sheetName);
        if (!sheet) {
          notes.push(texts.readFailed(reportServerTexts.sheetGone(source.sheetName).en));
          continue;
        }
        const read = answersOfSheet(source, sheet.getSheetId(), sheet.getDataRange().getValues(), { timeZone, locale, csatScale: scales.CSAT, cesScale: scales.CES });
        answers.push(...read.answers);
        if (read.noTime > 0) notes.push(texts.noTime(read.noTime, source.sheetName));
      }
      return { answers, notes };
    },
    timeText: (ms) => Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd HH:mm'),
    compose: (group) => {
      const mail = alertEmail(group, settings.lang, url, (ms) => Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd HH:mm'));
      return { subject: mail.subject, htmlBody: mail.html, body: mail.text };
    },
    followUp: (flagged, known) => {
      // Whether the add-on made a follow-up sheet before: its absence then means someone deleted it.
      const made = store.get(FOLLOW_UPS_MADE_KEY) === '1';
      const result = appendFollowUps_(book, flagged, settings.lang, known, made);
      if (!made && findFollowUps(book)) store.set(FOLLOW_UPS_MADE_KEY, '1');
      return result.notes;
    },
  });
}

/**
 * The installable form-submit trigger's handler. The answer is read back from the sheet at
 * `e.range` (not from `e.values`, which are text) so its id is the one the daily catch-up computes
 * from the same row; a trigger that fires twice finds the answer already in the ledger. Never throws.
 */
export function onFormSubmitAlert(e?: FormSubmitEvent): string {
  try {
    const book = SpreadsheetApp.getActive();
    if (!book) return 'skipped';
    const run = alertRun_(book, e?.range ? e.range.getSheet() : undefined);
    return run === 'off' ? 'off' : run.outcome;
  } catch (error) {
    console.error('CX Metrics: the alert run failed:', error instanceof Error ? error.message : String(error));
    return 'failed';
  }
}

/** The daily run's catch-up: answers that arrived without a form (pasted, imported). Never throws. */
export function runAlertCatchUp_(): string {
  try {
    const book = SpreadsheetApp.getActive();
    if (!book) return 'skipped';
    const run = alertRun_(book);
    return run === 'off' ? 'off' : run.outcome;
  } catch (error) {
    console.error('CX Metrics: the alert catch-up failed:', error instanceof Error ? error.message : String(error));
    return 'failed';
  }
}

/** Whether alerts are saved and on (the daily run is then kept for their catch-up). */
export function alertsOn_(): boolean {
  const parsed = parseAlertSettings(documentStore().get(ALERT_SETTINGS_KEY));
  return parsed.ok && parsed.settings.enabled;
}

/** The add-on's form-submit triggers in this document (an add-on may own one: editor-triggers#restrictions). */
function formTriggers_(book: Book) {
  return ScriptApp.getUserTriggers(book).filter((t) => t.getHandlerFunction() === ALERT_HANDLER);
}

/** The top of each answer scale as the saved mapping has them; the spec's defaults without one. */
function scalesOf_(store: ReturnType<typeof documentStore>): { NPS: number; CSAT: number; CES: number } {
  const mapping = parseStoredMapping(store.get(MAPPING_KEY));
  return { NPS: 10, CSAT: mapping.ok ? mapping.mapping.scales.csat.scale : 5, CES: mapping.ok ? mapping.mapping.scales.ces.scale : 7 };
}

function alertSettings(lang: Lang): z.input<typeof AlertSettingsResult> {
  const store = documentStore();
  const parsed = parseAlertSettings(store.get(ALERT_SETTINGS_KEY));
  const consent = reportConsent_();
  const book = SpreadsheetApp.getActive();
  let userEmail = '';
  try {
    userEmail = consent.granted.email ? Session.getActiveUser().getEmail() : '';
  } catch {
    // Without the address the panel says the test goes nowhere it can name.
  }
  return {
    settings: parsed.ok ? parsed.settings : null,
    ...(!parsed.ok && parsed.reason === 'corrupt' && { problem: texts.settingsDamaged(parsed.detail)[lang] }),
    triggers: consent.granted.triggers ? formTriggers_(book).length : 0,
    log: readAlertLog(store),
    scales: scalesOf_(store),
    userEmail,
    timeZone: book.getSpreadsheetTimeZone(),
  };
}

export const getAlertSettings = endpoint(GetAlertSettingsArgs, AlertSettingsResult, (_args, lang) => alertSettings(lang));

/**
 * Save the alert settings: thresholds checked against the mapping's scales; alerts on means exactly
 * one form-submit trigger for this document, off means none. Turning alerts on starts them from
 * now: the answers already in the sheet are never mailed about.
 */
export const saveAlertSettings = endpoint(SaveAlertSettingsArgs, AlertSettingsResult, ({ settings }, lang) => {
  const store = documentStore();
  const scales = scalesOf_(store);
  const { problems } = effectiveThresholds(settings, scales);
  if (problems.length > 0) throw new PlainError(problems[0]);
  if (settings.enabled) {
    const consent = reportConsent_();
    const missing = (['sendMail', 'triggers'] as const).filter((p) => !consent.granted[p]);
    if (missing.length > 0) throw new PlainError(reportServerTexts.consentMissing([...missing], consent.url));
  }
  const before = parseAlertSettings(store.get(ALERT_SETTINGS_KEY));
  const wasOn = before.ok && before.settings.enabled;
  const since = wasOn && before.settings.since !== undefined ? before.settings.since : systemClock.now().getTime();
  const saved: AlertSettings = { ...settings, since };
  store.set(ALERT_SETTINGS_KEY, JSON.stringify(saved));
  const book = SpreadsheetApp.getActive();
  if (settings.enabled) {
    if (formTriggers_(book).length === 0) ScriptApp.newTrigger(ALERT_HANDLER).forSpreadsheet(book).onFormSubmit().create();
    // The daily catch-up rides on the report's daily run (an add-on may own one time-driven trigger
    // per document); with reports off it is made here, at 08:00.
    if (dailyTrigger().count() === 0) dailyTrigger().replace(8);
  } else if (reportConsent_().granted.triggers) formTriggers_(book).forEach((t) => ScriptApp.deleteTrigger(t));
  return alertSettings(lang);
});

/**
 * "Send a test alert": what an alert looks like, to the person asking only, in the language chosen
 * in the panel: a made-up answer at the NPS threshold, said to be a test in its subject and comment.
 * Nothing goes in the ledger or the follow-up sheet.
 */
export const sendTestAlert = endpoint(SendTestAlertArgs, SendTestAlertResult, ({ alertLang }, lang) => {
  const consent = reportConsent_();
  const missing = (['sendMail', 'email'] as const).filter((p) => !consent.granted[p]);
  if (missing.length > 0) throw new PlainError(reportServerTexts.consentMissing([...missing], consent.url));
  const to = Session.getActiveUser().getEmail();
  if (!to) throw new PlainError(reportServerTexts.noEmail());
  const mailLang = alertLang ?? lang;
  const book = SpreadsheetApp.getActive();
  const timeZone = book.getSpreadsheetTimeZone();
  const sample: Answer = { id: 'test', sheetName: alertTexts.testSheet[mailLang], row: 2, at: systemClock.now().getTime(), nps: 3, comment: alertTexts.testComment[mailLang], segment: alertTexts.testSegment[mailLang] };
  const flagged = flagAnswer(sample, { NPS: { on: true, max: 6, scale: 10 }, CSAT: { on: false, max: 2, scale: 5 }, CES: { on: false, max: 3, scale: 7 } })!;
  const mail = alertEmail([flagged], mailLang, book.getUrl(), (ms) => Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd HH:mm'));
  const subject = `${alertTexts.testPrefix[mailLang]} ${mail.subject}`;
  const sender = mailApp();
  if (sender.remainingQuota() < 1) throw new PlainError(reportServerTexts.quotaUsed());
  try {
    sender.send({ subject, htmlBody: mail.html, body: mail.text, to: [to], name: 'CX Metrics' });
  } catch (error) {
    const detail = (error as { message?: unknown } | null)?.message;
    throw new PlainError(reportServerTexts.mailFailed(typeof detail === 'string' ? detail : String(error)));
  }
  return { sentTo: to, subject };
});
