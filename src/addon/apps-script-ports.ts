import type { Clock, DailyTrigger, DocumentLock, KeyValueStore, MailSender } from './ports';

/**
 * The ports of src/addon/ports.ts implemented with Apps Script services. Nothing else in the
 * report pipeline names an Apps Script service.
 */

export const REPORT_HANDLER = 'runScheduledReports';

export function documentStore(): KeyValueStore {
  const props = PropertiesService.getDocumentProperties();
  return {
    get: (key) => props.getProperty(key),
    set: (key, value) => void props.setProperty(key, value),
    delete: (key) => void props.deleteProperty(key),
  };
}

export function mailApp(): MailSender {
  return {
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
    send: (mail) =>
      MailApp.sendEmail({ to: mail.to.join(','), subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody, name: mail.name ?? 'CX Metrics' }),
  };
}

export const systemClock: Clock = { now: () => new Date() };

export function documentLock(): DocumentLock {
  // The document lock serialises runs of this add-on on this spreadsheet only:
  // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
  const lock = LockService.getDocumentLock();
  return {
    tryLock: (ms) => lock.tryLock(ms),
    release: () => lock.releaseLock(),
  };
}

/**
 * The add-on's daily trigger for this spreadsheet. getUserTriggers(spreadsheet) lists only this
 * user's triggers of this add-on in this document, so changing one document's schedule never
 * touches another's; an add-on may own one time-driven trigger per user per document:
 * https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 */
export function dailyTrigger(): DailyTrigger {
  const mine = () => ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).filter((t) => t.getHandlerFunction() === REPORT_HANDLER);
  const removeAll = () => mine().forEach((t) => ScriptApp.deleteTrigger(t));
  return {
    count: () => mine().length,
    removeAll,
    replace(hour) {
      removeAll();
      ScriptApp.newTrigger(REPORT_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(SpreadsheetApp.getActive().getSpreadsheetTimeZone()).create();
    },
  };
}
