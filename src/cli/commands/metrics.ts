import { analyze } from '../core/analyze';
import { formatMetrics } from '../output/metrics';
import { analyzeRequest, warnCandidates, warnDateOrder, warnGroups, warnMissing, type CommandContext } from './context';

/** `metrics`: the period's KPIs (and per group with --by) as a table, JSON or CSV. */
export async function metricsCommand(ctx: CommandContext): Promise<void> {
  const { args, io, m } = ctx;
  const request = analyzeRequest(ctx);
  const analysis = await analyze(request, io, m, ctx.progress, ctx.warn);
  if (args.inputs.length === 0) ctx.warn(m.demoTitle(analysis.source.title));
  warnGroups(ctx, analysis, warnCandidates(ctx, analysis) + warnDateOrder(ctx, analysis));
  const refuse = warnMissing(ctx, analysis);
  io.stdout.write(formatMetrics(analysis, args.format, args.by, args.lang, m));
  refuse();
}
