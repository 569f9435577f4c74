import type { Lang } from '../cells/types';
import { alertTexts as T } from './alert-messages';
import { escapeHtml, formatNumber, oneLine, safeHttpUrl } from './format';

/**
 * Closing the loop (issue 16), the pure part: which new answers are unhappy enough to tell
 * someone at once, a stable id per answer so it is alerted at most once, bursts grouped into one
 * email, and the alert email itself (subject, HTML, text) in the recipient's language. The
 * trigger, the ledger of sent alerts and the follow-up sheet live in src/addon.
 *
 * @example
 *   flagAnswer({ id: 'r1', sheetName: 'Form Responses 1', row: 14, at: 0, nps: 3 }, DEFAULT_THRESHOLDS)
 *   // { …, reasons: [{ metric: 'NPS', score: 3, scale: 10 }] }
 */

export type AlertMetric = 'NPS' | 'CSAT' | 'CES';

export interface MetricThreshold {
  on: boolean;
  /** An answer at or below this is flagged. */
  max: number;
  /** Highest answer of the scale (10 for NPS). */
  scale: number;
}

export type AlertThresholds = Record<AlertMetric, MetricThreshold>;

/** NPS ≤ 6 (a detractor), CSAT ≤ 2 on 5, CES ≤ 3 on 7. */
export const DEFAULT_THRESHOLDS: AlertThresholds = {
  NPS: { on: true, max: 6, scale: 10 },
  CSAT: { on: true, max: 2, scale: 5 },
  CES: { on: true, max: 3, scale: 7 },
};

/** The lowest answer of each scale: NPS starts at 0, CSAT and CES at 1. */
const LOWEST: Record<AlertMetric, number> = { NPS: 0, CSAT: 1, CES: 1 };

/** A threshold a person can set: a whole number from the scale's lowest answer to one below its highest. */
export function thresholdProblem(metric: AlertMetric, threshold: MetricThreshold, lang: Lang): string | undefined {
  const { max, scale } = threshold;
  if (Number.isInteger(max) && max >= LOWEST[metric] && max < scale) return undefined;
  return T.badThreshold(metric, LOWEST[metric], scale - 1, String(max))[lang];
}

export interface Answer {
  /** Stable id: the form response id when there is one, else answerId() of the row. */
  id: string;
  sheetName: string;
  sheetId?: number;
  /** 1-based sheet row. */
  row: number;
  /** When it was answered (epoch ms). */
  at: number;
  nps?: number;
  csat?: number;
  ces?: number;
  comment?: string;
  segment?: string;
  email?: string;
}

export interface FlaggedAnswer extends Answer {
  reasons: { metric: AlertMetric; score: number; scale: number }[];
}

/** The answer with why it is flagged, or undefined when no metric that is on crosses its threshold. */
export function flagAnswer(answer: Answer, thresholds: AlertThresholds): FlaggedAnswer | undefined {
  const reasons: FlaggedAnswer['reasons'] = [];
  const check = (metric: AlertMetric, score: number | undefined) => {
    const t = thresholds[metric];
    if (t.on && typeof score === 'number' && Number.isFinite(score) && score <= t.max) reasons.push({ metric, score, scale: t.scale });
  };
  check('NPS', answer.nps);
  check('CSAT', answer.csat);
  check('CES', answer.ces);
  return reasons.length > 0 ? { ...answer, reasons } : undefined;
}

/**
 * A stable id for a row without a form response id: the sheet id and a 64-bit FNV-1a hash of the
 * row's cells (dates as instants), so the same answer gets the same id on every run, wherever the
 * row moves, and an edited row is a new answer.
 */
