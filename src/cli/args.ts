import { parseArgs } from 'node:util';
import type { Lang } from '../cells/types';
import { usageError } from './errors';
import { cliMessages } from './messages';

/**
 * The command line, parsed: the command, its inputs and options. Options may come before or
 * after the command; an option another command owns is refused, so a typo never passes silently.
 */

export const COMMANDS = ['detect', 'metrics', 'report'] as const;
export type CommandName = (typeof COMMANDS)[number];
export const FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];
const LANGS = ['en', 'vi'] as const;
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrderChoice = (typeof DATE_ORDERS)[number];

const OPTIONS = {
  credentials: { type: 'string' },
  'time-zone': { type: 'string' },
  locale: { type: 'string' },
  lang: { type: 'string' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  out: { type: 'string', short: 'o' },
  mapping: { type: 'string', short: 'm' },
  period: { type: 'string', short: 'p' },
  by: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'date-order': { type: 'string' },
  'accept-missing': { type: 'boolean' },
} as const;

type OptionName = keyof typeof OPTIONS;
const GLOBAL: OptionName[] = ['credentials', 'time-zone', 'locale', 'lang', 'progress', 'help', 'version'];
const OWN: Record<CommandName, OptionName[]> = {
  detect: ['out', 'date-order'],
  metrics: ['mapping', 'period', 'by', 'format', 'date-order', 'accept-missing'],
  report: ['mapping', 'period', 'out', 'date-order', 'accept-missing'],
};

export interface ParsedArgs {
  command?: CommandName;
  inputs: string[];
  lang: Lang;
  help: boolean;
  version: boolean;
  progress: boolean;
  credentials?: string;
  timeZone?: string;
  /** `--locale vi_VN`: the file's locale, for day/month dates and decimal marks its columns' values leave open. */
  locale?: string;
  out?: string;
  mapping?: string;
  period?: string;
  by?: string;
  format: OutputFormat;
  /** Day first or month first for day/month date text the values leave open; saved in the mapping. */
  dateOrder?: DateOrderChoice;
  /** Accept metrics that left out more than 5% of their cells (exit 0 instead of 1). */
  acceptMissing: boolean;
}

/** The language asked for, read before full parsing so even usage errors speak it. */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].slice('--lang='.length) : argv[i + 1];
  return value === 'vi' ? 'vi' : 'en';
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const m = cliMessages(langOf(argv));
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node words these well ("Unknown option '--x'"); only the pointer to help is ours.
    throw usageError(m.badOption((error as Error).message.split('. ')[0], guessCommand(argv)));
  }
  const { values, positionals } = parsed;
  const [first, ...inputs] = positionals;
  let command: CommandName | undefined;
  if (first !== undefined) {
    if (!(COMMANDS as readonly string[]).includes(first)) throw usageError(m.unknownCommand(first));
    command = first as CommandName;
  }
  const allowed = new Set<OptionName>([...GLOBAL, ...(command ? OWN[command] : [])]);
  for (const name of Object.keys(values) as OptionName[]) {
    if (!allowed.has(name)) throw usageError(m.optionNotFor(name, command));
  }
  const choice = <T extends string, F extends T | undefined>(option: string, text: string | undefined, choices: readonly T[], fallback: F): T | F => {
    if (text === undefined) return fallback;
    if (!(choices as readonly string[]).includes(text)) throw usageError(m.badChoice(option, text, choices));
    return text as T;
  };
  return {
    command,
    inputs,
    lang: choice('lang', values.lang, LANGS, 'en'),
    help: values.help ?? false,
    version: values.version ?? false,
    progress: values.progress ?? false,
    credentials: values.credentials,
    timeZone: values['time-zone'],
    locale: localeOf(values.locale, m),
    out: values.out,
    mapping: values.mapping,
    period: values.period,
    by: values.by,
    format: choice('format', values.format, FORMATS, 'table'),
    dateOrder: choice('date-order', values['date-order'], DATE_ORDERS, undefined),
    acceptMissing: values['accept-missing'] ?? false,
  };
}

/** A locale as Sheets names them (`vi_VN`, `en_US`, `vi`, `de-DE`), or a usage error saying the form. */
function localeOf(text: string | undefined, m: ReturnType<typeof cliMessages>): string | undefined {
  if (text === undefined) return undefined;
  if (/^[a-z]{2,3}([_-][A-Za-z]{2}|[_-][A-Za-z]{4}([_-][A-Za-z]{2})?)?$/.test(text.trim())) return text.trim();
  throw usageError(m.badLocale(text));
}

function guessCommand(argv: readonly string[]): string {
  return argv.find((a) => (COMMANDS as readonly string[]).includes(a)) ?? '';
}
