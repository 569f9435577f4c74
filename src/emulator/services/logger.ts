/**
 * Logger and console as a script sees them; every line is kept for the current execution.
 * https://developers.google.com/apps-script/reference/base/logger
 * `Logger.log(format, ...values)` replaces each `%s` with the next value. getLog() returns this
 * execution's lines joined by newlines (without Apps Script's timestamp prefix).
 */
import { inspect } from 'node:util';
import type { EmulatorContext } from '../context';

export interface LogLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  message: string;
}

export class LogBook {
  /** Lines of the execution now running; the emulator moves them to the execution record. */
  lines: LogLine[] = [];

  constructor(public echo = false) {}

  write(level: LogLine['level'], message: string): void {
    this.lines.push({ level, message });
    if (this.echo) console.log(`[${level}] ${message}`);
  }

  take(): LogLine[] {
    const lines = this.lines;
    this.lines = [];
    return lines;
  }
}

function render(value: unknown): string {
  return typeof value === 'string' ? value : inspect(value, { depth: 4, breakLength: Infinity });
}

function format(first: unknown, rest: unknown[]): string {
  if (typeof first !== 'string' || rest.length === 0) return [first, ...rest].map(render).join(' ');
  const queue = [...rest];
  const text = first.replace(/%[sdifoj]/g, (token) => (queue.length ? render(queue.shift()) : token));
  return [text, ...queue.map(render)].join(' ');
}

export function createLogger(ctx: EmulatorContext, book: LogBook): GoogleAppsScript.Base.Logger {
  const logger: GoogleAppsScript.Base.Logger = {
    log(first: unknown, ...rest: unknown[]) {
      ctx.enter('Logger', 'log');
      book.write('Logger', format(first, rest));
      return logger;
    },
    getLog() {
      ctx.enter('Logger', 'getLog');
      return book.lines.filter((l) => l.level === 'Logger').map((l) => l.message).join('\n');
    },
    clear() {
      ctx.enter('Logger', 'clear');
      book.lines = book.lines.filter((l) => l.level !== 'Logger');
    },
  };
  return logger;
}

/** Apps Script's console (Cloud Logging): log, info, warn, error, time, timeEnd. Not counted as service calls. */
export function createConsole(book: LogBook, now: () => Date): Console {
  const timers = new Map<string, number>();
  return {
    log: (first?: unknown, ...rest: unknown[]) => book.write('log', format(first, rest)),
    info: (first?: unknown, ...rest: unknown[]) => book.write('info', format(first, rest)),
    warn: (first?: unknown, ...rest: unknown[]) => book.write('warn', format(first, rest)),
    error: (first?: unknown, ...rest: unknown[]) => book.write('error', format(first, rest)),
    time: (label: string) => void timers.set(label, now().getTime()),
    timeEnd: (label: string) => book.write('log', `${label}: ${now().getTime() - (timers.get(label) ?? now().getTime())}ms`),
  } as unknown as Console;
}