export function answerId(sheetId: number, cells: readonly unknown[]): string {
  const text = cells.map((c) => (Object.prototype.toString.call(c) === '[object Date]' ? `d${(c as Date).getTime()}` : `${typeof c}:${String(c ?? '')}`)).join('\u001f');
  // Two 32-bit FNV-1a halves with different offsets: 64 bits, no BigInt needed.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193 + 2) >>> 0;
  }
  return `s${sheetId}-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

/** 15 minutes: more than `maxSingle` flagged answers within it become one email. */
export const BURST_WINDOW_MS = 15 * 60_000;

/**
 * The emails to send for flagged answers within one run, oldest first: each answer alone, except
 * that answers falling within one burst window of the first of a run, when there are more than
 * `maxSingle` of them, go together in one email. (planAlerts with nothing sent before and every
 * window over.)
 */
export function groupBursts(flagged: readonly FlaggedAnswer[], maxSingle = 3, windowMs = BURST_WINDOW_MS): FlaggedAnswer[][] {
  return planAlerts(flagged, [], Number.POSITIVE_INFINITY, maxSingle, windowMs).groups;
}

export interface AlertPlan {
  /** The emails to send now, oldest first. */
  groups: FlaggedAnswer[][];
  /** Answers of a burst whose window is still open: they wait to go together in one email. */
  held: FlaggedAnswer[];
  /** When the earliest held burst's window is over (epoch ms), so the next run after it sends it. */
  heldUntil?: number;
}

/**
 * What one alert run sends, across runs (issue 16): the flagged answers not yet alerted
 * (`fresh`), the times of the answers earlier runs alerted (`alerted`, from the ledger) and now.
 * Answers are cut into burst windows by their time, as the whole history has them (a window runs
 * `windowMs` from its first answer, sent or not, to the minute, so every run cuts the same
 * windows). In a window with at most `maxSingle` answers so far, each unsent answer goes alone, at
 * once. In a window with more, every answer not yet sent waits until the window is over and then
 * goes in one email listing them, so a burst spread over separate form-submit runs still reaches
 * the inbox as at most `maxSingle` single emails (the ones that came before it was a burst) and one
 * email for the rest; a burst that arrives in one run (an import) is one email.
 */
export function planAlerts(fresh: readonly FlaggedAnswer[], alerted: readonly number[], now: number, maxSingle = 3, windowMs = BURST_WINDOW_MS): AlertPlan {
  const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;
  type Item = { at: number; answer?: FlaggedAnswer };
  const items: Item[] = [...alerted.map((at) => ({ at: minute(at) })), ...fresh.map((answer) => ({ at: minute(answer.at), answer }))];
  items.sort((x, y) => x.at - y.at || (x.answer ? 1 : 0) - (y.answer ? 1 : 0) || (x.answer && y.answer ? x.answer.at - y.answer.at || x.answer.row - y.answer.row : 0));
  const plan: AlertPlan = { groups: [], held: [] };
  let i = 0;
  while (i < items.length) {
    const start = items[i].at;
    let j = i;
    while (j < items.length && items[j].at - start <= windowMs) j++;
    const unsent = items.slice(i, j).flatMap((x) => (x.answer ? [x.answer] : []));
    if (j - i <= maxSingle) for (const answer of unsent) plan.groups.push([answer]);
    else if (unsent.length > 0 && now >= start + windowMs) plan.groups.push(unsent);
    else if (unsent.length > 0) {
      plan.held.push(...unsent);
      plan.heldUntil = Math.min(plan.heldUntil ?? Number.POSITIVE_INFINITY, start + windowMs);
    }
    i = j;
  }
  return plan;
}

export interface AlertEmail {
  subject: string;
  html: string;
  text: string;
}

const COMMENT_MAX = 1000;

function scoreText(r: FlaggedAnswer['reasons'][number], lang: Lang): string {
  return T.score(r.metric, formatNumber(r.score, lang), String(r.scale))[lang];
}

/** A link to the answer's row, when the spreadsheet's URL is a plain http(s) one. */
function rowLink(url: string | undefined, answer: Answer): string | undefined {
  const base = safeHttpUrl(url);
  if (!base) return undefined;
  return `${base.replace(/#.*$/, '')}#gid=${answer.sheetId ?? 0}&range=A${answer.row}`;
}

/** The alert email for one answer or one burst, in `lang`; every sheet string escaped and bounded. */
export function alertEmail(group: readonly FlaggedAnswer[], lang: Lang, spreadsheetUrl?: string, timeText: (ms: number) => string = (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ')): AlertEmail {
  const first = group[0];
  const subject =
    group.length === 1
      ? oneLine(T.subjectOne(scoreText(first.reasons[0], lang), first.segment ? oneLine(first.segment, 60) : '')[lang], 200)
      : oneLine(T.subjectMany(String(group.length))[lang], 200);
  const blocks = group.map((a) => {
    const link = rowLink(spreadsheetUrl, a);
    const facts = [a.reasons.map((r) => scoreText(r, lang)).join(' · '), a.segment, a.email, `${T.answered[lang]} ${timeText(a.at)}`, `${a.sheetName}, ${T.row[lang]} ${a.row}`]
      .filter((x): x is string => !!x)
      .map((x) => oneLine(x, 200));
    const comment = a.comment ? oneLine(a.comment, COMMENT_MAX) : '';
    return { facts, comment, link };
  });
  const text = [
    subject,
    '',
    ...blocks.flatMap((b) => [...b.facts, ...(b.comment ? [`“${b.comment}”`] : [T.noComment[lang]]), ...(b.link ? [`${T.openRow[lang]}: ${b.link}`] : []), '']),
    T.footer[lang],
  ].join('\n');
  const html =
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>` +
    `<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;color:#1f2933;">` +
    `<div style="font-size:18px;font-weight:bold;margin-bottom:12px;">${escapeHtml(subject)}</div>` +
    blocks
      .map(
        (b) =>
          `<div style="margin:0 0 14px;padding:10px 12px;border-left:3px solid #c0392b;background:#fdf0ee;">` +
          `<div style="font-size:14px;font-weight:bold;">${escapeHtml(b.facts[0])}</div>` +
          b.facts.slice(1).map((f) => `<div style="font-size:12px;color:#52606d;">${escapeHtml(f)}</div>`).join('') +
          `<div style="margin-top:6px;font-size:14px;line-height:1.45;">${b.comment ? `“${escapeHtml(b.comment)}”` : escapeHtml(T.noComment[lang])}</div>` +
          (b.link ? `<div style="margin-top:6px;"><a href="${escapeHtml(b.link)}" style="color:#1565c0;">${escapeHtml(T.openRow[lang])}</a></div>` : '') +
          `</div>`,
      )
      .join('') +
    `<div style="font-size:11px;color:#7b8794;">${escapeHtml(T.footer[lang])}</div></body></html>`;
  return { subject, html, text };
}
