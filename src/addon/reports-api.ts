import * as z from '../mapping/zod';
import { LogEntrySchema } from './report-log';
import { ScheduleSchema } from './schedule';

/**
 * What the sidebar's Email reports step may call through google.script.run: for each function,
 * the zod schema of its argument and of its result (the wizard's calls are in api.ts).
 */
const base = { lang: z.optional(z.enum(['en', 'vi'])) };

/** Maturity targets a shop may change; rates in percent, CES on its 7-point scale, ART in hours. */
export const TargetsSchema = z.object({
  minResponses: z.int().check(z.gte(1), z.lte(100_000)),
  artHours: z.number().check(z.gt(0), z.lte(24 * 365)),
  fcr: z.number().check(z.gte(0), z.lte(100)),
  csat: z.number().check(z.gte(0), z.lte(100)),
  ces: z.number().check(z.gte(1), z.lte(7)),
  retention: z.number().check(z.gte(0), z.lte(100)),
  nps: z.number().check(z.gte(-100), z.lte(100)),
  referralRate: z.number().check(z.gte(0), z.lte(100)),
});
export type Targets = z.infer<typeof TargetsSchema>;

export const GetReportSettingsArgs = z._default(z.object(base), {});
export const ReportSettingsResult = z.object({
  schedule: z.nullable(ScheduleSchema),
  /** Why the stored schedule could not be read, when it is damaged. */
  scheduleProblem: z.optional(z.string()),
  /** A permission the person unticked on Google's consent screen, what it stops and how to grant it, in their language. */
  consentProblem: z.optional(z.string()),
  targets: TargetsSchema,
  /** The add-on's daily triggers for this document: 1 when reports are on, 0 when off. */
  triggers: z.int(),
  log: z.array(LogEntrySchema),
  remainingQuota: z.int(),
  userEmail: z.string(),
  /** The spreadsheet's time zone: the hour and every date the sidebar shows are local to it. */
  timeZone: z.string(),
  /** The rubric's own targets, so the sidebar can show what "default" means and restore it. */
  defaultTargets: TargetsSchema,
  /** When reports are on: the next period to go out (`month:2026-11-01`) and its local send day. */
  nextReport: z.optional(z.object({ period: z.string(), on: z.string() })),
});
export type ReportSettings = z.infer<typeof ReportSettingsResult>;

export const SaveReportSettingsArgs = z.object({ ...base, schedule: ScheduleSchema, targets: z.optional(z.partial(TargetsSchema)) });
export const TurnOffReportsArgs = z._default(z.object(base), {});
export const SendTestReportArgs = z._default(z.object(base), {});
export const SendTestReportResult = z.object({ sentTo: z.string(), subject: z.string(), period: z.string() });

/** Name → [argument schema, result schema], as SIDEBAR_API in api.ts is for the wizard. */
export const REPORTS_API = {
  getReportSettings: [GetReportSettingsArgs, ReportSettingsResult],
  saveReportSettings: [SaveReportSettingsArgs, ReportSettingsResult],
  turnOffReports: [TurnOffReportsArgs, ReportSettingsResult],
  sendTestReport: [SendTestReportArgs, SendTestReportResult],
} as const;
