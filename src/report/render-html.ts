import { utf8Length } from '../cells/bytes';
import { escapeHtml as esc, safeHttpUrl } from './format';
import { messagesFor } from './messages';
import type { Report } from './types';
import { reportView, type KpiView, type ListSection, type ReportView } from './view';

/**
 * The report as an email-safe HTML document: nested tables and inline styles only (Gmail drops
 * <style> blocks in many clients), no scripts, no external images, fonts or CSS. 600 px wide at
 * most; KPI tiles are fluid inline blocks that sit two abreast on a desktop and stack on a
 * 360 px phone, so nothing scrolls sideways. Every string is escaped here, whatever its source.
 *
 * @example renderHtml(buildReport(input)).startsWith('<!DOCTYPE html>') // true
 */

const FONT = 'Arial,Helvetica,sans-serif';
const C = {
  page: '#eef1f5', card: '#ffffff', ink: '#111827', text: '#374151', muted: '#6b7280', line: '#e5e7eb',
  brand: '#1e3a8a', brandSoft: '#dbeafe', accent: '#2563eb', barSoft: '#bfdbfe', empty: '#e5e7eb',
  good: '#15803d', goodSoft: '#dcfce7', bad: '#b91c1c', badSoft: '#fee2e2', neutral: '#9ca3af', warn: '#b45309', warnSoft: '#fef3c7',
};
const TONE = { good: C.good, bad: C.bad, neutral: C.muted } as const;
const TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"';

/** A solid block of colour that survives mail clients: a cell with a height and nothing in it. */
function block(color: string, height: number, extra = ''): string {
  return `<td style="height:${height}px;background:${color};font-size:0;line-height:0;${extra}">&nbsp;</td>`;
}

function heading(text: string): string {
  return `<h2 style="margin:0 0 10px;font-family:${FONT};font-size:17px;line-height:1.3;color:${C.ink};">${esc(text)}</h2>`;
}

/** One section of the card: a padded row with a rule above it. */
function section(inner: string): string {
  return `<tr><td style="padding:18px 20px;border-top:1px solid ${C.line};">${inner}</td></tr>`;
}

/**
 * The sparkline: one table cell per period, bars as coloured cells (no images, no SVG, which
 * Gmail and Outlook drop), the value written above the first, last, lowest and highest bars,
 * the reported period in the accent colour with its label in bold.
 */
function trendBars(kpi: KpiView): string {
  const last = kpi.trend.length - 1;
  // Thirteen bars in each of up to twelve tiles: the markup is kept lean (attributes rather than
  // styles where mail clients honour both) so the whole email stays far below Gmail's clipping.
  const cells = kpi.trend
    .map((bar, i) => {
      const height = bar.height === null ? 2 : Math.max(3, Math.round(bar.height * 34));
      const color = bar.height === null ? C.empty : bar.current ? C.accent : C.barSoft;
      const align = i === 0 ? 'left' : i === last ? 'right' : 'center';
      const mark = bar.mark
        ? `<div style="font-size:9px;line-height:11px;white-space:nowrap;text-align:${align};color:${bar.current ? C.ink : C.muted}${bar.current ? ';font-weight:bold' : ''}">${esc(bar.mark)}</div>`
        : '';
      return `<td>${mark}<table cellpadding="0" cellspacing="0" width="100%"><tr><td height="${height}" bgcolor="${color}" style="font-size:0;line-height:0">&nbsp;</td></tr></table></td>`;
    })
    .join('');
  const label = (text: string, align: string, bold = false) => `<td style="font-size:10px;color:${bold ? C.ink : C.muted};text-align:${align};padding-top:3px;${bold ? 'font-weight:bold;' : ''}">${esc(text)}</td>`;
  return (
    // Equal columns from table-layout:fixed; the gaps between bars from cellspacing.
    `<table role="presentation" cellpadding="0" cellspacing="1" border="0" width="100%" height="54" style="table-layout:fixed;margin-top:12px;border-bottom:1px solid ${C.line};font-family:${FONT};"><tr valign="bottom">${cells}</tr></table>` +
    `<table ${TABLE} width="100%" style="font-family:${FONT};"><tr>${label(kpi.trend[0]?.label ?? '', 'left')}${label(kpi.trend[last]?.label ?? '', 'right', true)}</tr></table>`
  );
}

