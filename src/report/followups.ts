import { localDay } from '../cells/calendar';
import type { Lang } from '../cells/types';
import { followUpReportTexts as T } from './alert-messages';
import { cleanText, formatNumber } from './format';
import { dayOfLocalDate } from './period';
import type { Period } from './types';

/**
 * Follow-up in the report (issue 16 item 4): of the unhappy answers flagged in the period (the
 * rows of the add-on's follow-up sheet whose answer falls in it), how many were contacted within
 * two days, how many are resolved, the median hours from the answer to the first contact, and the
 * ones still open. Pure: the add-on reads the sheet (src/addon/followups.ts), this counts.
 *
 * The first contact is the "Contacted on" date, or for a row resolved without one, its "Resolved on"
 * date (resolving a customer's problem means someone spoke to them). A row whose status says it was
 * contacted but has no readable date counts as contacted, never as contacted within two days, and
 * is said; a status the add-on does not know is counted as open and said; nothing is dropped.
 *
 * @example
 *   followUpSection([{ row: 2, answeredAt: t, score: 'NPS 3/10', status: 'contacted', statusText: 'Contacted', contactedAt: t + 5 * 3_600_000 }], period, 'UTC')
 *   // { flagged: 1, contacted: 1, contactedWithin2Days: 1, resolved: 0, medianHoursToContact: 5, … }
 */

export type FollowUpStatus = 'new' | 'contacted' | 'resolved';

/** One row of the follow-up sheet, as the add-on read it. */
export interface FollowUpRow {
  /** The row in the follow-up sheet (1-based). */
  row: number;
  /** When the customer answered (epoch ms). */
  answeredAt: number;
  score: string;
  comment?: string;
  segment?: string;
  contact?: string;
  owner?: string;
  /** Null for a status the add-on does not know (someone typed over the dropdown). */
  status: FollowUpStatus | null;
  statusText: string;
  contactedAt?: number;
  resolvedAt?: number;
}

export interface OpenFollowUp {
  row: number;
  answeredAt: number;
  score: string;
  comment?: string;
  segment?: string;
  owner?: string;
  statusText: string;
}

export interface FollowUpSection {
  /** Unhappy answers flagged in the period. */
  flagged: number;
  /** Of them, contacted (status Contacted or Resolved). */
  contacted: number;
  /** Of them, first contacted within 48 hours of the answer. */
  contactedWithin2Days: number;
  /** Contacted, but without a readable date: not in the two-day share or the median. */
  contactedUndated: number;
  resolved: number;
  /** Median hours from the answer to the first contact, over the dated contacts; null without any. */
  medianHoursToContact: number | null;
  /** Not resolved, oldest first (at most OPEN_SHOWN). */
  open: OpenFollowUp[];
  openCount: number;
  /** Answers from before the period still open. */
  olderOpen: number;
  /** Rows whose status the add-on does not know (counted as open). */
  unknownStatus: number;
}

export const CONTACT_WITHIN_MS = 2 * 86_400_000;
export const OPEN_SHOWN = 10;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function followUpSection(rows: readonly FollowUpRow[], period: Period, timeZone: string): FollowUpSection {
  const all = period.kind === 'all';
  const first = all || !period.start ? -Infinity : dayOfLocalDate(period.start);
  const last = all || !period.end ? Infinity : dayOfLocalDate(period.end);
  const section: FollowUpSection = { flagged: 0, contacted: 0, contactedWithin2Days: 0, contactedUndated: 0, resolved: 0, medianHoursToContact: null, open: [], openCount: 0, olderOpen: 0, unknownStatus: 0 };
  const hours: number[] = [];
  const open: OpenFollowUp[] = [];
  for (const r of rows) {
    const day = localDay(r.answeredAt, timeZone);
    if (day !== day || day > last) continue;
    const isOpen = r.status !== 'resolved';
    if (day < first) {
      if (isOpen) section.olderOpen++;
      continue;
    }
    section.flagged++;
    if (r.status === null) section.unknownStatus++;
    if (r.status === 'resolved') section.resolved++;
    if (r.status === 'contacted' || r.status === 'resolved') {
      section.contacted++;
      const at = r.contactedAt ?? r.resolvedAt;
      if (at === undefined) section.contactedUndated++;
      else {
        const wait = Math.max(0, at - r.answeredAt);
        hours.push(wait / 3_600_000);
        if (wait <= CONTACT_WITHIN_MS) section.contactedWithin2Days++;
      }
    }
    if (isOpen) open.push({ row: r.row, answeredAt: r.answeredAt, score: r.score, statusText: r.statusText, ...(r.comment && { comment: r.comment }), ...(r.segment && { segment: r.segment }), ...(r.owner && { owner: r.owner }) });
  }
  open.sort((a, b) => a.answeredAt - b.answeredAt || a.row - b.row);
  section.openCount = open.length;
  section.open = open.slice(0, OPEN_SHOWN);
  section.medianHoursToContact = median(hours);
  return section;
}

/** The section as the email shows it: a title, its figures, the open ones and notes, in `lang`. */
export interface FollowUpView {
  title: string;
  figures: string[];
  open?: { title: string; items: { text: string; meta: string }[]; more?: string };
  notes: string[];
}

const share = (part: number, whole: number, lang: Lang) => `${formatNumber(whole === 0 ? 0 : (100 * part) / whole, lang)}%`;

export function followUpView(s: FollowUpSection, lang: Lang, timeText: (ms: number) => string): FollowUpView {
  const num = (n: number) => formatNumber(n, lang);
  const view: FollowUpView = { title: T.title[lang], figures: [], notes: [] };
  if (s.flagged === 0) view.figures.push(T.none[lang]);
  else {
    view.figures.push(
      T.flagged(num(s.flagged))[lang],
      T.within2Days(share(s.contactedWithin2Days, s.flagged, lang), num(s.contactedWithin2Days), num(s.flagged))[lang],
      T.resolved(share(s.resolved, s.flagged, lang), num(s.resolved), num(s.flagged))[lang],
      s.medianHoursToContact === null ? T.noMedian[lang] : T.median(formatNumber(s.medianHoursToContact, lang, s.medianHoursToContact < 10 ? 1 : 0))[lang],
    );
  }
  if (s.openCount > 0) {
    view.open = {
      title: T.openTitle(num(s.openCount))[lang],
      items: s.open.map((o) => ({
        text: [o.score, o.comment ? `“${cleanText(o.comment, 200).text}”` : ''].filter(Boolean).join(' — '),
        meta: [timeText(o.answeredAt), o.segment ? cleanText(o.segment, 80).text : '', o.statusText ? cleanText(o.statusText, 40).text : '', o.owner ? T.owner(cleanText(o.owner, 60).text)[lang] : T.noOwner[lang], T.row(num(o.row))[lang]].filter(Boolean).join(' · '),
      })),
      ...(s.openCount > s.open.length && { more: T.moreOpen(num(s.openCount - s.open.length))[lang] }),
    };
  }
  if (s.contactedUndated > 0) view.notes.push(T.undated(num(s.contactedUndated))[lang]);
  if (s.unknownStatus > 0) view.notes.push(T.unknownStatus(num(s.unknownStatus))[lang]);
  if (s.olderOpen > 0) view.notes.push(T.olderOpen(num(s.olderOpen))[lang]);
  return view;
}
