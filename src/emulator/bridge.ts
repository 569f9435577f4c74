/**
 * The sidebar's `google.script.run`, bridged to the add-on running in the emulator: the client
 * half is a script for the page (chainable handlers and an asynchronous call, as Apps Script's
 * is), which hands each call to `window.__cxCall(name, argsJson)`; the server half runs it as
 * `emu.call(name, ...args)` on dist/Code.js and answers JSON. The browser tests expose
 * `__cxCall` through Playwright; the playground defines it as a POST to its own server.
 * Values cross as JSON, as they do between Apps Script and the page.
 */
import type { Emulator } from './index';

/** The client half, for the page's <head>, where Apps Script's own google.script loader would be. */
export const GOOGLE_SCRIPT_RUN_CLIENT = `
(() => {
  function runner(onOk, onFail) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (fn) => runner(fn, onFail);
        if (name === 'withFailureHandler') return (fn) => runner(onOk, fn);
        if (name === 'withUserObject') return () => runner(onOk, onFail);
        return (...args) => {
          window.__cxCall(String(name), JSON.stringify(args)).then((answer) => {
            const reply = JSON.parse(answer);
            if (reply.ok) onOk && onOk(reply.value);
            else onFail && onFail(new Error(reply.message));
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();
`;

/** The server half: one call, answered as `{ ok, value }` or `{ ok: false, message }`. */
export function answerCall(emu: Emulator, name: string, argsJson: string): string {
  try {
    const args = JSON.parse(argsJson) as unknown;
    if (!Array.isArray(args)) throw new Error('the arguments must be a JSON array');
    const value = emu.call(name, ...(args as unknown[]));
    return JSON.stringify({ ok: true, value: value ?? null });
  } catch (error) {
    // The error comes from the vm's realm, so `instanceof Error` cannot be used to read it.
    const message = error && typeof (error as { message?: unknown }).message === 'string' ? (error as { message: string }).message : String(error);
    return JSON.stringify({ ok: false, message });
  }
}

/** The sidebar HTML the add-on handed HtmlService, with the client half first in <head>. */
export function withBridge(html: string, before = ''): string {
  return html.replace('<head>', () => `<head><script>${before}${GOOGLE_SCRIPT_RUN_CLIENT}</script>`);
}
