import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, openDemo } from '../../src/emulator/demo-session';

beforeAll(() => ensureBuilt());

describe('onOpen', () => {
  it('in AuthMode.NONE adds the English add-on menu and touches nothing that needs authorization', () => {
    const emu = openDemo({ userLocale: 'vi' });
    const [run] = emu.open('NONE');
    expect(run.ok).toBe(true);
    const menu = emu.ui.menus[0];
    expect(menu.addon).toBe(true);
    expect(menu.items.filter((i) => i.kind === 'item').map((i) => [i.caption, i.functionName])).toEqual([
      ['Set up metrics', 'showSetup'],
      ['Build dashboard', 'showDashboardStep'],
      ['Email reports', 'showReports'],
      ['Alerts for unhappy answers', 'showAlerts'],
      ['Comment themes', 'showThemesSheet'],
      ['Help', 'showHelp'],
    ]);
    const used = Object.keys(emu.calls.snapshot());
    expect(used.filter((key) => /^(Properties|Session|Range|Sheet|Spreadsheet\.)/.test(key))).toEqual([]);
  });

  it('once authorized, follows the user’s locale', () => {
    const emu = openDemo({ userLocale: 'vi_VN' });
    emu.open('LIMITED');
    expect(emu.ui.menus[0].items[0].caption).toBe('Thiết lập chỉ số');
  });
});

describe('the sidebar', () => {
  it('opens the bundled page with the person’s language written into it', () => {
    const emu = openDemo({ userLocale: 'vi' });
    emu.call('showSetup');
    const sidebar = emu.ui.sidebars[0];
    expect(sidebar.title).toBe('CX Metrics');
    expect(sidebar.html).toContain('<script type="application/json" id="cx-boot">{"lang":"vi","start":"setup"}</script>');
    expect(sidebar.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  });

  it('Alerts for unhappy answers opens the same sidebar on the Alerts panel', () => {
    const emu = openDemo({ userLocale: 'en' });
    emu.call('showAlerts');
    expect(emu.ui.sidebars[0].html).toContain('{"lang":"en","start":"alerts"}');
  });

  it('Help answers with a short alert', () => {
    const emu = openDemo();
    emu.call('showHelp');
    expect(emu.ui.alerts[0].prompt).toContain('=NPS(C2:C)');
  });
});
