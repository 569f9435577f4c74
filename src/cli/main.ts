// The `cx-metrics` executable: the process's arguments and streams into runCli, its answer
// out as the exit code. Everything else is in run.ts so it can be called without a process.
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
