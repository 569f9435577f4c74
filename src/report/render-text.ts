import { oneLine } from './format';
import type { Report } from './types';
import { reportView, type ListSection } from './view';

/**
 * The plain-text version of the report email (the text/plain part, and what the CLI prints):
 * the same content as the HTML, section by section. Sheet values are flattened to one line
 * each, so a comment cannot forge extra lines or headers in the mail.
 *
 * @example renderText(buildReport(input)).split('\n')[0] // "Customer experience report — March 2026"
 */
export function renderText(report: Report): string {
  const v = reportView(report);
  const lines: string[] = [];
  const rule = (title: string) => lines.push('', title.toUpperCase(), '-'.repeat(Math.min(60, title.length)));
  const list = (section: ListSection) => {
    lines.push(`${section.title}:`);
    for (const item of section.items) lines.push(`  - ${oneLine(item)}`);
  };

  lines.push(`${v.title} — ${v.period}`, v.compared);
  if (v.sheetName) lines.push(oneLine(v.sheetName));

  // The same summary the HTML opens with, before anything else.
  const s = v.summary;
  rule(s.title);
  if (s.coverage) lines.push(`! ${s.coverage}`);
  for (const line of s.dateOrder ?? []) lines.push(`! ${oneLine(line, 1000)}`);
  for (const item of s.items) lines.push(`* ${item.text}`);
  if (s.quiet) lines.push(`* ${s.quiet}`);
  if (s.tooFew) lines.push(s.tooFew);
  lines.push(s.next ? `${s.maturity} ${s.next}` : s.maturity);

  rule(v.keyMetrics);
  for (const kpi of v.kpis) {
    lines.push('', `${kpi.name}: ${kpi.value} (${kpi.n})`);
    if (kpi.change) lines.push(`  ${kpi.change.arrow} ${kpi.change.text}, ${kpi.change.verdict}`);
    if (kpi.previous) lines.push(`  ${kpi.previous}`);
    if (kpi.typical) lines.push(`  ${kpi.typical}${kpi.usual ? ` — ${kpi.usual.text}` : ''}`);
    if (kpi.lastYear) lines.push(`  ${kpi.lastYear}`);
    if (kpi.note) lines.push(`  ${kpi.note}`);
    if (kpi.trendLine) lines.push(`  ${kpi.trendLine}`);
    lines.push(`  ${kpi.coverage}`);
  }

  if (v.nps) {
    rule(v.nps.title);
    lines.push(v.nps.total);
    for (const part of v.nps.parts) lines.push(`  ${part.label}: ${part.count} (${part.share})`);
  }
  if (v.segments) {
    rule(v.segments.title);
    for (const row of v.segments.rows) {
      lines.push(`${row.metric}`);
      if (row.best) lines.push(`  ${v.segments.bestLabel}: ${oneLine(row.best)}`);
      if (row.worst) lines.push(`  ${v.segments.worstLabel}: ${oneLine(row.worst)}`);
      if (row.unranked) lines.push(`  ${row.unranked}`);
      if (row.tooFew) lines.push(`  ${oneLine(row.tooFew, 600)}`);
    }
    lines.push(v.segments.note);
  }
  if (v.detractors) {
    rule(v.detractors.title);
    lines.push(v.detractors.count);
    for (const c of v.detractors.comments) lines.push(`  “${oneLine(c.text, 600)}”`, `    ${oneLine(c.meta)}`);
    const more = v.detractors.more;
    if (more) lines.push(more.url ? `${more.text} ${more.link}: ${more.url}` : more.text);
    if (v.detractors.shortened) lines.push(v.detractors.shortened);
    if (v.detractors.none) lines.push(v.detractors.none);
  }
  if (v.followUp) {
    rule(v.followUp.title);
    lines.push(...v.followUp.figures);
    if (v.followUp.open) {
      lines.push('', `${v.followUp.open.title}:`);
      for (const o of v.followUp.open.items) lines.push(`  - ${oneLine(o.text, 600)}`, `    ${oneLine(o.meta)}`);
      if (v.followUp.open.more) lines.push(v.followUp.open.more);
    }
    for (const note of v.followUp.notes) lines.push(note);
  }
  if (v.themes) {
    rule(v.themes.title);
    lines.push(v.themes.intro);
    for (const g of v.themes.groups) {
      lines.push('', g.title);
      for (const r of g.rows) lines.push(`  - ${oneLine(r.name)}: ${oneLine(r.detail)}`, ...(r.example ? [`    “${oneLine(r.example)}”`] : []));
      if (g.none) lines.push(`  ${g.none}`);
    }
    if (v.themes.emerging) lines.push('', v.themes.emerging.title, ...v.themes.emerging.items.map((item) => `  - ${oneLine(item)}`));
  }

  if (v.funnel) {
    rule(v.funnel.title);
    for (const stage of v.funnel.stages) lines.push(`  ${stage.name}: ${stage.reached}${stage.share ? ` (${stage.share})` : ''}`);
    if (v.funnel.unmatched) lines.push(v.funnel.unmatched);
  }
  rule(v.maturity.title);
  lines.push(v.maturity.headline);
  list(v.maturity.why);
  if (v.maturity.next) list(v.maturity.next);
  if (v.maturity.missing) list(v.maturity.missing);

  if (v.problems) {
    rule(v.problems.title);
    for (const item of v.problems.items) lines.push(`  - ${oneLine(item)}`);
  }
  if (v.link) lines.push('', `${v.link.text}: ${v.link.url}`);
  lines.push('', `${v.footnote.title}:`, v.footnote.legend);
  for (const item of v.footnote.items) lines.push(`  - ${item}`);
  lines.push('', ...v.dataRanges, v.footer);
  return lines.join('\n') + '\n';
}

/** The email subject: `Customer experience report — March 2026` (one line, whatever the sheet holds). */
export function reportSubject(report: Report): string {
  const v = reportView(report);
  return oneLine(`${v.title} — ${v.period}${v.sheetName ? ` · ${v.sheetName}` : ''}`, 200);
}
