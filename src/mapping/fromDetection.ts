/**
 * The mapping the wizard proposes from a workbook detection: one data source per sheet that
 * was chosen for a family (survey, tickets, subscriptions, activity), holding the fields detected
 * there with enough confidence. `npm start` applies it as "automatic mapping".
 */
import type { WorkbookDetection } from './workbook';
import type { FieldId } from './fields';
import { DEFAULT_SCALES, MAPPING_VERSION, type DataSource, type Mapping } from './schema';

export function mappingFromDetection(detection: WorkbookDetection, sheetIds: Readonly<Record<string, number>> = {}): Mapping {
  const chosen = new Set(Object.values(detection.families).map((family) => family.sheetName));
  const sources: DataSource[] = detection.sheets
    .filter((sheet) => chosen.has(sheet.sheetName))
    .map((sheet) => ({
      sheetName: sheet.sheetName,
      sheetId: sheetIds[sheet.sheetName] ?? null,
      headerRow: sheet.headerRow,
      columns: Object.fromEntries(
        Object.entries(sheet.fields).map(([field, match]) => [field as FieldId, match.letter]),
      ) as DataSource['columns'],
    }));
  return { version: MAPPING_VERSION, sources, scales: { csat: { ...DEFAULT_SCALES.csat }, ces: { ...DEFAULT_SCALES.ces } } };
}
