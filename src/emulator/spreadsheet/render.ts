/**
 * A sheet drawn as a person sees it in Sheets, as one HTML page: the grid with row numbers and
 * column letters, each cell's display value (its number format applied), bold, colours and
 * alignment, merged blocks, column widths, conditional-format colour scales, and the embedded
 * charts drawn as SVG from their recorded specs (type, ranges, options, position) over the cells
 * they read. Used by `npm start` (out/dashboard.html) and the playground. Nothing here is a
 * service call: it reads the model and the formula engine directly.
 */
import { columnLetters, parseA1 } from './a1';
import type { Env } from './env';
import { outputValue } from './env';
import { dateToSerial, displayValue } from './format';
import type { ChartSpec, Rect, SheetModel } from './model';
import type { ConditionalRuleSpec } from './rules';

const ROW_HEIGHT = 21;
const HEADER_WIDTH = 46;
const DEFAULT_WIDTH = 100;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Cell {
  raw: unknown;
  text: string;
}

function readCell(env: Env, sheet: SheetModel, row: number, column: number): Cell {
  const raw = outputValue(env.engine.cellValue(sheet, row, column));
  const fmt = sheet.formatAt(row, column).numberFormat;
  return { raw, text: displayValue(raw, fmt, env.book.timeZone, env.book.locale) };
}

function extent(env: Env, sheet: SheetModel): { rows: number; columns: number } {
  const spill = sheet.formulas.size ? env.engine.spillExtent(sheet) : { lastRow: 0, lastColumn: 0 };
  let rows = Math.max(sheet.lastLiteralRow(), spill.lastRow);
  let columns = Math.max(sheet.lastLiteralColumn(), spill.lastColumn);
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.row + m.numRows - 1);
    columns = Math.max(columns, m.column + m.numColumns - 1);
  }
  for (const chart of sheet.charts) {
    const height = Number(chart.options.height ?? 371);
    rows = Math.max(rows, chart.position.row + Math.ceil(height / ROW_HEIGHT));
  }
  return { rows: rows + 2, columns: Math.max(columns, 1) };
}

const numeric = (v: unknown, timeZone: string) => (typeof v === 'number' ? v : v instanceof Date ? dateToSerial(v, timeZone) : undefined);

function hex(color: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  const n = m ? parseInt(m[1], 16) : 0xffffff;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const mix = (a: string, b: string, t: number) => {
  const x = hex(a);
  const y = hex(b);
  return `rgb(${x.map((v, i) => Math.round(v + (y[i] - v) * t)).join(',')})`;
};

/** The background a colour-scale rule gives each numeric cell of its ranges (min → mid → max). */
function colourScales(env: Env, sheet: SheetModel): Map<string, string> {
  const out = new Map<string, string>();
  const inRect = (rect: Rect, f: (r: number, c: number) => void) => {
    for (let r = rect.row; r < rect.row + rect.numRows; r += 1) for (let c = rect.column; c < rect.column + rect.numColumns; c += 1) f(r, c);
  };
  sheet.conditionalRules.forEach((rule: ConditionalRuleSpec) => {
    const cells: { key: string; value: number }[] = [];
    for (const range of rule.ranges.filter((r) => r.sheet === sheet)) {
      inRect(range.rect, (r, c) => {
        const v = numeric(outputValue(env.engine.cellValue(sheet, r, c)), env.book.timeZone);
        if (v !== undefined) cells.push({ key: `${r},${c}`, value: v });
      });
    }
    if (cells.length === 0) return;
    const values = cells.map((c) => c.value);
    const point = (p: ConditionalRuleSpec['gradient']['min'], fallback: number) => {
      if (!p || p.type === 'MIN' || p.type === 'MAX' || p.value === '') return fallback;
      const n = Number(p.value);
      if (p.type === 'PERCENT') return Math.min(...values) + ((Math.max(...values) - Math.min(...values)) * n) / 100;
      if (p.type === 'PERCENTILE') {
        const sorted = [...values].sort((a, b) => a - b);
        return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(((sorted.length - 1) * n) / 100)))];
      }
      return n;
    };
    const lo = point(rule.gradient.min, Math.min(...values));
    const hi = point(rule.gradient.max, Math.max(...values));
    const mid = rule.gradient.mid ? point(rule.gradient.mid, (lo + hi) / 2) : undefined;
    for (const { key, value } of cells) {
      const { min, max } = rule.gradient;
      let color: string;
      if (mid !== undefined && rule.gradient.mid) {
        color = value <= mid ? mix(min!.color, rule.gradient.mid.color, hi === lo ? 0 : clamp((value - lo) / (mid - lo || 1))) : mix(rule.gradient.mid.color, max!.color, clamp((value - mid) / (hi - mid || 1)));
      } else color = mix(min!.color, max!.color, hi === lo ? 0 : clamp((value - lo) / (hi - lo)));
      if (!out.has(key)) out.set(key, color);
    }
  });
  return out;
}

