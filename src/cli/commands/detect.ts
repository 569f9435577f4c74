import type { CellRef } from '../../cells/coverage';
import type { DateOrderDecision } from '../../cells/decide';
import type { FieldId } from '../../mapping/index';
import { dateOrderWarningOf, dateOrderWarningText } from '../../report/date-order-warnings';
import { dataError } from '../errors';
import { dateOrderLines, withDateOrder } from '../core/date-order';
import { localeOf } from '../core/analyze';
import { dataRangesOf } from '../core/data-range';
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
  const timeZone = source.timeZone ?? args.timeZone ?? 'UTC';
  const detected = await detectSource(source, args.lang, timeZone);
  const { detection } = detected;
  const mapping = withDateOrder(detected.mapping, args.dateOrder);
  if (mapping.sources.length === 0) throw dataError(unusedSheetsNote(m.nothingMapped, detection, args.lang));
  const encodings = new Map(source.sheets.flatMap((sheet) => (sheet.encoding ? [[sheet.name, sheet.encoding] as const] : [])));
  // The file first: a --out that cannot be written stops the command before anything is printed.
  if (args.out) await writeMappingFile(args.out, mapping, m);
  const { locale } = localeOf(args.locale, source);
  // The data's own first and last day per sheet (spec §6): the mapped date columns, read whole.
  const decided: { sheet: string; field: FieldId; decision: DateOrderDecision }[] = [];
  const ranges = await dataRangesOf(source, mapping, { timeZone, locale, lang: args.lang }, m, (sheet, field, decision) => decided.push({ sheet, field, decision }));
  // After that read a file knows the line each row starts on (a quoted field may span lines).
  const fileOf = (name: string) => source.sheets.find((sheet) => sheet.name === name)?.file;
  // Each date column's order as the whole column decides it (the sample's first rows may not hold the proving cell).
  const wholeOf = (sheet: string) => (field: FieldId) => decided.find((d) => d.sheet === sheet && d.field === field)?.decision;
  const dates = new Map(
    mapping.sources.map((ds) => [ds.sheetName, dateOrderLines(ds, detected.samples.find((s) => s.name === ds.sheetName)?.values ?? [], args.lang, locale, fileOf(ds.sheetName), wholeOf(ds.sheetName))] as const),
  );
  // A few cells that decided a whole date column's day/month order for many (docs/metrics.md).
  const dateWarnings = new Map<string, string[]>();
  for (const { sheet, field, decision } of decided) {
    const ds = mapping.sources.find((s) => s.sheetName === sheet)!;
    const file = fileOf(sheet);
    const letter = ds.columns[field]!;
    const row = (index: number) => index + ds.headerRow + 1;
    const placeOf = (index: number): CellRef => (file ? { file: file.name, line: file.lineOf(row(index)), column: letter } : { sheet, column: letter, row: row(index) });
    const warning = dateOrderWarningOf(decision, sheet, placeOf);
    if (warning) dateWarnings.set(sheet, [...(dateWarnings.get(sheet) ?? []), m.dateOrderFewCells(dateOrderWarningText(warning, args.lang, false), warning.order, warning.proving)]);
  }
  io.stdout.write(formatDetection(detection, mapping, args.lang, m, encodings, dates, ranges, dateWarnings));
  if (args.out) io.stdout.write(`\n${m.saved(m.mappingWord, args.out)}\n`);
}