function tile(kpi: KpiView): string {
  const change = kpi.change
    ? `<div style="margin-top:6px;font-size:13px;line-height:1.4;color:${TONE[kpi.change.tone]};"><b>${esc(kpi.change.arrow)} ${esc(kpi.change.text)}</b> <span style="color:${kpi.change.tone === 'neutral' ? C.muted : TONE[kpi.change.tone]};">· ${esc(kpi.change.verdict)}</span></div>`
    : '';
  const note = kpi.note ? `<div style="margin-top:6px;font-size:12px;line-height:1.4;color:${C.muted};font-style:italic;">${esc(kpi.note)}</div>` : '';
  const small = (text: string | undefined, color: string = C.muted) => (text ? `<div style="margin-top:2px;font-size:12px;line-height:1.4;color:${color};">${esc(text)}</div>` : '');
  const previous = small(kpi.previous) + small(kpi.typical) + (kpi.usual ? small(kpi.usual.text, TONE[kpi.usual.tone]) : '') + small(kpi.lastYear) + small(kpi.coverage);
  return (
    // "Fab four" fluid columns: two abreast when the row is at least 480 px wide, one below that;
    // a client without calc() keeps width:100%, a single column.
    `<div style="display:inline-block;vertical-align:top;box-sizing:border-box;min-width:50%;max-width:100%;width:100%;width:calc((480px - 100%) * 480);padding:5px;text-align:left;font-size:14px;line-height:1.4;">` +
    `<table ${TABLE} width="100%" style="border:1px solid ${C.line};border-radius:8px;border-collapse:separate;background:${C.card};">` +
    `<tr><td style="padding:14px 14px 10px;font-family:${FONT};color:${C.text};">` +
    `<div style="font-size:12px;line-height:1.35;color:${C.muted};font-weight:bold;">${esc(kpi.name)}</div>` +
    `<div style="margin-top:4px;font-size:26px;line-height:1.2;font-weight:bold;color:${C.ink};">${esc(kpi.value)} <span style="font-size:12px;font-weight:normal;color:${C.muted};">${esc(kpi.n)}</span></div>` +
    change + previous + note + trendBars(kpi) +
    `</td></tr></table></div>`
  );
}

/**
 * The summary, first thing under the header so a phone shows it without scrolling: the coverage
 * banner, the changes worth attention with a coloured marker each, and the maturity line.
 */
function summarySection(s: ReportView['summary']): string {
  const warn = (text: string) =>
    `<table ${TABLE} width="100%" style="margin-bottom:10px;"><tr><td style="padding:8px 10px;background:${C.warnSoft};border-left:3px solid ${C.warn};font-family:${FONT};font-size:13px;line-height:1.4;color:${C.ink};">⚠ ${esc(text)}</td></tr></table>`;
  const banner = (s.coverage ? warn(s.coverage) : '') + (s.dateOrder ?? []).map(warn).join('');
  const line = (text: string, color: string, marker: string) =>
    `<tr><td width="16" valign="top" style="padding:3px 6px 3px 0;font-size:14px;line-height:1.4;color:${color};vertical-align:top;">${marker}</td><td style="padding:3px 0;font-family:${FONT};font-size:15px;line-height:1.4;color:${C.ink};">${esc(text)}</td></tr>`;
  const items = s.items.map((item) => line(item.text, TONE[item.tone], '●')).join('');
  const quiet = s.quiet ? line(s.quiet, C.muted, '●') : '';
  const tooFew = s.tooFew ? `<div style="margin-top:6px;font-size:13px;line-height:1.4;color:${C.muted};">${esc(s.tooFew)}</div>` : '';
  const maturity =
    `<div style="margin-top:10px;padding-top:8px;border-top:1px solid ${C.line};font-size:14px;line-height:1.4;color:${C.brand};"><b>${esc(s.maturity)}</b>` +
    (s.next ? ` <span style="color:${C.text};">${esc(s.next)}</span>` : '') + `</div>`;
  return `<tr><td style="padding:16px 20px 14px;font-family:${FONT};">${heading(s.title)}${banner}<table ${TABLE} width="100%">${items}${quiet}</table>${tooFew}${maturity}</td></tr>`;
}

function list(section: ListSection): string {
  const items = section.items.map((item) => `<li style="margin:0 0 4px;">${esc(item)}</li>`).join('');
  return `<div style="margin-top:10px;font-size:13px;font-weight:bold;color:${C.ink};">${esc(section.title)}</div><ul style="margin:6px 0 0;padding-left:18px;font-size:13px;line-height:1.45;color:${C.text};">${items}</ul>`;
}

