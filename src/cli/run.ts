import { langOf, parseCliArgs, type CommandName } from './args';
import { detectCommand } from './commands/detect';
import { metricsCommand } from './commands/metrics';
import { reportCommand } from './commands/report';
import type { CommandContext } from './commands/context';
import { CliError, type ExitCode } from './errors';
import type { CliIo } from './io';
import { cliMessages, helpText } from './messages';
import { createProgress } from './progress';
import { SourceError } from './sources/index';
import { withDuckSession } from './sql/duck';
import { cliVersion } from './version';

export type { CliIo } from './io';

const COMMAND_RUNNERS: Record<CommandName, (ctx: CommandContext) => Promise<void>> = {
  detect: detectCommand,
  metrics: metricsCommand,
  report: reportCommand,
};

/**
 * One run of `cx-metrics` with these arguments (without `node` and the script), writing to
 * `io`, resolving to the exit code. It never exits the process or throws, so it can be embedded,
 * tested and timed (the bench) like any function.
 *
 * @example await runCli(['metrics', 'survey.csv', '--period', '2026-10', '--format', 'json'], { stdout: process.stdout, stderr: process.stderr })
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const lang = langOf(argv);
  const m = cliMessages(lang);
  const progress = createProgress(io.stderr, argv.includes('--progress'));
  try {
    const args = parseCliArgs(argv);
    if (args.version) {
      io.stdout.write(cliVersion() + '\n');
      return 0;
    }
    if (args.help || !args.command) {
      io.stdout.write(helpText(args.lang, args.command ?? 'main'));
      // A bare `cx-metrics` is a usage mistake; `cx-metrics --help` is not.
      return args.help ? 0 : 2;
    }
    const command = COMMAND_RUNNERS[args.command];
    // One DuckDB instance for the command's reads, if any asks for one (src/cli/sql/duck.ts).
    await withDuckSession(() => command({ args, io, m, progress, warn: (text) => io.stderr.write(text + '\n') }));
    return 0;
  } catch (error) {
    progress.done();
    if (error instanceof CliError || error instanceof SourceError) {
      io.stderr.write(`cx-metrics: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug, not the user's doing: said as one sentence; the stack only when asked for.
    const debug = process.env.CX_METRICS_DEBUG ? `${(error as Error)?.stack ?? ''}\n` : '';
    io.stderr.write(`cx-metrics: ${m.unexpected((error as Error)?.message ?? String(error))}\n${debug}`);
    return 1;
  }
}
