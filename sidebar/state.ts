import type { ApiResult, ColumnInfo, DetectedField, LoadMappingResultT, MetricPreview, SheetDetectionT, SheetInfo, WizardMapping } from '../src/addon/api';
import type { Lang } from './messages';
import { emptyAlerts, type AlertsState } from './alerts-state';
import { emptyReports, type ReportsState } from './reports-state';

/** Everything the page knows; views render from it and only actions (main.ts) change it. */
export interface State {
  lang: Lang;
  /** The wizard or the Email reports panel; both share the header, notice, status and actions. */
  view: 'setup' | 'reports' | 'alerts';
  reports: ReportsState;
  /** The Alerts panel (issue 16). */
  alerts: AlertsState;
  /** 0..3: data, columns, preview, dashboard. */
  step: number;
  sheets: SheetInfo[] | null;
  selected: string[];
  detection: SheetDetectionT[];
  mapping: WizardMapping | null;
  /** The selection the current detection was made for, so Back/Next does not detect again. */
  detectedFor: string;
  preview: MetricPreview[] | null;
  /** The period the preview covers, the periods with data and each sheet's range (from the last preview). */
  previewInfo: Omit<ApiResult<'previewMetrics'>, 'metrics'> | null;
  /** The period the person picked or typed for the preview ('' = the default: the latest complete month with data). */
  previewPeriod: string;
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
  /** What the last action did, spoken by the status line once it finishes (a message text). */
  announce: string | null;
}

export type BusyKey = 'loadingSheets' | 'detecting' | 'previewing' | 'saving' | 'building' | 'working' | 'loadingReports' | 'savingReports' | 'turningOff' | 'sendingTest' | 'loadingAlerts' | 'savingAlerts' | 'sendingTestAlert';

export function initialState(lang: Lang): State {
  return {
    lang,
    view: 'setup',
    reports: emptyReports(lang),
    alerts: emptyAlerts(lang),
    step: 0,
    sheets: null,
    selected: [],
    detection: [],
    mapping: null,
    detectedFor: '',
    preview: null,
    previewInfo: null,
    previewPeriod: '',
    previewFor: '',
    saved: null,
    savedMapping: null,
    built: null,
    busy: null,
    error: null,
    info: null,
    announce: null,
  };
}

export const keyOf = (value: unknown): string => JSON.stringify(value);

/** The column letter a field is mapped to now on a sheet: the person's choice wins over detection. */
export function chosenColumn(state: State, sheet: string, field: string): string | null {
  return (state.mapping?.sources.find((s) => s.sheetName === sheet)?.columns as Record<string, string | undefined> | undefined)?.[field] ?? null;
}

export function columnInfo(detection: SheetDetectionT, letter: string | null): ColumnInfo | undefined {
  return letter === null ? undefined : detection.columns.find((c) => c.letter === letter);
}

/** Detection confidence as the words a person reads. */
export function confidenceLevel(field: DetectedField, chosen: string | null): 'high' | 'medium' | 'low' | 'none' | 'manual' | 'maybe' {
  // A column that only looks right by its values stays unticked until the person picks it.
  if (chosen === null) return field.maybe && field.letter ? 'maybe' : 'none';
  if (field.letter !== chosen) return 'manual';
  if (field.confidence >= 0.8) return 'high';
  if (field.confidence >= 0.5) return 'medium';
  return 'low';
}

/** Detection's mapping with a saved mapping's choices on top, sheet by sheet, where the columns still exist. */
export function mergeSaved(detected: WizardMapping, saved: WizardMapping | null, detection: SheetDetectionT[]): WizardMapping {
  if (!saved) return detected;
  const merged: WizardMapping = {
    ...detected,
    scales: saved.scales,
    sources: detected.sources.map((source) => {
      const before = saved.sources.find((s) => s.sheetName === source.sheetName);
      const letters = detection.find((d) => d.sheet === source.sheetName)?.columns.map((c) => c.letter) ?? [];
      if (!before || before.headerRow !== source.headerRow) return source;
      const kept = Object.entries(before.columns).filter(([, letter]) => letter && letters.includes(letter));
      return { ...source, columns: Object.fromEntries(kept) };
    }),
  };
  // A saved scale is the person's choice, except when the answers now go above it: then it cannot
  // be right (every formula would fail), as with the 1–5 default saved before scales were detected.
  return (['csat', 'ces'] as const).reduce((mapping, field) => {
    const source = mapping.sources.find((s) => s.columns[field]);
    const needed = source ? scaleOfColumn(detection, source.sheetName, field, source.columns[field] ?? null) : null;
    return needed !== null && needed > mapping.scales[field].scale ? withScale(mapping, field, { scale: needed }) : mapping;
  }, merged);
}

/** The mapping with one field of one sheet set to a column letter, or removed (null). */
export function withColumn(mapping: WizardMapping, sheet: string, field: string, letter: string | null): WizardMapping {
  return {
    ...mapping,
    sources: mapping.sources.map((source) => {
      if (source.sheetName !== sheet) return source;
      const columns: Record<string, string> = { ...(source.columns as Record<string, string>) };
      if (letter) columns[field] = letter;
      else delete columns[field];
      return { ...source, columns: columns as typeof source.columns };
    }),
  };
}

type Scales = WizardMapping['scales'];

/**
 * The mapping with the CSAT or CES scale, or the CES method, changed. A CSAT threshold chosen for
 * another scale is dropped, so the new scale's top two boxes apply (metrics-spec §2) and a
 * threshold above the scale can never be saved.
 */
export function withScale(mapping: WizardMapping, field: 'csat' | 'ces', change: { scale?: number; method?: Scales['ces']['method'] }): WizardMapping {
  if (field === 'csat') {
    const scale = (change.scale ?? mapping.scales.csat.scale) as Scales['csat']['scale'];
    const csat = scale === mapping.scales.csat.scale ? mapping.scales.csat : { scale };
    return { ...mapping, scales: { ...mapping.scales, csat } };
  }
  const ces = { scale: (change.scale ?? mapping.scales.ces.scale) as Scales['ces']['scale'], method: change.method ?? mapping.scales.ces.method };
  return { ...mapping, scales: { ...mapping.scales, ces } };
}

/** The scale detection read off a column's answers for the CSAT or CES field, or null (no column, or not read). */
export function scaleOfColumn(detection: SheetDetectionT[], sheet: string, field: 'csat' | 'ces', letter: string | null): number | null {
  const sheetDetection = detection.find((d) => d.sheet === sheet);
  return (sheetDetection && columnInfo(sheetDetection, letter)?.scales?.[field]) ?? null;
}
