import type * as z from '../src/mapping/zod';
import type { SidebarApi } from '../src/addon/api';
import type { REPORTS_API } from '../src/addon/reports-api';
import type { ALERTS_API } from '../src/addon/alerts-api';

/**
 * google.script.run as promises, typed by the contracts in src/addon/api.ts (the wizard) and
 * src/addon/reports-api.ts (Email reports). Apps Script
 * calls back through withSuccessHandler / withFailureHandler; a failure arrives as an Error
 * whose message the server wrote for the person, so it is shown as is.
 * https://developers.google.com/apps-script/guides/html/reference/run
 */

type Contract = SidebarApi & typeof REPORTS_API & typeof ALERTS_API;
export type ApiName = keyof Contract;
export type ApiArgs<K extends ApiName> = z.input<Contract[K][0]>;
export type ApiResult<K extends ApiName> = z.infer<Contract[K][1]>;

interface ScriptRunner {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRunner;
  withFailureHandler(fn: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRunner } };
  }
}

/** Thrown when the page runs outside Sheets (opened as a file), so the view can say so. */
export class NoBridgeError extends Error {}

export function messageOf(error: unknown, fallback: string): string {
  let text = '';
  if (typeof error === 'string') text = error;
  else if (error && typeof (error as { message?: unknown }).message === 'string') text = (error as { message: string }).message;
  // Apps Script may prefix what the server threw with its error type; the person needs only the text.
  text = text.replace(/^(Error|Exception|ScriptError): /, '');
  return text || fallback;
}

export function call<K extends ApiName>(name: K, args: ApiArgs<K>): Promise<ApiResult<K>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new NoBridgeError(name));
      return;
    }
    const runner = run.withSuccessHandler((value) => resolve(value as ApiResult<K>)).withFailureHandler(reject);
    (runner[name] as (arg: unknown) => void)(args);
  });
}
