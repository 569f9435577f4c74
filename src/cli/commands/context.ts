import type { ParsedArgs } from '../args';
import type { Analysis, AnalyzeRequest } from '../core/analyze';
import { kpisMissingData, lostText } from '../../report/coverage-text';
import { dataError } from '../errors';
import { parsePeriod } from '../core/period';
import type { CliIo } from '../io';
import type { CliMessages } from '../messages';
import type { Progress } from '../progress';
import { otherCandidateLines } from '../output/detect';
import { dateOrderWarningText } from '../../report/date-order-warnings';

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
    locale: args.locale,
    now: (io.now ?? Date.now)(),
  };
}

/**
 * Coverage on stderr (metrics-spec.md section 7): one warning per metric that left out more
 * than 5% of its non-blank cells, naming the reasons and the first places. Unless the person
 * accepted it (--accept-missing), the command then fails with exit code 1, after its output.
 */
export function warnMissing(ctx: CommandContext, analysis: Analysis): (() => void) {
  const missing = kpisMissingData(analysis.report);
  for (const kpi of missing) ctx.warn(ctx.m.lostWarning(lostText(kpi, ctx.args.lang, analysis.report.period.kind)));
  return () => {
    if (missing.length > 0 && !ctx.args.acceptMissing) throw dataError(ctx.m.lostRefused(missing.length));
  };
}

/**
 * Columns chosen by detection, not by a mapping file: each NPS, CSAT or CES column chosen among
 * several that fit is a warning naming the others with their whole headers (as `detect` says),
 * so a number from the wrong question never looks settled.
 */
export function warnCandidates(ctx: CommandContext, analysis: Analysis): number {
  if (!analysis.detection) return 0;
  let said = 0;
  for (const source of analysis.mapping.sources) {
    for (const line of otherCandidateLines(analysis.detection, source, ctx.args.lang, ctx.m)) {
      ctx.warn(ctx.m.candidateWarning(line));
      said++;
    }
  }
  return said;
}

/**
 * A date column's day/month order decided by a few cells for many (docs/metrics.md): the
 * report says it in its summary; on stderr too, with how to confirm the order here.
 */
export function warnDateOrder(ctx: CommandContext, analysis: Analysis): number {
  const warnings = analysis.report.dateOrderWarnings ?? [];
  for (const warning of warnings) ctx.warn(ctx.m.dateOrderFewCells(dateOrderWarningText(warning, ctx.args.lang), warning.order, warning.proving));
  return warnings.length;
}

/**
 * With --by, the warnings above are the groups' too, and said once: a group is counted from the
 * same columns as the whole, and its dates are read in the order their whole column decided
 * (metrics-spec.md §1.2, see groupReports), so a group has no column or date order of its own
 * to warn about. The line says so, so nobody reads a group's figure as settled.
 */
export function warnGroups(ctx: CommandContext, analysis: Analysis, said: number): void {
  if (analysis.groups && ctx.args.by !== undefined && said > 0) ctx.warn(ctx.m.groupsShareWarnings(ctx.args.by, said));
}
