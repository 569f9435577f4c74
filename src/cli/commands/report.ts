import { analyze } from '../core/analyze';
import { writeOutputFile } from '../core/output-file';
import { renderHtml, renderText } from '../../report/index';
import { analyzeRequest, warnCandidates, warnDateOrder, warnMissing, type CommandContext } from './context';

/** `report`: the email's text part on stdout and, with --out, its HTML part in a file. */
export async function reportCommand(ctx: CommandContext): Promise<void> {
  const { args, io, m } = ctx;
  const request = analyzeRequest(ctx);
  const analysis = await analyze(request, io, m, ctx.progress, ctx.warn);
  const { report, source } = analysis;
  if (args.inputs.length === 0) ctx.warn(m.demoTitle(source.title));
  warnCandidates(ctx, analysis);
  warnDateOrder(ctx, analysis);
  const refuse = warnMissing(ctx, analysis);
  // The file first: a --out that cannot be written stops the command before anything is printed.
  if (args.out) await writeOutputFile(args.out, renderHtml(report), m);
  io.stdout.write(renderText(report).replace(/\n?$/, '\n'));
  if (args.out) ctx.warn(m.saved(m.reportWord, args.out));
  refuse();
}