const clamp = (t: number) => Math.max(0, Math.min(1, t));

// ---- charts -------------------------------------------------------------------------------

interface ChartTable {
  header: string[];
  domain: string[];
  series: { name: string; values: (number | null)[] }[];
}

/**
 * The table a chart reads, as Sheets builds it: ranges side by side as columns (or, when every
 * range is one row, stacked as rows), switched when transposeRowsAndColumns is set; the first
 * numHeaders rows name the series, the first column is the domain; rows with a blank domain
 * are not drawn (the dashboard's fixed windows end in blank rows).
 */
function chartTable(env: Env, sheet: SheetModel, spec: ChartSpec): ChartTable {
  const blocks = spec.ranges.map((a1) => {
    const ref = parseA1(a1);
    const source = ref.sheetName === undefined ? sheet : env.book.sheetByName(ref.sheetName) ?? sheet;
    const rows: Cell[][] = [];
    for (let r = ref.startRow; r <= (ref.endRow ?? ref.startRow); r += 1) {
      const out: Cell[] = [];
      for (let c = ref.startColumn; c <= (ref.endColumn ?? ref.startColumn); c += 1) out.push(readCell(env, source, r, c));
      rows.push(out);
    }
    return rows;
  });
  let table: Cell[][];
  if (blocks.every((b) => b.length === 1)) table = blocks.map((b) => b[0]);
  else {
    const height = Math.max(...blocks.map((b) => b.length));
    table = Array.from({ length: height }, (_, i) => blocks.flatMap((b) => b[i] ?? b[0].map(() => ({ raw: '', text: '' }))));
  }
  if (spec.options.transposeRowsAndColumns) table = table[0].map((_, j) => table.map((row) => row[j]));
  const headers = Number(spec.options.numHeaders ?? 0);
  const header = headers > 0 ? table[0].map((c) => c.text) : [];
  const body = table.slice(headers).filter((row) => row[0] && row[0].text !== '');
  const width = table[0]?.length ?? 0;
  const series = Array.from({ length: Math.max(0, width - 1) }, (_, j) => ({
    name: header[j + 1] ?? String(spec.options.title ?? ''),
    values: body.map((row) => (typeof row[j + 1]?.raw === 'number' ? (row[j + 1].raw as number) : null)),
  }));
  return { header, domain: body.map((row) => row[0].text), series };
}

const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];

function niceRange(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  let lo = Math.min(...values, 0);
  let hi = Math.max(...values);
  if (hi === lo) hi = lo + 1;
  const step = 10 ** Math.floor(Math.log10(hi - lo));
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  return [lo, hi];
}

