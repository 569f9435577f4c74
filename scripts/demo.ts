/**
 * `npm start`: the add-on, built and unchanged, running in the local Apps Script emulator on the
 * bundled demo workbook, driven through its own entry points as a person would: open the
 * spreadsheet (menu), map the columns (sidebar calls), build the dashboard, schedule the monthly
 * report and let the daily trigger send it. Prints the key metrics and where the outputs are.
 *
 * The emulator's clock starts on 2 November 2026 (Ho Chi Minh City), so "last month" is October,
 * the demo workbook's last full month.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mapColumns, openDemo } from '../src/emulator/demo-session';

const OUT = resolve('out');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const started = Date.now();
const emu = openDemo({ now: new Date('2026-10-31T10:00:00Z'), outboxDir: resolve(OUT, 'outbox') });
const step = (text: string) => console.log(`\n▸ ${text}`);

step('Open the spreadsheet: the add-on menu');
emu.open('LIMITED');
for (const menu of emu.ui.menus) {
  const items = menu.items.filter((i) => i.kind === 'item').map((i) => i.caption);
  console.log(`  Extensions → ${menu.caption}: ${items.join(' · ')}`);
}

step('Set up metrics: columns found automatically');
const mapping = mapColumns(emu).mapping as { sources: { sheetName: string; columns: Record<string, string> }[] };
for (const source of mapping.sources) {
  console.log(`  ${source.sheetName}: ${Object.entries(source.columns).map(([field, letter]) => `${field}=${letter}`).join(', ')}`);
}

step('Key metrics (the sidebar\'s live preview)');
type Preview = { metric: string; sheet: string; value: number | null; unit: string; scale?: number; n: number; error?: string };
const { metrics } = emu.call<{ metrics: Preview[] }>('previewMetrics', { mapping });
const show = (m: Preview) =>
  m.value === null ? `– (${m.error ?? 'no data'})` : m.unit === 'percent' ? `${m.value.toFixed(1)}%` : m.unit === 'hours' ? `${m.value.toFixed(1)} h` : m.unit === 'mean' && m.scale ? `${m.value.toFixed(2)} / ${m.scale}` : m.value.toFixed(1);
console.table(metrics.map((m) => ({ metric: m.metric, sheet: m.sheet, value: show(m), n: m.n })));

step('Build dashboard');
const dashboard = emu.call<{ sheetName: string; formulas: number; charts: number }>('buildDashboard', { lang: 'en' });
console.log(`  "${dashboard.sheetName}": ${dashboard.formulas} live formulas, ${dashboard.charts} charts`);
const snapshot = emu.spreadsheet.snapshot();
const sheet = snapshot.sheets.find((s) => s.name === dashboard.sheetName);
if (!sheet) throw new Error(`the dashboard sheet "${dashboard.sheetName}" is missing`);
const csv = sheet.displayValues.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\n');
writeFileSync(resolve(OUT, 'dashboard.csv'), csv + '\n');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
writeFileSync(
  resolve(OUT, 'dashboard.html'),
  `<!DOCTYPE html><meta charset="utf-8"><title>${esc(sheet.name)}</title><style>body{font:13px system-ui,sans-serif}td{border:1px solid #ddd;padding:3px 8px}</style>` +
    `<h1>${esc(sheet.name)}</h1><table>${sheet.displayValues.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>` +
    `<h2>Charts</h2><pre>${esc(JSON.stringify(sheet.charts, null, 2))}</pre>`,
);

step('Email reports: monthly on the 1st at 08:00; the daily trigger sends October');
emu.call('saveReportSettings', {
  schedule: { version: 1, enabled: true, recipients: ['manager@senviet.example'], frequency: { kind: 'monthly', day: 1 }, hour: 8, lang: 'en' },
});
emu.runTriggers(new Date('2026-11-01T02:00:00Z'));
const mail = emu.outbox.messages.at(-1);
if (!mail) throw new Error('the monthly report was not sent: ' + JSON.stringify(emu.call('getReportSettings', {})));
writeFileSync(resolve(OUT, 'report.html'), mail.htmlBody ?? '');
writeFileSync(resolve(OUT, 'report.txt'), mail.body);
console.log(`  sent "${mail.subject}" to ${mail.to}`);

step('Outputs');
console.log(`  report (HTML):       ${resolve(OUT, 'report.html')}`);
console.log(`  report (text):       ${resolve(OUT, 'report.txt')}`);
console.log(`  outbox:              ${resolve(OUT, 'outbox')}`);
console.log(`  dashboard snapshot:  ${resolve(OUT, 'dashboard.csv')} and dashboard.html`);
console.log(`  service calls:       ${emu.calls.count()} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
