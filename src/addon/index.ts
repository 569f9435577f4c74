/**
 * The engine: every entry point Apps Script calls besides the custom functions, the menu and
 * onEdit (those are in ./core.ts, the always-compiled dist/Code.js). The build bundles this file
 * into dist/Engine.html (JavaScript text only) and gives each export a top-level stub in
 * dist/Code.js that loads the engine on first use in an execution: the functions the sidebar calls
 * through google.script.run, trigger handlers, the Themes menu item. Server helpers that the sidebar must not
 * call end with `_` (private in Apps Script). Nothing here may rely on being top-level code: the
 * engine runs inside a function, and what Apps Script finds by name is the core's stubs.
 */
export { listSheets, detectMapping, previewMetrics, saveMapping, loadMapping, resetMapping, buildDashboard } from './sidebar-server';
export { runScheduledReports, getReportSettings, saveReportSettings, turnOffReports, sendTestReport } from './reports-server';
export { showThemesSheet } from './themes-sheet';
export { onFormSubmitAlert, getAlertSettings, saveAlertSettings, sendTestAlert } from './alerts-server';
