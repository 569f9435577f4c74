import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/emulator/spreadsheet/testing';

// https://developers.google.com/apps-script/reference/base/ui
const html = (content: string, title = '') => ({ getContent: () => content, getTitle: () => title });

describe('SpreadsheetApp.getUi()', () => {
  it('records menus with items, separators and submenus once added to the UI', () => {
    const { app, ui } = fixture([{ name: 'S', rows: [] }]);
    const u = app.getUi();
    const sub = u.createMenu('Reports').addItem('Send now', 'sendReportNow');
    u.createAddonMenu().addItem('Open CX Metrics', 'showSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(ui.menus).toEqual([
      {
        caption: 'Add-on',
        addon: true,
        items: [
          { kind: 'item', caption: 'Open CX Metrics', functionName: 'showSidebar' },
          { kind: 'separator' },
          { kind: 'submenu', caption: 'Reports', items: [{ kind: 'item', caption: 'Send now', functionName: 'sendReportNow' }] },
        ],
      },
    ]);
  });

  it('records sidebars and dialogs with their title and HTML', () => {
    const { app, ui } = fixture([{ name: 'S', rows: [] }]);
    app.getUi().showSidebar(html('<h1>Setup</h1>', 'CX Metrics') as unknown as GoogleAppsScript.HTML.HtmlOutput);
    app.getUi().showModalDialog(html('<p>Done</p>') as unknown as GoogleAppsScript.HTML.HtmlOutput, 'Report sent');
    expect(ui.sidebars).toMatchObject([{ title: 'CX Metrics', html: '<h1>Setup</h1>' }]);
    expect(ui.dialogs).toMatchObject([{ title: 'Report sent', html: '<p>Done</p>', modal: true }]);
  });

  it('records alerts, answering OK or YES unless a test queues another answer', () => {
    const { app, ui } = fixture([{ name: 'S', rows: [] }]);
    const u = app.getUi();
    expect(u.alert('Saved')).toBe(u.Button.OK);
    expect(u.alert('Delete?', 'Remove the dashboard?', u.ButtonSet.YES_NO)).toBe(u.Button.YES);
    ui.answer('NO');
    expect(u.alert('Delete?', 'Really?', u.ButtonSet.YES_NO)).toBe(u.Button.NO);
    expect(ui.alerts.map((a) => [a.title, a.prompt, a.buttons])).toEqual([
      [undefined, 'Saved', 'OK'],
      ['Delete?', 'Remove the dashboard?', 'YES_NO'],
      ['Delete?', 'Really?', 'YES_NO'],
    ]);
  });

  it('answers prompts with queued text', () => {
    const { app, ui } = fixture([{ name: 'S', rows: [] }]);
    ui.answer({ button: 'OK', text: 'boss@example.com' });
    const response = app.getUi().prompt('Send the report to?');
    expect([response.getResponseText(), String(response.getSelectedButton())]).toEqual(['boss@example.com', 'OK']);
  });

  it('records toasts from the spreadsheet', () => {
    const { ss, ui } = fixture([{ name: 'S', rows: [] }]);
    ss.toast('Dashboard built', 'CX Metrics');
    expect(ui.toasts).toEqual([{ message: 'Dashboard built', title: 'CX Metrics', timeoutSeconds: 5 }]);
  });
});
