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
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../src/emulator/chromium';
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
const dashboard = emu.call<{ sheetName: string; formulas: number; charts: number; period: string; segment: string }>('buildDashboard', { lang: 'en' });
console.log(`  "${dashboard.sheetName}": ${dashboard.formulas} live formulas, ${dashboard.charts} charts`);
const snapshot = emu.spreadsheet.snapshot();
const sheet = snapshot.sheets.find((s) => s.name === dashboard.sheetName);
if (!sheet) throw new Error(`the dashboard sheet "${dashboard.sheetName}" is missing`);
const csv = sheet.displayValues.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\n');
writeFileSync(resolve(OUT, 'dashboard.csv'), csv + '\n');
// The dashboard as a person sees it in Sheets: grid, formats, merged titles, charts drawn as SVG.
writeFileSync(resolve(OUT, 'dashboard.html'), emu.spreadsheet.renderHtml(dashboard.sheetName));
console.log(`  period ${dashboard.period}, segment ${dashboard.segment} (the dropdowns at the top)`);

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

step('Dashboard preview: a screenshot in Chromium at 1280 px');
let screenshot = '';
if (hasChromium()) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The page is self-contained: nothing may be fetched from outside.
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(resolve(OUT, 'dashboard.html')).href);
    // What a 1280 px window shows, scrolled down the whole sheet (the lists behind the dropdowns sit further right).
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({ path: resolve(OUT, 'dashboard.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height } });
    screenshot = resolve(OUT, 'dashboard.png');
  } finally {
    await browser.close();
  }
} else {
  console.log(`  Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium): no screenshot, the HTML is written.`);
}

step('Outputs');
console.log(`  report (HTML):       ${resolve(OUT, 'report.html')}`);
console.log(`  report (text):       ${resolve(OUT, 'report.txt')}`);
console.log(`  outbox:              ${resolve(OUT, 'outbox')}`);
console.log(`  dashboard (as drawn): ${resolve(OUT, 'dashboard.html')}${screenshot ? ` and ${screenshot}` : ''}`);
console.log(`  dashboard cells:     ${resolve(OUT, 'dashboard.csv')}`);
console.log(`  service calls:       ${emu.calls.count()} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
