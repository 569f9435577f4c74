import { writeFile } from 'node:fs/promises';
import { analyze } from '../core/analyze';
import { renderHtml, renderText } from '../../report/index';
import { analyzeRequest, type CommandContext } from './context';

/** `report`: the email's text part on stdout and, with --out, its HTML part in a file. */
export async function reportCommand(ctx: CommandContext): Promise<void> {
  const { args, io, m } = ctx;
  const request = analyzeRequest(ctx);
  const { report, source } = await analyze(request, io, m, ctx.progress, ctx.warn);
  if (args.inputs.length === 0) ctx.warn(m.demoTitle(source.title));
  io.stdout.write(renderText(report).replace(/\n?$/, '\n'));
  if (args.out) {
    await writeFile(args.out, renderHtml(report));
    ctx.warn(m.saved(m.reportWord, args.out));
  }
}
