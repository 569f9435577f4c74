export { FIELD_IDS, FIELD_INFO, FAMILY_FIELDS, MIN_CONFIDENCE, DETECTION_SAMPLE_ROWS, HEADER_SEARCH_ROWS, type FieldId, type Family } from './fields';
export { detectColumns, findHeaderRow, proposedColumns, type SheetDetection, type FieldMatch, type ColumnChoice, type ColumnReport, type DetectOptions } from './detect';
export { detectWorkbook, describeSheetUse, withEverySurvey, type SheetSample, type WorkbookDetection, type FamilyChoice, type SheetUse, type SheetSkipReason, type SheetUseKind } from './workbook';
export {
  mappingSchema,
  dataSourceSchema,
  scaleSettingsSchema,
  csatScaleSchema,
  cesScaleSchema,
  columnLetterSchema,
  parseStoredMapping,
  serializeMapping,
  migrateMapping,
  MAPPING_VERSION,
  referralAnswersFor,
  DEFAULT_SCALES,
  type Mapping,
  type DataSource,
  type ScaleSettings,
  type CsatScale,
  type CesScale,
  type MappingParseResult,
} from './schema';
export { mappingFromDetection, referralAnswersFromSamples } from './fromDetection';
export { FIELD_LABELS, maybeColumnsText } from './messages';
export { normalizeText, columnLetter, columnIndex } from './text';
export { inferScale, headerScale, scaleReasons, scalesFromDetections, CSAT_SCALES, CES_SCALES, type ScaleGuess, type ScaleEvidence } from './scales';
