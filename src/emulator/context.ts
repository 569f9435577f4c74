import { Authorization } from './services/authorization';

/**
 * State every emulated Apps Script service shares: the call counter (so tests can hold the
 * add-on to Apps Script's batching rules), injected faults, the clock, and a way for the
 * spreadsheet to call the loaded bundle's global functions when it evaluates a formula.
 */

/** Counts every service call by `Service.method`, e.g. `Range.getValues`. */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  record(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Calls of one method (`count('Range.getValues')`) or of all methods when no key is given. */
  count(key?: string): number {
    if (key === undefined) return [...this.counts.values()].reduce((a, b) => a + b, 0);
    return this.counts.get(key) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}

/** A fault armed for `Service.method`: thrown on the next `times` calls (Infinity = until cleared). */
interface ArmedFault {
  error: () => Error;
  times: number;
}

/** Faults on demand: `faults.arm('MailApp.sendEmail', () => new Error('Service invoked too many times'))`. */
export class Faults {
  private readonly armed = new Map<string, ArmedFault>();

  arm(key: string, error: () => Error, times = 1): void {
    this.armed.set(key, { error, times });
  }

  clear(key?: string): void {
    if (key === undefined) this.armed.clear();
    else this.armed.delete(key);
  }

  /** Called by a service before it acts; throws the armed error, if any. */
  check(key: string): void {
    const fault = this.armed.get(key);
    if (!fault) return;
    fault.times -= 1;
    if (fault.times <= 0) this.armed.delete(key);
    throw fault.error();
  }
}

export interface EmulatorClock {
  now(): Date;
}

export interface EmulatorContext {
  calls: CallCounter;
  faults: Faults;
  clock: EmulatorClock;
  /** Granted scopes and the running execution's authorization mode: checked on every enter(). */
  auth: Authorization;
  /** The loaded bundle's global function by name (for formulas like =NPS(...)); undefined if none. */
  globalFunction(name: string): ((...args: unknown[]) => unknown) | undefined;
  /**
   * Record a call, refuse it as Apps Script would (missing scope, authorization mode), and throw
   * any armed fault: every emulated service method starts with this.
   */
  enter(service: string, method: string): void;
}

export function createContext(clock: EmulatorClock, globalFunction: EmulatorContext['globalFunction'], auth = new Authorization()): EmulatorContext {
  const calls = new CallCounter();
  const faults = new Faults();
  return {
    calls,
    faults,
    clock,
    auth,
    globalFunction,
    enter(service, method) {
      calls.record(service, method);
      auth.check(service, method);
      faults.check(`${service}.${method}`);
    },
  };
}

/** A workbook as plain data: declared once, beside the demo generator that makes one. */
export type { WorkbookData, SheetData } from '../demo/types';
