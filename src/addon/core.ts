/**
 * What every Apps Script execution compiles: the build bundles this file into dist/Code.js.
 * Apps Script compiles all of a project's script files on every custom-function call
 * (https://developers.google.com/apps-script/guides/sheets/functions), so only the custom
 * functions, what they import (src/functions, src/metrics, src/cells, src/stats) and the menu
 * are here: onOpen runs in AuthMode.NONE, where it may build the menu and nothing else, and its
 * items only open dist/Sidebar.html or an alert, which needs no engine either; and onEdit.
 * Everything else is in src/addon/index.ts, the engine, which the build ships as dist/Engine.html
 * and the core's stubs load on first use in an execution.
 */
export * from '../functions/index';
export { onOpen, onInstall, showSetup, showDashboardStep, showReports, showAlerts, showHelp, showSidebar_ } from './menu';
// The simple trigger every edit of the document runs (it dates a follow-up status as it is set):
// 4 KB here instead of compiling the whole engine on each edit.
export { onEdit } from './followups';