function npsSection(nps: NonNullable<ReportView['nps']>): string {
  const colors = { good: C.good, neutral: C.neutral, bad: C.bad };
  const bar = nps.parts
    .filter((p) => p.width > 0)
    .map((p) => `<td width="${p.width.toFixed(2)}%" style="height:16px;background:${colors[p.tone]};font-size:0;line-height:0;">&nbsp;</td>`)
    .join('');
  const legend = nps.parts
    .map((p) => `<tr><td width="14" style="padding:4px 8px 4px 0;"><table ${TABLE}><tr>${block(colors[p.tone], 10, 'width:10px;border-radius:2px;')}</tr></table></td><td style="padding:4px 0;font-size:13px;color:${C.text};">${esc(p.label)}</td><td style="padding:4px 0;font-size:13px;color:${C.ink};text-align:right;white-space:nowrap;"><b>${esc(p.count)}</b> · ${esc(p.share)}</td></tr>`)
    .join('');
  return section(
    heading(nps.title) +
      `<div style="font-size:13px;color:${C.muted};margin-bottom:8px;">${esc(nps.total)}</div>` +
      `<table ${TABLE} width="100%" style="table-layout:fixed;border-radius:4px;overflow:hidden;"><tr>${bar}</tr></table>` +
      `<table ${TABLE} width="100%" style="margin-top:8px;font-family:${FONT};">${legend}</table>`,
  );
}

function segmentsSection(s: NonNullable<ReportView['segments']>): string {
  const cell = (text: string, color = C.text) => `<td style="padding:2px 0;font-size:13px;line-height:1.4;color:${color};">${esc(text)}</td>`;
  const labelled = (label: string, color: string, text: string) =>
    `<tr><td width="78" style="padding:2px 8px 2px 0;font-size:12px;color:${color};font-weight:bold;vertical-align:top;">${esc(label)}</td>${cell(text)}</tr>`;
  const rows = s.rows
    .map((row) =>
      `<tr><td colspan="2" style="padding:10px 0 4px;font-size:13px;font-weight:bold;color:${C.ink};">${esc(row.metric)}</td></tr>` +
      (row.best ? labelled(`▲ ${s.bestLabel}`, C.good, row.best) : '') +
      (row.worst ? labelled(`▼ ${s.worstLabel}`, C.bad, row.worst) : '') +
      (row.unranked ? `<tr><td colspan="2" style="padding:2px 0;font-size:13px;color:${C.muted};">${esc(row.unranked)}</td></tr>` : '') +
      (row.tooFew ? `<tr><td colspan="2" style="padding:2px 0;font-size:12px;line-height:1.4;color:${C.muted};">${esc(row.tooFew)}</td></tr>` : ''))
    .join('');
  return section(heading(s.title) + `<table ${TABLE} width="100%" style="font-family:${FONT};">${rows}</table>` + `<div style="margin-top:8px;font-size:12px;color:${C.muted};">${esc(s.note)}</div>`);
}

function detractorSection(d: NonNullable<ReportView['detractors']>): string {
  const comments = d.comments
    .map((c) => `<tr><td style="padding:10px 12px;border-left:3px solid ${C.bad};background:${C.badSoft};font-family:${FONT};"><div style="font-size:14px;line-height:1.45;color:${C.ink};">“${esc(c.text)}”</div><div style="margin-top:4px;font-size:12px;color:${C.muted};">${esc(c.meta)}</div></td></tr><tr><td style="height:8px;font-size:0;line-height:0;">&nbsp;</td></tr>`)
    .join('');
  const note = (text: string | undefined) => (text ? `<div style="margin-top:4px;font-size:13px;line-height:1.4;color:${C.muted};">${esc(text)}</div>` : '');
  const url = d.more?.url ? safeHttpUrl(d.more.url) : undefined;
  const more = d.more
    ? `<div style="margin-top:2px;font-size:13px;line-height:1.4;color:${C.text};">${esc(d.more.text)}${url && d.more.link ? ` <a href="${esc(url)}" style="color:${C.accent};font-weight:bold;">${esc(d.more.link)}</a>` : ''}</div>`
    : '';
  return section(heading(d.title) + `<div style="font-size:13px;color:${C.text};margin-bottom:10px;">${esc(d.count)}</div>` + `<table ${TABLE} width="100%">${comments}</table>` + more + note(d.shortened) + note(d.leftOut) + note(d.none));
}

