import { langOfLocale, type Lang } from '../cells/types';
import { menuTexts, themesSheetTexts } from './messages';

/**
 * The add-on menu and the sidebar. onOpen runs as a simple trigger, in AuthMode.NONE when the
 * add-on is installed but not yet used in this document: then it may only build the menu, not
 * read properties or anything else that needs authorization
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle,
 * https://developers.google.com/workspace/add-ons/concepts/menus). The menu is therefore the
 * same fixed list in every mode, and its labels are English in AuthMode.NONE: the documents do
 * not list Session.getActiveUserLocale() among what NONE allows, so it is asked only in LIMITED
 * or FULL, where a failure still falls back to English.
 */

interface OpenEvent {
  authMode?: GoogleAppsScript.Script.AuthMode | string;
}

function isNone(e: OpenEvent | undefined): boolean {
  const mode = e?.authMode;
  return mode !== undefined && String(mode) === String(ScriptApp.AuthMode.NONE);
}

function menuLang(e: OpenEvent | undefined): Lang {
  if (!e || isNone(e)) return 'en';
  try {
    return langOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

export function onOpen(e?: OpenEvent): void {
  const lang = menuLang(e);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(menuTexts.setUp[lang], 'showSetup')
    .addItem(menuTexts.buildDashboard[lang], 'showDashboardStep')
    .addItem(menuTexts.emailReports[lang], 'showReports')
    .addItem(menuTexts.alerts[lang], 'showAlerts')
    .addItem(themesSheetTexts.menu[lang], 'showThemesSheet')
    .addSeparator()
    .addItem(menuTexts.help[lang], 'showHelp')
    .addToUi();
}

/** Installing from the Marketplace opens no document event, so the menu is added here too. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

/** Menu items run with full authorization, so the user's locale may be read here. */
function userLang(): Lang {
  try {
    return langOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/**
 * Opens dist/Sidebar.html (300 px wide, the fixed width of add-on sidebars:
 * https://developers.google.com/apps-script/guides/dialogs#custom_sidebars) with the person's
 * language and the step to start on written into its boot data.
 */
export function showSidebar_(start: 'setup' | 'dashboard' | 'reports' | 'alerts' = 'setup'): void {
  const lang = userLang();
  const page = HtmlService.createHtmlOutputFromFile('Sidebar');
  // `<` escaped so the JSON can never close the script element it sits in.
  const boot = JSON.stringify({ lang, start }).replace(/</g, '\\u003c');
  page.setContent(page.getContent().replace('{"lang":"en"}', () => boot)).setTitle(menuTexts.sidebarTitle[lang]);
  SpreadsheetApp.getUi().showSidebar(page);
}

export function showSetup(): void {
  showSidebar_('setup');
}

export function showDashboardStep(): void {
  showSidebar_('dashboard');
}

/** Email reports live in the same sidebar: it opens on the reports panel. */
export function showReports(): void {
  showSidebar_('reports');
}

/** Unhappy-answer alerts (issue 16) live in the same sidebar: it opens on the Alerts panel. */
export function showAlerts(): void {
  showSidebar_('alerts');
}

export function showHelp(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  ui.alert(menuTexts.helpTitle[lang], menuTexts.helpBody[lang], ui.ButtonSet.OK);
}
