import * as z from '../mapping/zod';
import { AlertSettingsSchema } from './alerts';
import { LogEntrySchema } from './report-log';

/**
 * What the sidebar's Alerts panel may call through google.script.run (issue 16 item 5): for each
 * function, the zod schema of its argument and of its result. The server (alerts-server.ts) and the
 * page (sidebar/alerts*.ts) both take their types from here.
 */
const base = { lang: z.optional(z.enum(['en', 'vi'])) };

export const GetAlertSettingsArgs = z._default(z.object(base), {});
export const SaveAlertSettingsArgs = z.object({ ...base, settings: AlertSettingsSchema });
export const AlertSettingsResult = z.object({
  settings: z.nullable(AlertSettingsSchema),
  /** Why the stored settings could not be read, when they are damaged. */
  problem: z.optional(z.string()),
  /** The add-on's form-submit triggers in this document: 1 while alerts are on. */
  triggers: z.int(),
  log: z.array(LogEntrySchema),
  /** The top of each answer scale, as the saved mapping has them (NPS is always 10). */
  scales: z.object({ NPS: z.int(), CSAT: z.int(), CES: z.int() }),
  /** Where "Send a test alert" goes: the person asking. */
  userEmail: z._default(z.string(), ''),
  /** The spreadsheet's time zone, for the times in the log. */
  timeZone: z._default(z.string(), 'UTC'),
});
export type AlertSettingsView = z.infer<typeof AlertSettingsResult>;

export const SendTestAlertArgs = z.object({ ...base, alertLang: z.optional(z.enum(['en', 'vi'])) });
export const SendTestAlertResult = z.object({ sentTo: z.string(), subject: z.string() });

export const ALERTS_API = {
  getAlertSettings: [GetAlertSettingsArgs, AlertSettingsResult],
  saveAlertSettings: [SaveAlertSettingsArgs, AlertSettingsResult],
  sendTestAlert: [SendTestAlertArgs, SendTestAlertResult],
} as const;