function followUpSection(f: NonNullable<ReportView['followUp']>): string {
  const figures = f.figures.map((line, i) => `<div style="font-size:${i === 0 ? 14 : 13}px;line-height:1.5;color:${i === 0 ? C.ink : C.text};">${esc(line)}</div>`).join('');
  const open = f.open
    ? `<div style="margin-top:12px;font-size:13px;font-weight:bold;color:${C.ink};">${esc(f.open.title)}</div><table ${TABLE} width="100%" style="margin-top:6px;">` +
      f.open.items.map((o) => `<tr><td style="padding:8px 12px;border-left:3px solid ${C.warn};background:${C.warnSoft};font-family:${FONT};"><div style="font-size:13px;line-height:1.45;color:${C.ink};">${esc(o.text)}</div><div style="margin-top:3px;font-size:12px;color:${C.muted};">${esc(o.meta)}</div></td></tr><tr><td style="height:6px;font-size:0;line-height:0;">&nbsp;</td></tr>`).join('') +
      `</table>` + (f.open.more ? `<div style="font-size:13px;color:${C.text};">${esc(f.open.more)}</div>` : '')
    : '';
  const notes = f.notes.map((n) => `<div style="margin-top:6px;font-size:12px;line-height:1.4;color:${C.muted};">${esc(n)}</div>`).join('');
  return section(heading(f.title) + figures + open + notes);
}

function themesSection(t: NonNullable<ReportView['themes']>): string {
  const groups = t.groups
    .map((g) => {
      const colour = g.tone === 'bad' ? C.bad : C.good;
      const rows = g.rows
        .map((r) =>
          `<tr><td style="padding:8px 0 2px;font-size:14px;color:${C.ink};"><b>${esc(r.name)}</b> <span style="font-size:12px;color:${C.muted};">· ${esc(r.detail)}</span></td></tr>` +
          (r.example ? `<tr><td style="padding:4px 10px;border-left:3px solid ${colour};font-size:13px;line-height:1.45;color:${C.text};">“${esc(r.example)}”</td></tr>` : ''))
        .join('');
      const none = g.none ? `<tr><td style="padding:4px 0;font-size:13px;color:${C.muted};">${esc(g.none)}</td></tr>` : '';
      return `<div style="margin-top:10px;font-size:13px;font-weight:bold;color:${colour};">${esc(g.title)}</div><table ${TABLE} width="100%" style="font-family:${FONT};">${rows}${none}</table>`;
    })
    .join('');
  return section(heading(t.title) + `<div style="font-size:13px;color:${C.text};">${esc(t.intro)}</div>` + groups + (t.emerging ? list(t.emerging) : ''));
}

function funnelSection(f: NonNullable<ReportView['funnel']>): string {
  const rows = f.stages
    .map((s) =>
      `<tr><td style="padding:8px 0 3px;font-size:13px;color:${C.ink};"><b>${esc(s.name)}</b> <span style="color:${C.muted};">· ${esc(s.reached)}</span></td></tr>` +
      `<tr><td><table ${TABLE} width="${Math.max(2, s.width).toFixed(1)}%"><tr>${block(C.accent, 14, 'border-radius:3px;')}</tr></table></td></tr>` +
      (s.share ? `<tr><td style="padding-top:2px;font-size:12px;color:${C.muted};">${esc(s.share)}</td></tr>` : ''))
    .join('');
  const unmatched = f.unmatched ? `<div style="margin-top:8px;font-size:12px;color:${C.muted};">${esc(f.unmatched)}</div>` : '';
  return section(heading(f.title) + `<table ${TABLE} width="100%" style="font-family:${FONT};">${rows}</table>` + unmatched);
}

function maturitySection(m: ReportView['maturity']): string {
  const steps = m.steps
    .map((_, i) => `<td style="padding:0 2px;"><table ${TABLE} width="100%"><tr><td style="height:22px;background:${i < m.level ? C.brand : C.empty};color:${i < m.level ? '#ffffff' : C.muted};font-family:${FONT};font-size:11px;font-weight:bold;text-align:center;border-radius:3px;">${i + 1}</td></tr></table></td>`)
    .join('');
  return section(
    heading(m.title) +
      `<div style="font-size:20px;font-weight:bold;color:${C.brand};margin-bottom:10px;">${esc(m.headline)}</div>` +
      `<table ${TABLE} width="100%" style="table-layout:fixed;"><tr>${steps}</tr></table>` +
      list(m.why) + (m.next ? list(m.next) : '') + (m.missing ? list(m.missing) : ''),
  );
}

