import type { ParsedArgs } from '../args';
import type { AnalyzeRequest } from '../core/analyze';
import { parsePeriod } from '../core/period';
import type { CliIo } from '../io';
import type { CliMessages } from '../messages';
import type { Progress } from '../progress';

/** What every command gets from the runner: its parsed arguments and the run's surroundings. */
export interface CommandContext {
  args: ParsedArgs;
  io: CliIo;
  m: CliMessages;
  progress: Progress;
  /** A note on stderr that does not stop the command. */
  warn(text: string): void;
}

/** The options metrics and report share, as the core's request. */
export function analyzeRequest({ args, io, m }: CommandContext): AnalyzeRequest {
  return {
    inputs: args.inputs,
    lang: args.lang,
    mappingFile: args.mapping,
    period: args.period === undefined ? undefined : parsePeriod(args.period, m),
    by: args.by,
    timeZone: args.timeZone,
    credentials: args.credentials,
    dateOrder: args.dateOrder,
    now: (io.now ?? Date.now)(),
  };
}
