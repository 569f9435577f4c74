/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts, recorded for tests
 * instead of shown. https://developers.google.com/apps-script/reference/base/ui
 * Alerts answer OK (YES for YES_NO sets) unless a test queues answers with `ui.answer(...)`.
 */
import type { EmulatorContext } from '../context';

const names = <T extends string>(...keys: T[]) => Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as { [K in T]: K });

/** https://developers.google.com/apps-script/reference/base/button */
export const Button = names('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
/** https://developers.google.com/apps-script/reference/base/button-set */
export const ButtonSet = names('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

export interface MenuItemRecord {
  kind: 'item' | 'separator' | 'submenu';
  caption?: string;
  functionName?: string;
  items?: MenuItemRecord[];
}

export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuItemRecord[];
}

export interface HtmlRecord {
  title: string;
  html: string;
  width?: number;
  height?: number;
}

export interface UiRecord {
  menus: MenuRecord[];
  sidebars: HtmlRecord[];
  dialogs: (HtmlRecord & { modal: boolean })[];
  alerts: { title?: string; prompt: string; buttons: string }[];
  prompts: { title?: string; prompt: string; buttons: string }[];
  toasts: { message: string; title: string; timeoutSeconds: number }[];
  /** Queue the next answers to alert()/prompt(): a Button name, or `{button, text}` for prompts. */
  answer(...answers: (string | { button: string; text: string })[]): void;
}

export function createUiRecord(): { record: UiRecord; nextAnswer(): string | { button: string; text: string } | undefined } {
  const queue: (string | { button: string; text: string })[] = [];
  const record: UiRecord = {
    menus: [],
    sidebars: [],
    dialogs: [],
    alerts: [],
    prompts: [],
    toasts: [],
    answer: (...answers) => void queue.push(...answers),
  };
  return { record, nextAnswer: () => queue.shift() };
}

interface HtmlLike {
  getContent?(): string;
  getTitle?(): string;
  getWidth?(): number;
  getHeight?(): number;
}

function htmlRecord(output: HtmlLike, title?: string): HtmlRecord {
  return {
    title: title ?? output.getTitle?.() ?? '',
    html: output.getContent?.() ?? String(output),
    width: output.getWidth?.(),
    height: output.getHeight?.(),
  };
}

export function createUi(ctx: EmulatorContext, ui: ReturnType<typeof createUiRecord>): GoogleAppsScript.Base.Ui {
  const enter = (method: string) => ctx.enter('Ui', method);

  function menu(caption: string, addon: boolean) {
    const items: MenuItemRecord[] = [];
    const self = {
      __items: items,
      __caption: caption,
      addItem(itemCaption: string, functionName: string) {
        ctx.enter('Menu', 'addItem');
        items.push({ kind: 'item', caption: itemCaption, functionName });
        return self;
      },
      addSeparator() {
        ctx.enter('Menu', 'addSeparator');
        items.push({ kind: 'separator' });
        return self;
      },
      addSubMenu(sub: { __items: MenuItemRecord[]; __caption: string }) {
        ctx.enter('Menu', 'addSubMenu');
        items.push({ kind: 'submenu', caption: sub.__caption, items: sub.__items });
        return self;
      },
      addToUi() {
        ctx.enter('Menu', 'addToUi');
        const existing = ui.record.menus.findIndex((m) => m.caption === caption && m.addon === addon);
        const rec = { caption, addon, items: structuredClone(items) };
        if (existing >= 0) ui.record.menus[existing] = rec;
        else ui.record.menus.push(rec);
      },
    };
    return self;
  }

  function answer(buttons: string, fallback: string): string | { button: string; text: string } {
    return ui.nextAnswer() ?? (buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? Button.YES : fallback);
  }

  const api = {
    Button,
    ButtonSet,
    createMenu: (caption: string) => (enter('createMenu'), menu(caption, false)),
    // An add-on's menu sits under Extensions, named after the add-on.
    createAddonMenu: () => (enter('createAddonMenu'), menu('Add-on', true)),
    showSidebar: (output: HtmlLike) => void (enter('showSidebar'), ui.record.sidebars.push(htmlRecord(output))),
    showModalDialog: (output: HtmlLike, title: string) => void (enter('showModalDialog'), ui.record.dialogs.push({ ...htmlRecord(output, title), modal: true })),
    showModelessDialog: (output: HtmlLike, title: string) => void (enter('showModelessDialog'), ui.record.dialogs.push({ ...htmlRecord(output, title), modal: false })),
    alert: (...args: unknown[]) => {
      enter('alert');
      const [title, prompt, buttons] = args.length >= 3 ? args : [undefined, args[0], args[1] ?? 'OK'];
      ui.record.alerts.push({ title: title as string | undefined, prompt: String(prompt), buttons: String(buttons) });
      const a = answer(String(buttons), Button.OK);
      return typeof a === 'string' ? a : a.button;
    },
    prompt: (...args: unknown[]) => {
      enter('prompt');
      const [title, prompt, buttons] = args.length >= 3 ? args : [undefined, args[0], args[1] ?? 'OK'];
      ui.record.prompts.push({ title: title as string | undefined, prompt: String(prompt), buttons: String(buttons) });
      const a = answer(String(buttons), Button.OK);
      const response = typeof a === 'string' ? { button: a, text: '' } : a;
      return {
        getResponseText: () => (ctx.enter('PromptResponse', 'getResponseText'), response.text),
        getSelectedButton: () => (ctx.enter('PromptResponse', 'getSelectedButton'), response.button),
      };
    },
  };
  return api as unknown as GoogleAppsScript.Base.Ui;
}
