import { dataError } from '../errors';
import { dateOrderLines, withDateOrder } from '../core/date-order';
import { localeOf } from '../core/analyze';
import { detectSource, unusedSheetsNote } from '../core/detect';
import { openInput } from '../core/input';
import { writeMappingFile } from '../core/mapping-file';
import { formatDetection } from '../output/detect';
import type { CommandContext } from './context';

/** `detect`: the wizard's automatic mapping, printed, and saved with --out. */
export async function detectCommand(ctx: CommandContext): Promise<void> {
  const { args, io, m } = ctx;
  const source = await openInput(args.inputs, { ...io.sourceOptions, credentials: args.credentials, timeZone: args.timeZone, lang: args.lang }, m);
  if (args.inputs.length === 0) ctx.warn(m.demoTitle(source.title));
  for (const sheet of source.sheets) if (sheet.notice) ctx.warn(sheet.notice);
  const detected = await detectSource(source, args.lang, source.timeZone ?? args.timeZone ?? 'UTC');
  const { detection } = detected;
  const mapping = withDateOrder(detected.mapping, args.dateOrder);
  if (mapping.sources.length === 0) throw dataError(unusedSheetsNote(m.nothingMapped, detection, args.lang));
  const encodings = new Map(source.sheets.flatMap((sheet) => (sheet.encoding ? [[sheet.name, sheet.encoding] as const] : [])));
  // The file first: a --out that cannot be written stops the command before anything is printed.
  if (args.out) await writeMappingFile(args.out, mapping, m);
  const dates = new Map(
    mapping.sources.map((ds) => [ds.sheetName, dateOrderLines(ds, detected.samples.find((s) => s.name === ds.sheetName)?.values ?? [], args.lang, localeOf(args.locale, source).locale)] as const),
  );
  io.stdout.write(formatDetection(detection, mapping, args.lang, m, encodings, dates));
  if (args.out) io.stdout.write(`\n${m.saved(m.mappingWord, args.out)}\n`);
}