export function chartSvg(env: Env, sheet: SheetModel, spec: ChartSpec): string {
  const width = Number(spec.options.width ?? 600);
  const height = Number(spec.options.height ?? 371);
  const title = String(spec.options.title ?? '');
  const colors = (spec.options.colors as string[] | undefined) ?? PALETTE;
  const t = chartTable(env, sheet, spec);
  const left = spec.type === 'BAR' && !spec.options.isStacked ? 104 : 56;
  const right = 16;
  const top = 40;
  const bottom = spec.type === 'BAR' ? 56 : 64;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">`,
    `<rect width="${width}" height="${height}" fill="#fff" stroke="#dadce0"/>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="14" font-weight="600" fill="#202124">${esc(title)}</text>`,
  ];
  const all = t.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (all.length === 0) {
    parts.push(`<text x="${width / 2}" y="${height / 2}" text-anchor="middle" font-size="12" fill="#80868b">No data</text></svg>`);
    return parts.join('');
  }
  if (spec.type === 'BAR' && spec.options.isStacked) {
    // One horizontal bar per domain row, its series stacked left to right.
    const rowH = Math.min(48, plotH / Math.max(1, t.domain.length));
    t.domain.forEach((label, i) => {
      const total = t.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0) || 1;
      let x = left;
      const y = top + i * (rowH + 12);
      t.series.forEach((s, j) => {
        const w = ((s.values[i] ?? 0) / total) * plotW;
        parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH}" fill="${colors[j % colors.length]}"><title>${esc(s.name)}: ${s.values[i] ?? ''}</title></rect>`);
        if (w > 34) parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${y + rowH / 2 + 4}" text-anchor="middle" font-size="11" fill="#fff">${(s.values[i] ?? 0).toFixed(1)}</text>`);
        x += w;
      });
      parts.push(`<text x="${left - 6}" y="${y + rowH / 2 + 4}" text-anchor="end" font-size="11" fill="#5f6368">${esc(label)}</text>`);
    });
    let lx = left;
    t.series.forEach((s, j) => {
      parts.push(`<rect x="${lx}" y="${height - 28}" width="10" height="10" fill="${colors[j % colors.length]}"/><text x="${lx + 14}" y="${height - 19}" font-size="11" fill="#5f6368">${esc(s.name)}</text>`);
      lx += 24 + s.name.length * 7;
    });
    parts.push('</svg>');
    return parts.join('');
  }
  if (spec.type === 'BAR') {
    // Horizontal bars, one per domain row from the top, as Sheets draws a bar chart (a funnel).
    const max = Math.max(...all, 0) || 1;
    const rowH = Math.min(40, (plotH - 12 * t.domain.length) / Math.max(1, t.domain.length * t.series.length));
    t.domain.forEach((label, i) => {
      const y = top + i * (rowH * t.series.length + 12);
      t.series.forEach((s, j) => {
        const v = s.values[i];
        if (v === null) return;
        const w = (Math.max(0, v) / max) * (plotW - 48);
        const yj = y + rowH * j;
        parts.push(`<rect x="${left}" y="${yj.toFixed(1)}" width="${w.toFixed(1)}" height="${rowH.toFixed(1)}" fill="${colors[j % colors.length]}"><title>${esc(label)}: ${v}</title></rect>`);
        parts.push(`<text x="${(left + w + 4).toFixed(1)}" y="${(yj + rowH / 2 + 4).toFixed(1)}" font-size="11" fill="#202124">${Number(v.toFixed(1))}</text>`);
      });
      parts.push(`<text x="${left - 6}" y="${(y + (rowH * t.series.length) / 2 + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#5f6368">${esc(label.length > 16 ? `${label.slice(0, 15)}…` : label)}</text>`);
    });
    parts.push('</svg>');
    return parts.join('');
  }
  const [lo, hi] = niceRange(all);
  const y = (v: number) => top + plotH - ((v - lo) / (hi - lo)) * plotH;
  for (let k = 0; k <= 4; k += 1) {
    const v = lo + ((hi - lo) * k) / 4;
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e8eaed"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10" fill="#5f6368">${Number(v.toFixed(2))}</text>`);
  }
  const n = t.domain.length;
  const slot = plotW / Math.max(1, n);
  const labelEvery = Math.max(1, Math.ceil(n / 8));
  t.domain.forEach((label, i) => {
    if (i % labelEvery !== 0) return;
    const x = left + slot * (i + 0.5);
    parts.push(`<text x="${x.toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" font-size="10" fill="#5f6368">${esc(label.length > 14 ? `${label.slice(0, 13)}…` : label)}</text>`);
  });
  if (spec.type === 'LINE') {
    t.series.forEach((s, j) => {
      const color = colors[j % colors.length];
      const points = s.values.map((v, i) => (v === null ? null : `${(left + slot * (i + 0.5)).toFixed(1)},${y(v).toFixed(1)}`));
      // A gap (a period without data) breaks the line, as Sheets draws it.
      let run: string[] = [];
      const flush = () => {
        if (run.length > 1) parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${run.join(' ')}"/>`);
        run = [];
      };
      points.forEach((p) => (p ? run.push(p) : flush()));
      flush();
      points.forEach((p, i) => p && parts.push(`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${color}"><title>${esc(t.domain[i])}: ${s.values[i]!.toFixed(1)}</title></circle>`));
    });
  } else {
    const barW = (slot * 0.7) / Math.max(1, t.series.length);
    t.series.forEach((s, j) =>
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x = left + slot * i + slot * 0.15 + barW * j;
        const y0 = y(Math.max(lo, 0));
        parts.push(`<rect x="${x.toFixed(1)}" y="${Math.min(y(v), y0).toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.abs(y0 - y(v)).toFixed(1)}" fill="${colors[j % colors.length]}"><title>${esc(t.domain[i])}: ${v.toFixed(1)}</title></rect>`);
      }),
    );
  }
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(Math.max(lo, 0)).toFixed(1)}" y2="${y(Math.max(lo, 0)).toFixed(1)}" stroke="#9aa0a6"/>`);
  // A legend under the plot when the chart asks for one and has several series.
  const legend = (spec.options.legend as { position?: string } | undefined)?.position;
  if (t.series.length > 1 && legend && legend !== 'none') {
    let lx = left;
    t.series.forEach((s, j) => {
      parts.push(`<rect x="${lx}" y="${height - 20}" width="10" height="10" fill="${colors[j % colors.length]}"/><text x="${lx + 14}" y="${height - 11}" font-size="11" fill="#5f6368">${esc(s.name)}</text>`);
      lx += 24 + s.name.length * 6.5;
    });
  }
  parts.push('</svg>');
  return parts.join('');
}