/**
 * The HTML budget in UTF-8 bytes. MailApp refuses a body over 200 KB on consumer accounts
 * (400 KB on Workspace; "Email body size", Current limitations,
 * https://developers.google.com/apps-script/guides/services/quotas), and Gmail clips a message
 * past about 102 KB behind "[Message clipped]". The report stays well under both: its sheet
 * text is bounded (view.ts), and if it still came out larger, the comments would go first.
 */
export const MAIL_HTML_BUDGET = 90_000;

/** The report email as one HTML document, in the report's language, within `budget` bytes of UTF-8 when its comments allow. */
export function renderHtml(report: Report, budget = MAIL_HTML_BUDGET): string {
  const view = reportView(report);
  const html = documentOf(view);
  const d = view.detractors;
  if (utf8Length(html) <= budget || !d || d.comments.length === 0) return html;
  const leftOut = messagesFor(report.lang).commentsLeftOut(d.comments.length);
  return documentOf({ ...view, detractors: { ...d, comments: [], shortened: undefined, leftOut } });
}

function documentOf(v: ReportView): string {
  const url = v.link ? safeHttpUrl(v.link.url) : undefined;
  const link = url && v.link
    ? `<tr><td style="padding:20px;border-top:1px solid ${C.line};text-align:center;"><a href="${esc(url)}" style="display:inline-block;background:${C.accent};color:#ffffff;font-family:${FONT};font-size:15px;font-weight:bold;text-decoration:none;padding:12px 22px;border-radius:6px;">${esc(v.link.text)}</a></td></tr>`
    : '';
  const sheetName = v.sheetName ? `<div style="margin-top:6px;font-size:13px;color:${C.brandSoft};">${esc(v.sheetName)}</div>` : '';
  const body = [
    `<tr><td style="padding:22px 20px;background:${C.brand};border-radius:10px 10px 0 0;font-family:${FONT};">` +
      `<div style="font-size:13px;letter-spacing:0.5px;color:${C.brandSoft};">${esc(v.title)}</div>` +
      `<div style="margin-top:4px;font-size:24px;line-height:1.25;font-weight:bold;color:#ffffff;">${esc(v.period)}</div>` +
      `<div style="margin-top:2px;font-size:13px;color:${C.brandSoft};">${esc(v.compared)}</div>${sheetName}</td></tr>`,
    summarySection(v.summary),
    `<tr><td style="padding:16px 15px 6px;border-top:1px solid ${C.line};">` +
      `<div style="padding:0 5px 6px;">${heading(v.keyMetrics)}</div>` +
      `<div style="font-size:0;line-height:0;">${v.kpis.map(tile).join('')}</div>` +
      `<div style="padding:8px 5px 8px;font-family:${FONT};font-size:11px;line-height:1.45;color:${C.muted};">${esc(v.trendTitle)}.</div></td></tr>`,
    v.nps ? npsSection(v.nps) : '',
    v.detractors ? detractorSection(v.detractors) : '',
    v.followUp ? followUpSection(v.followUp) : '',
    v.themes ? themesSection(v.themes) : '',
    v.segments ? segmentsSection(v.segments) : '',
    v.funnel ? funnelSection(v.funnel) : '',
    maturitySection(v.maturity),
    v.problems ? section(list(v.problems)) : '',
    link,
    `<tr><td style="padding:14px 20px;border-top:1px solid ${C.line};font-family:${FONT};font-size:11px;line-height:1.45;color:${C.muted};">` +
      `<div style="font-weight:bold;">${esc(v.footnote.title)}</div><div style="margin-bottom:4px;">${esc(v.footnote.legend)}</div>${v.footnote.items.map((item) => `<div>${esc(item)}</div>`).join('')}</td></tr>`,
  ].join('');
  return (
    `<!DOCTYPE html><html lang="${esc(v.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${esc(`${v.title} — ${v.period}`)}</title></head>` +
    `<body style="margin:0;padding:0;background:${C.page};-webkit-text-size-adjust:100%;">` +
    `<table ${TABLE} width="100%" style="background:${C.page};"><tr><td align="center" style="padding:16px 8px;">` +
    `<table ${TABLE} width="100%" style="max-width:600px;width:100%;background:${C.card};border-radius:10px;font-family:${FONT};color:${C.text};text-align:left;overflow-wrap:anywhere;word-break:break-word;">` +
    body +
    `</table>` +
    `<div style="max-width:600px;padding:12px 8px;font-family:${FONT};font-size:11px;color:${C.muted};text-align:center;">${v.dataRanges.map((line) => `${esc(line)}<br>`).join('')}${esc(v.footer)}</div>` +
    `</td></tr></table></body></html>`
  );
}
