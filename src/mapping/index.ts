export { FIELD_IDS, FIELD_INFO, FAMILY_FIELDS, MIN_CONFIDENCE, DETECTION_SAMPLE_ROWS, HEADER_SEARCH_ROWS, type FieldId, type Family } from './fields';
export { detectColumns, findHeaderRow, proposedColumns, type SheetDetection, type FieldMatch, type ColumnChoice, type ColumnReport, type DetectOptions } from './detect';
export { detectWorkbook, describeSheetUse, withEverySurvey, type SheetSample, type WorkbookDetection, type FamilyChoice, type SheetUse, type SheetSkipReason, type SheetUseKind } from './workbook';
// The saved mapping's zod schemas and parser (parseStoredMapping, serializeMapping, …) are imported
// from './schema' itself: re-exported here, every importer of this index would construct them (zod,
// ~10 ms of the command line's start) whether it parses a mapping or not.
export type { Mapping, DataSource, ScaleSettings, CsatScale, CesScale, MappingParseResult } from './schema';
export { MAPPING_VERSION, DEFAULT_SCALES, referralAnswersFor } from './defaults';
export { mappingFromDetection, referralAnswersFromSamples } from './fromDetection';
export { FIELD_LABELS, maybeColumnsText } from './messages';
export { normalizeText, columnLetter, columnIndex } from './text';
export { inferScale, headerScale, scaleReasons, scalesFromDetections, CSAT_SCALES, CES_SCALES, type ScaleGuess, type ScaleEvidence } from './scales';