/** The sheet as an HTML page, drawn as Sheets shows it. */
export function renderSheetHtml(env: Env, sheet: SheetModel, title = sheet.name): string {
  const { rows, columns } = extent(env, sheet);
  const widths = Array.from({ length: columns }, (_, j) => sheet.columnWidths.get(j + 1) ?? DEFAULT_WIDTH);
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.row},${m.column}`, { rows: m.numRows, columns: m.numColumns });
    for (let r = m.row; r < m.row + m.numRows; r += 1) for (let c = m.column; c < m.column + m.numColumns; c += 1) if (r !== m.row || c !== m.column) covered.add(`${r},${c}`);
  }
  const scales = colourScales(env, sheet);
  const out: string[] = [];
  // A Sheets column width is the whole column; a cell's CSS width leaves out its padding and border
  // (8 + 1 px here, as for the row numbers), else every column drew 9 px wider than in Sheets.
  out.push(`<tr class="h"><th class="corner"></th>${widths.map((w, j) => `<th style="width:${Math.max(0, w - 9)}px">${columnLetters(j + 1)}</th>`).join('')}</tr>`);
  for (let r = 1; r <= rows; r += 1) {
    const cells: string[] = [`<th class="r">${r}</th>`];
    for (let c = 1; c <= columns; c += 1) {
      const k = `${r},${c}`;
      if (covered.has(k)) continue;
      const cell = readCell(env, sheet, r, c);
      const fmt = sheet.formatAt(r, c);
      const style: string[] = [];
      const background = scales.get(k) ?? fmt.background;
      if (background) style.push(`background:${background}`);
      if (fmt.fontColor) style.push(`color:${fmt.fontColor}`);
      if (fmt.fontWeight === 'bold') style.push('font-weight:600');
      const isNumber = typeof cell.raw === 'number' || cell.raw instanceof Date;
      const align = fmt.horizontalAlignment ?? (isNumber ? 'right' : typeof cell.raw === 'boolean' || (typeof cell.raw === 'string' && cell.raw.startsWith('#')) ? 'center' : 'left');
      style.push(`text-align:${align}`);
      const span = spans.get(k);
      const attrs = span ? `${span.columns > 1 ? ` colspan="${span.columns}"` : ''}${span.rows > 1 ? ` rowspan="${span.rows}"` : ''}` : '';
      const isError = typeof cell.raw === 'string' && /^#[A-Z/0!?]+!?$/.test(cell.raw);
      // Text runs on over empty cells to its right, as in Sheets; wrapped text grows the row.
      if (fmt.wrap === true) style.push('white-space:normal;line-height:1.25');
      else if (typeof cell.raw === 'string' && cell.text !== '' && align === 'left' && c < columns && !span && readCell(env, sheet, r, c + 1).text === '' && !covered.has(`${r},${c + 1}`)) {
        style.push('overflow:visible;position:relative;z-index:1');
      }
      cells.push(`<td${attrs} style="${style.join(';')}"${isError ? ' class="err"' : ''}>${esc(cell.text)}</td>`);
    }
    out.push(`<tr${r <= sheet.frozenRows ? ' class="frozen"' : ''}>${cells.join('')}</tr>`);
  }
  const left = (column: number) => HEADER_WIDTH + widths.slice(0, column - 1).reduce((a, b) => a + b, 0);
  const charts = sheet.charts
    .map((spec) => {
      const x = left(spec.position.column) + spec.position.offsetX;
      const y = ROW_HEIGHT * spec.position.row + spec.position.offsetY;
      return `<div class="chart" style="left:${x}px;top:${y}px">${chartSvg(env, sheet, spec)}</div>`;
    })
    .join('\n');
  const tableWidth = HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title><style>
body{margin:0;font:13px Arial,'Noto Sans',sans-serif;color:#202124;background:#fff}
.tab{padding:6px 12px;background:#f8f9fa;border-bottom:1px solid #dadce0;font-size:12px;color:#3c4043}
.tab b{background:#e8f0fe;color:#174ea6;padding:3px 10px;border-radius:4px 4px 0 0}
.wrap{position:relative}
table{border-collapse:collapse;table-layout:fixed;width:${tableWidth}px}
td,th{height:${ROW_HEIGHT - 1}px;border:1px solid #e2e3e3;padding:0 4px;white-space:nowrap;overflow:hidden;text-overflow:clip;font-size:12px}
th{background:#f8f9fa;color:#5f6368;font-weight:400;text-align:center}
th.r{width:${HEADER_WIDTH - 9}px}
th.corner{width:${HEADER_WIDTH - 9}px}
tr.frozen:last-of-type td{border-bottom:2px solid #bdc1c6}
td.err{color:#d93025}
.chart{position:absolute;box-shadow:0 1px 2px rgba(60,64,67,.3)}
</style></head><body><div class="tab"><b>${esc(sheet.name)}</b></div><div class="wrap"><table>${out.join('\n')}</table>
${charts}</div></body></html>`;
}
