import type { AlertSettingsView } from '../src/addon/alerts-api';
import { AlertSettingsSchema, type AlertSettings } from '../src/addon/alerts';
import type * as z from '../src/mapping/zod';
import type { SendTestAlertResult } from '../src/addon/alerts-api';
import type { AlertMessages } from './alerts-messages';
import type { Lang } from './messages';
import { recipientsProblem, splitRecipients } from './reports-state';

/**
 * The Alerts panel's state: what the server returned, and the form as the person edits it (plain
 * strings). Saving checks the draft with the server's own AlertSettingsSchema and the same
 * threshold rule (a whole number from the scale's lowest answer to one below its top), so what
 * the page accepts the server accepts, and each message names its field.
 */
export const ALERT_METRICS = ['NPS', 'CSAT', 'CES'] as const;
export type AlertMetricKey = (typeof ALERT_METRICS)[number];
/** The lowest answer of each scale: NPS starts at 0, CSAT and CES at 1. */
export const LOWEST: Record<AlertMetricKey, number> = { NPS: 0, CSAT: 1, CES: 1 };
const DEFAULT_MAX: Record<AlertMetricKey, number> = { NPS: 6, CSAT: 2, CES: 3 };

export interface AlertDraft {
  enabled: boolean;
  recipients: string;
  lang: Lang;
  thresholds: Record<AlertMetricKey, { on: boolean; max: string }>;
}

export type AlertField = 'recipients' | `threshold-${AlertMetricKey}`;

export interface AlertsState {
  settings: AlertSettingsView | null;
  draft: AlertDraft;
  invalid: { field: AlertField; message: string } | null;
  testSent: z.infer<typeof SendTestAlertResult> | null;
}

export function emptyAlerts(lang: Lang): AlertsState {
  const thresholds = Object.fromEntries(ALERT_METRICS.map((m) => [m, { on: true, max: String(DEFAULT_MAX[m]) }])) as AlertDraft['thresholds'];
  return { settings: null, draft: { enabled: true, recipients: '', lang, thresholds }, invalid: null, testSent: null };
}

/** The form filled from what the server has saved; nothing saved keeps the defaults (on, NPS ≤ 6, CSAT ≤ 2, CES ≤ 3). */
export function alertDraftFrom(view: AlertSettingsView, fallback: AlertDraft): AlertDraft {
  const s = view.settings;
  if (!s) return fallback;
  const thresholds = Object.fromEntries(ALERT_METRICS.map((m) => [m, { on: s.thresholds[m].on, max: String(s.thresholds[m].max) }])) as AlertDraft['thresholds'];
  return { enabled: s.enabled, recipients: s.recipients.join('\n'), lang: s.lang, thresholds };
}

export type AlertChecked = { ok: true; settings: AlertSettings } | { ok: false; field: AlertField; message: string };

/** The draft as the settings to save, or the first thing to fix, naming its field. */
export function checkAlertDraft(draft: AlertDraft, scales: Record<AlertMetricKey, number>, t: AlertMessages, previous?: AlertSettings | null): AlertChecked {
  const recipients = splitRecipients(draft.recipients);
  const problem = recipientsProblem(recipients, t);
  if (problem) return { ok: false, field: 'recipients', message: problem };
  const thresholds = {} as AlertSettings['thresholds'];
  for (const metric of ALERT_METRICS) {
    const typed = draft.thresholds[metric];
    const text = typed.max.trim();
    const max = /^-?\d+$/.test(text) ? Number(text) : NaN;
    const fits = Number.isInteger(max) && max >= LOWEST[metric] && max < scales[metric];
    if (typed.on && !fits) return { ok: false, field: `threshold-${metric}`, message: t.badThreshold(t.metricNames[metric], LOWEST[metric], scales[metric] - 1) };
    // A metric that is off keeps its number when it fits, else the default for its scale.
    thresholds[metric] = { on: typed.on, max: fits ? max : Math.min(DEFAULT_MAX[metric], scales[metric] - 1) };
  }
  if (draft.enabled && ALERT_METRICS.every((m) => !draft.thresholds[m].on)) return { ok: false, field: 'threshold-NPS', message: t.noMetric };
  const parsed = AlertSettingsSchema.safeParse({
    version: 1,
    enabled: draft.enabled,
    recipients,
    lang: draft.lang,
    thresholds,
    ...(previous?.burst !== undefined && { burst: previous.burst }),
  });
  if (!parsed.success) return { ok: false, field: 'recipients', message: parsed.error.issues[0].message };
  return { ok: true, settings: parsed.data };
}
