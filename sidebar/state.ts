import type { ApiResult, ColumnInfo, DetectedField, LoadMappingResultT, MetricPreview, SheetDetectionT, SheetInfo, WizardMapping } from '../src/addon/api';
import type { Lang } from './messages';

/** Everything the page knows; views render from it and only actions (main.ts) change it. */
export interface State {
  lang: Lang;
  /** 0..3: data, columns, preview, dashboard. */
  step: number;
  sheets: SheetInfo[] | null;
  selected: string[];
  detection: SheetDetectionT[];
  mapping: WizardMapping | null;
  /** The selection the current detection was made for, so Back/Next does not detect again. */
  detectedFor: string;
  preview: MetricPreview[] | null;
  /** The mapping the preview was computed for; a different mapping makes it stale. */
  previewFor: string;
  saved: LoadMappingResultT | null;
  /** A saved mapping the person has not dismissed: applied over detection when sheets match. */
  savedMapping: WizardMapping | null;
  built: ApiResult<'buildDashboard'> | null;
  /** What is running now (a message key), or null. */
  busy: BusyKey | null;
  error: { message: string; retry: (() => void) | null } | null;
  info: string | null;
}

export type BusyKey = 'loadingSheets' | 'detecting' | 'previewing' | 'saving' | 'building' | 'working';

export function initialState(lang: Lang): State {
  return {
    lang,
    step: 0,
    sheets: null,
    selected: [],
    detection: [],
    mapping: null,
    detectedFor: '',
    preview: null,
    previewFor: '',
    saved: null,
    savedMapping: null,
    built: null,
    busy: null,
    error: null,
    info: null,
  };
}

export const keyOf = (value: unknown): string => JSON.stringify(value);

/** The column (1-based) a field is mapped to now on a sheet: the person's choice wins over detection. */
export function chosenColumn(state: State, sheet: string, field: string): number | null {
  return state.mapping?.sheets.find((s) => s.sheet === sheet)?.fields[field] ?? null;
}

export function columnInfo(detection: SheetDetectionT, column: number | null): ColumnInfo | undefined {
  return column === null ? undefined : detection.columns.find((c) => c.column === column);
}

/** Detection confidence as the words a person reads. */
export function confidenceLevel(field: DetectedField, chosen: number | null): 'high' | 'medium' | 'low' | 'none' | 'manual' {
  if (chosen === null) return 'none';
  if (field.column !== chosen) return 'manual';
  if (field.confidence >= 0.8) return 'high';
  if (field.confidence >= 0.5) return 'medium';
  return 'low';
}

/** Detection's mapping with a saved mapping's choices on top, sheet by sheet, where the columns still exist. */
export function mergeSaved(detected: WizardMapping, saved: WizardMapping | null, detection: SheetDetectionT[]): WizardMapping {
  if (!saved) return detected;
  return {
    sheets: detected.sheets.map((sheetMapping) => {
      const before = saved.sheets.find((s) => s.sheet === sheetMapping.sheet);
      const columns = detection.find((d) => d.sheet === sheetMapping.sheet)?.columns ?? [];
      if (!before) return sheetMapping;
      const fields = { ...sheetMapping.fields };
      for (const [field, column] of Object.entries(before.fields)) {
        if (column === null || columns.some((c) => c.column === column)) fields[field] = column;
      }
      return { ...sheetMapping, fields };
    }),
  };
}

/** The mapping with one field of one sheet set to `column`. */
export function withColumn(mapping: WizardMapping, sheet: string, field: string, column: number | null): WizardMapping {
  return { sheets: mapping.sheets.map((s) => (s.sheet === sheet ? { ...s, fields: { ...s.fields, [field]: column } } : s)) };
}
