import { isoDate } from '../../cells/calendar';
import type { DateOrderDecision } from '../../cells/decide';
import type { Lang } from '../../cells/types';
import { FIELD_INFO, type DataSource, type FieldId, type Mapping } from '../../mapping/index';
import { ReportReader } from '../../report/columns';
import type { DataRange } from '../../report/types';
import type { CliMessages } from '../messages';
import type { Source } from '../sources/index';
import { loadMappedData } from './load';

/**
 * The data's own first and last day per mapped sheet or file ("data runs 2026-09-02 → 2026-10-28",
 * metrics-spec §6), over every mapped date column, read as the report reads them (the column's
 * order, the mapping's, then the locale; in the data's zone). Streams only those columns.
 */
export async function dataRangesOf(
  source: Source,
  mapping: Mapping,
  context: { timeZone: string; locale?: string; lang: Lang },
  m: CliMessages,
  onDecision?: (sheet: string, field: FieldId, decision: DateOrderDecision) => void,
): Promise<DataRange[]> {
  const isDate = (field: string) => FIELD_INFO[field as FieldId]?.kind === 'date';
  const dated: DataSource[] = mapping.sources
    .map((ds) => ({ ...ds, columns: Object.fromEntries(Object.entries(ds.columns).filter(([field]) => isDate(field))) as DataSource['columns'] }))
    .filter((ds) => Object.keys(ds.columns).length > 0);
  if (dated.length === 0) return [];
  const data = await loadMappedData(source, { ...mapping, sources: dated }, m, { lang: context.lang });
  const reader = new ReportReader({ timeZone: context.timeZone, locale: context.locale });
  const ranges: DataRange[] = [];
  for (const ds of data.mapping.sources) {
    let first = Infinity;
    let last = -Infinity;
    const decisions = new Map<string, DateOrderDecision>();
    for (const letter of new Set(Object.values(ds.columns))) {
      if (!letter) continue;
      const cells = data.columnOf(ds, letter);
      for (const day of reader.days(cells, ds.dateOrder).days) {
        if (day < first) first = day;
        if (day > last) last = day;
      }
      const decision = reader.dateDecision(cells);
      if (decision) decisions.set(letter, decision);
    }
    if (first <= last) ranges.push({ sheet: ds.sheetName, first: isoDate(first), last: isoDate(last) });
    // How each whole date column decided its day/month order, for detect's warnings (docs/metrics.md).
    for (const [field, letter] of Object.entries(ds.columns) as [FieldId, string][]) {
      const decision = decisions.get(letter);
      if (decision && onDecision) onDecision(ds.sheetName, field, decision);
    }
  }
  return ranges;
}
