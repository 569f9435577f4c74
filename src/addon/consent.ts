import type { Lang } from '../cells/types';
import { reportServerTexts } from './report-messages';

/**
 * Granular consent: Google's consent screen lets a person untick some of the scopes an add-on asks
 * for, and the script still starts; a call that needs an unticked scope then throws. So before
 * touching mail or triggers the reports code asks which scopes it has
 * (ScriptApp.getAuthorizationInfo(AuthMode.FULL, scopes): "lets you control access to sections of
 * code that require certain scopes", https://developers.google.com/apps-script/reference/script/authorization-info,
 * https://developers.google.com/apps-script/concepts/scopes#granular_oauth_consent) and explains
 * what is missing instead of failing.
 */
export const REPORT_SCOPES = {
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  triggers: 'https://www.googleapis.com/auth/script.scriptapp',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

export type ReportPermission = keyof typeof REPORT_SCOPES;

export interface Consent {
  granted: Record<ReportPermission, boolean>;
  /** Where the person can grant what is missing (null when nothing is). */
  url: string | null;
}

type AuthInfo = GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes?: () => string[] | null };
type GetAuthorizationInfo = (mode: GoogleAppsScript.Script.AuthMode, scopes?: string[]) => AuthInfo;

/** Which of the reports' scopes the person has granted. Never throws: unknown reads as granted. */
export function reportConsent_(): Consent {
  const scopes = Object.values(REPORT_SCOPES);
  try {
    const info = (ScriptApp.getAuthorizationInfo as unknown as GetAuthorizationInfo)(ScriptApp.AuthMode.FULL, scopes);
    const authorized = info.getAuthorizedScopes?.();
    const has = (scope: string) => (authorized ? authorized.includes(scope) : true);
    const granted = { sendMail: has(REPORT_SCOPES.sendMail), triggers: has(REPORT_SCOPES.triggers), email: has(REPORT_SCOPES.email) };
    return { granted, url: Object.values(granted).every(Boolean) ? null : (info.getAuthorizationUrl() ?? null) };
  } catch {
    return { granted: { sendMail: true, triggers: true, email: true }, url: null };
  }
}

/** What the person is told about unticked permissions, or undefined when the reports have what they need. */
export function consentProblem_(consent: Consent, lang: Lang): string | undefined {
  const missing = (Object.keys(consent.granted) as ReportPermission[]).filter((p) => !consent.granted[p]);
  if (missing.length === 0) return undefined;
  return reportServerTexts.consentMissing(missing, consent.url)[lang];
}
