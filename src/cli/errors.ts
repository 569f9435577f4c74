/**
 * The command line's contract with scripts: exit code 0 when it worked, 1 when the data is
 * wrong or unavailable, 2 when the command was used wrongly. Every error a user can act on is a
 * CliError (or a SourceError from src/cli/sources, which carries the same codes); anything else
 * is a bug and is reported as such.
 */
export type ExitCode = 0 | 1 | 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The command line was used wrongly: unknown command or option, a bad value. */
export const usageError = (message: string) => new CliError(message, 2);
/** The data (or a mapping file) cannot be read as needed. */
export const dataError = (message: string) => new CliError(message, 1);
