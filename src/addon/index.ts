/**
 * Everything Apps Script sees. The build bundles this file into dist/Code.js and gives each
 * export a top-level function: custom functions (with JSDoc from src/functions/catalog.ts),
 * menu and trigger handlers, and the functions the sidebar calls through google.script.run.
 * Server helpers that the sidebar must not call end with `_` (private in Apps Script).
 */
export * from '../functions/index';
export { onOpen, onInstall, showSetup, showDashboardStep, showReports, showAlerts, showHelp, showSidebar_ } from './menu';
export { listSheets, detectMapping, previewMetrics, saveMapping, loadMapping, resetMapping, buildDashboard } from './sidebar-server';
export { runScheduledReports, getReportSettings, saveReportSettings, turnOffReports, sendTestReport } from './reports-server';
export { showThemesSheet } from './themes-sheet';
export { onFormSubmitAlert, getAlertSettings, saveAlertSettings, sendTestAlert } from './alerts-server';
export { onEdit } from './followups';
