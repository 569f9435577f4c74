#!/usr/bin/env node
import { createRequire as __cxCreateRequire } from 'node:module';
const require = __cxCreateRequire(import.meta.url);
import {
  LEFT_OUT_REASONS,
  LOSS_WARNING_SHARE,
  MAX_PLACES,
  REASON_TEXTS,
  describePlaces,
  describeRef,
  leftOutCount,
  lostCount,
  lostShare,
  newCoverage,
  noteLeftOut,
  noteUsed
} from "./cli/chunk-IRJHNTXD.mjs";
import {
  DuckRefused,
  cellOf,
  openDuck,
  prepareDuck,
  selectOf,
  sqlText,
  sqlValue,
  withDuckSession
} from "./cli/chunk-5E2LPICZ.mjs";
import {
  csvCell
} from "./cli/chunk-QA56TYFI.mjs";
import {
  MS_PER_DAY,
  SourceError,
  checkTimeZone,
  dayOfDate,
  isoDate,
  localDay,
  periodIndex,
  periodStartDay,
  sourceMessages,
  steadyOffsetOn,
  steadyOffsetOver,
  utcOffset,
  wallClockIn,
  wallClockToInstant
} from "./cli/chunk-O7XSXUVU.mjs";
import {
  CellProblem,
  DEFAULT_SCALES,
  DETECTION_SAMPLE_ROWS,
  FAMILY_FIELDS,
  FIELD_IDS,
  FIELD_INFO,
  FIELD_LABELS,
  HEADER_SEARCH_ROWS,
  MAPPING_VERSION,
  MAX_DATE_MS,
  MIN_CONFIDENCE,
  MIN_DATE_MS,
  NO_WORDS,
  ReferralMatcher,
  SHEETS_ERRORS,
  TranslatedError,
  YES_WORDS,
  callTexts,
  cellTexts,
  dateOrderOfLocale,
  dateText,
  describePlace,
  failCall,
  foldCase,
  foldDiacritics,
  foldLabel,
  histogramOf,
  inDateRange,
  isBlank,
  isDateCell,
  isNonAnswer,
  isOmitted,
  labelScales,
  labelTableOf,
  maybeColumnsText,
  meanOf,
  meanOfCounts,
  numberChoice,
  numberInText,
  numberedAnswer,
  orderProvedBy,
  placeOf,
  problemIn,
  proposeReferralAnswers,
  rangeForScan,
  rangeOf,
  readAt,
  readDate,
  readFlag,
  readNumber,
  readReferralFlag,
  readScore,
  reasons,
  recordTexts,
  referralAnswersFor,
  requireSameSize,
  scaleProvedBy,
  shareAtLeast,
  shareOfCounts,
  sheetUseTexts,
  showValue,
  singleValue,
  verbalScore,
  wallOfText,
  wholeInRange,
  wholeScoreReader,
  wordChoice,
  yesShareOf
} from "./cli/chunk-DCZYCAZU.mjs";
import {
  decimalMarkOfLocale,
  isAmbiguous,
  markProvedBy,
  numberReadings
} from "./cli/chunk-ABYGTPUV.mjs";
import "./cli/chunk-YITOM5RM.mjs";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/errors.ts
var CliError = class extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
    this.name = "CliError";
  }
  exitCode;
};
var usageError = (message) => new CliError(message, 2);
var dataError = (message) => new CliError(message, 1);

// src/cli/messages.ts
var en = {
  // Usage errors (exit code 2).
  unknownCommand: (name) => `Unknown command: ${name}. Commands: detect, metrics, report (see cx-metrics --help).`,
  badOption: (detail, command) => `${detail} (see cx-metrics ${command} --help)`,
  optionNotFor: (option, command) => command ? `Option --${option} does not apply to ${command} (see cx-metrics ${command} --help)` : `Option --${option} needs a command: detect, metrics or report`,
  badPeriod: (text, forms) => `--period "${text}" is not a period. Use one of: ${forms} (all data, a year, a quarter, a month, an ISO week, any day of a Monday-to-Sunday week, or a date range with both ends included and the end not before the start)`,
  badChoice: (option, text, choices) => `--${option} must be one of ${choices.join(", ")}, not "${text}"`,
  badLocale: (text) => `--locale "${text}" is not a locale; give it as Sheets names them, e.g. vi_VN or en_US`,
  mappingFileMissing: (path) => `Mapping file not found: ${path}`,
  noGroupColumn: (by, headers) => `No mapped sheet has a field or column called "${by}". Columns: ${headers}`,
  duplicateSheet: (name) => `Two inputs hold a sheet called "${name}"; rename one file so each sheet name is unique`,
  emptyFolder: (path) => `${path} holds no .csv, .tsv, .xlsx or .parquet files`,
  // Data errors (exit code 1).
  mappingInvalid: (path, problem) => `${path}: ${problem}`,
  mappingForbiddenKey: (path, field) => `${path}: the field "${field}" is refused (names like __proto__ and constructor are never mapping fields); remove it, or save the mapping again with cx-metrics detect --out`,
  columnBeyond: (field, letter, sheet, last) => `The mapping puts "${field}" in column ${letter} of the sheet "${sheet}", which has columns only up to ${last}; fix the column in the mapping file, or save it again with cx-metrics detect --out`,
  headerBeyond: (sheet, row, rows) => `The mapping says the header of the sheet "${sheet}" is on row ${row.toLocaleString("en-US")}, but the sheet has ${rows.toLocaleString("en-US")} rows; set headerRow in the mapping file to the header's row (1 for the first row, 0 for none)`,
  mappingMigrated: (path) => `${path} holds an older mapping; using it as updated. Save it again with cx-metrics detect --out to silence this.`,
  sheetMissing: (name, sheets) => `The mapping names the sheet "${name}", which the input does not have. Sheets: ${sheets}`,
  nothingMapped: "No survey, ticket, subscription or activity columns were found, so there is nothing to compute. Check the file, or give a mapping with --mapping.",
  unexpected: (message) => `Unexpected error: ${message}. This is a fault in cx-metrics, not in your data; please report it with the command you ran (CX_METRICS_DEBUG=1 shows the details).`,
  cannotWrite: (path, why) => `Cannot write ${path}: ${why}`,
  outIsFolder: "it is a folder; name a file, e.g. --out mapping.json",
  outNoFolder: "its folder does not exist; create it first or name a file in an existing folder",
  outDenied: "permission denied; name a file in a folder you can write to",
  outOther: (code) => `the system refused (${code}); name another file`,
  // Output.
  saved: (what, path) => `${what} saved to ${path}`,
  mappingWord: "Mapping",
  reportWord: "HTML report",
  demoTitle: (title) => `(no input given: using the bundled demo workbook "${title}")`,
  headerRow: (row) => row === 0 ? "no header row" : `header row ${row}`,
  readAs: (encoding) => `read as ${encoding}`,
  datesRead: "Dates",
  familyWord: { survey: "survey answers", tickets: "support tickets", subscriptions: "subscriptions", activity: "activity" },
  columns: { field: "Field", column: "Column", header: "Header", confidence: "Confidence", samples: "Examples" },
  metricColumns: { metric: "Metric", value: "Value", n: "n", previous: "Previous", change: "Change", note: "Significance" },
  groupAll: "All",
  surveysTogether: (sheets, shared2) => `Survey answers from ${sheets.length} sheets (${sheets.map((s) => `\u201C${s}\u201D`).join(", ")}): each one's own figures` + (shared2.length ? `, and \u201CAll surveys\u201D over all their answers for ${shared2.join(", ")}.` : `; they share no question, so there is no \u201CAll surveys\u201D figure.`),
  groupColumn: "Group",
  otherCandidates: (field, chosen, others) => `${field}: column ${chosen} was chosen, but ${others.map((o) => `column ${o}`).join(", ")} could be it too. If another is the one, save the mapping (detect \u2026 --out mapping.json), change the column in it and run again with --mapping mapping.json.`,
  candidateWarning: (line) => `warning: ${line}`,
  noMetrics: "No metric has data for this period.",
  periodLine: (period, previous) => `${period} (compared with ${previous})`,
  noDataHint: (latest) => `Try --period ${latest} (the latest month with data) or --period all.`,
  coverageColumn: "Coverage",
  lostWarning: (details) => `warning: ${details}`,
  lostRefused: (count) => `${count === 1 ? "A metric" : `${count} metrics`} left out more than 5% of ${count === 1 ? "its" : "their"} cells (see the warnings above). Fix the cells named there, or run again with --accept-missing to accept the numbers as they are.`,
  dateOrderAssumed: (where, example, month, day) => `warning: ${where}: dates such as ${example} could be day first or month first, and nothing in the column says which; they were read month first (${example} as month ${month}, day ${day}). If they are day first, run again with --date-order dmy or --locale vi_VN, or save the date order in the mapping (cx-metrics detect --date-order dmy --out mapping.json).`,
  columnOfFile: (file, letter, field) => `${file}, column ${letter} (${field})`,
  dateOrderFewCells: (facts, order, count) => `warning: ${facts} If the dates are ${order === "dmy" ? "month first" : "day first"}, correct ${count === 1 ? "that cell" : "those cells"} in the file; if ${order === "dmy" ? "day first" : "month first"} is right, confirm it with --date-order ${order} (or save it in the mapping: cx-metrics detect --date-order ${order} --out mapping.json) and this warning goes.`
};
var vi = {
  unknownCommand: (name) => `L\u1EC7nh kh\xF4ng t\u1ED3n t\u1EA1i: ${name}. C\xE1c l\u1EC7nh: detect, metrics, report (xem cx-metrics --help).`,
  badOption: (detail, command) => `${detail} (xem cx-metrics ${command} --help)`,
  optionNotFor: (option, command) => command ? `T\xF9y ch\u1ECDn --${option} kh\xF4ng d\xF9ng cho l\u1EC7nh ${command} (xem cx-metrics ${command} --help)` : `T\xF9y ch\u1ECDn --${option} c\u1EA7n m\u1ED9t l\u1EC7nh: detect, metrics ho\u1EB7c report`,
  badPeriod: (text, forms) => `--period "${text}" kh\xF4ng ph\u1EA3i l\xE0 m\u1ED9t k\u1EF3. D\xF9ng m\u1ED9t trong: ${forms} (to\xE0n b\u1ED9 d\u1EEF li\u1EC7u, m\u1ED9t n\u0103m, m\u1ED9t qu\xFD, m\u1ED9t th\xE1ng, m\u1ED9t tu\u1EA7n ISO, m\u1ED9t ng\xE0y b\u1EA5t k\u1EF3 c\u1EE7a tu\u1EA7n th\u1EE9 Hai\u2013Ch\u1EE7 nh\u1EADt, ho\u1EB7c m\u1ED9t kho\u1EA3ng ng\xE0y t\xEDnh c\u1EA3 hai \u0111\u1EA7u, ng\xE0y cu\u1ED1i kh\xF4ng tr\u01B0\u1EDBc ng\xE0y \u0111\u1EA7u)`,
  badChoice: (option, text, choices) => `--${option} ph\u1EA3i l\xE0 m\u1ED9t trong ${choices.join(", ")}, kh\xF4ng ph\u1EA3i "${text}"`,
  badLocale: (text) => `--locale "${text}" kh\xF4ng ph\u1EA3i l\xE0 m\u1ED9t ng\xF4n ng\u1EEF v\xF9ng; h\xE3y ghi nh\u01B0 Sheets ghi, vd. vi_VN ho\u1EB7c en_US`,
  mappingFileMissing: (path) => `Kh\xF4ng t\xECm th\u1EA5y t\u1EC7p \xE1nh x\u1EA1: ${path}`,
  noGroupColumn: (by, headers) => `Kh\xF4ng trang t\xEDnh n\xE0o \u0111\u01B0\u1EE3c \xE1nh x\u1EA1 c\xF3 tr\u01B0\u1EDDng ho\u1EB7c c\u1ED9t "${by}". C\xE1c c\u1ED9t: ${headers}`,
  duplicateSheet: (name) => `Hai \u0111\u1EA7u v\xE0o c\xF9ng c\xF3 trang t\xEDnh "${name}"; h\xE3y \u0111\u1ED5i t\xEAn m\u1ED9t t\u1EC7p \u0111\u1EC3 m\u1ED7i t\xEAn l\xE0 duy nh\u1EA5t`,
  emptyFolder: (path) => `${path} kh\xF4ng c\xF3 t\u1EC7p .csv, .tsv, .xlsx hay .parquet n\xE0o`,
  mappingInvalid: (path, problem) => `${path}: ${problem}`,
  mappingForbiddenKey: (path, field) => `${path}: tr\u01B0\u1EDDng "${field}" b\u1ECB t\u1EEB ch\u1ED1i (t\xEAn nh\u01B0 __proto__ v\xE0 constructor kh\xF4ng bao gi\u1EDD l\xE0 tr\u01B0\u1EDDng \xE1nh x\u1EA1); h\xE3y x\xF3a n\xF3, ho\u1EB7c l\u01B0u l\u1EA1i \xE1nh x\u1EA1 b\u1EB1ng cx-metrics detect --out`,
  columnBeyond: (field, letter, sheet, last) => `\xC1nh x\u1EA1 \u0111\u1EB7t "${field}" \u1EDF c\u1ED9t ${letter} c\u1EE7a trang t\xEDnh "${sheet}", nh\u01B0ng trang ch\u1EC9 c\xF3 c\u1ED9t \u0111\u1EBFn ${last}; h\xE3y s\u1EEDa c\u1ED9t trong t\u1EC7p \xE1nh x\u1EA1, ho\u1EB7c l\u01B0u l\u1EA1i b\u1EB1ng cx-metrics detect --out`,
  headerBeyond: (sheet, row, rows) => `\xC1nh x\u1EA1 n\xF3i ti\xEAu \u0111\u1EC1 c\u1EE7a trang t\xEDnh "${sheet}" \u1EDF h\xE0ng ${row.toLocaleString("vi-VN")}, nh\u01B0ng trang ch\u1EC9 c\xF3 ${rows.toLocaleString("vi-VN")} h\xE0ng; h\xE3y \u0111\u1EB7t headerRow trong t\u1EC7p \xE1nh x\u1EA1 l\xE0 h\xE0ng ti\xEAu \u0111\u1EC1 (1 cho h\xE0ng \u0111\u1EA7u, 0 n\u1EBFu kh\xF4ng c\xF3)`,
  mappingMigrated: (path) => `${path} ch\u1EE9a \xE1nh x\u1EA1 phi\xEAn b\u1EA3n c\u0169; \u0111ang d\xF9ng b\u1EA3n \u0111\xE3 c\u1EADp nh\u1EADt. L\u01B0u l\u1EA1i b\u1EB1ng cx-metrics detect --out \u0111\u1EC3 t\u1EAFt th\xF4ng b\xE1o n\xE0y.`,
  sheetMissing: (name, sheets) => `\xC1nh x\u1EA1 n\xEAu trang t\xEDnh "${name}", nh\u01B0ng \u0111\u1EA7u v\xE0o kh\xF4ng c\xF3. C\xE1c trang t\xEDnh: ${sheets}`,
  nothingMapped: "Kh\xF4ng t\xECm th\u1EA5y c\u1ED9t kh\u1EA3o s\xE1t, y\xEAu c\u1EA7u h\u1ED7 tr\u1EE3, thu\xEA bao hay ho\u1EA1t \u0111\u1ED9ng n\xE0o n\xEAn kh\xF4ng c\xF3 g\xEC \u0111\u1EC3 t\xEDnh. H\xE3y ki\u1EC3m tra t\u1EC7p, ho\u1EB7c \u0111\u01B0a \xE1nh x\u1EA1 b\u1EB1ng --mapping.",
  unexpected: (message) => `L\u1ED7i ngo\xE0i d\u1EF1 ki\u1EBFn: ${message}. \u0110\xE2y l\xE0 l\u1ED7i c\u1EE7a cx-metrics, kh\xF4ng ph\u1EA3i c\u1EE7a d\u1EEF li\u1EC7u; h\xE3y b\xE1o l\u1ED7i k\xE8m l\u1EC7nh \u0111\xE3 ch\u1EA1y (CX_METRICS_DEBUG=1 cho xem chi ti\u1EBFt).`,
  cannotWrite: (path, why) => `Kh\xF4ng ghi \u0111\u01B0\u1EE3c ${path}: ${why}`,
  outIsFolder: "\u0111\xF3 l\xE0 m\u1ED9t th\u01B0 m\u1EE5c; h\xE3y n\xEAu m\u1ED9t t\u1EC7p, vd. --out mapping.json",
  outNoFolder: "th\u01B0 m\u1EE5c ch\u1EE9a n\xF3 kh\xF4ng t\u1ED3n t\u1EA1i; h\xE3y t\u1EA1o tr\u01B0\u1EDBc ho\u1EB7c n\xEAu m\u1ED9t t\u1EC7p trong th\u01B0 m\u1EE5c c\xF3 s\u1EB5n",
  outDenied: "kh\xF4ng c\xF3 quy\u1EC1n; h\xE3y n\xEAu m\u1ED9t t\u1EC7p trong th\u01B0 m\u1EE5c b\u1EA1n ghi \u0111\u01B0\u1EE3c",
  outOther: (code) => `h\u1EC7 th\u1ED1ng t\u1EEB ch\u1ED1i (${code}); h\xE3y n\xEAu t\u1EC7p kh\xE1c`,
  saved: (what, path) => `\u0110\xE3 l\u01B0u ${what} v\xE0o ${path}`,
  mappingWord: "\xE1nh x\u1EA1",
  reportWord: "b\xE1o c\xE1o HTML",
  demoTitle: (title) => `(kh\xF4ng c\xF3 \u0111\u1EA7u v\xE0o: d\xF9ng s\u1ED5 t\xEDnh m\u1EABu \u0111i k\xE8m "${title}")`,
  headerRow: (row) => row === 0 ? "kh\xF4ng c\xF3 h\xE0ng ti\xEAu \u0111\u1EC1" : `h\xE0ng ti\xEAu \u0111\u1EC1 ${row}`,
  readAs: (encoding) => `\u0111\u1ECDc theo b\u1EA3ng m\xE3 ${encoding}`,
  datesRead: "Ng\xE0y th\xE1ng",
  familyWord: { survey: "c\xE2u tr\u1EA3 l\u1EDDi kh\u1EA3o s\xE1t", tickets: "y\xEAu c\u1EA7u h\u1ED7 tr\u1EE3", subscriptions: "thu\xEA bao", activity: "ho\u1EA1t \u0111\u1ED9ng" },
  columns: { field: "Tr\u01B0\u1EDDng", column: "C\u1ED9t", header: "Ti\xEAu \u0111\u1EC1", confidence: "\u0110\u1ED9 tin c\u1EADy", samples: "V\xED d\u1EE5" },
  metricColumns: { metric: "Ch\u1EC9 s\u1ED1", value: "Gi\xE1 tr\u1ECB", n: "n", previous: "K\u1EF3 tr\u01B0\u1EDBc", change: "Thay \u0111\u1ED5i", note: "\xDD ngh\u0129a th\u1ED1ng k\xEA" },
  groupAll: "T\u1EA5t c\u1EA3",
  surveysTogether: (sheets, shared2) => `C\xE2u tr\u1EA3 l\u1EDDi kh\u1EA3o s\xE1t t\u1EEB ${sheets.length} trang (${sheets.map((s) => `\u201C${s}\u201D`).join(", ")}): s\u1ED1 li\u1EC7u ri\xEAng c\u1EE7a t\u1EEBng trang` + (shared2.length ? `, v\xE0 \u201CT\u1EA5t c\u1EA3 kh\u1EA3o s\xE1t\u201D tr\xEAn m\u1ECDi c\xE2u tr\u1EA3 l\u1EDDi cho ${shared2.join(", ")}.` : `; c\xE1c trang kh\xF4ng c\xF3 c\xE2u h\u1ECFi chung, n\xEAn kh\xF4ng c\xF3 s\u1ED1 li\u1EC7u \u201CT\u1EA5t c\u1EA3 kh\u1EA3o s\xE1t\u201D.`),
  groupColumn: "Nh\xF3m",
  otherCandidates: (field, chosen, others) => `${field}: \u0111\xE3 ch\u1ECDn c\u1ED9t ${chosen}, nh\u01B0ng ${others.map((o) => `c\u1ED9t ${o}`).join(", ")} c\u0169ng c\xF3 th\u1EC3 l\xE0 tr\u01B0\u1EDDng n\xE0y. N\u1EBFu \u0111\xFAng l\xE0 c\u1ED9t kh\xE1c, h\xE3y l\u01B0u \xE1nh x\u1EA1 (detect \u2026 --out mapping.json), s\u1EEDa c\u1ED9t trong \u0111\xF3 r\u1ED3i ch\u1EA1y l\u1EA1i v\u1EDBi --mapping mapping.json.`,
  candidateWarning: (line) => `c\u1EA3nh b\xE1o: ${line}`,
  noMetrics: "Kh\xF4ng ch\u1EC9 s\u1ED1 n\xE0o c\xF3 d\u1EEF li\u1EC7u trong k\u1EF3 n\xE0y.",
  periodLine: (period, previous) => `${period} (so v\u1EDBi ${previous})`,
  noDataHint: (latest) => `Th\u1EED --period ${latest} (th\xE1ng g\u1EA7n nh\u1EA5t c\xF3 d\u1EEF li\u1EC7u) ho\u1EB7c --period all.`,
  coverageColumn: "\u0110\u1ED9 ph\u1EE7",
  lostWarning: (details) => `c\u1EA3nh b\xE1o: ${details}`,
  lostRefused: (count) => `${count === 1 ? "M\u1ED9t ch\u1EC9 s\u1ED1" : `${count} ch\u1EC9 s\u1ED1`} b\u1ECF qua h\u01A1n 5% s\u1ED1 \xF4 (xem c\u1EA3nh b\xE1o \u1EDF tr\xEAn). H\xE3y s\u1EEDa c\xE1c \xF4 \u0111\u01B0\u1EE3c n\xEAu, ho\u1EB7c ch\u1EA1y l\u1EA1i v\u1EDBi --accept-missing \u0111\u1EC3 ch\u1EA5p nh\u1EADn c\xE1c con s\u1ED1 nh\u01B0 hi\u1EC7n c\xF3.`,
  dateOrderAssumed: (where, example, month, day) => `c\u1EA3nh b\xE1o: ${where}: ng\xE0y nh\u01B0 ${example} c\xF3 th\u1EC3 \u0111\u1ECDc ng\xE0y tr\u01B0\u1EDBc th\xE1ng ho\u1EB7c th\xE1ng tr\u01B0\u1EDBc ng\xE0y, v\xE0 kh\xF4ng c\xF3 g\xEC trong c\u1ED9t cho bi\u1EBFt c\xE1ch n\xE0o; ch\xFAng \u0111\xE3 \u0111\u01B0\u1EE3c \u0111\u1ECDc th\xE1ng tr\u01B0\u1EDBc ng\xE0y (${example} l\xE0 th\xE1ng ${month}, ng\xE0y ${day}). N\u1EBFu ng\xE0y \u0111\u1EE9ng tr\u01B0\u1EDBc, h\xE3y ch\u1EA1y l\u1EA1i v\u1EDBi --date-order dmy ho\u1EB7c --locale vi_VN, ho\u1EB7c l\u01B0u th\u1EE9 t\u1EF1 ng\xE0y trong \xE1nh x\u1EA1 (cx-metrics detect --date-order dmy --out mapping.json).`,
  columnOfFile: (file, letter, field) => `${file}, c\u1ED9t ${letter} (${field})`,
  dateOrderFewCells: (facts, order, count) => `c\u1EA3nh b\xE1o: ${facts} N\u1EBFu ng\xE0y th\xE1ng th\u1EADt ra l\xE0 ${order === "dmy" ? "th\xE1ng tr\u01B0\u1EDBc ng\xE0y" : "ng\xE0y tr\u01B0\u1EDBc th\xE1ng"}, h\xE3y s\u1EEDa ${count === 1 ? "\xF4 \u0111\xF3" : "c\xE1c \xF4 \u0111\xF3"} trong t\u1EC7p; n\u1EBFu ${order === "dmy" ? "ng\xE0y tr\u01B0\u1EDBc th\xE1ng" : "th\xE1ng tr\u01B0\u1EDBc ng\xE0y"} l\xE0 \u0111\xFAng, h\xE3y x\xE1c nh\u1EADn b\u1EB1ng --date-order ${order} (ho\u1EB7c l\u01B0u trong \xE1nh x\u1EA1: cx-metrics detect --date-order ${order} --out mapping.json) v\xE0 c\u1EA3nh b\xE1o n\xE0y s\u1EBD kh\xF4ng c\xF2n.`
};
function cliMessages(lang) {
  return lang === "vi" ? vi : en;
}
var GLOBAL_OPTIONS_EN = `Input:
  FILE_OR_SHEET      a .csv/.tsv/.xlsx/.parquet file, a folder of them (one sheet per file), several files,
                     or a Google Sheet id or URL. Without one: the bundled demo workbook.
Global options:
  --credentials KEY  service-account key file (JSON) for Google Sheets; default: application default credentials
  --time-zone ZONE   IANA zone for dates in files (e.g. Asia/Ho_Chi_Minh); default UTC. Google Sheets use their own.
  --locale L         the files' locale (vi_VN, en_US): day or month first, decimal comma or point, for
                     columns whose values do not show it. Google Sheets use their own.
  --lang en|vi       language of the output (default en)
  --progress         show a progress bar on stderr even when it is not a terminal
  -h, --help         this help;  -V, --version  the version`;
var GLOBAL_OPTIONS_VI = `\u0110\u1EA7u v\xE0o:
  FILE_OR_SHEET      t\u1EC7p .csv/.tsv/.xlsx/.parquet, m\u1ED9t th\u01B0 m\u1EE5c ch\u1EE9a ch\xFAng (m\u1ED7i t\u1EC7p m\u1ED9t trang t\xEDnh), nhi\u1EC1u t\u1EC7p,
                     ho\u1EB7c id/URL c\u1EE7a Google Sheet. Kh\xF4ng c\xF3: s\u1ED5 t\xEDnh m\u1EABu \u0111i k\xE8m.
T\xF9y ch\u1ECDn chung:
  --credentials KEY  t\u1EC7p kh\xF3a t\xE0i kho\u1EA3n d\u1ECBch v\u1EE5 (JSON) cho Google Sheets; m\u1EB7c \u0111\u1ECBnh: th\xF4ng tin x\xE1c th\u1EF1c m\u1EB7c \u0111\u1ECBnh
  --time-zone ZONE   m\xFAi gi\u1EDD IANA cho ng\xE0y th\xE1ng trong t\u1EC7p (vd. Asia/Ho_Chi_Minh); m\u1EB7c \u0111\u1ECBnh UTC
  --locale L         ng\xF4n ng\u1EEF v\xF9ng c\u1EE7a t\u1EC7p (vi_VN, en_US): ng\xE0y hay th\xE1ng tr\u01B0\u1EDBc, d\u1EA5u ph\u1EA9y hay ch\u1EA5m th\u1EADp ph\xE2n,
                     cho c\xE1c c\u1ED9t m\xE0 gi\xE1 tr\u1ECB kh\xF4ng cho bi\u1EBFt. Google Sheets d\xF9ng c\u1EE7a ch\xEDnh n\xF3.
  --lang en|vi       ng\xF4n ng\u1EEF \u0111\u1EA7u ra (m\u1EB7c \u0111\u1ECBnh en)
  --progress         hi\u1EC7n thanh ti\u1EBFn \u0111\u1ED9 tr\xEAn stderr k\u1EC3 c\u1EA3 khi kh\xF4ng ph\u1EA3i terminal
  -h, --help         tr\u1EE3 gi\xFAp n\xE0y;  -V, --version  phi\xEAn b\u1EA3n`;
var DATE_ORDER_EN = `  --date-order O     dmy or mdy: day first (13/10/2026) or month first (10/13/2026) for dates whose
                     values do not show it (none above 12); saved in the mapping`;
var DATE_ORDER_VI = `  --date-order O     dmy ho\u1EB7c mdy: ng\xE0y tr\u01B0\u1EDBc (13/10/2026) hay th\xE1ng tr\u01B0\u1EDBc (10/13/2026) cho ng\xE0y th\xE1ng m\xE0
                     gi\xE1 tr\u1ECB kh\xF4ng cho bi\u1EBFt (kh\xF4ng s\u1ED1 n\xE0o l\u1EDBn h\u01A1n 12); \u0111\u01B0\u1EE3c l\u01B0u trong \xE1nh x\u1EA1`;
var HELP = {
  en: {
    main: `cx-metrics: customer-experience metrics from CSV, XLSX or Google Sheets

Usage: cx-metrics <command> [FILE_OR_SHEET...] [options]

Commands:
  detect    find the columns (the sidebar's detection) and print or save the mapping
  metrics   the period's metrics as a table, JSON or CSV, overall or by segment
  report    the monthly report as the email carries it: text to stdout, HTML to a file

${GLOBAL_OPTIONS_EN}

Exit codes: 0 ok, 1 a problem with the data, 2 the command was used wrongly.`,
    detect: `Usage: cx-metrics detect [FILE_OR_SHEET...] [--out mapping.json]

Finds which column holds which field, as the add-on's wizard does, and prints it.
  --out FILE         save the mapping as JSON (for metrics/report --mapping)
${DATE_ORDER_EN}

${GLOBAL_OPTIONS_EN}`,
    metrics: `Usage: cx-metrics metrics [FILE_OR_SHEET...] [options]

The period's metrics, computed exactly as the add-on's report computes them.
  --mapping FILE     use a saved mapping instead of detecting the columns
  --period P         all, 2026 (a year), 2026-Q3, 2026-10, 2026-W41 or any day of that week,
                     2026-09-01..2026-10-31 (both ends included); default: the latest complete
                     month with data (all when nothing is dated)
  --accept-missing   exit 0 even when a metric left out more than 5% of its cells
  --by NAME          one row per group: a field (segment) or a column header (Channel)
  --format F         table (default), json (stable keys, sorted, unrounded) or csv
${DATE_ORDER_EN}

JSON: { by, dataRanges: [{ sheet, first, last }], groups?: [{ group, rows, metrics }], metrics: [{ id,
unit, higherIsBetter, scale, n, value, previous: { n, value } | null, change, test, pValue,
significant, lowN, coverage: { used, lostShare, leftOut: { REASON: { count, places } } } }], period,
previousPeriod, source: { title, timeZone }, version }

Cells left out are counted per metric by reason, with the first places (sheet cells or file lines);
a metric that lost more than 5% of its non-blank cells is warned about on stderr and makes the
command exit 1 (after printing) unless --accept-missing is given.

${GLOBAL_OPTIONS_EN}`,
    report: `Usage: cx-metrics report [FILE_OR_SHEET...] [options]

The report the add-on emails: the plain text goes to stdout.
  --out FILE         also write the HTML version to FILE
  --mapping FILE     use a saved mapping instead of detecting the columns
  --period P         as for metrics: all, 2026, 2026-Q3, 2026-10, 2026-W41, 2026-09-01..2026-10-31;
                     default: the latest complete month with data
  --accept-missing   exit 0 even when a metric left out more than 5% of its cells
${DATE_ORDER_EN}

${GLOBAL_OPTIONS_EN}`
  },
  vi: {
    main: `cx-metrics: ch\u1EC9 s\u1ED1 tr\u1EA3i nghi\u1EC7m kh\xE1ch h\xE0ng t\u1EEB CSV, XLSX ho\u1EB7c Google Sheets

C\xE1ch d\xF9ng: cx-metrics <l\u1EC7nh> [FILE_OR_SHEET...] [t\xF9y ch\u1ECDn]

L\u1EC7nh:
  detect    t\xECm c\xE1c c\u1ED9t (nh\u01B0 tr\xECnh h\u01B0\u1EDBng d\u1EABn c\u1EE7a ti\u1EC7n \xEDch) v\xE0 in ho\u1EB7c l\u01B0u \xE1nh x\u1EA1
  metrics   c\xE1c ch\u1EC9 s\u1ED1 c\u1EE7a k\u1EF3 d\u01B0\u1EDBi d\u1EA1ng b\u1EA3ng, JSON ho\u1EB7c CSV, t\u1ED5ng ho\u1EB7c theo ph\xE2n kh\xFAc
  report    b\xE1o c\xE1o nh\u01B0 trong email: v\u0103n b\u1EA3n ra stdout, HTML ra t\u1EC7p

${GLOBAL_OPTIONS_VI}

M\xE3 tho\xE1t: 0 th\xE0nh c\xF4ng, 1 l\u1ED7i d\u1EEF li\u1EC7u, 2 d\xF9ng l\u1EC7nh sai.`,
    detect: `C\xE1ch d\xF9ng: cx-metrics detect [FILE_OR_SHEET...] [--out mapping.json]

T\xECm c\u1ED9t n\xE0o ch\u1EE9a tr\u01B0\u1EDDng n\xE0o, nh\u01B0 tr\xECnh h\u01B0\u1EDBng d\u1EABn c\u1EE7a ti\u1EC7n \xEDch, v\xE0 in ra.
  --out FILE         l\u01B0u \xE1nh x\u1EA1 d\u1EA1ng JSON (cho metrics/report --mapping)
${DATE_ORDER_VI}

${GLOBAL_OPTIONS_VI}`,
    metrics: `C\xE1ch d\xF9ng: cx-metrics metrics [FILE_OR_SHEET...] [t\xF9y ch\u1ECDn]

C\xE1c ch\u1EC9 s\u1ED1 c\u1EE7a k\u1EF3, t\xEDnh \u0111\xFAng nh\u01B0 b\xE1o c\xE1o c\u1EE7a ti\u1EC7n \xEDch.
  --mapping FILE     d\xF9ng \xE1nh x\u1EA1 \u0111\xE3 l\u01B0u thay v\xEC t\u1EF1 t\xECm c\u1ED9t
  --period P         all, 2026 (m\u1ED9t n\u0103m), 2026-Q3, 2026-10, 2026-W41 ho\u1EB7c m\u1ED9t ng\xE0y b\u1EA5t k\u1EF3 c\u1EE7a tu\u1EA7n \u0111\xF3,
                     2026-09-01..2026-10-31 (t\xEDnh c\u1EA3 hai \u0111\u1EA7u); m\u1EB7c \u0111\u1ECBnh: th\xE1ng tr\u1ECDn v\u1EB9n g\u1EA7n nh\u1EA5t
                     c\xF3 d\u1EEF li\u1EC7u (all khi kh\xF4ng c\xF3 ng\xE0y)
  --accept-missing   tho\xE1t v\u1EDBi m\xE3 0 k\u1EC3 c\u1EA3 khi m\u1ED9t ch\u1EC9 s\u1ED1 b\u1ECF qua h\u01A1n 5% s\u1ED1 \xF4
  --by NAME          m\u1ED7i nh\xF3m m\u1ED9t h\xE0ng: m\u1ED9t tr\u01B0\u1EDDng (segment) ho\u1EB7c ti\xEAu \u0111\u1EC1 c\u1ED9t (K\xEAnh)
  --format F         table (m\u1EB7c \u0111\u1ECBnh), json (kh\xF3a c\u1ED1 \u0111\u1ECBnh, s\u1EAFp x\u1EBFp, kh\xF4ng l\xE0m tr\xF2n) ho\u1EB7c csv
${DATE_ORDER_VI}

${GLOBAL_OPTIONS_VI}`,
    report: `C\xE1ch d\xF9ng: cx-metrics report [FILE_OR_SHEET...] [t\xF9y ch\u1ECDn]

B\xE1o c\xE1o ti\u1EC7n \xEDch g\u1EEDi qua email: v\u0103n b\u1EA3n ra stdout.
  --out FILE         ghi th\xEAm b\u1EA3n HTML v\xE0o FILE
  --mapping FILE     d\xF9ng \xE1nh x\u1EA1 \u0111\xE3 l\u01B0u thay v\xEC t\u1EF1 t\xECm c\u1ED9t
  --period P         nh\u01B0 l\u1EC7nh metrics: all, 2026, 2026-Q3, 2026-10, 2026-W41, 2026-09-01..2026-10-31;
                     m\u1EB7c \u0111\u1ECBnh: th\xE1ng tr\u1ECDn v\u1EB9n g\u1EA7n nh\u1EA5t c\xF3 d\u1EEF li\u1EC7u
  --accept-missing   tho\xE1t v\u1EDBi m\xE3 0 k\u1EC3 c\u1EA3 khi m\u1ED9t ch\u1EC9 s\u1ED1 b\u1ECF qua h\u01A1n 5% s\u1ED1 \xF4
${DATE_ORDER_VI}

${GLOBAL_OPTIONS_VI}`
  }
};
function helpText(lang, topic) {
  return HELP[lang][topic] + "\n";
}

// src/cli/args.ts
var COMMANDS = ["detect", "metrics", "report"];
var FORMATS = ["table", "json", "csv"];
var LANGS = ["en", "vi"];
var DATE_ORDERS = ["dmy", "mdy"];
var OPTIONS = {
  credentials: { type: "string" },
  "time-zone": { type: "string" },
  locale: { type: "string" },
  lang: { type: "string" },
  progress: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
  out: { type: "string", short: "o" },
  mapping: { type: "string", short: "m" },
  period: { type: "string", short: "p" },
  by: { type: "string" },
  format: { type: "string", short: "f" },
  "date-order": { type: "string" },
  "accept-missing": { type: "boolean" }
};
var GLOBAL = ["credentials", "time-zone", "locale", "lang", "progress", "help", "version"];
var OWN = {
  detect: ["out", "date-order"],
  metrics: ["mapping", "period", "by", "format", "date-order", "accept-missing"],
  report: ["mapping", "period", "out", "date-order", "accept-missing"]
};
function langOf(argv) {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? void 0 : argv[i].includes("=") ? argv[i].slice("--lang=".length) : argv[i + 1];
  return value === "vi" ? "vi" : "en";
}
function parseCliArgs(argv) {
  const m = cliMessages(langOf(argv));
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(m.badOption(error.message.split(". ")[0], guessCommand(argv)));
  }
  const { values, positionals } = parsed;
  const [first, ...inputs] = positionals;
  let command;
  if (first !== void 0) {
    if (!COMMANDS.includes(first)) throw usageError(m.unknownCommand(first));
    command = first;
  }
  const allowed = /* @__PURE__ */ new Set([...GLOBAL, ...command ? OWN[command] : []]);
  for (const name of Object.keys(values)) {
    if (!allowed.has(name)) throw usageError(m.optionNotFor(name, command));
  }
  const choice2 = (option, text, choices, fallback) => {
    if (text === void 0) return fallback;
    if (!choices.includes(text)) throw usageError(m.badChoice(option, text, choices));
    return text;
  };
  return {
    command,
    inputs,
    lang: choice2("lang", values.lang, LANGS, "en"),
    help: values.help ?? false,
    version: values.version ?? false,
    progress: values.progress ?? false,
    credentials: values.credentials,
    timeZone: values["time-zone"],
    locale: localeOf(values.locale, m),
    out: values.out,
    mapping: values.mapping,
    period: values.period,
    by: values.by,
    format: choice2("format", values.format, FORMATS, "table"),
    dateOrder: choice2("date-order", values["date-order"], DATE_ORDERS, void 0),
    acceptMissing: values["accept-missing"] ?? false
  };
}
function localeOf(text, m) {
  if (text === void 0) return void 0;
  if (/^[a-z]{2,3}([_-][A-Za-z]{2}|[_-][A-Za-z]{4}([_-][A-Za-z]{2})?)?$/.test(text.trim())) return text.trim();
  throw usageError(m.badLocale(text));
}
function guessCommand(argv) {
  return argv.find((a) => COMMANDS.includes(a)) ?? "";
}

// src/cells/packed.ts
function isPacked(cells) {
  return !Array.isArray(cells) && typeof cells.readEach === "function";
}
var DATE_CODE = 0;
var NUMBER_CODE = 1;
function cellAt(cells, i) {
  return isPacked(cells) ? cells.at(i) : cells[i];
}
function cellsOf(cells) {
  if (!isPacked(cells)) return cells;
  const out = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = cells.at(i);
  return out;
}
function mapCells(cells, f) {
  if (!isPacked(cells)) return cells.map((cell, i) => f(cell, i));
  const out = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = f(cells.at(i), i);
  return out;
}

// src/cells/decide.ts
var FEW_PROOF_SHARE = 0.1;
var MAX_PROOFS = 3;
function restsOnFewCells(decision) {
  const tally = decision.tally;
  if (decision.by !== "values" || decision.conflict || !tally || tally.confirmed) return false;
  return tally.proving < FEW_PROOF_SHARE * tally.moved && 2 * tally.moved > tally.proving + tally.ambiguous;
}
function textsOf(cells) {
  if (isPacked(cells)) return cells.texts();
  return (visit) => {
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell === "string" && cell !== "") visit(cell, i);
    }
  };
}
function decideDateOrder(texts, locale, setting) {
  let dayFirst;
  let monthFirst;
  const tally = { dmy: 0, mdy: 0, ambiguous: 0, moved: 0, example: void 0 };
  const proofs = { dmy: [], mdy: [] };
  texts((text, index, weight = 1) => {
    if (dayFirst && monthFirst) return;
    const parts = dateText(text);
    if (parts?.kind !== "dayMonth") return;
    const proved = orderProvedBy(parts);
    if (proved) {
      tally[proved] += weight;
      if (proofs[proved].length < MAX_PROOFS) proofs[proved].push({ text: text.trim(), index });
      if (proved === "dmy") dayFirst ??= proofs.dmy[0];
      else monthFirst ??= proofs.mdy[0];
    } else if (parts.first <= 12 && parts.second <= 12) {
      tally.ambiguous += weight;
      if (parts.first !== parts.second) {
        tally.moved += weight;
        tally.example ??= { text: text.trim(), index };
      }
    }
  });
  if (dayFirst && monthFirst) {
    const first = dayFirst.index < monthFirst.index ? "dmy" : "mdy";
    return { order: first, by: "values", evidence: first === "dmy" ? dayFirst : monthFirst, conflict: { dayFirst, monthFirst } };
  }
  if (dayFirst || monthFirst) {
    const order = dayFirst ? "dmy" : "mdy";
    const { ambiguous, moved, example } = tally;
    return { order, by: "values", evidence: dayFirst ?? monthFirst, tally: { proving: tally[order], proofs: proofs[order], ambiguous, moved, ...example ? { example } : {}, confirmed: setting === order } };
  }
  if (setting) return { order: setting, by: "setting", source: setting };
  if (locale) return { order: dateOrderOfLocale(locale), by: "locale", source: locale };
  return { order: "mdy", by: "default" };
}
function bothOrdersProblem(conflict, where) {
  const { dayFirst, monthFirst } = conflict;
  return new CellProblem(cellTexts.bothDateOrders(dayFirst.text, where(dayFirst.index), monthFirst.text, where(monthFirst.index)), "conflict");
}
function decideDecimalMark(texts, locale, setting) {
  let point;
  let comma;
  texts((text, index) => {
    if (point && comma) return;
    const readings = numberReadings(text);
    const proved = readings && markProvedBy(readings);
    if (proved === "." && /\d[.,]\d/.test(text)) point ??= { text: text.trim(), index };
    else if (proved === ",") comma ??= { text: text.trim(), index };
  });
  if (point && comma) {
    const first = point.index < comma.index ? "." : ",";
    return { mark: first, by: "values", evidence: first === "." ? point : comma, conflict: { point, comma } };
  }
  if (point || comma) return { mark: point ? "." : ",", by: "values", evidence: point ?? comma };
  if (setting) return { mark: setting, by: "setting", source: setting };
  if (locale) return { mark: decimalMarkOfLocale(locale), by: "locale", source: locale };
  return { mark: ".", by: "default" };
}
function bothMarksProblem(conflict, where) {
  const { point, comma } = conflict;
  return new CellProblem(cellTexts.bothDecimalMarks(point.text, where(point.index), comma.text, where(comma.index)), "conflict");
}

// src/report/format.ts
function formatNumber(value, lang, decimals = 0) {
  if (!Number.isFinite(value)) return "\u2013";
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const group = lang === "vi" ? "." : ",";
  const point = lang === "vi" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = value < 0 && Number(fixed) !== 0;
  return (negative ? "\u2212" : "") + grouped + (fraction ? point + fraction : "");
}
function formatCompact(value, lang, maxDecimals = 2) {
  const decimals = Math.max(0, Math.min(maxDecimals, (String(Number(value.toFixed(maxDecimals))).split(".")[1] ?? "").length));
  return formatNumber(value, lang, decimals);
}
function formatSigned(value, lang, decimals) {
  const text = formatNumber(value, lang, decimals);
  return text.startsWith("\u2212") || Number(Math.abs(value).toFixed(decimals)) === 0 ? text : "+" + text;
}
function formatP(p, lang) {
  if (p < 1e-3) return `p < ${formatNumber(1e-3, lang, 3)}`;
  return `p = ${formatNumber(p, lang, p < 0.01 ? 3 : 2)}`;
}
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
  "=": "&#61;"
};
function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"'`=]/g, (ch) => HTML_ESCAPES[ch]);
}
function safeHttpUrl(url) {
  if (typeof url !== "string") return void 0;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s"'<>`\\]+$/i.test(trimmed) ? trimmed : void 0;
}
var BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function cutText(text, max) {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1])) end--;
  return text.slice(0, end) + "\u2026";
}
function cleanText(text, max) {
  const clean = String(text ?? "").replace(BIDI_CONTROLS, "").replace(LONE_SURROGATE, "");
  const cut = cutText(clean, max);
  return { text: cut, shortened: cut !== clean };
}
function oneLine(text, max = 300) {
  const flat = String(text ?? "").replace(BIDI_CONTROLS, "").replace(LONE_SURROGATE, "").replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return cutText(flat, max);
}

// src/report/stage-names.ts
var STAGE_NAMES_EN = {
  awareness: "Awareness",
  consideration: "Consideration",
  purchase: "Purchase",
  retention: "Retention",
  advocacy: "Advocacy"
};
var STAGE_NAMES_VI = {
  awareness: "Nh\u1EADn th\u1EE9c",
  consideration: "C\xE2n nh\u1EAFc",
  purchase: "Mua",
  retention: "Gi\u1EEF ch\xE2n",
  advocacy: "\u1EE6ng h\u1ED9"
};

// src/report/messages.ts
var en2 = {
  title: "Customer experience report",
  monthName: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  monthPeriod: (month, year) => `${month} ${year}`,
  weekPeriod: (start, end) => `Week of ${start} \u2013 ${end}`,
  shortDate: (y, m, d) => `${d} ${en2.monthName[m - 1].slice(0, 3)} ${y}`,
  comparedWith: (previous) => `compared with ${previous}`,
  keyMetrics: "Key metrics",
  allSurveys: "All surveys",
  metric: {
    NPS: "Net Promoter Score (NPS)",
    CSAT: "Satisfaction (CSAT)",
    CSAT_AVG: "Average satisfaction",
    CES: "Ease of service (CES)",
    FCR: "First contact resolution (FCR)",
    ART: "Average resolution time (ART)",
    REFERRAL_RATE: "Referral rate",
    TRIAL_CONVERSION: "Trial conversion",
    CHURN: "Customer churn",
    RETENTION: "Customer retention",
    ACTIVE_USERS: "Monthly active users (MAU)",
    STICKINESS: "Stickiness (DAU/MAU)",
    COHORT_MONTH_1: "Month-1 retention (last month's new customers)",
    COHORT_MONTH_3: "Month-3 retention (new customers of 3 months ago)"
  },
  weeklyActiveUsers: "Weekly active users (WAU)",
  hours: "h",
  outOf: (scale) => `/ ${scale}`,
  previousValue: (value) => `before: ${value}`,
  typicalValue: (value, periods, kind) => `typical: ${value} (median of ${periods} ${{ week: "weeks", quarter: "quarters", year: "years", range: "periods of the same length" }[kind] ?? "months"})`,
  unusualNow: (better) => better ? "unusually good: better than its usual range" : "unusually weak: worse than its usual range",
  backToUsual: (better) => `back to its usual level after ${better ? "an unusually good" : "a weak"} period`,
  lastYearValue: (period, value, change) => `a year earlier (${period}): ${value}${change ? `, ${change}` : ""}`,
  likelyReal: "likely a real change",
  couldBeChance: "could be chance",
  countNoTest: "change only (counts are not tested)",
  /** Unit of an NPS change, and of a rate's change in percentage points. */
  npsPoints: "points",
  ratePoints: "points",
  tooFew: (now, before2, min) => `Too few to compare: n = ${now} now and ${before2} before; a change means something from ${min} each.`,
  noPrevious: "No data in the period before, so no change to show.",
  noCurrent: "No data in this period.",
  legend: (min) => `\u25B2\u25BC show the change from the period before. \u201CLikely a real change\u201D means p < 0.05 by the test named below; \u201Ccould be chance\u201D means the change is within what chance alone often gives. Changes are shown only with at least ${min} observations in each period. Rate changes are in percentage points.`,
  footnote: "How changes were tested",
  testName: {
    "nps-difference": "z-test on the NPS difference",
    "two-proportion": "two-proportion z-test",
    welch: "Welch's t-test",
    none: "counts are not tested"
  },
  testLine: (metric, test, p) => `${metric}: ${test}, ${p}`,
  trends: (count, kind) => `Trend, last ${count} ${kind === "month" ? "months" : "weeks"}`,
  trendNoData: "no data",
  trendLine: (count, kind, first, last, low, high) => `${count} ${{ week: "weeks", quarter: "quarters", year: "years", range: "periods", all: "period" }[kind] ?? "months"}: ${first} \u2192 ${last}; low ${low}, high ${high}`,
  npsBreakdown: "NPS breakdown",
  promoters: "Promoters (9\u201310)",
  passives: "Passives (7\u20138)",
  detractors: "Detractors (0\u20136)",
  responses: (n) => `${n} responses`,
  segments: "Best and worst segments",
  best: "Best",
  worst: "Worst",
  segmentsNote: (min) => `Ranked only with at least ${min} observations in the period; \u201Clikely between\u201D is the 95% interval.`,
  segmentValue: (name, value, low, high, n) => `${name}: ${value}, likely between ${low} and ${high} (n = ${n})`,
  tooFewToRank: (min, shown, more) => `Too few to rank (under ${min}): ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
  cannotRank: "Fewer than two segments have enough observations to rank.",
  onlySegment: (segment) => `Only one segment has enough observations, so none is ranked. ${segment}.`,
  newDetractors: "New detractors",
  detractorCount: (count) => `${count} detractor answers (score 0\u20136) this period.`,
  noDetractorComments: "None of them left a comment.",
  moreComments: (n) => `${n} more ${n === "1" ? "comment is" : "comments are"} in the sheet.`,
  seeAllInSheet: "See them all in the sheet",
  commentsShortened: (n, max) => `${n} ${n === 1 ? "comment was" : "comments were"} shortened to ${max} characters; the sheet has ${n === 1 ? "it" : "them"} in full.`,
  commentsLeftOut: (n) => `${n} ${n === 1 ? "comment was" : "comments were"} left out to keep this email within the mail size limit; the sheet has ${n === 1 ? "it" : "them"}.`,
  score: "score",
  funnel: "Customer journey",
  stage: STAGE_NAMES_EN,
  customers: (n) => `${n} customers`,
  fromPrevious: (share2) => `${share2} of the stage before`,
  unmatchedStages: (n) => `${n} rows name no known stage and are left out.`,
  maturity: "CX maturity",
  maturityLevel: (level, name) => `Level ${level} of 5: ${name}`,
  maturityNone: "Not yet at level 1",
  maturityWhy: "Why",
  maturityNext: (name) => `To reach ${name}`,
  maturityMissing: "Evidence missing",
  criterionMet: "met",
  criterionNotMet: "not met",
  criterionNoData: "no data",
  criterionTooFew: (n, min) => `too few (n = ${n}, needs ${min})`,
  measured: (value) => `measured ${value}`,
  level: {
    communication: { name: "Communication", meaning: "Customers are asked and heard: feedback is collected every period." },
    responsiveness: { name: "Responsiveness", meaning: "Problems are solved quickly, mostly on first contact." },
    commitment: { name: "Commitment", meaning: "Customers are satisfied and find the service easy." },
    proactive: { name: "Proactive", meaning: "Customers stay: churn is falling or retention is high." },
    breakthrough: { name: "Breakthrough (evolution)", meaning: "Customers recommend and bring new customers." }
  },
  responsesInPeriod: "Survey responses in the period",
  churnFalling: "Customer churn lower than the period before",
  rubricHeader: ["Level", "Name", "What it means", "Evidence (all needed unless \u201Cor\u201D)"],
  or: "or",
  rubricNote: (min) => `A level counts when its evidence and that of every level below are met. A metric is evidence once it has at least ${min} observations in the period; targets are defaults you can change in the sidebar (CES on its 7-point scale).`,
  openSpreadsheet: "Open the spreadsheet",
  problems: "Left out",
  unreadable: (column, count, row, problem) => `${column}: ${count} ${count === 1 ? "cell" : "cells"} could not be read and ${count === 1 ? "was" : "were"} left out (first at row ${row}: ${problem}).`,
  sectionFailed: (column, problem) => `${column}: ${problem}.`,
  summaryTitle: "At a glance",
  weekBefore: "week before",
  metricShort: {
    NPS: "NPS",
    CSAT: "CSAT",
    CSAT_AVG: "Average satisfaction",
    CES: "CES",
    FCR: "First contact resolution",
    ART: "Resolution time",
    CHURN: "Churn",
    RETENTION: "Retention",
    REFERRAL_RATE: "Referral rate",
    TRIAL_CONVERSION: "Trial conversion",
    ACTIVE_USERS: "Active users",
    STICKINESS: "Stickiness",
    COHORT_MONTH_1: "Month-1 retention",
    COHORT_MONTH_3: "Month-3 retention"
  },
  summaryChange: (name, up, size, value, context) => `${name} ${up ? "rose" : "fell"} ${size} to ${value} \u2014 ${context}.`,
  summaryBackToUsual: (better, previous) => `back to its usual level after ${better ? "an unusually good" : "a weak"} ${previous}`,
  summaryNowUnusual: (better, typical) => `unusually ${better ? "good" : "weak"}: its usual level is ${typical}`,
  summaryUnusual: (name, value, better, typical) => `${name} is ${value}, unusually ${better ? "good" : "weak"} against its usual ${typical}.`,
  summaryThin: (name, n) => `${name} (n\xA0=\xA0${n})`,
  summaryTooFew: (shown, more, min) => `Too few answers to judge a change: ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}; each needs ${min} in both periods.`,
  summaryCoverage: (columns) => `Some cells could not be read and were left out (${columns} ${columns === 1 ? "column" : "columns"}); the figures below do not include them. See \u201CLeft out\u201D at the end.`,
  summaryQuiet: "No change from the period before is likely real: every move is within what chance often gives.",
  summaryNothingToCompare: "No change can be judged yet: there is not enough data in both periods.",
  summaryMaturity: (level, name) => `CX maturity: level ${level} of 5, ${name}.`,
  summaryMaturityNone: "CX maturity: not yet at level 1.",
  summaryNextNotMet: (level, goal, now) => `Next step, to reach ${level}: ${goal}${now ? ` (now ${now})` : ""}.`,
  summaryNextTooFew: (level, goal, n, min) => `Next step, to reach ${level}: at least ${min} observations a period for \u201C${goal}\u201D (${n} this period).`,
  summaryNextNoData: (level, goal) => `Next step, to reach ${level}: start measuring \u201C${goal}\u201D.`,
  footer: "Sent by CX Metrics for Google Sheets.",
  quarterPeriod: (quarter, year) => `Q${quarter} ${year}`,
  yearPeriod: (year) => `${year}`,
  rangePeriod: (start, end) => `${start} \u2013 ${end}`,
  allPeriod: "All data",
  trendsOf: (count, kind) => kind === "all" ? "All data" : `Trend, last ${count} ${{ week: "weeks", month: "months", quarter: "quarters", year: "years" }[kind] ?? "periods of the same length"}`,
  dataRuns: (first, last) => `data runs ${first} \u2192 ${last}`,
  dataRunsIn: (sheet, first, last) => `${sheet}: data runs ${first} \u2192 ${last}`,
  coverageLine: (n, leftOut) => `n = ${n} \xB7 ${leftOut} left out`,
  coverageNothingLeftOut: (n) => `n = ${n} \xB7 nothing left out`,
  coverageReason: (count, reason, places) => `${count} ${reason}${places ? ` (first: ${places})` : ""}`,
  missingBanner: (metrics, total, details) => `${metrics} of ${total} metrics are missing data: ${details}`,
  metricLost: (metric, lost, share2, reasons2, count) => `${metric} left out ${lost} ${count === 1 ? "cell" : "cells"} (${share2}): ${reasons2}`,
  coverageTitle: "What the numbers are made of"
};
var vi2 = {
  title: "B\xE1o c\xE1o tr\u1EA3i nghi\u1EC7m kh\xE1ch h\xE0ng",
  monthName: ["Th\xE1ng 1", "Th\xE1ng 2", "Th\xE1ng 3", "Th\xE1ng 4", "Th\xE1ng 5", "Th\xE1ng 6", "Th\xE1ng 7", "Th\xE1ng 8", "Th\xE1ng 9", "Th\xE1ng 10", "Th\xE1ng 11", "Th\xE1ng 12"],
  monthPeriod: (month, year) => `${month}/${year}`,
  weekPeriod: (start, end) => `Tu\u1EA7n ${start} \u2013 ${end}`,
  shortDate: (y, m, d) => `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`,
  comparedWith: (previous) => `so v\u1EDBi ${previous.toLowerCase()}`,
  keyMetrics: "Ch\u1EC9 s\u1ED1 ch\xEDnh",
  allSurveys: "T\u1EA5t c\u1EA3 kh\u1EA3o s\xE1t",
  metric: {
    NPS: "Ch\u1EC9 s\u1ED1 gi\u1EDBi thi\u1EC7u (NPS)",
    CSAT: "M\u1EE9c h\xE0i l\xF2ng (CSAT)",
    CSAT_AVG: "\u0110i\u1EC3m h\xE0i l\xF2ng trung b\xECnh",
    CES: "M\u1EE9c \u0111\u1ED9 d\u1EC5 d\xE0ng (CES)",
    FCR: "Gi\u1EA3i quy\u1EBFt ngay l\u1EA7n \u0111\u1EA7u (FCR)",
    ART: "Th\u1EDDi gian gi\u1EA3i quy\u1EBFt trung b\xECnh (ART)",
    REFERRAL_RATE: "T\u1EF7 l\u1EC7 gi\u1EDBi thi\u1EC7u",
    TRIAL_CONVERSION: "Chuy\u1EC3n \u0111\u1ED5i d\xF9ng th\u1EED",
    CHURN: "T\u1EF7 l\u1EC7 r\u1EDDi b\u1ECF",
    RETENTION: "T\u1EF7 l\u1EC7 gi\u1EEF ch\xE2n",
    ACTIVE_USERS: "Ng\u01B0\u1EDDi d\xF9ng ho\u1EA1t \u0111\u1ED9ng th\xE1ng (MAU)",
    STICKINESS: "\u0110\u1ED9 g\u1EAFn b\xF3 (DAU/MAU)",
    COHORT_MONTH_1: "Gi\u1EEF ch\xE2n th\xE1ng 1 (kh\xE1ch m\u1EDBi c\u1EE7a th\xE1ng tr\u01B0\u1EDBc)",
    COHORT_MONTH_3: "Gi\u1EEF ch\xE2n th\xE1ng 3 (kh\xE1ch m\u1EDBi c\u1EE7a 3 th\xE1ng tr\u01B0\u1EDBc)"
  },
  weeklyActiveUsers: "Ng\u01B0\u1EDDi d\xF9ng ho\u1EA1t \u0111\u1ED9ng tu\u1EA7n (WAU)",
  hours: "gi\u1EDD",
  outOf: (scale) => `/ ${scale}`,
  previousValue: (value) => `k\u1EF3 tr\u01B0\u1EDBc: ${value}`,
  typicalValue: (value, periods, kind) => `th\u01B0\u1EDDng l\u1EC7: ${value} (trung v\u1ECB ${periods} ${{ week: "tu\u1EA7n", quarter: "qu\xFD", year: "n\u0103m", range: "kho\u1EA3ng c\xF9ng \u0111\u1ED9 d\xE0i" }[kind] ?? "th\xE1ng"})`,
  unusualNow: (better) => better ? "t\u1ED1t b\u1EA5t th\u01B0\u1EDDng: t\u1ED1t h\u01A1n m\u1EE9c th\u01B0\u1EDDng l\u1EC7" : "k\xE9m b\u1EA5t th\u01B0\u1EDDng: k\xE9m h\u01A1n m\u1EE9c th\u01B0\u1EDDng l\u1EC7",
  backToUsual: (better) => `tr\u1EDF l\u1EA1i m\u1EE9c th\u01B0\u1EDDng l\u1EC7 sau m\u1ED9t k\u1EF3 ${better ? "t\u1ED1t b\u1EA5t th\u01B0\u1EDDng" : "k\xE9m"}`,
  lastYearValue: (period, value, change) => `c\xF9ng k\u1EF3 n\u0103m tr\u01B0\u1EDBc (${period}): ${value}${change ? `, ${change}` : ""}`,
  likelyReal: "nhi\u1EC1u kh\u1EA3 n\u0103ng l\xE0 thay \u0111\u1ED5i th\u1EADt",
  couldBeChance: "c\xF3 th\u1EC3 ch\u1EC9 l\xE0 ng\u1EABu nhi\xEAn",
  countNoTest: "ch\u1EC9 so s\xE1nh (s\u1ED1 \u0111\u1EBFm kh\xF4ng ki\u1EC3m \u0111\u1ECBnh)",
  npsPoints: "\u0111i\u1EC3m",
  ratePoints: "\u0111i\u1EC3m %",
  tooFew: (now, before2, min) => `Qu\xE1 \xEDt \u0111\u1EC3 so s\xE1nh: n = ${now} k\u1EF3 n\xE0y v\xE0 ${before2} k\u1EF3 tr\u01B0\u1EDBc; c\u1EA7n \xEDt nh\u1EA5t ${min} m\u1ED7i k\u1EF3.`,
  noPrevious: "K\u1EF3 tr\u01B0\u1EDBc kh\xF4ng c\xF3 d\u1EEF li\u1EC7u n\xEAn ch\u01B0a c\xF3 thay \u0111\u1ED5i.",
  noCurrent: "K\u1EF3 n\xE0y kh\xF4ng c\xF3 d\u1EEF li\u1EC7u.",
  legend: (min) => `\u25B2\u25BC l\xE0 thay \u0111\u1ED5i so v\u1EDBi k\u1EF3 tr\u01B0\u1EDBc. \u201CNhi\u1EC1u kh\u1EA3 n\u0103ng l\xE0 thay \u0111\u1ED5i th\u1EADt\u201D ngh\u0129a l\xE0 p < 0,05 theo ki\u1EC3m \u0111\u1ECBnh ghi b\xEAn d\u01B0\u1EDBi; \u201Cc\xF3 th\u1EC3 ch\u1EC9 l\xE0 ng\u1EABu nhi\xEAn\u201D ngh\u0129a l\xE0 m\u1EE9c thay \u0111\u1ED5i n\u1EB1m trong kho\u1EA3ng m\xE0 may r\u1EE7i th\u01B0\u1EDDng t\u1EA1o ra. Ch\u1EC9 so s\xE1nh khi m\u1ED7i k\u1EF3 c\xF3 \xEDt nh\u1EA5t ${min} quan s\xE1t. Thay \u0111\u1ED5i c\u1EE7a t\u1EF7 l\u1EC7 t\xEDnh b\u1EB1ng \u0111i\u1EC3m ph\u1EA7n tr\u0103m (\u0111i\u1EC3m %).`,
  footnote: "C\xE1ch ki\u1EC3m \u0111\u1ECBnh c\xE1c thay \u0111\u1ED5i",
  testName: {
    "nps-difference": "ki\u1EC3m \u0111\u1ECBnh z cho ch\xEAnh l\u1EC7ch NPS",
    "two-proportion": "ki\u1EC3m \u0111\u1ECBnh z hai t\u1EF7 l\u1EC7",
    welch: "ki\u1EC3m \u0111\u1ECBnh t Welch",
    none: "s\u1ED1 \u0111\u1EBFm kh\xF4ng ki\u1EC3m \u0111\u1ECBnh"
  },
  testLine: (metric, test, p) => `${metric}: ${test}, ${p}`,
  trends: (count, kind) => `Xu h\u01B0\u1EDBng ${count} ${kind === "month" ? "th\xE1ng" : "tu\u1EA7n"} g\u1EA7n nh\u1EA5t`,
  trendNoData: "kh\xF4ng c\xF3 d\u1EEF li\u1EC7u",
  trendLine: (count, kind, first, last, low, high) => `${count} ${{ week: "tu\u1EA7n", quarter: "qu\xFD", year: "n\u0103m", range: "kho\u1EA3ng", all: "k\u1EF3" }[kind] ?? "th\xE1ng"}: ${first} \u2192 ${last}; th\u1EA5p nh\u1EA5t ${low}, cao nh\u1EA5t ${high}`,
  npsBreakdown: "C\u01A1 c\u1EA5u NPS",
  promoters: "Ng\u01B0\u1EDDi \u1EE7ng h\u1ED9 (9\u201310)",
  passives: "Ng\u01B0\u1EDDi trung l\u1EADp (7\u20138)",
  detractors: "Ng\u01B0\u1EDDi ph\u1EA3n \u0111\u1ED1i (0\u20136)",
  responses: (n) => `${n} ph\u1EA3n h\u1ED3i`,
  segments: "Nh\xF3m t\u1ED1t nh\u1EA5t v\xE0 k\xE9m nh\u1EA5t",
  best: "T\u1ED1t nh\u1EA5t",
  worst: "K\xE9m nh\u1EA5t",
  segmentsNote: (min) => `Ch\u1EC9 x\u1EBFp h\u1EA1ng nh\xF3m c\xF3 \xEDt nh\u1EA5t ${min} quan s\xE1t trong k\u1EF3; \u201Cnhi\u1EC1u kh\u1EA3 n\u0103ng trong kho\u1EA3ng\u201D l\xE0 kho\u1EA3ng tin c\u1EADy 95%.`,
  segmentValue: (name, value, low, high, n) => `${name}: ${value}, nhi\u1EC1u kh\u1EA3 n\u0103ng trong kho\u1EA3ng ${low} \u0111\u1EBFn ${high} (n = ${n})`,
  tooFewToRank: (min, shown, more) => `Qu\xE1 \xEDt \u0111\u1EC3 x\u1EBFp h\u1EA1ng (d\u01B0\u1EDBi ${min}): ${shown.join(", ")}${more > 0 ? ` v\xE0 ${more} nh\xF3m kh\xE1c` : ""}`,
  cannotRank: "Ch\u01B0a \u0111\u1EE7 hai nh\xF3m c\xF3 \u0111\u1EE7 quan s\xE1t \u0111\u1EC3 x\u1EBFp h\u1EA1ng.",
  onlySegment: (segment) => `Ch\u1EC9 m\u1ED9t nh\xF3m c\xF3 \u0111\u1EE7 quan s\xE1t n\xEAn kh\xF4ng x\u1EBFp h\u1EA1ng. ${segment}.`,
  newDetractors: "Ng\u01B0\u1EDDi ph\u1EA3n \u0111\u1ED1i m\u1EDBi",
  detractorCount: (count) => `${count} c\xE2u tr\u1EA3 l\u1EDDi ph\u1EA3n \u0111\u1ED1i (\u0111i\u1EC3m 0\u20136) trong k\u1EF3.`,
  noDetractorComments: "Kh\xF4ng ai trong s\u1ED1 h\u1ECD \u0111\u1EC3 l\u1EA1i nh\u1EADn x\xE9t.",
  moreComments: (n) => `C\xF2n ${n} nh\u1EADn x\xE9t kh\xE1c trong b\u1EA3ng t\xEDnh.`,
  seeAllInSheet: "Xem t\u1EA5t c\u1EA3 trong b\u1EA3ng t\xEDnh",
  commentsShortened: (n, max) => `${n} nh\u1EADn x\xE9t \u0111\xE3 \u0111\u01B0\u1EE3c r\xFAt g\u1ECDn c\xF2n ${max} k\xFD t\u1EF1; b\u1EA3ng t\xEDnh c\xF3 b\u1EA3n \u0111\u1EA7y \u0111\u1EE7.`,
  commentsLeftOut: (n) => `${n} nh\u1EADn x\xE9t \u0111\xE3 \u0111\u01B0\u1EE3c b\u1ECF b\u1EDBt \u0111\u1EC3 email kh\xF4ng v\u01B0\u1EE3t gi\u1EDBi h\u1EA1n dung l\u01B0\u1EE3ng; b\u1EA3ng t\xEDnh c\xF3 \u0111\u1EA7y \u0111\u1EE7.`,
  score: "\u0111i\u1EC3m",
  funnel: "H\xE0nh tr\xECnh kh\xE1ch h\xE0ng",
  stage: STAGE_NAMES_VI,
  customers: (n) => `${n} kh\xE1ch h\xE0ng`,
  fromPrevious: (share2) => `${share2} so v\u1EDBi giai \u0111o\u1EA1n tr\u01B0\u1EDBc`,
  unmatchedStages: (n) => `${n} h\xE0ng kh\xF4ng ghi giai \u0111o\u1EA1n h\u1EE3p l\u1EC7 n\xEAn b\u1ECB b\u1ECF qua.`,
  maturity: "M\u1EE9c \u0111\u1ED9 tr\u01B0\u1EDFng th\xE0nh CX",
  maturityLevel: (level, name) => `C\u1EA5p ${level}/5: ${name}`,
  maturityNone: "Ch\u01B0a \u0111\u1EA1t c\u1EA5p 1",
  maturityWhy: "V\xEC sao",
  maturityNext: (name) => `\u0110\u1EC3 \u0111\u1EA1t c\u1EA5p ${name}`,
  maturityMissing: "C\xF2n thi\u1EBFu b\u1EB1ng ch\u1EE9ng",
  criterionMet: "\u0111\u1EA1t",
  criterionNotMet: "ch\u01B0a \u0111\u1EA1t",
  criterionNoData: "kh\xF4ng c\xF3 d\u1EEF li\u1EC7u",
  criterionTooFew: (n, min) => `qu\xE1 \xEDt (n = ${n}, c\u1EA7n ${min})`,
  measured: (value) => `\u0111o \u0111\u01B0\u1EE3c ${value}`,
  level: {
    communication: { name: "Giao ti\u1EBFp", meaning: "Kh\xE1ch h\xE0ng \u0111\u01B0\u1EE3c h\u1ECFi v\xE0 l\u1EAFng nghe: ph\u1EA3n h\u1ED3i \u0111\u01B0\u1EE3c thu th\u1EADp m\u1ED7i k\u1EF3." },
    // Not "Phản hồi": that is the survey's word for a response, used a line above in the email.
    responsiveness: { name: "\u0110\xE1p \u1EE9ng", meaning: "Ph\u1EA3n \u1EE9ng nhanh: v\u1EA5n \u0111\u1EC1 \u0111\u01B0\u1EE3c gi\u1EA3i quy\u1EBFt nhanh, ph\u1EA7n l\u1EDBn ngay l\u1EA7n \u0111\u1EA7u." },
    commitment: { name: "Cam k\u1EBFt", meaning: "Kh\xE1ch h\xE0ng h\xE0i l\xF2ng v\xE0 th\u1EA5y d\u1ECBch v\u1EE5 d\u1EC5 d\xE0ng." },
    proactive: { name: "Ch\u1EE7 \u0111\u1ED9ng", meaning: "Kh\xE1ch h\xE0ng \u1EDF l\u1EA1i: t\u1EF7 l\u1EC7 r\u1EDDi b\u1ECF gi\u1EA3m ho\u1EB7c t\u1EF7 l\u1EC7 gi\u1EEF ch\xE2n cao." },
    breakthrough: { name: "\u0110\u1ED9t ph\xE1", meaning: "Kh\xE1ch h\xE0ng gi\u1EDBi thi\u1EC7u v\xE0 mang v\u1EC1 kh\xE1ch h\xE0ng m\u1EDBi." }
  },
  responsesInPeriod: "S\u1ED1 ph\u1EA3n h\u1ED3i kh\u1EA3o s\xE1t trong k\u1EF3",
  churnFalling: "T\u1EF7 l\u1EC7 r\u1EDDi b\u1ECF th\u1EA5p h\u01A1n k\u1EF3 tr\u01B0\u1EDBc",
  rubricHeader: ["C\u1EA5p", "T\xEAn", "\xDD ngh\u0129a", "B\u1EB1ng ch\u1EE9ng (c\u1EA7n t\u1EA5t c\u1EA3, tr\u1EEB khi c\xF3 \u201Cho\u1EB7c\u201D)"],
  or: "ho\u1EB7c",
  rubricNote: (min) => `M\u1ED9t c\u1EA5p \u0111\u01B0\u1EE3c t\xEDnh khi b\u1EB1ng ch\u1EE9ng c\u1EE7a n\xF3 v\xE0 c\u1EE7a m\u1ECDi c\u1EA5p th\u1EA5p h\u01A1n \u0111\u1EC1u \u0111\u1EA1t. M\u1ED9t ch\u1EC9 s\u1ED1 ch\u1EC9 l\xE0 b\u1EB1ng ch\u1EE9ng khi k\u1EF3 \u0111\xF3 c\xF3 \xEDt nh\u1EA5t ${min} quan s\xE1t; c\xE1c m\u1EE5c ti\xEAu l\xE0 m\u1EB7c \u0111\u1ECBnh, c\xF3 th\u1EC3 \u0111\u1ED5i trong thanh b\xEAn (CES tr\xEAn thang 7 \u0111i\u1EC3m).`,
  openSpreadsheet: "M\u1EDF b\u1EA3ng t\xEDnh",
  problems: "B\u1ECB b\u1ECF qua",
  unreadable: (column, count, row, problem) => `${column}: ${count} \xF4 kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c n\xEAn b\u1ECB b\u1ECF qua (\xF4 \u0111\u1EA7u ti\xEAn \u1EDF h\xE0ng ${row}: ${problem}).`,
  sectionFailed: (column, problem) => `${column}: ${problem}.`,
  summaryTitle: "T\xF3m t\u1EAFt nhanh",
  weekBefore: "tu\u1EA7n tr\u01B0\u1EDBc",
  metricShort: {
    NPS: "NPS",
    CSAT: "CSAT",
    CSAT_AVG: "\u0110i\u1EC3m h\xE0i l\xF2ng trung b\xECnh",
    CES: "CES",
    FCR: "Gi\u1EA3i quy\u1EBFt ngay l\u1EA7n \u0111\u1EA7u",
    ART: "Th\u1EDDi gian gi\u1EA3i quy\u1EBFt",
    CHURN: "T\u1EF7 l\u1EC7 r\u1EDDi b\u1ECF",
    RETENTION: "T\u1EF7 l\u1EC7 gi\u1EEF ch\xE2n",
    REFERRAL_RATE: "T\u1EF7 l\u1EC7 gi\u1EDBi thi\u1EC7u",
    TRIAL_CONVERSION: "Chuy\u1EC3n \u0111\u1ED5i d\xF9ng th\u1EED",
    ACTIVE_USERS: "Ng\u01B0\u1EDDi d\xF9ng ho\u1EA1t \u0111\u1ED9ng",
    STICKINESS: "\u0110\u1ED9 g\u1EAFn b\xF3",
    COHORT_MONTH_1: "Gi\u1EEF ch\xE2n th\xE1ng 1",
    COHORT_MONTH_3: "Gi\u1EEF ch\xE2n th\xE1ng 3"
  },
  summaryChange: (name, up, size, value, context) => `${name} ${up ? "t\u0103ng" : "gi\u1EA3m"} ${size} ${up ? "l\xEAn" : "xu\u1ED1ng"} ${value} \u2014 ${context}.`,
  summaryBackToUsual: (better, previous) => `tr\u1EDF l\u1EA1i m\u1EE9c th\u01B0\u1EDDng l\u1EC7 sau ${previous} ${better ? "t\u1ED1t b\u1EA5t th\u01B0\u1EDDng" : "k\xE9m"}`,
  summaryNowUnusual: (better, typical) => `${better ? "t\u1ED1t" : "k\xE9m"} b\u1EA5t th\u01B0\u1EDDng: m\u1EE9c th\u01B0\u1EDDng l\u1EC7 l\xE0 ${typical}`,
  summaryUnusual: (name, value, better, typical) => `${name} \u1EDF m\u1EE9c ${value}, ${better ? "t\u1ED1t" : "k\xE9m"} b\u1EA5t th\u01B0\u1EDDng so v\u1EDBi m\u1EE9c th\u01B0\u1EDDng l\u1EC7 ${typical}.`,
  summaryThin: (name, n) => `${name} (n\xA0=\xA0${n})`,
  summaryTooFew: (shown, more, min) => `Qu\xE1 \xEDt c\xE2u tr\u1EA3 l\u1EDDi \u0111\u1EC3 \u0111\xE1nh gi\xE1 thay \u0111\u1ED5i: ${shown.join(", ")}${more > 0 ? ` v\xE0 ${more} ch\u1EC9 s\u1ED1 kh\xE1c` : ""}; m\u1ED7i ch\u1EC9 s\u1ED1 c\u1EA7n \xEDt nh\u1EA5t ${min} \u1EDF c\u1EA3 hai k\u1EF3.`,
  summaryCoverage: (columns) => `M\u1ED9t s\u1ED1 \xF4 kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c n\xEAn b\u1ECB b\u1ECF qua (${columns} c\u1ED9t); c\xE1c s\u1ED1 li\u1EC7u d\u01B0\u1EDBi \u0111\xE2y kh\xF4ng t\xEDnh ch\xFAng. Xem m\u1EE5c \u201CB\u1ECB b\u1ECF qua\u201D \u1EDF cu\u1ED1i.`,
  summaryQuiet: "Kh\xF4ng c\xF3 thay \u0111\u1ED5i n\xE0o so v\u1EDBi k\u1EF3 tr\u01B0\u1EDBc nhi\u1EC1u kh\u1EA3 n\u0103ng l\xE0 th\u1EADt: m\u1ECDi bi\u1EBFn \u0111\u1ED9ng \u0111\u1EC1u n\u1EB1m trong m\u1EE9c ng\u1EABu nhi\xEAn th\u01B0\u1EDDng g\u1EB7p.",
  summaryNothingToCompare: "Ch\u01B0a \u0111\xE1nh gi\xE1 \u0111\u01B0\u1EE3c thay \u0111\u1ED5i n\xE0o: ch\u01B0a \u0111\u1EE7 d\u1EEF li\u1EC7u \u1EDF c\u1EA3 hai k\u1EF3.",
  summaryMaturity: (level, name) => `M\u1EE9c tr\u01B0\u1EDFng th\xE0nh CX: c\u1EA5p ${level}/5, ${name}.`,
  summaryMaturityNone: "M\u1EE9c tr\u01B0\u1EDFng th\xE0nh CX: ch\u01B0a \u0111\u1EA1t c\u1EA5p 1.",
  summaryNextNotMet: (level, goal, now) => `B\u01B0\u1EDBc ti\u1EBFp theo \u0111\u1EC3 \u0111\u1EA1t c\u1EA5p ${level}: ${goal}${now ? ` (hi\u1EC7n ${now})` : ""}.`,
  summaryNextTooFew: (level, goal, n, min) => `B\u01B0\u1EDBc ti\u1EBFp theo \u0111\u1EC3 \u0111\u1EA1t c\u1EA5p ${level}: \xEDt nh\u1EA5t ${min} quan s\xE1t m\u1ED7i k\u1EF3 cho \u201C${goal}\u201D (k\u1EF3 n\xE0y c\xF3 ${n}).`,
  summaryNextNoData: (level, goal) => `B\u01B0\u1EDBc ti\u1EBFp theo \u0111\u1EC3 \u0111\u1EA1t c\u1EA5p ${level}: b\u1EAFt \u0111\u1EA7u \u0111o \u201C${goal}\u201D.`,
  footer: "G\u1EEDi b\u1EDFi CX Metrics for Google Sheets.",
  quarterPeriod: (quarter, year) => `Qu\xFD ${quarter}/${year}`,
  yearPeriod: (year) => `N\u0103m ${year}`,
  rangePeriod: (start, end) => `${start} \u2013 ${end}`,
  allPeriod: "To\xE0n b\u1ED9 d\u1EEF li\u1EC7u",
  trendsOf: (count, kind) => kind === "all" ? "To\xE0n b\u1ED9 d\u1EEF li\u1EC7u" : `Xu h\u01B0\u1EDBng ${count} ${{ week: "tu\u1EA7n", month: "th\xE1ng", quarter: "qu\xFD", year: "n\u0103m" }[kind] ?? "kho\u1EA3ng c\xF9ng \u0111\u1ED9 d\xE0i"} g\u1EA7n nh\u1EA5t`,
  dataRuns: (first, last) => `d\u1EEF li\u1EC7u t\u1EEB ${first} \u2192 ${last}`,
  dataRunsIn: (sheet, first, last) => `${sheet}: d\u1EEF li\u1EC7u t\u1EEB ${first} \u2192 ${last}`,
  coverageLine: (n, leftOut) => `n = ${n} \xB7 ${leftOut} b\u1ECB b\u1ECF qua`,
  coverageNothingLeftOut: (n) => `n = ${n} \xB7 kh\xF4ng b\u1ECF qua \xF4 n\xE0o`,
  coverageReason: (count, reason, places) => `${count} ${reason}${places ? ` (\u0111\u1EA7u ti\xEAn: ${places})` : ""}`,
  missingBanner: (metrics, total, details) => `${metrics}/${total} ch\u1EC9 s\u1ED1 thi\u1EBFu d\u1EEF li\u1EC7u: ${details}`,
  metricLost: (metric, lost, share2, reasons2, _count) => `${metric} b\u1ECF qua ${lost} \xF4 (${share2}): ${reasons2}`,
  coverageTitle: "C\xE1c con s\u1ED1 \u0111\u01B0\u1EE3c t\xEDnh t\u1EEB \u0111\xE2u"
};
var MESSAGES = { en: en2, vi: vi2 };
function messagesFor(lang) {
  return MESSAGES[lang] ?? en2;
}
var dateOrderEn = {
  orderWords: { dmy: "day first", mdy: "month first" },
  dateOrderFewCells: (sheet, order, other, proving, count, proof, moved, example) => `${sheet ? `${sheet}: ` : ""}dates are read ${order} because of ${count === 1 ? `1 cell, ${proof}` : count <= 3 ? `${proving} cells, ${proof}` : `${proving} cells, the first ${proof}`}; read ${other}, ${moved} other dates would fall in another month${example ? ` (${example})` : ""}.`,
  listAnd: (items) => items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`,
  dateOrderExample: (text, asRead, asOther) => `${text} is read as ${asRead}, ${asOther} the other way`,
  dateOrderConfirm: (order, other, count) => `If the dates are ${other}, correct ${count === 1 ? "that cell" : "those cells"}; if ${order} is right, set the date order to ${order} in the mapping (the sidebar's column step) to confirm it.`
};
var DATE_ORDER_TEXTS = {
  en: dateOrderEn,
  vi: {
    orderWords: { dmy: "ng\xE0y tr\u01B0\u1EDBc th\xE1ng", mdy: "th\xE1ng tr\u01B0\u1EDBc ng\xE0y" },
    dateOrderFewCells: (sheet, order, other, proving, count, proof, moved, example) => `${sheet ? `${sheet}: ` : ""}ng\xE0y th\xE1ng \u0111\u01B0\u1EE3c \u0111\u1ECDc ${order} ch\u1EC9 v\xEC ${count === 1 ? `1 \xF4, ${proof}` : count <= 3 ? `${proving} \xF4, ${proof}` : `${proving} \xF4, c\xE1c \xF4 \u0111\u1EA7u ti\xEAn ${proof}`}; n\u1EBFu \u0111\u1ECDc ${other}, ${moved} ng\xE0y kh\xE1c s\u1EBD r\u01A1i v\xE0o th\xE1ng kh\xE1c${example ? ` (${example})` : ""}.`,
    listAnd: (items) => items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} v\xE0 ${items[items.length - 1]}`,
    dateOrderExample: (text, asRead, asOther) => `${text} \u0111\u01B0\u1EE3c \u0111\u1ECDc l\xE0 ${asRead}, \u0111\u1ECDc c\xE1ch kia l\xE0 ${asOther}`,
    dateOrderConfirm: (order, other, count) => `N\u1EBFu ng\xE0y th\xE1ng th\u1EADt ra l\xE0 ${other}, h\xE3y s\u1EEDa ${count === 1 ? "\xF4 \u0111\xF3" : "c\xE1c \xF4 \u0111\xF3"}; n\u1EBFu ${order} l\xE0 \u0111\xFAng, h\xE3y \u0111\u1EB7t th\u1EE9 t\u1EF1 ng\xE0y l\xE0 ${order} trong \xE1nh x\u1EA1 (b\u01B0\u1EDBc ch\u1ECDn c\u1ED9t c\u1EE7a thanh b\xEAn) \u0111\u1EC3 x\xE1c nh\u1EADn.`
  }
};

// src/report/date-order-warnings.ts
function dateOrderWarningOf(decision, sheet, placeOf2) {
  if (!restsOnFewCells(decision) || !decision.tally) return void 0;
  const { proving, proofs, moved, example } = decision.tally;
  const placed2 = proofs.map(({ text, index }) => {
    const place = placeOf2?.(index);
    return { text, ...place ? { place } : {} };
  });
  return { sheet, order: decision.order, proofs: placed2, proving, moved, ...example ? { example: example.text } : {} };
}
function dateOrderWarningsOf(columns, reader) {
  const warnings = /* @__PURE__ */ new Map();
  for (const cells of columns) {
    const decision = reader.dateDecision(cells);
    const place = reader.placeOf(cells);
    const warning = decision && dateOrderWarningOf(decision, place?.sheet ?? "", place && ((index) => place.refOf(index)));
    if (!warning) continue;
    const key = JSON.stringify([warning.sheet, warning.proofs]);
    if (!warnings.has(key)) warnings.set(key, warning);
  }
  return [...warnings.values()];
}
function dateOrderWarningText(warning, lang, withSheet = true) {
  const m = DATE_ORDER_TEXTS[lang];
  const other = warning.order === "dmy" ? "mdy" : "dmy";
  const named = warning.proofs.map((p) => p.place ? `${p.text} (${describeRef(p.place, lang)})` : p.text);
  const proof = warning.proving > named.length ? named.join(", ") : m.listAnd(named);
  const parts = warning.example ? dateText(warning.example) : void 0;
  const example = parts?.kind === "dayMonth" ? m.dateOrderExample(warning.example, isoOf(parts, warning.order), isoOf(parts, other)) : "";
  return m.dateOrderFewCells(withSheet ? warning.sheet : "", m.orderWords[warning.order], m.orderWords[other], formatNumber(warning.proving, lang), warning.proving, proof, formatNumber(warning.moved, lang), example);
}
function dateOrderConfirmText(warning, lang) {
  const m = DATE_ORDER_TEXTS[lang];
  return m.dateOrderConfirm(m.orderWords[warning.order], m.orderWords[warning.order === "dmy" ? "mdy" : "dmy"], warning.proving);
}
function isoOf(parts, order) {
  const [day, month] = order === "dmy" ? [parts.first, parts.second] : [parts.second, parts.first];
  return `${parts.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// src/cells/durations.ts
var MS_PER_UNIT = { hours: 36e5, minutes: 6e4, days: 864e5 };
var SHEETS_EPOCH_WALL = Date.UTC(1899, 11, 30);
var UNIT_WORDS = [
  [/^(?:h|hr|hrs|hour|hours|giờ|g|tiếng)$/, "hours"],
  [/^(?:m|min|mins|minute|minutes|phút|p)$/, "minutes"],
  [/^(?:d|day|days|ngày)$/, "days"],
  [/^(?:s|sec|secs|second|seconds|giây)$/, "seconds"]
];
function unitOfWord(word) {
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(word)) return unit;
  return void 0;
}
var MS_OF = { ...MS_PER_UNIT, seconds: 1e3 };
function unitOfHeader(header) {
  if (typeof header !== "string") return void 0;
  const t = foldCase(header);
  const m = /\(([^()]+)\)\s*$/.exec(t) ?? /\b(?:in|theo|tính bằng)\s+(\S+)\s*$/u.exec(t);
  const unit = m ? unitOfWord(m[1].trim()) : void 0;
  return unit === "seconds" ? void 0 : unit;
}
var CLOCK = /^(\d+):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?$/;
var PIECE = /\s*(\d+(?:[.,]\d+)?)\s*([a-zà-ỹđ]+)/uy;
function durationInText(text) {
  const t = foldCase(text);
  const clock = CLOCK.exec(t);
  if (clock) return ((Number(clock[1]) * 60 + Number(clock[2])) * 60 + Number(clock[3] ?? 0)) * 1e3;
  const bare = /^(\d+)\s*(?:h|giờ|g)\s*(\d{1,2})$/u.exec(t);
  if (bare) return (Number(bare[1]) * 60 + Number(bare[2])) * 6e4;
  let total = 0;
  let consumed = 0;
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(t); m; m = PIECE.exec(t)) {
    const unit = unitOfWord(m[2]);
    if (!unit) return NaN;
    total += Number(m[1].replace(",", ".")) * MS_OF[unit];
    consumed = PIECE.lastIndex;
  }
  return consumed > 0 && consumed === t.length ? total : NaN;
}
function durationOfDateCell(date, offsetAt) {
  const ms = date.getTime();
  return ms + offsetAt(ms) - SHEETS_EPOCH_WALL;
}

// src/cells/column.ts
function placeText(index, refOf) {
  if (refOf) {
    const ref = refOf(index);
    return { en: describeRef(ref, "en"), vi: describeRef(ref, "vi") };
  }
  return { en: `row ${index + 1}`, vi: `h\xE0ng ${index + 1}` };
}
var MAX_TEXTS = 4096;
function readEach(cells, read, options, decision, fast) {
  if (isPacked(cells)) return cells.readEach(read, options, decision, fast);
  const values = new Float64Array(cells.length);
  const coverage = newCoverage();
  const problems = [];
  const { refOf, onProblem } = options;
  const numbers = typeof fast === "object" ? fast : void 0;
  const flags = fast === "flags";
  const low = numbers ? numbers.low : 1;
  const high = numbers ? numbers.high : 0;
  const whole = numbers ? numbers.whole : false;
  const dates = fast === "dates";
  let texts = /* @__PURE__ */ new Map();
  let used = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === "number") {
      if (cell >= low && cell <= high && (!whole || Number.isInteger(cell))) {
        values[i] = cell;
        used++;
        continue;
      }
      if (flags && (cell === 1 || cell === 0)) {
        values[i] = cell === 1 ? 1 : 0;
        used++;
        continue;
      }
    } else if (dates && cell instanceof Date) {
      const ms = cell.getTime();
      if (inDateRange(ms)) {
        values[i] = ms;
        used++;
        continue;
      }
    }
    let value;
    let known = typeof cell === "string" && texts !== void 0 ? texts.get(cell) : void 0;
    if (known === void 0) {
      try {
        known = read(cell, i);
      } catch (error) {
        if (!(error instanceof CellProblem)) throw error;
        known = error;
      }
      if (typeof cell === "string" && texts !== void 0) {
        texts.set(cell, known);
        if (texts.size >= MAX_TEXTS) texts = void 0;
      }
    }
    if (typeof known !== "number") {
      const problem = known;
      values[i] = NaN;
      noteLeftOut(coverage, problem.reason, refOf?.(i));
      if (!problems.some((p) => p.reason === problem.reason)) problems.push({ index: i, reason: problem.reason, problem });
      onProblem?.(i, problem);
      continue;
    }
    value = known;
    values[i] = value;
    if (value === value) used++;
    else noteLeftOut(coverage, isBlank(cell) ? "blank" : "noAnswer", isBlank(cell) ? void 0 : refOf?.(i));
  }
  noteUsed(coverage, used);
  return { values, coverage, decision, problems };
}
function markOf(cells, options, setting) {
  const decision = decideDecimalMark(textsOf(cells), options.locale, setting);
  const conflict = decision.conflict && bothMarksProblem(decision.conflict, (i) => placeText(i, options.refOf));
  const guard = (cell) => {
    if (conflict && typeof cell === "string") {
      const readings = numberReadings(cell);
      if (readings && isAmbiguous(readings)) throw conflict;
    }
  };
  return { decision, guard };
}
var MAX_LABELS = 100;
function readScoreColumn(cells, options) {
  const table = labelTableOf(options.labels);
  let high = options.high;
  let scaleEvidence;
  if (options.allowed) {
    textsOf(cells)((text, index) => {
      if (scaleEvidence) return;
      const proved = scaleProvedBy(text, options.family);
      if (proved !== void 0 && options.allowed.includes(proved)) {
        high = proved;
        scaleEvidence = { text: text.trim(), index };
      }
    });
  }
  const { decision: mark, guard } = markOf(cells, options);
  const scale = { low: options.low, high, family: options.family, labels: table, mark: mark.mark };
  const hint = cellTexts.labelHint();
  const read = (cell) => {
    guard(cell);
    let score;
    try {
      score = readScore(cell, scale);
    } catch (error) {
      if (error instanceof CellProblem && error.reason === "unknownLabel") {
        throw new CellProblem({ en: `${error.text.en}; ${hint.en}`, vi: `${error.text.vi}; ${hint.vi}` }, "unknownLabel");
      }
      throw error;
    }
    if (score !== score) return NaN;
    if (score < scale.low || score > high) throw new CellProblem(cellTexts.outsideScale(score, scale.low, high), "outOfScale");
    if (!Number.isInteger(score)) throw new CellProblem(cellTexts.notWholeScore(score, scale.low, high), "outOfScale");
    return score;
  };
  const labels = labelsOf(cells, table, read);
  const fast = { low: options.low, high, whole: true };
  return readEach(cells, read, options, { low: options.low, high, scaleBy: scaleEvidence ? "labels" : "given", scaleEvidence, mark, labels }, fast);
}
function labelsOf(cells, table, read) {
  const found = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  textsOf(cells)((text) => {
    let key = keys.get(text);
    if (key === void 0) {
      key = foldLabel(text);
      if (keys.size < MAX_TEXTS) keys.set(text, key);
    }
    const known = found.get(key);
    if (known) {
      known.count++;
      return;
    }
    if (key === "" || numberReadings(text)) return;
    let score;
    try {
      score = read(text);
    } catch {
      score = void 0;
    }
    if (score !== score) return;
    found.set(key, { label: text.trim(), count: 1, score, from: table?.has(key) ? "table" : score === void 0 ? "none" : "builtin" });
  });
  return [...found.values()].sort((a, b) => b.count - a.count).slice(0, MAX_LABELS);
}
function readDateColumn(cells, options = {}) {
  const decision = decideDateOrder(textsOf(cells), options.locale, options.order);
  const toInstant = options.timeZone ? wallClockIn(options.timeZone) : void 0;
  const conflict = decision.conflict && bothOrdersProblem(decision.conflict, (i) => placeText(i, options.refOf));
  const read = (cell) => {
    if (conflict && typeof cell === "string" && dateText(cell)?.kind === "dayMonth") throw conflict;
    return readDate(cell, toInstant, decision.order);
  };
  return readEach(cells, read, options, decision, "dates");
}
function describeDateOrder(decision, refOf) {
  if (decision.conflict) {
    const { dayFirst, monthFirst } = decision.conflict;
    return cellTexts.bothDateOrders(dayFirst.text, rowText(dayFirst.index, refOf), monthFirst.text, rowText(monthFirst.index, refOf));
  }
  const order = decision.order === "dmy" ? { en: "day first", vi: "ng\xE0y tr\u01B0\u1EDBc th\xE1ng" } : { en: "month first", vi: "th\xE1ng tr\u01B0\u1EDBc ng\xE0y" };
  return describeDecision(order, decision.by, decision.evidence, decision.source, refOf);
}
function describeDecision(what, by, evidence, source, refOf) {
  if (by === "values" && evidence) {
    const where = rowText(evidence.index, refOf);
    return { en: `${what.en}: ${evidence.text} in ${where.en}`, vi: `${what.vi}: ${evidence.text} \u1EDF ${where.vi}` };
  }
  if (by === "setting") return { en: `${what.en} (as set in the mapping)`, vi: `${what.vi} (theo c\xE0i \u0111\u1EB7t trong \xE1nh x\u1EA1)` };
  if (by === "locale") return { en: `${what.en} (the locale ${source})`, vi: `${what.vi} (theo ng\xF4n ng\u1EEF v\xF9ng ${source})` };
  return { en: `${what.en} (nothing in the column says otherwise)`, vi: `${what.vi} (kh\xF4ng c\xF3 g\xEC trong c\u1ED9t cho bi\u1EBFt kh\xE1c)` };
}
function rowText(index, refOf) {
  const ref = refOf?.(index);
  if (ref && "line" in ref) return { en: `line ${ref.line}`, vi: `d\xF2ng ${ref.line}` };
  const row = ref ? ref.row : index + 1;
  return { en: `row ${row}`, vi: `h\xE0ng ${row}` };
}
var ANY_NUMBER = { low: -Number.MAX_VALUE, high: Number.MAX_VALUE, whole: false };
var MAX_DURATION_DAYS = 3650;
function readDurationColumn(cells, options = {}) {
  const unit = options.unit ?? "hours";
  const fromHeader = unitOfHeader(options.header);
  const dataUnit = fromHeader ?? options.dataUnit ?? unit;
  const { decision: mark, guard } = markOf(cells, options);
  const timeZone = options.timeZone;
  const read = durationReader(unit, dataUnit, mark.mark, timeZone ? (ms) => utcOffset(ms, timeZone) : void 0, guard);
  return readEach(cells, read, options, { dataUnit, unitBy: fromHeader ? "header" : options.dataUnit ? "setting" : "default", mark });
}
function durationReader(unit, dataUnit, mark, offsetAt = () => 0, guard) {
  const scale = MS_PER_UNIT[dataUnit] / MS_PER_UNIT[unit];
  const markNow = typeof mark === "function" ? mark : () => mark;
  return (cell) => {
    let value;
    if (isDateCell(cell) && cell.getTime() === cell.getTime()) {
      const ms = durationOfDateCell(cell, offsetAt);
      if (ms > MAX_DURATION_DAYS * MS_PER_UNIT.days) throw new CellProblem(cellTexts.dateNotDuration(cell));
      value = ms / MS_PER_UNIT[unit];
    } else if (typeof cell === "string") {
      guard?.(cell);
      const ms = durationInText(cell);
      if (ms === ms) value = ms / MS_PER_UNIT[unit];
      else {
        try {
          value = readNumber(cell, markNow()) * scale;
        } catch (error) {
          if (error instanceof CellProblem && error.reason === "unreadable" && !/^\s*#/.test(cell)) throw new CellProblem(cellTexts.notADuration(cell));
          throw error;
        }
      }
    } else value = readNumber(cell, markNow()) * scale;
    if (value < 0) throw new CellProblem(cellTexts.negativeDuration(value), "outOfScale");
    return value;
  };
}

// src/mapping/text.ts
function normalizeText(text) {
  return splitCamelCase(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9@.]+/g, " ").replace(/\.(?![a-z0-9])|(?<![a-z0-9])\./g, " ").replace(/\s+/g, " ").trim();
}
function splitCamelCase(text) {
  return text.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z])(?=[A-Z][a-z])/g, "$1 ");
}
function isEmailText(text) {
  if (/\s/.test(text)) return false;
  const at = text.indexOf("@");
  if (at <= 0 || text.indexOf("@", at + 1) !== -1) return false;
  const domain = text.slice(at + 1);
  const dot = domain.indexOf(".", 1);
  return dot !== -1 && dot < domain.length - 1;
}
function columnLetter(index) {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + (n - 1) % 26) + letters;
  }
  return letters;
}
function columnIndex(letter) {
  if (!/^[A-Z]{1,3}$/.test(letter)) return -1;
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function cellDisplay(cell) {
  if (cell === null || cell === void 0) return "";
  if (isDateCell(cell)) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 16).replace("T", " ");
  const text = String(cell);
  return text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
}

// src/mapping/headers.ts
var HEADER_PATTERNS = {
  timestamp: [
    ["timestamp", 1],
    ["dau thoi gian", 1],
    ["date", 0.8],
    ["time", 0.6],
    ["submitted", 0.7],
    ["submit", 0.9],
    ["completion", 0.9],
    ["completed", 0.9],
    ["end date", 0.85],
    ["created", 0.7, "notTickets"],
    ["month", 0.7],
    ["week", 0.7],
    ["day", 0.6],
    ["at", 0.3],
    ["ngay", 0.8],
    ["thoi gian", 0.8],
    ["thang", 0.7],
    ["tuan", 0.7],
    ["when", 0.4],
    ["thoi gian gui", 1]
  ],
  customerId: [
    ["customer id", 1],
    ["user id", 1],
    ["client id", 1],
    ["member id", 1],
    ["account id", 0.9],
    ["uid", 0.8],
    ["customer number", 0.9],
    ["customer no", 0.9],
    ["ma khach hang", 1],
    ["ma kh", 0.9],
    ["ma nguoi dung", 1],
    ["=customer", 0.5],
    ["=user", 0.5],
    ["=client", 0.5],
    ["=khach hang", 0.5],
    ["=id", 0.6]
  ],
  email: [["email", 1], ["e mail", 1], ["thu dien tu", 1], ["mail", 0.6]],
  nps: [
    ["recommend", 1],
    ["nps", 1],
    ["net promoter", 1],
    ["kha nang gioi thieu", 1],
    ["san long gioi thieu", 1],
    ["gioi thieu ban be", 0.9],
    ["gioi thieu cho ban be", 1],
    ["gioi thieu dong nghiep", 1],
    ["likely", 0.6],
    ["0 10", 0.5]
  ],
  // "Rating" alone is as often a performance or product rating: a maybe at most.
  csat: [["satisfied", 1], ["satisfaction", 1], ["csat", 1], ["hai long", 1], ["happy", 0.6], ["rating", 0.3]],
  ces: [
    ["easy", 1],
    ["effort", 1],
    ["ces", 1],
    ["de dang", 1],
    ["no luc", 1],
    ["difficult", 0.8],
    ["hassle", 0.7],
    ["kho khan", 0.8],
    ["thuan tien", 0.8]
  ],
  segment: [
    ["channel", 1],
    ["segment", 1],
    ["plan", 0.9],
    ["region", 0.9],
    ["tier", 0.9],
    ["country", 0.8],
    ["city", 0.8],
    ["store", 0.7],
    ["branch", 0.8],
    ["product", 0.7],
    ["category", 0.8],
    ["airline", 0.8],
    ["brand", 0.7],
    ["location", 0.7],
    ["group", 0.7],
    ["team", 0.6],
    ["department", 0.7],
    ["type", 0.5],
    ["kenh", 1],
    ["phan khuc", 1],
    ["goi", 0.8],
    ["khu vuc", 0.9],
    ["vung", 0.8],
    ["chi nhanh", 0.9],
    ["cua hang", 0.8],
    ["san pham", 0.7],
    ["nhom", 0.7],
    ["loai", 0.5]
  ],
  ticketOpened: [
    ["opened", 1],
    ["open date", 1],
    ["raised", 0.8],
    ["created", 0.95, "tickets"],
    ["create", 0.95, "tickets"],
    ["logged", 0.7, "tickets"],
    ["reported", 0.7, "tickets"],
    ["received", 0.6, "tickets"],
    ["ngay mo", 1],
    ["mo luc", 1],
    ["thoi gian mo", 1],
    ["ngay tao", 0.95, "tickets"],
    ["tao luc", 0.95, "tickets"],
    ["tiep nhan", 0.9]
  ],
  ticketResolved: [
    ["resolved", 1],
    ["closed", 1, "tickets"],
    ["close", 0.9, "tickets"],
    ["solved", 1],
    ["resolution", 0.8],
    ["giai quyet", 1],
    ["ngay dong", 1, "tickets"],
    ["dong luc", 1, "tickets"],
    ["xu ly xong", 1],
    ["hoan thanh", 0.8]
  ],
  firstContact: [
    ["first contact", 1],
    ["first call", 1],
    ["fcr", 1],
    ["first time", 0.9],
    ["one touch", 0.8],
    ["lan dau", 0.9],
    ["giai quyet lan dau", 1],
    ["ngay lan dau", 1],
    // A yes/no "Resolved" on a ticket or call is the first-contact flag (dates would be the resolved time).
    ["=resolved", 0.8],
    ["=solved", 0.8],
    ["=da giai quyet", 0.8]
  ],
  referral: [
    ["referral", 1],
    ["referred", 1],
    ["referrals", 1],
    ["hear about", 1],
    ["heard about", 1],
    ["word of mouth", 0.8],
    ["find us", 0.8],
    ["find out about", 0.9],
    ["found us", 0.8],
    ["duoc gioi thieu", 1],
    ["nguon gioi thieu", 1],
    ["nguoi gioi thieu", 1],
    ["biet den", 1]
  ],
  trialStarted: [["trials started", 1], ["trial started", 1], ["trials", 0.5], ["trial", 0.5], ["dung thu", 0.8]],
  trialConverted: [
    ["trials converted", 1],
    ["trial converted", 1],
    ["converted", 1, "trials"],
    ["conversion", 0.9, "trials"],
    ["conversions", 0.9, "trials"],
    ["upgraded", 0.8, "trials"],
    ["paid", 0.6, "trials"],
    ["chuyen doi", 1, "trials"],
    ["tra phi", 0.8, "trials"]
  ],
  journeyStage: [
    ["stage", 1],
    ["journey", 1],
    ["lifecycle", 0.9],
    ["funnel", 0.8],
    ["phase", 0.5],
    ["giai doan", 1],
    ["hanh trinh", 1],
    ["vong doi", 0.9]
  ],
  subsStart: [
    ["at start", 1],
    ["start of", 0.9],
    ["starting customers", 1],
    ["beginning", 0.9],
    ["start", 0.5],
    ["dau ky", 1],
    ["dau thang", 1]
  ],
  subsEnd: [["at end", 1], ["end of", 0.9], ["ending customers", 1], ["ending", 0.6], ["end", 0.5], ["cuoi ky", 1], ["cuoi thang", 1]],
  subsNew: [
    ["new customers", 1],
    ["new", 0.5],
    ["acquired", 0.8],
    ["signups", 0.8],
    ["sign ups", 0.8],
    ["khach hang moi", 1],
    ["moi", 0.4]
  ],
  comment: [
    ["comment", 1],
    ["comments", 1],
    ["feedback", 0.9],
    ["anything else", 1],
    ["tell us", 0.8],
    ["why", 0.8],
    ["reason", 0.7],
    ["remarks", 0.9],
    ["notes", 0.7],
    ["note", 0.7],
    ["suggestion", 0.9],
    ["suggestions", 0.9],
    ["better", 0.8],
    ["improve", 0.8],
    ["review", 0.8],
    ["=content", 0.7],
    ["=review text", 1],
    ["gop y", 1],
    ["nhan xet", 1],
    ["y kien", 1],
    ["binh luan", 1],
    ["ly do", 0.8],
    ["ghi chu", 0.8],
    ["tai sao", 0.8],
    ["chia se", 0.7],
    ["cai thien", 0.8]
  ],
  ticketDuration: [
    ["handle time", 1],
    ["handling time", 1],
    ["resolution time", 1],
    ["time to resolve", 1],
    ["time to resolution", 1],
    ["hours spent", 0.8],
    ["thoi gian xu ly", 1],
    ["thoi luong", 0.8],
    ["so gio xu ly", 1]
  ],
  churned: [["churn", 1], ["churned", 1], ["=exited", 0.9], ["=attrition", 0.9], ["da roi bo", 1], ["roi bo", 0.9], ["=da huy", 0.9]],
  // A survey's "Start Date" / "End Date" is the response's, and an order's "Cancelled at" the
  // order's: join and cancel words count on a sheet about customers or subscriptions only.
  customerJoined: [
    ["joined", 1, "customers"],
    ["join date", 1, "customers"],
    ["signup date", 1, "customers"],
    ["sign up date", 1, "customers"],
    ["customer since", 1],
    ["ngay tham gia", 1, "customers"],
    ["ngay dang ky", 1, "customers"]
  ],
  customerLeft: [
    ["cancelled", 1, "customers"],
    ["canceled", 1, "customers"],
    ["cancel date", 1, "customers"],
    ["cancellation", 1, "customers"],
    ["churn date", 1],
    ["left", 0.8, "customers"],
    ["ngay huy", 1, "customers"],
    ["ngay roi", 1, "customers"]
  ]
};
var NOT_THE_RECORD_TIME = [
  "updated",
  "update",
  "modified",
  "last",
  "due",
  "start",
  "started",
  "canceled",
  "cancelled",
  "cancel",
  "ended",
  "expires",
  "expiry",
  "birth",
  "dob",
  "hire",
  "hired",
  "restocked",
  "period",
  "trial",
  "paid",
  "fulfilled",
  "shipped",
  "closed",
  "resolved",
  "solved",
  "cap nhat",
  "han",
  "sinh",
  "huy",
  "dong",
  "giai quyet"
];
function namesOtherMoment(header) {
  const words = new Set(normalizeText(header).split(" "));
  return NOT_THE_RECORD_TIME.some((pattern) => pattern.split(" ").every((word) => words.has(word)));
}
var TICKET_WORDS = [
  "ticket",
  "tickets",
  "case",
  "incident",
  "request",
  "requests",
  "complaint",
  "priority",
  "assignee",
  "agent",
  "requester",
  "helpdesk",
  "resolution",
  "resolved",
  "solved",
  "first contact",
  "call",
  "phieu",
  "yeu cau",
  "ho tro",
  "khieu nai",
  "giai quyet",
  "uu tien"
];
var CUSTOMER_WORDS = ["customer", "customers", "subscription", "subscriber", "member", "plan", "khach hang", "ma kh", "thue bao", "hoi vien", "goi cuoc"];
function sheetContext(headers) {
  const wordSets = headers.map((header) => new Set(normalizeText(header).split(" ")));
  const mentions = (patterns) => wordSets.some((words) => patterns.some((p) => p.split(" ").every((w) => words.has(w))));
  return { tickets: mentions(TICKET_WORDS), trials: mentions(["trial", "trials", "dung thu"]), customers: mentions(CUSTOMER_WORDS) };
}
var ANY_SHEET = { tickets: false, trials: false, customers: false };
function matchHeader(field, header, context = ANY_SHEET) {
  const normalized = normalizeText(header);
  if (!normalized) return null;
  const words = new Set(normalized.split(" "));
  let best = null;
  for (const [pattern, weight, needs] of HEADER_PATTERNS[field]) {
    if (needs === "notTickets" ? context.tickets : needs && !context[needs]) continue;
    const matches = pattern.startsWith("=") ? normalized === pattern.slice(1) : pattern.split(" ").every((word) => words.has(word));
    if (matches && (!best || weight > best.weight)) best = { weight, words: pattern.replace(/^=/, "") };
  }
  return best;
}
function isFormsTimestampHeader(header) {
  const normalized = typeof header === "string" ? normalizeText(header) : "";
  return normalized === "timestamp" || normalized === "dau thoi gian";
}

// src/mapping/sniff.ts
var DURATION_CELL_MAX_MS = Date.UTC(1909, 11, 31);
var DAY_MS = 864e5;
var STAGE_WORDS = /* @__PURE__ */ new Set([
  "awareness",
  "consideration",
  "purchase",
  "retention",
  "advocacy",
  "loyalty",
  "onboarding",
  "nhan thuc",
  "can nhac",
  "mua",
  "mua hang",
  "giu chan",
  "ung ho",
  "trung thanh"
]);
var ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
var SLASH_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}( \d{1,2}:\d{2}(:\d{2})?( ?[AaPp][Mm])?)?$/;
function isDateText(text) {
  return ISO_DATE.test(text) || SLASH_DATE.test(text);
}
function profileColumn(cells) {
  const profile = {
    filled: 0,
    numbers: [],
    dates: 0,
    flags: 0,
    emails: 0,
    texts: [],
    stageWords: 0,
    idLike: 0,
    prose: 0,
    distinctValues: 0,
    csatLabels: 0,
    cesLabels: 0,
    goodBad: 0,
    labelTops: [],
    durations: 0
  };
  const distinct = /* @__PURE__ */ new Set();
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    profile.filled++;
    if (isDateCell(cell)) {
      if (cell.getTime() < DURATION_CELL_MAX_MS && cell.getTime() >= SHEETS_EPOCH_WALL - DAY_MS) profile.durations++;
      else if (!Number.isNaN(cell.getTime())) profile.dates++;
      distinct.add(`d${cell.getTime()}`);
      continue;
    }
    if (typeof cell === "boolean") {
      profile.flags++;
      distinct.add(String(cell));
      continue;
    }
    const text = String(cell).trim();
    distinct.add(text.toLowerCase());
    const number = typeof cell === "number" ? cell : numberInText(text);
    if (Number.isFinite(number)) {
      profile.numbers.push(number);
      if (Number.isInteger(number) && number >= 0) profile.idLike++;
      continue;
    }
    if (isDateText(text)) profile.dates++;
    else if (durationInText(text) >= 0) profile.durations++;
    else if (isEmailText(text)) profile.emails++;
    else if (isFlagWord(text)) profile.flags++;
    else if (isAnswerLabel(text, profile)) continue;
    else {
      profile.texts.push(text);
      if (STAGE_WORDS.has(normalizeText(text))) profile.stageWords++;
      if (/^[\p{L}\p{N}_-]{1,40}$/u.test(text) && /\d/.test(text)) profile.idLike++;
      if (isProse(text)) profile.prose++;
    }
  }
  profile.distinctValues = distinct.size;
  return profile;
}
function isAnswerLabel(text, profile) {
  const numbered = numberedAnswer(text);
  if (numbered) {
    profile.numbers.push(numbered.score);
    if (numbered.outOf !== void 0) profile.labelTops.push(numbered.outOf);
    return true;
  }
  if (GOOD_BAD.has(foldLabel(text))) {
    profile.goodBad++;
    return true;
  }
  const csat = verbalScore(text, "csat", 5) !== void 0;
  const ces = labelScales(text, "ces");
  if (csat) profile.csatLabels++;
  if (ces.length > 0) profile.cesLabels++;
  if (ces.length === 1) profile.labelTops.push(ces[0]);
  return csat || ces.length > 0;
}
var GOOD_BAD = /* @__PURE__ */ new Map([["good", 5], ["bad", 1]]);
function scaleShare(profile, low, high) {
  const inScale = profile.numbers.filter((n) => Number.isInteger(n) && n >= low && n <= high).length;
  return inScale / profile.filled;
}
function scaleFit(share2) {
  return share2 >= 0.9 ? share2 : share2 * 0.3;
}
function kindFit(profile, kind) {
  const n = profile.filled;
  if (n < 3) return null;
  const max = Math.max(...profile.numbers);
  const min = Math.min(...profile.numbers);
  switch (kind) {
    case "date":
      return profile.dates / n;
    case "email":
      return profile.emails / n;
    case "nps": {
      if (profile.numbers.length > 0 && profile.numbers.every((x) => x === 0 || x === 1)) return 0;
      let fit = scaleFit(scaleShare(profile, 0, 10));
      if (n >= 10 && new Set(profile.numbers.filter((x) => Number.isInteger(x) && x >= 0 && x <= 10)).size < 3) fit *= 0.2;
      if (fit > 0.5 && min >= 1 && max <= 5) return fit * 0.4;
      if (fit > 0.5 && min >= 1 && max <= 7) return fit * 0.7;
      return fit;
    }
    case "csat": {
      const usual = scaleFit(scaleShare(profile, 1, 5));
      const wider = scaleFit(scaleShare(profile, 1, 10)) * 0.6;
      const labels = scaleFit((profile.csatLabels + profile.numbers.filter((x) => Number.isInteger(x) && x >= 1 && x <= 5).length) / n) * 0.9;
      const goodBad = profile.goodBad > 0 ? scaleFit((profile.goodBad + profile.texts.filter(isNonAnswer).length) / n) * 0.9 : 0;
      return Math.max(usual, wider, profile.csatLabels > 0 ? labels : 0, goodBad);
    }
    case "ces": {
      if (profile.cesLabels > profile.csatLabels) return scaleFit((profile.cesLabels + profile.numbers.length) / n) * 0.9;
      const fit = scaleFit(scaleShare(profile, 1, 7));
      return fit > 0.5 && max <= 5 ? fit * 0.75 : fit;
    }
    case "count": {
      const fit = scaleFit(profile.numbers.filter((x) => Number.isInteger(x) && x >= 0).length / n);
      return max > 10 ? fit : fit * 0.6;
    }
    case "duration":
      return scaleFit((profile.durations + profile.numbers.filter((x) => x >= 0).length) / n);
    case "flag":
      return profile.flags / n;
    case "flagOrCount":
      return Math.max(kindFit(profile, "flag") ?? 0, kindFit(profile, "count") ?? 0);
    case "category":
      return categoryFit(profile);
    case "source":
      return Math.max(categoryFit(profile), kindFit(profile, "flag") ?? 0, kindFit(profile, "count") ?? 0);
    case "stage":
      return profile.stageWords / n >= 0.5 ? Math.min(1, profile.stageWords / n + 0.1) : categoryFit(profile) * 0.6;
    case "id":
      if (isCountingUp(profile)) return 0;
      return profile.idLike / n * (profile.distinctValues / n >= 0.3 ? 1 : 0.5);
    case "text": {
      if (profile.prose === 0) return 0;
      const meanLength = profile.texts.reduce((sum, t) => sum + t.length, 0) / profile.texts.length;
      const varied = profile.distinctValues / n >= 0.6 ? 1 : 0.5;
      return profile.prose / n * Math.min(1, meanLength / 25) * varied;
    }
  }
}
function isCountingUp(profile) {
  const { numbers, filled } = profile;
  if (numbers.length !== filled || profile.distinctValues !== filled || !numbers.every(Number.isInteger)) return false;
  return Math.max(...numbers) - Math.min(...numbers) === filled - 1;
}
function isProse(text) {
  if (text.indexOf(" ") === -1) return false;
  return !(text.length <= 40 && /^\d{1,6}[A-Za-z]? \S/.test(text));
}
function categoryFit(profile) {
  const n = profile.filled;
  const share2 = profile.texts.length / n;
  if (share2 === 0) return 0;
  const meanLength = profile.texts.reduce((sum, t) => sum + t.length, 0) / profile.texts.length;
  const fewLabels = profile.distinctValues <= Math.max(12, n * 0.2) ? 1 : 0.3;
  const short = meanLength <= 40 ? 1 : 0.4;
  return share2 * fewLabels * short;
}
function isFlagWord(text) {
  const word = text.trim().normalize("NFC").toLowerCase();
  return YES_WORDS.has(word) || NO_WORDS.has(word);
}

// src/mapping/scales.ts
var CSAT_SCALES = [3, 5, 7, 10];
var CES_SCALES = [5, 7];
var HEADER_SCALE = [
  /(?:^| )[01] (?:to |den |toi )?(\d{1,2})(?: |$)/,
  // 1-10, 1 to 10, (0-10), từ 1 đến 5
  /(?:^| )out of (\d{1,2})(?: |$)/,
  /(?:^| )scale of (\d{1,2})(?: |$)/,
  /(?:^| )thang (?:diem )?(\d{1,2})(?: |$)/,
  // trên thang 10, thang điểm 5
  /(?:^| )(\d{1,2}) (?:point|diem)(?: |$)/
  // 5-point scale, thang 5 điểm
];
function headerScale(header) {
  const text = normalizeText(header);
  for (const pattern of HEADER_SCALE) {
    const match = pattern.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}
function inferScale(field, header, profile, lang = "en") {
  const allowed = field === "csat" ? CSAT_SCALES : CES_SCALES;
  const named = headerScale(header);
  const hint = named !== null && allowed.includes(named) ? named : null;
  const answers = profile.numbers.filter((n) => Number.isInteger(n) && n >= 0);
  const labelTops = field === "csat" && profile.csatLabels > 0 ? [5, ...profile.labelTops] : profile.labelTops;
  const labelled = answers.length + (field === "csat" ? profile.csatLabels : profile.cesLabels);
  const top = labelled >= 3 && (answers.length > 0 || labelTops.length > 0) ? Math.max(...answers, ...labelTops) : null;
  const evidence = { header: hint, top, answers: labelled };
  const fitting = allowed.find((s) => s >= Math.max(hint ?? 0, top ?? 0));
  const scale = hint === null && top === null ? void 0 : fitting;
  let confidence;
  if (scale === void 0) confidence = fitting === void 0 ? 0.2 : 0.3;
  else if (hint !== null && top !== null) confidence = top <= hint ? 1 : 0.6;
  else if (hint !== null) confidence = 0.8;
  else confidence = top === scale ? 0.9 : 0.6;
  const guess = { scale: scale ?? DEFAULT_SCALES[field].scale, confidence, evidence };
  return { ...guess, reasons: scaleReasons(guess, lang) };
}
function scaleReasons(guess, lang) {
  const { header, top, answers } = guess.evidence;
  if (header === null && top === null) return [reasons.scaleDefault(guess.scale, lang)];
  const why = [];
  if (header !== null) why.push(reasons.headerScale(header, lang));
  if (top !== null) why.push(reasons.answersUpTo(top, answers, lang));
  if (top !== null && top > guess.scale) why.push(reasons.offScale(top, lang));
  return why;
}
function scalesFromDetections(sheets) {
  const csat = sheets.find((sheet) => sheet.fields.csat?.scale)?.fields.csat?.scale?.scale;
  const ces = sheets.find((sheet) => sheet.fields.ces?.scale)?.fields.ces?.scale?.scale;
  return {
    csat: { scale: csat ?? DEFAULT_SCALES.csat.scale },
    ces: { scale: ces ?? DEFAULT_SCALES.ces.scale, method: DEFAULT_SCALES.ces.method }
  };
}

// src/mapping/detect.ts
function detectColumns(sheetName, values, lang = "en", options = {}) {
  const headerIndex = findHeaderRow(values);
  const headerCells = headerIndex >= 0 ? values[headerIndex] : [];
  const subHeader = headerIndex >= 0 && isSubHeader(values[headerIndex + 1], values.slice(headerIndex + 2, headerIndex + 22)) ? values[headerIndex + 1] : null;
  const lastHeader = headerIndex + (subHeader ? 1 : 0);
  const body = values.slice(lastHeader + 1, lastHeader + 1 + DETECTION_SAMPLE_ROWS);
  const width = Math.max(0, ...values.slice(0, lastHeader + 1 + DETECTION_SAMPLE_ROWS).map((row) => row.length));
  const headers = headerTexts(headerCells, subHeader, width);
  const display = (cell) => isDateCell(cell) && options.formatDate ? options.formatDate(cell) : cellDisplay(cell);
  const columns = Array.from({ length: width }, (_, column) => {
    const cells = body.map((row) => row[column]);
    const header = headers[column];
    const profile = profileColumn(cells);
    const scales = { csat: inferScale("csat", header, profile, lang), ces: inferScale("ces", header, profile, lang) };
    return { column, letter: columnLetter(column), header, profile, scales, samples: samplesOf(cells, display) };
  });
  const context = sheetContext(columns.map((col) => col.header));
  const scored = columns.flatMap((col) => FIELD_IDS.map((field) => ({ col, field, ...scorePair(field, col.header, col.profile, headerIndex >= 0, context, lang) })));
  const candidates = scored.filter((s) => s.confidence >= MIN_CONFIDENCE).sort((a, b) => b.confidence - a.confidence || a.col.column - b.col.column);
  const fields = {};
  const usedColumns = /* @__PURE__ */ new Set();
  for (const pick of candidates) {
    if (fields[pick.field] || usedColumns.has(pick.col.column)) continue;
    usedColumns.add(pick.col.column);
    fields[pick.field] = {
      field: pick.field,
      ...choice(pick.col, pick.confidence),
      reasons: pick.reasons,
      samples: pick.col.samples,
      alternatives: [],
      maybe: pick.maybe,
      ...pick.field === "csat" || pick.field === "ces" ? { scale: pick.col.scales[pick.field] } : {}
    };
  }
  for (const candidate of candidates) {
    const match = fields[candidate.field];
    if (match && !usedColumns.has(candidate.col.column)) match.alternatives.push(choice(candidate.col, candidate.confidence));
  }
  return {
    sheetName,
    headerRow: lastHeader + 1,
    isFormsResponses: headerIndex >= 0 && isFormsTimestampHeader(headerCells[0]),
    sampledRows: body.length,
    fields,
    columns: columns.map((col) => ({
      column: col.column,
      letter: col.letter,
      header: col.header,
      samples: col.samples,
      guesses: scored.filter((s) => s.col === col && s.confidence > 0.1).sort((a, b) => b.confidence - a.confidence).map((s) => ({ field: s.field, confidence: s.confidence })),
      scales: col.scales
    }))
  };
}
function proposedColumns(detection) {
  return Object.fromEntries(Object.values(detection.fields).filter((match) => !match.maybe).map((match) => [match.field, match.letter]));
}
function choice(col, confidence) {
  return { column: col.column, letter: col.letter, header: col.header, confidence };
}
var SPECIFIC_FIELDS = ["nps", "csat", "ces", "referral", "firstContact", "journeyStage", "comment"];
function scorePair(field, header, profile, hasHeader, context, lang) {
  const info = FIELD_INFO[field];
  let match = header ? matchHeader(field, header, context) : null;
  const fit = kindFit(profile, info.kind);
  let valuePrior = info.valuePrior;
  if (field === "timestamp" && header && namesOtherMoment(header)) {
    valuePrior = 0;
    if (match) match = { ...match, weight: match.weight * 0.3 };
  }
  if (field === "comment" && match && /(^| )(id|ma)( |$)/.test(normalizeText(header))) match = null;
  if (field === "segment" && match && SPECIFIC_FIELDS.some((other) => (matchHeader(other, header, context)?.weight ?? 0) >= 0.9)) {
    match = { ...match, weight: match.weight * 0.3 };
  }
  const why = [];
  if (!hasHeader) why.push(reasons.noHeader(lang));
  if (match) why.push(reasons.header(match.words, lang));
  if (fit === null) why.push(reasons.fewValues(lang));
  else if (fit > 0) why.push(reasons.values(info.kind, fit, profile.filled, lang));
  const headerEvidence = match ? match.weight * (0.3 + 0.7 * (fit ?? 1)) : 0;
  const valueEvidence = valuePrior * (fit ?? 0);
  const confidence = 1 - (1 - headerEvidence) * (1 - valueEvidence);
  const maybe = MAYBE_WITHOUT_HEADER.has(field) && headerEvidence < MIN_CONFIDENCE;
  if (maybe && confidence >= MIN_CONFIDENCE) why.push(reasons.maybe(lang));
  return { confidence: Math.round(confidence * 100) / 100, reasons: why, maybe };
}
var MAYBE_WITHOUT_HEADER = /* @__PURE__ */ new Set([
  "nps",
  "csat",
  "ces",
  "firstContact",
  "referral",
  "trialStarted",
  "trialConverted",
  "subsStart",
  "subsEnd",
  "subsNew",
  "ticketOpened",
  "ticketResolved",
  "comment",
  "churned",
  "customerJoined",
  "customerLeft"
]);
function samplesOf(cells, display) {
  const seen = /* @__PURE__ */ new Set();
  for (const cell of cells) {
    const text = display(cell);
    if (text.trim() !== "") seen.add(text);
    if (seen.size === 5) break;
  }
  return [...seen];
}
function findHeaderRow(values) {
  const width = Math.max(0, ...values.slice(0, HEADER_SEARCH_ROWS + 20).map((row) => row.length));
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, values.length); r++) {
    const row = values[r];
    const filled = row.filter((cell) => cell !== "" && cell !== null && cell !== void 0);
    if (filled.length === 0 || filled.length < Math.ceil(width / 2)) continue;
    const allLabels = filled.every((cell) => typeof cell === "string" && isLabel(cell.trim()));
    if (!allLabels) return -1;
    return looksUnlikeBody(row, values.slice(r + 1, r + 21)) ? r : -1;
  }
  return -1;
}
function isLabel(text) {
  return !/^[-+]?\d+(\.\d+)?$/.test(text) && !isDateText(text) && !isEmailText(text);
}
function isSubHeader(row, below) {
  if (!row || below.length === 0) return false;
  const filled = row.filter((cell) => cell !== "" && cell !== null && cell !== void 0);
  if (filled.length < 2 || !filled.every((cell) => typeof cell === "string" && isLabel(cell.trim()))) return false;
  return row.some((cell, c) => {
    if (cell === "" || cell === null || cell === void 0) return false;
    const values = below.map((r) => r[c]).filter((v) => v !== "" && v !== null && v !== void 0);
    return values.length > 0 && values.filter((v) => typeof v !== "string" || !isLabel(v.trim())).length / values.length >= 0.5;
  });
}
var GENERIC_SUB_HEADERS = /* @__PURE__ */ new Set(["response", "open ended response", "tra loi", "cau tra loi"]);
function headerTexts(top, sub, width) {
  const text = (cell) => typeof cell === "string" ? cell.trim() : "";
  let carried = "";
  return Array.from({ length: width }, (_, c) => {
    const own = text(top[c]);
    if (!sub) return own;
    const below = text(sub[c]);
    if (own) carried = own;
    const question = own || (below ? carried : "");
    const extra = below && !GENERIC_SUB_HEADERS.has(normalizeText(below)) ? below : "";
    return [question, extra].filter(Boolean).join(" ");
  });
}
function looksUnlikeBody(header, body) {
  if (body.length === 0) return true;
  const nonText = header.some((_, c) => {
    const below = body.map((row) => row[c]).filter((cell) => cell !== "" && cell !== null && cell !== void 0);
    return below.length > 0 && below.filter((cell) => typeof cell !== "string" || !isLabel(cell.trim())).length / below.length >= 0.5;
  });
  if (nonText) return true;
  return !header.some((label, c) => label !== "" && body.some((row) => row[c] === label));
}

// src/mapping/workbook.ts
var FAMILIES = ["survey", "tickets", "subscriptions", "activity", "customers"];
function detectWorkbook(sheets, lang = "en", options = {}) {
  const detections = sheets.map((sheet) => detectColumns(sheet.name, sheet.values, lang, options));
  const families = {};
  for (const family of FAMILIES) {
    const ranked = detections.map((detection) => ({ detection, score: familyScore(detection, family) })).filter((entry) => entry.score >= MIN_CONFIDENCE).sort((a, b) => b.score - a.score);
    if (ranked.length === 0) continue;
    const [best, ...rest] = ranked;
    families[family] = {
      sheetName: best.detection.sheetName,
      score: round(best.score),
      fields: FAMILY_FIELDS[family].filter((field) => best.detection.fields[field] && !best.detection.fields[field].maybe),
      alternatives: rest.map((entry) => ({ sheetName: entry.detection.sheetName, score: round(entry.score) }))
    };
  }
  return { sheets: detections, families, uses: detections.map((detection) => useOf(detection, families)) };
}
function withEverySurvey(detection) {
  const uses = detection.uses.map((use) => use.reason === "sameKind" && use.instead?.family === "survey" ? { sheetName: use.sheetName, uses: ["survey"] } : use);
  return { ...detection, uses };
}
var EXTRA_USES = [["journeyStage", "journey"], ["referral", "referrals"]];
function useOf(detection, families) {
  const name = detection.sheetName;
  const proposed = proposedColumns(detection);
  const chosenFor = FAMILIES.filter((family) => families[family]?.sheetName === name);
  const other = FAMILIES.find((family) => families[family]?.alternatives.some((alt) => alt.sheetName === name));
  const extras = chosenFor.length > 0 || other ? [] : EXTRA_USES.filter(([field]) => proposed[field]).map(([, kind]) => kind);
  if (chosenFor.length > 0 || extras.length > 0) return { sheetName: name, uses: [...chosenFor, ...extras] };
  const listed = (fields) => fields.map((match) => ({ field: match.field, letter: match.letter, header: match.header }));
  if (detection.sampledRows === 0) return { sheetName: name, uses: [], reason: "empty" };
  if (other) return { sheetName: name, uses: [], reason: "sameKind", instead: { family: other, sheetName: families[other].sheetName } };
  const matches = Object.values(detection.fields);
  const maybes = matches.filter((match) => match.maybe);
  if (maybes.length > 0) return { sheetName: name, uses: [], reason: "maybeOnly", found: listed(maybes) };
  return { sheetName: name, uses: [], reason: "nothingFound", found: listed(matches) };
}
function familyScore(detection, family) {
  const confidence = (field) => {
    const match = detection.fields[field];
    return match && !match.maybe ? match.confidence : 0;
  };
  const sum = (fields) => fields.reduce((total, field) => total + confidence(field), 0);
  if (family !== "activity") return sum(FAMILY_FIELDS[family]);
  const othersPresent = FAMILIES.some((other) => other !== "activity" && sum(FAMILY_FIELDS[other]) > 0);
  const core = FAMILY_FIELDS.activity;
  return othersPresent || !core.every((field) => confidence(field) > 0) ? 0 : sum(core);
}
function round(value) {
  return Math.round(value * 100) / 100;
}
function describeSheetUse(use, lang, options = {}) {
  const text = options.withName === false && use.uses.length > 0 ? sheetUseTexts.holds(use.uses, lang) : useText(use, lang);
  return options.withName === false ? text.charAt(0).toUpperCase() + text.slice(1) : `\u201C${use.sheetName}\u201D: ${text}`;
}
function useText(use, lang) {
  if (use.uses.length > 0) return sheetUseTexts.used(use.uses, lang);
  switch (use.reason) {
    case "empty":
      return sheetUseTexts.empty(lang);
    case "sameKind":
      return sheetUseTexts.sameKind(use.instead.family, use.instead.sheetName, lang);
    case "maybeOnly":
      return sheetUseTexts.maybeOnly(use.found ?? [], lang);
    default:
      return sheetUseTexts.nothingFound(use.found ?? [], lang);
  }
}

// src/mapping/fromDetection.ts
function mappingFromDetection(detection, sheetIds = {}) {
  const chosen = new Set(detection.uses.filter((use) => use.uses.length > 0).map((use) => use.sheetName));
  const sources = detection.sheets.filter((sheet) => chosen.has(sheet.sheetName)).map((sheet) => ({
    sheetName: sheet.sheetName,
    sheetId: sheetIds[sheet.sheetName] ?? null,
    headerRow: sheet.headerRow,
    // A "maybe" (values alone, no header word) is never mapped on its own: the person picks it.
    columns: proposedColumns(sheet),
    ...proposedLabels(sheet)
  }));
  const surveyFirst = [...detection.sheets].sort((a, b) => Number(b.sheetName === detection.families.survey?.sheetName) - Number(a.sheetName === detection.families.survey?.sheetName));
  const scales = scalesFromDetections(surveyFirst.filter((sheet) => chosen.has(sheet.sheetName)));
  const referralAnswers = referralAnswersFromSamples(detection.sheets.filter((sheet) => chosen.has(sheet.sheetName)));
  return { version: MAPPING_VERSION, sources, scales, ...referralAnswers ? { referralAnswers } : {} };
}
function referralAnswersFromSamples(sheets) {
  const samples = sheets.flatMap((sheet) => sheet.fields.referral?.samples ?? []);
  const isFlag = (text) => {
    try {
      readFlag(text);
      return true;
    } catch {
      return false;
    }
  };
  if (samples.length === 0 || samples.every(isFlag)) return void 0;
  return proposeReferralAnswers(samples);
}
function proposedLabels(sheet) {
  const match = sheet.fields.csat;
  if (!match || match.maybe) return {};
  const rated = match.samples.filter((sample) => GOOD_BAD.has(foldLabel(sample)));
  if (rated.length === 0 || !match.samples.every((sample) => rated.includes(sample) || isNonAnswer(sample))) return {};
  const csat = {};
  for (const [label, score] of GOOD_BAD) csat[rated.find((sample) => foldLabel(sample) === label) ?? label] = score;
  return { labels: { csat } };
}

// src/cli/core/date-order.ts
function withDateOrder(mapping, order) {
  if (!order) return mapping;
  return { ...mapping, sources: mapping.sources.map((source) => ({ ...source, dateOrder: order })) };
}
function dateOrderLines(source, sample, lang, locale, file) {
  const lines = [];
  for (const field of FIELD_IDS) {
    const letter = source.columns[field];
    if (!letter || FIELD_INFO[field].kind !== "date") continue;
    const column = columnIndex(letter);
    const cells = sample.slice(source.headerRow).map((row) => row[column]);
    let dayMonth = false;
    textsOf(cells)((text) => dayMonth ||= dateText(text)?.kind === "dayMonth");
    if (!dayMonth) continue;
    const decision = decideDateOrder(textsOf(cells), locale, source.dateOrder);
    const refOf = (index) => {
      const row = index + source.headerRow + 1;
      return file ? { file: file.name, line: file.lineOf(row), column: letter } : { sheet: source.sheetName, column: letter, row };
    };
    lines.push(`${FIELD_LABELS[field][lang]} (${letter}): ${describeDateOrder(decision, refOf)[lang]}`);
  }
  return lines;
}
function assumedDateOrderWarnings(sources, columnOf, placeOf2, lang, m, locale) {
  const warnings = [];
  for (const source of sources) {
    for (const field of FIELD_IDS) {
      if (!source.columns[field] || FIELD_INFO[field].kind !== "date") continue;
      const cells = columnOf(source, field);
      if (!cells) continue;
      let example;
      textsOf(cells)((text) => {
        if (example) return;
        const parts = dateText(text);
        if (parts?.kind === "dayMonth") example = { text: text.trim(), first: parts.first, second: parts.second };
      });
      if (!example) continue;
      if (decideDateOrder(textsOf(cells), locale, source.dateOrder).by !== "default") continue;
      const { where, letter } = placeOf2(source, field);
      warnings.push(m.dateOrderAssumed(m.columnOfFile(where, letter, FIELD_LABELS[field][lang]), example.text, example.first, example.second));
    }
  }
  return warnings;
}

// src/cli/core/analyze.ts
import { stat as stat4 } from "node:fs/promises";
import { extname as extname4 } from "node:path";

// src/cells/local-days.ts
var MS_PER_DAY2 = MS_PER_DAY;
var SPAN = 1 << 14;
var MAX_SHARED = 8;
var shared = /* @__PURE__ */ new Map();
var RECENTRE_AFTER = 1024;
var CHANGES = Infinity;
var LocalDays = class _LocalDays {
  constructor(timeZone) {
    this.timeZone = timeZone;
  }
  timeZone;
  /**
   * The one LocalDays of a zone, shared by every reader (what it learns, a zone's offset on a UTC
   * day, never changes): a million-row function recalculated over and over allocates and fills
   * its 128 KB table once, not once per call.
   */
  static in(timeZone) {
    let days = shared.get(timeZone);
    if (!days) {
      if (shared.size >= MAX_SHARED) shared.clear();
      days = new _LocalDays(timeZone);
      shared.set(timeZone, days);
    }
    return days;
  }
  /** Offset in ms of UTC day firstUtcDay + slot; NaN when not learned yet, CHANGES on a clock-change day. */
  offsets = new Float64Array(SPAN).fill(NaN);
  firstUtcDay = NaN;
  /** Instants outside the table since it was centred. */
  outside = 0;
  /** The local day of an instant, exactly localDay(epochMs, timeZone); NaN for NaN. */
  of(epochMs) {
    const slot = Math.floor(epochMs / MS_PER_DAY2) - this.firstUtcDay;
    if (slot >= 0 && slot < SPAN) {
      const offset = this.offsets[slot];
      if (offset === offset && offset !== CHANGES) return Math.floor((epochMs + offset) / MS_PER_DAY2);
    }
    return this.learn(epochMs);
  }
  /**
   * `of(date.getTime())` for a Date cell. A call that V8 does not inline boxes a double argument
   * into a fresh heap number; a Date is already an object, so a loop over a million Date cells
   * allocates nothing here whether or not the call is inlined.
   */
  ofDate(date) {
    const epochMs = date.getTime();
    const slot = Math.floor(epochMs / MS_PER_DAY2) - this.firstUtcDay;
    if (slot >= 0 && slot < SPAN) {
      const offset = this.offsets[slot];
      if (offset === offset && offset !== CHANGES) return Math.floor((epochMs + offset) / MS_PER_DAY2);
    }
    return this.learn(epochMs);
  }
  learn(epochMs) {
    const utcDay = Math.floor(epochMs / MS_PER_DAY2);
    if (!Number.isFinite(utcDay)) return localDay(epochMs, this.timeZone);
    if (this.firstUtcDay !== this.firstUtcDay) this.firstUtcDay = utcDay - SPAN / 2;
    let slot = utcDay - this.firstUtcDay;
    if (!(slot >= 0 && slot < SPAN) && ++this.outside >= RECENTRE_AFTER) {
      this.offsets.fill(NaN);
      this.firstUtcDay = utcDay - SPAN / 2;
      this.outside = 0;
      slot = SPAN / 2;
    }
    if (slot >= 0 && slot < SPAN && this.offsets[slot] !== this.offsets[slot]) {
      const offset = steadyOffsetOn(utcDay, this.timeZone);
      this.offsets[slot] = offset === offset ? offset : CHANGES;
    }
    return localDay(epochMs, this.timeZone);
  }
};

// src/cells/facts.ts
var localeSource = () => void 0;
function rangeTexts(range) {
  return (visit) => {
    const { cells, rows, columns } = range;
    for (let r = 0; r < rows; r++) {
      const row = cells[r];
      for (let c = 0; c < columns; c++) {
        const cell = row[c];
        if (typeof cell === "string" && cell !== "") visit(cell, r * columns + c);
      }
    }
  };
}
function whereIn(range, argName) {
  return (index) => {
    const place = placeOf(index, range.rows, range.columns);
    return { en: describePlace(place, "en", argName), vi: describePlace(place, "vi", argName) };
  };
}
function rangeDateReader(range, toInstant, argName, given = {}) {
  let decision;
  let conflict;
  return (cell) => {
    if (typeof cell === "string") {
      const parts = dateText(cell);
      if (parts?.kind === "dayMonth") {
        if (!decision) {
          decision = decideDateOrder(rangeTexts(range), given.locale ?? localeSource(), given.order);
          conflict = decision.conflict && bothOrdersProblem(decision.conflict, whereIn(range, argName));
        }
        if (conflict) throw conflict;
      }
    }
    return readDate(cell, toInstant, decision?.order);
  };
}
function rangeMark(range, argName) {
  let decision;
  let conflict;
  const guard = (cell) => {
    if (typeof cell !== "string") return;
    const readings = numberReadings(cell);
    if (!readings || !isAmbiguous(readings)) return;
    if (!decision) {
      decision = decideDecimalMark(rangeTexts(range), localeSource());
      conflict = decision.conflict && bothMarksProblem(decision.conflict, whereIn(range, argName));
    }
    if (conflict) throw conflict;
  };
  return { mark: () => decision?.mark, guard };
}

// src/metrics/activity.ts
var activityTexts = {
  booleanNotUser: (value) => ({
    en: `${showValue(value)} is not a user id`,
    vi: `${showValue(value)} kh\xF4ng ph\u1EA3i m\xE3 ng\u01B0\u1EDDi d\xF9ng`
  }),
  dateNotUser: (value) => ({
    en: `the date ${showValue(value)} is not a user id`,
    vi: `ng\xE0y ${showValue(value)} kh\xF4ng ph\u1EA3i m\xE3 ng\u01B0\u1EDDi d\xF9ng`
  }),
  noActivity: () => ({
    en: "no users with dates in the ranges",
    vi: "kh\xF4ng c\xF3 ng\u01B0\u1EDDi d\xF9ng n\xE0o k\xE8m ng\xE0y trong c\xE1c v\xF9ng"
  })
};
function isUserCell(cell) {
  if (typeof cell === "string") {
    const first = cell.charCodeAt(0);
    if (first > 32 && first < 127 && first !== 35) return true;
    const text = cell.trim();
    if (text === "") return false;
    if (SHEETS_ERRORS.has(text.toUpperCase())) throw new CellProblem(cellTexts.sheetsError(text.toUpperCase()));
    return true;
  }
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new CellProblem(cellTexts.notFinite(cell));
    return true;
  }
  if (cell === null || cell === void 0) return false;
  if (typeof cell === "boolean") throw new CellProblem(activityTexts.booleanNotUser(cell));
  if (isDateCell(cell)) throw new CellProblem(activityTexts.dateNotUser(cell));
  if (Array.isArray(cell)) throw new CellProblem(cellTexts.nestedList());
  throw new CellProblem(cellTexts.notAValue());
}
var readUserCell = (cell) => isUserCell(cell) ? 1 : 0;
function userKey(cell) {
  if (typeof cell === "number") return String(cell);
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? cell : cell.trim();
}
var UserIds = class {
  byText = /* @__PURE__ */ new Map();
  byNumber = /* @__PURE__ */ new Map();
  count = 0;
  /** The user's number; the cell was checked by isUserCell. */
  numberOf(cell) {
    if (typeof cell === "number") {
      let id = this.byNumber.get(cell);
      if (id === void 0) {
        id = this.ofText(String(cell));
        this.byNumber.set(cell, id);
      }
      return id;
    }
    return this.byText.get(cell) ?? this.ofText(userKey(cell));
  }
  ofText(text) {
    let id = this.byText.get(text);
    if (id === void 0) {
      id = this.count++;
      this.byText.set(text, id);
    }
    return id;
  }
};
var MIN_MS = MIN_DATE_MS;
var MAX_MS = MAX_DATE_MS;
var DAY_MS2 = 864e5;
var Activity = class {
  constructor(userRange, instantOfCell, localDays, size, firstDay, lastDay) {
    this.userRange = userRange;
    this.instantOfCell = instantOfCell;
    this.localDays = localDays;
    this.size = size;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }
  userRange;
  instantOfCell;
  localDays;
  size;
  firstDay;
  lastDay;
  all;
  /** Every event, users interned once (for reports by month). */
  events() {
    return this.all ??= this.read(-Infinity, Infinity);
  }
  get users() {
    return this.events().users;
  }
  get days() {
    return this.events().days;
  }
  get userCount() {
    return this.events().userCount;
  }
  /** The events on days `from` … `to`, with only their users interned unless all already are. */
  between(from, to) {
    return this.all ?? this.read(from, to);
  }
  /**
   * How many distinct users have events on days `from` … `to` (DAU, WAU, MAU): the window's users
   * collected by their key, without interning them.
   */
  usersBetween(from, to) {
    if (this.all) {
      const { users, days, userCount } = this.all;
      const seen2 = new Uint8Array(userCount);
      let count = 0;
      for (let i = 0; i < users.length; i++) {
        if (days[i] < from || days[i] > to || seen2[users[i]] === 1) continue;
        seen2[users[i]] = 1;
        count++;
      }
      return count;
    }
    const { cells, columns } = this.userRange;
    const instants = this.instantOfCell;
    const localDays = this.localDays;
    const seen = /* @__PURE__ */ new Set();
    const low = (from - 1) * DAY_MS2;
    const high = (to + 2) * DAY_MS2;
    for (let index = 0; index < instants.length; index++) {
      const instant = instants[index];
      if (!(instant >= low && instant < high)) continue;
      const day = localDays.of(instant);
      if (day < from || day > to) continue;
      const r = columns === 1 ? index : Math.floor(index / columns);
      seen.add(userKey(cells[r][index - r * columns]));
    }
    return seen.size;
  }
  read(from, to) {
    const { cells, columns } = this.userRange;
    const instants = this.instantOfCell;
    const localDays = this.localDays;
    const ids = new UserIds();
    const low = (from - 1) * DAY_MS2;
    const high = (to + 2) * DAY_MS2;
    let users = new Int32Array(from === -Infinity && to === Infinity ? this.size : Math.min(this.size, 1024));
    let days = new Int32Array(users.length);
    let kept = 0;
    for (let index = 0; index < instants.length; index++) {
      const instant = instants[index];
      if (!(instant >= low && instant < high)) continue;
      const day = localDays.of(instant);
      if (day < from || day > to) continue;
      if (kept === users.length) {
        users = grown(users);
        days = grown(days);
      }
      const r = columns === 1 ? index : Math.floor(index / columns);
      users[kept] = ids.numberOf(cells[r][index - r * columns]);
      days[kept] = day;
      kept++;
    }
    return { users: users.subarray(0, kept), days: days.subarray(0, kept), userCount: ids.count };
  }
};
function grown(array) {
  const longer = new Int32Array(Math.max(16, array.length * 2));
  longer.set(array);
  return longer;
}
function dayRange(instants, minMs, maxMs, localDays) {
  const { timeZone } = localDays;
  let firstDay = localDays.of(minMs);
  let lastDay = localDays.of(maxMs);
  const minUtcDay = Math.floor(minMs / DAY_MS2);
  const maxUtcDay = Math.floor(maxMs / DAY_MS2);
  const firstSteady = steadyOffsetOver(minUtcDay, minUtcDay + 2, timeZone);
  const lastSteady = steadyOffsetOver(maxUtcDay - 2, maxUtcDay, timeZone);
  if (firstSteady && lastSteady) return { firstDay, lastDay };
  for (let i = 0; i < instants.length; i++) {
    const instant = instants[i];
    if (!firstSteady && instant <= minMs + 2 * DAY_MS2) firstDay = Math.min(firstDay, localDays.of(instant));
    if (!lastSteady && instant >= maxMs - 2 * DAY_MS2) lastDay = Math.max(lastDay, localDays.of(instant));
  }
  return { firstDay, lastDay };
}
function readActivity(fn, users, dates, timeZone, dateReading) {
  const checkShapes = () => requireSameSize(fn, [{ name: "users", range: rangeOf(fn, users, "users") }, { name: "dates", range: rangeOf(fn, dates, "dates") }]);
  const userRange = rangeForScan(users);
  const dateRange = rangeForScan(dates);
  if (dateRange.rows !== userRange.rows || dateRange.columns !== userRange.columns) checkShapes();
  try {
    return readEvents(fn, userRange, dateRange, timeZone, checkShapes, dateReading);
  } catch (error) {
    checkShapes();
    throw error;
  }
}
function activityOfEvents(users, instants, timeZone) {
  const own = new Float64Array(instants.length).fill(NaN);
  let size = 0;
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (let i = 0; i < instants.length; i++) {
    const instant = instants[i];
    if (instant !== instant) continue;
    try {
      if (!isUserCell(users[i])) continue;
    } catch {
      return void 0;
    }
    if (!(instant >= MIN_MS && instant <= MAX_MS)) return void 0;
    own[i] = instant;
    size++;
    if (instant < minMs) minMs = instant;
    if (instant > maxMs) maxMs = instant;
  }
  if (size === 0) return void 0;
  const localDays = LocalDays.in(timeZone);
  const { firstDay, lastDay } = dayRange(own, minMs, maxMs, localDays);
  return new Activity({ rows: 1, columns: users.length, cells: [users] }, own, localDays, size, firstDay, lastDay);
}
function readEvents(fn, userRange, dateRange, timeZone, checkShapes, dateReading) {
  const { rows, columns } = userRange;
  const readDateHere = rangeDateReader(dateRange, wallClockIn(timeZone), "dates", dateReading);
  const localDays = LocalDays.in(timeZone);
  const instantOfCell = new Float64Array(rows * columns).fill(NaN);
  const size = readInstants(fn, userRange, dateRange, readDateHere, checkShapes, instantOfCell);
  if (size === 0) throw failCall(fn, activityTexts.noActivity());
  const { firstDay, lastDay } = dayRange(instantOfCell, readMinMs, readMaxMs, localDays);
  return new Activity(userRange, instantOfCell, localDays, size, firstDay, lastDay);
}
function readInstants(fn, userRange, dateRange, readDateHere, checkShapes, instantOfCell) {
  const { rows, columns } = userRange;
  let size = 0;
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (let r = 0; r < rows; r++) {
    const userRow = userRange.cells[r];
    const dateRow = dateRange.cells[r];
    if (!Array.isArray(userRow) || userRow.length !== columns || !Array.isArray(dateRow) || dateRow.length !== columns) checkShapes();
    for (let c = 0; c < columns; c++) {
      const index = r * columns + c;
      const userCell = userRow[c];
      const first = typeof userCell === "string" ? userCell.charCodeAt(0) : 0;
      if (!(first > 32 && first < 127 && first !== 35) && readAt(fn, readUserCell, userCell, index, userRange, "users") === 0) continue;
      const dateCell = dateRow[c];
      const instant = dateCell instanceof Date ? dateCell.getTime() : readAt(fn, readDateHere, dateCell, index, dateRange, "dates");
      if (!(instant >= MIN_MS && instant <= MAX_MS)) {
        if (dateCell instanceof Date) readAt(fn, readDateHere, dateCell, index, dateRange, "dates");
        continue;
      }
      instantOfCell[index] = instant;
      size++;
      if (instant < minMs) minMs = instant;
      if (instant > maxMs) maxMs = instant;
    }
  }
  readMinMs = minMs;
  readMaxMs = maxMs;
  return size;
}
var readMinMs = NaN;
var readMaxMs = NaN;

// src/report/display.ts
var METRIC_INFO = {
  NPS: { unit: "points", higherIsBetter: true },
  CSAT: { unit: "percent", higherIsBetter: true },
  CSAT_AVG: { unit: "scale", higherIsBetter: true },
  CES: { unit: "scale", higherIsBetter: true },
  FCR: { unit: "percent", higherIsBetter: true },
  ART: { unit: "hours", higherIsBetter: false },
  REFERRAL_RATE: { unit: "percent", higherIsBetter: true },
  TRIAL_CONVERSION: { unit: "percent", higherIsBetter: true },
  CHURN: { unit: "percent", higherIsBetter: false },
  RETENTION: { unit: "percent", higherIsBetter: true },
  ACTIVE_USERS: { unit: "count", higherIsBetter: true },
  STICKINESS: { unit: "percent", higherIsBetter: true },
  COHORT_MONTH_1: { unit: "percent", higherIsBetter: true },
  COHORT_MONTH_3: { unit: "percent", higherIsBetter: true }
};
var DECIMALS = { points: 1, percent: 1, scale: 2, hours: 1, count: 0 };
function valueText(unit, value, lang) {
  const number = formatNumber(value, lang, DECIMALS[unit]);
  if (unit === "percent") return number + "%";
  if (unit === "hours") return `${number} ${messagesFor(lang).hours}`;
  return number;
}
function targetText(unit, value, lang) {
  const number = formatCompact(value, lang, 2);
  if (unit === "percent") return number + "%";
  if (unit === "hours") return `${number} ${messagesFor(lang).hours}`;
  return number;
}
function changeText(unit, change, lang) {
  return withUnit(unit, formatSigned(change, lang, DECIMALS[unit]), lang);
}
function changeSizeText(unit, change, lang) {
  return withUnit(unit, formatNumber(Math.abs(change), lang, DECIMALS[unit]), lang);
}
function withUnit(unit, number, lang) {
  const m = messagesFor(lang);
  if (unit === "points") return `${number} ${m.npsPoints}`;
  if (unit === "percent") return `${number} ${m.ratePoints}`;
  if (unit === "hours") return `${number} ${m.hours}`;
  return number;
}
function metricName(id, lang, kind = "month") {
  const m = messagesFor(lang);
  return id === "ACTIVE_USERS" && kind === "week" ? m.weeklyActiveUsers : m.metric[id];
}
function headlineKpis(kpis) {
  return kpis.filter((kpi) => !kpi.scope || kpi.scope.combined || !kpis.some((other) => other.id === kpi.id && other.scope?.combined));
}
function kpiName(kpi, lang, kind = "month") {
  const name = metricName(kpi.id, lang, kind);
  return kpi.scope ? `${name} \u2014 ${kpi.scope.name}` : name;
}
function kpiValueText(kpi, lang) {
  if (!kpi.current) return "\u2013";
  const text = valueText(kpi.unit, kpi.current.value, lang);
  return kpi.scale && kpi.unit === "scale" ? `${text} ${messagesFor(lang).outOf(kpi.scale)}` : text;
}
function isImprovement(kpi, change) {
  return kpi.higherIsBetter ? change > 0 : change < 0;
}
function changeParts(kpi, comparison, lang) {
  const m = messagesFor(lang);
  const arrow = comparison.change > 0 ? "\u25B2" : comparison.change < 0 ? "\u25BC" : "\u2022";
  const change = changeText(kpi.unit, comparison.change, lang);
  const verdict = comparison.test === "none" ? m.countNoTest : comparison.significant ? m.likelyReal : m.couldBeChance;
  const tone = comparison.test !== "none" && comparison.significant && comparison.change !== 0 ? isImprovement(kpi, comparison.change) ? "good" : "bad" : "neutral";
  return { arrow, change, verdict, tone };
}
function testNote(kpi, comparison, lang, kind = "month") {
  if (comparison.test === "none" || comparison.pValue === void 0) return void 0;
  const m = messagesFor(lang);
  return m.testLine(metricName(kpi.id, lang, kind), m.testName[comparison.test], formatP(comparison.pValue, lang));
}
function noChangeReason(kpi, lang, minN) {
  const m = messagesFor(lang);
  if (kpi.comparison) return void 0;
  if (!kpi.current) return m.noCurrent;
  if (!kpi.previous) return m.noPrevious;
  if (kpi.lowN) return m.tooFew(formatNumber(kpi.current.n, lang), formatNumber(kpi.previous.n, lang), minN);
  return m.noPrevious;
}
function ymd(date) {
  const [y, mo, d] = date.split("-").map(Number);
  return [y, mo, d];
}
function dateText2(date, lang) {
  const [y, mo, d] = ymd(date);
  return messagesFor(lang).shortDate(y, mo, d);
}
function periodText(period, lang) {
  const m = messagesFor(lang);
  if (period.kind === "all") return m.allPeriod;
  const [y, mo] = ymd(period.start);
  switch (period.kind) {
    case "month":
      return m.monthPeriod(m.monthName[mo - 1], y);
    case "quarter":
      return m.quarterPeriod(Math.floor((mo - 1) / 3) + 1, y);
    case "year":
      return m.yearPeriod(y);
    case "range":
      return m.rangePeriod(dateText2(period.start, lang), dateText2(period.end, lang));
    default:
      return m.weekPeriod(dateText2(period.start, lang), dateText2(period.end, lang));
  }
}
function trendLabel(start, kind, lang) {
  if (kind === "all") return messagesFor(lang).allPeriod;
  const [y, mo, d] = ymd(start);
  if (kind === "week" || kind === "range") return `${d}/${mo}`;
  if (kind === "quarter") return messagesFor(lang).quarterPeriod(Math.floor((mo - 1) / 3) + 1, y);
  if (kind === "year") return String(y);
  return lang === "vi" ? `T${mo}/${y}` : `${messagesFor("en").monthName[mo - 1].slice(0, 3)} ${y}`;
}

// src/report/columns.ts
var REASON_CODE = new Map(LEFT_OUT_REASONS.map((reason, i) => [reason, i + 1]));
var codeOf = (reason) => REASON_CODE.get(reason);
var reasonOfCode = (code) => LEFT_OUT_REASONS[code - 1];
var BLANK = codeOf("blank");
function reasonOf(problem) {
  const reason = problem.reason;
  return typeof reason === "string" && REASON_CODE.has(reason) ? reason : "unreadable";
}
function readInto(cell, read, values, reasons2, i) {
  try {
    const value = read(cell);
    values[i] = value;
    if (value !== value) reasons2[i] = isBlank(cell) ? BLANK : codeOf("noAnswer");
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
    values[i] = NaN;
    reasons2[i] = codeOf(reasonOf(error));
  }
}
var MAX_TEXTS2 = 4096;
var ReportReader = class {
  constructor(input) {
    this.input = input;
  }
  input;
  dayColumns = /* @__PURE__ */ new Map();
  instantColumns = /* @__PURE__ */ new Map();
  /** Each date column's (or stack part's) day/month order decision, for the report's warnings. */
  dateDecisions = /* @__PURE__ */ new Map();
  failures = [];
  /** Stacked columns: each part and the row it starts at. */
  stacks = /* @__PURE__ */ new Map();
  /** Where a column's cells are, when the caller said. */
  placeOf(cells) {
    return this.input.columns?.get(cells);
  }
  /**
   * Several sheets' columns one after another, for a figure over all of them ("All surveys").
   * Each part is read as its own sheet reads it (its date order, label table and whole-column
   * decisions, never the other sheets'), and a row left out is named by its own sheet's cell.
   */
  stack(parts) {
    const entries = [];
    let rows = 0;
    for (const part of parts) {
      entries.push({ part, offset: rows });
      rows += part.cells.length;
    }
    let cells;
    const packed = parts.find((part) => isPacked(part.cells))?.cells;
    if (packed) cells = packed.stack(parts.map((part) => part.cells));
    else {
      const all = [];
      for (const part of parts) for (const cell of part.cells) all.push(cell);
      cells = all;
    }
    this.stacks.set(cells, entries);
    return cells;
  }
  /** The place of each row of a column (a stack's rows at their own sheets' cells). */
  refsOf(cells) {
    const stacked = this.stacks.get(cells);
    if (stacked) {
      return (index) => {
        let at = 0;
        while (at + 1 < stacked.length && stacked[at + 1].offset <= index) at++;
        return this.refsOf(stacked[at].part.cells)(index - stacked[at].offset);
      };
    }
    const place = this.placeOf(cells);
    return (index) => place?.refOf(index);
  }
  /** Each cell through `read`; skipped and unreadable cells are NaN, with their reason. Non-CellProblem errors are bugs and propagate. */
  column(cells, read) {
    if (isPacked(cells)) return this.packedColumn(cells, read);
    const values = new Float64Array(cells.length);
    const reasons2 = new Uint8Array(cells.length);
    let texts = /* @__PURE__ */ new Map();
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      const known = typeof cell === "string" && texts !== void 0 ? texts.get(cell) : void 0;
      if (known) {
        values[i] = known.value;
        reasons2[i] = known.reason;
        continue;
      }
      readInto(cell, read, values, reasons2, i);
      if (typeof cell === "string" && texts !== void 0) {
        texts.set(cell, { value: values[i], reason: reasons2[i] });
        if (texts.size >= MAX_TEXTS2) texts = void 0;
      }
    }
    return { values, reasons: reasons2, refOf: this.refsOf(cells) };
  }
  /** column() over a packed column: the same reading row by row, each distinct cell read once, Dates and numbers kept by value read each. */
  packedColumn(cells, read) {
    const values = new Float64Array(cells.length);
    const reasons2 = new Uint8Array(cells.length);
    const { codes, distinct } = cells;
    const known = new Float64Array(distinct.length);
    const knownReason = new Int16Array(distinct.length).fill(-1);
    for (let i = 0; i < cells.length; i++) {
      const code = codes[i];
      if (code !== DATE_CODE && code !== NUMBER_CODE && knownReason[code] >= 0) {
        values[i] = known[code];
        reasons2[i] = knownReason[code];
        continue;
      }
      const cell = code === DATE_CODE || code === NUMBER_CODE ? cells.at(i) : distinct[code];
      readInto(cell, read, values, reasons2, i);
      if (code !== DATE_CODE && code !== NUMBER_CODE) {
        known[code] = values[i];
        knownReason[code] = reasons2[i];
      }
    }
    return { values, reasons: reasons2, refOf: this.refsOf(cells) };
  }
  /**
   * A column read by one of src/cells/column.ts's whole-column readers (labels, decimal marks,
   * date order, duration units decided for the column): each row's reason comes from the
   * reader's problems, and a NaN without one is a blank or a non-answer. `read` gets the cells
   * to read: the column's own, or for a stack each part in turn (with its label table).
   */
  wrap(cells, read) {
    const parts = this.stacks.get(cells) ?? [{ part: { cells }, offset: 0 }];
    let values;
    const reasons2 = new Uint8Array(cells.length);
    for (const { part, offset } of parts) {
      const place = this.placeOf(part.cells);
      const refOf = place ? (index) => place.refOf(index) : void 0;
      const read1 = read({ refOf, locale: this.input.locale, onProblem: (index, problem) => reasons2[offset + index] = codeOf(reasonOf(problem)) }, part);
      if (parts.length === 1 && read1.values.length === cells.length) values = read1.values;
      else (values ??= new Float64Array(cells.length)).set(read1.values, offset);
    }
    values ??= new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) if (values[i] !== values[i] && reasons2[i] === 0) reasons2[i] = isBlank(cellAt(cells, i)) ? BLANK : codeOf("noAnswer");
    return { values, reasons: reasons2, refOf: this.refsOf(cells) };
  }
  /** A date column as instants (epoch ms), day/month text in the column's order (its values, then the mapping's, then the locale), read once; a stack's parts each in their own sheet's order. */
  instants(cells, order) {
    let column = this.instantColumns.get(cells);
    if (!column) {
      const timeZone = this.input.timeZone;
      column = this.wrap(cells, (options, part) => {
        const read = readDateColumn(part.cells, { ...options, timeZone, order: part.dateOrder ?? order });
        this.dateDecisions.set(part.cells, read.decision);
        return read;
      });
      this.instantColumns.set(cells, column);
    }
    return column;
  }
  /** How a date column read so far decided its day/month order (undefined before it is read). */
  dateDecision(cells) {
    return this.dateDecisions.get(cells);
  }
  /** A date column as local day numbers in the spreadsheet's zone (NaN when blank or unreadable), read once. */
  days(cells, order) {
    let entry = this.dayColumns.get(cells);
    if (!entry) {
      const column = this.instants(cells, order);
      const local = LocalDays.in(this.input.timeZone);
      const days = new Float64Array(column.values.length);
      for (let i = 0; i < days.length; i++) days[i] = local.of(column.values[i]);
      entry = { column, days };
      this.dayColumns.set(cells, entry);
    }
    return entry;
  }
  /** Every date column read so far, as day numbers. */
  allDays() {
    return [...this.dayColumns.values()].map((entry) => entry.days);
  }
  /** A row-level problem worth a sentence of its own (a customer on two rows that disagree), besides its count in the coverage. */
  note(section2, metric, problem) {
    const text = (lang) => messagesFor(lang).sectionFailed(metricName(metric, lang), problem.text[lang]);
    this.failures.push({ section: section2, metric, message: { en: text("en"), vi: text("vi") } });
  }
  /** A whole computation that failed (e.g. inconsistent counts): its message in both languages, named for a person. */
  failure(section2, metric, what, error) {
    const texts = error instanceof TranslatedError ? error.texts : { en: String(error?.message ?? error), vi: String(error?.message ?? error) };
    const text = (lang) => messagesFor(lang).sectionFailed(what ? `${metricName(metric, lang)}, ${what}` : metricName(metric, lang), texts[lang]);
    this.failures.push({ section: section2, metric, message: { en: text("en"), vi: text("vi") } });
  }
};
function periodsOfDays(days, frame) {
  const known = periodsKnown.get(days);
  if (known?.frame === frame) return known.periods;
  const periods = periodsOfDaysOnce(days, frame);
  periodsKnown.set(days, { frame, periods });
  return periods;
}
var periodsKnown = /* @__PURE__ */ new WeakMap();
function periodsOfDaysOnce(days, frame) {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const periods = new Float64Array(days.length);
  const whole = Number.isInteger(first) && Number.isInteger(last) && last - first < MAX_TABLE_DAYS;
  const table = whole ? new Float64Array(last - first + 1).fill(NaN) : void 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (day !== day) {
      periods[i] = frame.undated;
      continue;
    }
    const slot = day - first;
    if (table && (slot | 0) === slot) {
      let period = table[slot];
      if (period !== period) table[slot] = period = frame.indexOf(day);
      periods[i] = period;
    } else periods[i] = frame.indexOf(day);
  }
  return periods;
}
var MAX_TABLE_DAYS = 1 << 16;
function undatedPeriods(rows, frame) {
  return new Float64Array(rows).fill(frame.undated);
}
function periodCoverage(column, periods, index, dates) {
  const coverage = newCoverage();
  const { reasons: reasons2 } = column;
  for (let i = 0; i < reasons2.length; i++) {
    const period = periods[i];
    if (period === index) {
      if (reasons2[i] === 0) noteUsed(coverage);
      else noteLeftOut(coverage, reasonOfCode(reasons2[i]), column.refOf(i));
    } else if (period !== period && reasons2[i] !== BLANK) {
      noteLeftOut(coverage, "noDate", dates?.refOf(i) ?? column.refOf(i));
    }
  }
  return coverage;
}
function textOf(cell) {
  if (cell === null || cell === void 0) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return "";
}
function usableEvents(activity, reader, lastDay) {
  const { column, days } = reader.days(activity.dates, activity.dateOrder);
  const userPlace = reader.placeOf(activity.users);
  const instants = new Float64Array(days.length).fill(NaN);
  const coverage = newCoverage();
  for (let i = 0; i < days.length; i++) {
    const user = cellAt(activity.users, i);
    const hasUser = textOf(user) !== "";
    const readableUser = typeof user === "string" && user.trim() !== "" || typeof user === "number" && Number.isFinite(user);
    if (days[i] !== days[i]) {
      if (hasUser) noteLeftOut(coverage, column.reasons[i] === codeOf("blank") ? "noDate" : reasonOfCode(column.reasons[i]), column.refOf(i));
      continue;
    }
    if (!readableUser) {
      if (hasUser && days[i] <= lastDay) noteLeftOut(coverage, "unreadable", userPlace?.refOf(i));
      continue;
    }
    instants[i] = column.values[i];
    if (days[i] <= lastDay) noteUsed(coverage);
  }
  return {
    coverage,
    activity: (fn, timeZone) => {
      const users = cellsOf(activity.users);
      const read = activityOfEvents(users, instants, timeZone);
      if (read) return read;
      const rows = [];
      const dates = [];
      for (let i = 0; i < instants.length; i++) if (instants[i] === instants[i]) rows.push([users[i]]), dates.push([new Date(instants[i])]);
      return readActivity(fn, rows, dates, timeZone);
    }
  };
}

// src/demo/random.ts
function mulberry32(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  const random = {
    next,
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (choices) => {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of choices) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return choices[choices.length - 1][0];
    },
    normal: () => {
      const u = Math.max(next(), 1e-12);
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    }
  };
  return random;
}

// src/demo/time.ts
var DEMO_TIME_ZONE = "Asia/Ho_Chi_Minh";
var DEMO_UTC_OFFSET_MINUTES = 7 * 60;
var DEMO_TODAY = /* @__PURE__ */ new Date("2026-11-05T03:00:00Z");
function localTime(year, month, day, hour = 0, minute = 0, second = 0) {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - DEMO_UTC_OFFSET_MINUTES * 6e4);
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function demoMonths() {
  const months = [];
  for (let index = 0; index < 14; index++) {
    const zeroBased = 8 + index;
    months.push({ year: 2025 + Math.floor(zeroBased / 12), month: zeroBased % 12 + 1, index });
  }
  return months;
}

// src/demo/story.ts
var SEPTEMBER_2026 = 12;
var OCTOBER_2026 = 13;
function npsTarget(month) {
  if (month.index === SEPTEMBER_2026) return 10;
  if (month.index === OCTOBER_2026) return 46;
  return 8 + 2.2 * month.index;
}
var CHANNEL_NPS_OFFSET = {
  Website: 0,
  "Mobile app": 6,
  Store: 16,
  Phone: -14
};
function surveyCount(month, random) {
  const incident = month.index === SEPTEMBER_2026 ? 15 : 0;
  return 70 + 3 * month.index + incident + random.int(-6, 6);
}
function drawNpsGroup(random, target) {
  const clamped = Math.max(-65, Math.min(65, target));
  const promoters = (0.7 + clamped / 100) / 2;
  const detractors = (0.7 - clamped / 100) / 2;
  return random.weighted([
    ["promoter", promoters],
    ["passive", 0.3],
    ["detractor", detractors]
  ]);
}
function drawNpsScore(random, group) {
  if (group === "promoter") return random.weighted([[10, 55], [9, 45]]);
  if (group === "passive") return random.weighted([[8, 55], [7, 45]]);
  return random.weighted([[6, 30], [5, 25], [4, 14], [3, 11], [2, 8], [1, 5], [0, 7]]);
}
function drawCsat(random, group) {
  if (group === "promoter") return random.weighted([[5, 65], [4, 30], [3, 5]]);
  if (group === "passive") return random.weighted([[5, 15], [4, 50], [3, 30], [2, 5]]);
  return random.weighted([[4, 10], [3, 30], [2, 35], [1, 25]]);
}
function drawCes(random, group) {
  if (group === "promoter") return random.weighted([[7, 45], [6, 35], [5, 15], [4, 5]]);
  if (group === "passive") return random.weighted([[7, 10], [6, 30], [5, 35], [4, 20], [3, 5]]);
  return random.weighted([[6, 5], [5, 15], [4, 25], [3, 25], [2, 20], [1, 10]]);
}
function drawStage(random, group) {
  const advocacy = group === "promoter" ? 22 : 4;
  return random.weighted([
    ["awareness", 8],
    ["consideration", 14],
    ["purchase", 34],
    ["retention", 26],
    ["advocacy", advocacy]
  ]);
}
function ticketCount(month, random) {
  if (month.index === SEPTEMBER_2026) return 205 + random.int(-8, 8);
  return 110 + 4 * month.index + random.int(-10, 10);
}
function firstContactRate(month) {
  if (month.index === SEPTEMBER_2026) return 0.52;
  if (month.index === OCTOBER_2026) return 0.76;
  return 0.58 + 8e-3 * month.index;
}
function medianResolutionHours(month) {
  if (month.index === SEPTEMBER_2026) return 30;
  if (month.index === OCTOBER_2026) return 8;
  return 20 - 0.7 * month.index;
}
function churnRate(month) {
  if (month.index === SEPTEMBER_2026) return 0.074;
  if (month.index === OCTOBER_2026) return 0.029;
  return 0.046 - 12e-4 * month.index;
}
function trialConversionRate(month) {
  return 0.34 + 8e-3 * month.index;
}

// src/demo/people.ts
var GIVEN = ["minh", "lan", "huong", "tuan", "linh", "nam", "trang", "phuong", "duc", "mai", "anh", "khoa", "thao", "quang", "vy", "bao", "emma", "james", "sophie", "daniel"];
var FAMILY = ["nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui", "do", "ngo", "smith", "lee"];
var DOMAINS = ["example.com", "example.vn", "mail.example.com"];
function drawEmail(random) {
  const style = random.int(0, 2);
  const given = random.pick(GIVEN);
  const family = random.pick(FAMILY);
  const local = style === 0 ? `${given}.${family}` : style === 1 ? `${given}${family}${random.int(1, 99)}` : `${given[0]}${family}`;
  return `${local}@${random.pick(DOMAINS)}`;
}
var COMMENTS_EN = {
  promoter: [
    "Love the jasmine tea, will order again!",
    "Fast delivery, friendly staff, great packaging.",
    'The "Tea of the month" box is the best gift I have given.',
    "Store staff helped me pick a tea for my mum. Thank you!",
    "Everything was perfect",
    "Great app, easy to reorder.\nPlease add a dark mode."
  ],
  passive: [
    "Good tea but a bit pricey.",
    "Delivery took 3 days, expected 2.",
    "Fine. The app could remember my address.",
    "OK overall, packaging could be better",
    "Nice, but the website's search is slow"
  ],
  detractor: [
    "My order arrived late and nobody told me why.",
    "Called support twice, still waiting for a refund.",
    "Box was crushed, tea spilled everywhere.",
    "Wrong item sent, then another wrong item.",
    "Too expensive for what you get, sorry."
  ]
};
var COMMENTS_VI = {
  promoter: [
    "Tr\xE0 ngon, giao h\xE0ng nhanh.",
    "Nh\xE2n vi\xEAn c\u1EEDa h\xE0ng r\u1EA5t nhi\u1EC7t t\xECnh, s\u1EBD gi\u1EDBi thi\u1EC7u cho b\u1EA1n b\xE8!",
    "H\u1ED9p qu\xE0 \u0111\u1EB9p, ng\u01B0\u1EDDi nh\u1EADn r\u1EA5t th\xEDch",
    "\u1EE8ng d\u1EE5ng d\u1EC5 d\xF9ng, \u0111\u1EB7t l\u1EA1i \u0111\u01A1n ch\u1EC9 m\u1ED9t ch\u1EA1m."
  ],
  passive: [
    "Gi\xE1 h\u01A1i cao so v\u1EDBi ch\u1EA5t l\u01B0\u1EE3ng.",
    "\u1ED4n, nh\u01B0ng \u0111\xF3ng g\xF3i c\u1EA7n c\u1EA3i thi\u1EC7n",
    "Giao h\xE0ng m\u1EA5t 3 ng\xE0y, h\u01A1i l\xE2u"
  ],
  detractor: [
    "Giao h\xE0ng tr\u1EC5 5 ng\xE0y, kh\xF4ng ai b\xE1o tr\u01B0\u1EDBc.",
    "G\u1ECDi t\u1ED5ng \u0111\xE0i m\xE3i kh\xF4ng ai nghe m\xE1y",
    "Nh\u1EADn sai s\u1EA3n ph\u1EA9m, \u0111\u1ED5i tr\u1EA3 ph\u1EE9c t\u1EA1p."
  ]
};
function drawComment(random, group, lang) {
  return random.pick((lang === "vi" ? COMMENTS_VI : COMMENTS_EN)[group]);
}
var HEARD_FROM = [
  ["Friend or colleague", 24],
  ["Google search", 30],
  ["Facebook", 22],
  ["Zalo", 12],
  ["Walked past a store", 12]
];

// src/demo/survey.ts
var FORM_SHEET = "Form Responses 1";
var FORM_HEADERS = [
  "Timestamp",
  "Email Address",
  "How likely are you to recommend us to a friend or colleague?",
  "How satisfied are you with your purchase?",
  "The company made it easy for me to handle my issue.",
  "Channel",
  "How did you hear about us?",
  "Anything else you'd like to tell us?",
  "Journey stage"
];
var STAGE_EN = {
  awareness: "Awareness",
  consideration: "Consideration",
  purchase: "Purchase",
  retention: "Retention",
  advocacy: "Advocacy"
};
function drawMoment(random, month) {
  const day = random.int(1, daysInMonth(month.year, month.month));
  const hour = random.weighted([[7, 1], [8, 2], [9, 3], [10, 3], [11, 3], [12, 4], [13, 3], [14, 3], [15, 3], [16, 3], [17, 3], [18, 3], [19, 4], [20, 5], [21, 4], [22, 2], [23, 1]]);
  return localTime(month.year, month.month, day, hour, random.int(0, 59), random.int(0, 59));
}
function formResponsesSheet(random) {
  const rows = [];
  for (const month of demoMonths()) {
    const answers = [];
    const count = surveyCount(month, random);
    for (let i = 0; i < count; i++) {
      const channel = random.weighted([["Website", 40], ["Mobile app", 25], ["Store", 20], ["Phone", 15]]);
      const group = drawNpsGroup(random, npsTarget(month) + CHANNEL_NPS_OFFSET[channel]);
      answers.push([
        drawMoment(random, month),
        random.chance(0.12) ? "" : drawEmail(random),
        drawNpsScore(random, group),
        drawCsat(random, group),
        random.chance(0.07) ? "" : drawCes(random, group),
        // optional question
        random.chance(0.02) ? "" : channel,
        random.chance(0.1) ? "" : random.weighted(HEARD_FROM),
        random.chance(0.6) ? "" : drawComment(random, group, "en"),
        random.chance(0.05) ? "" : STAGE_EN[drawStage(random, group)]
      ]);
    }
    answers.sort((a, b) => a[0].getTime() - b[0].getTime());
    rows.push(...answers);
  }
  rows[41][2] = "N/A";
  rows[97][4] = "N/A";
  rows[150][3] = "";
  const blank = FORM_HEADERS.map(() => "");
  return { name: FORM_SHEET, rows: [[...FORM_HEADERS], ...rows, blank, [...blank], [...blank]], frozenRows: 1 };
}

// src/demo/vietnamese.ts
var VI_SHEET = "Kh\u1EA3o s\xE1t";
var VI_HEADERS = [
  "D\u1EA5u th\u1EDDi gian",
  "Email",
  "Kh\u1EA3 n\u0103ng b\u1EA1n gi\u1EDBi thi\u1EC7u ch\xFAng t\xF4i cho b\u1EA1n b\xE8?",
  "M\u1EE9c \u0111\u1ED9 h\xE0i l\xF2ng",
  "K\xEAnh",
  "Giai \u0111o\u1EA1n h\xE0nh tr\xECnh",
  "G\xF3p \xFD"
];
var STAGE_VI = {
  awareness: "nh\u1EADn th\u1EE9c",
  consideration: "c\xE2n nh\u1EAFc",
  purchase: "mua",
  retention: "gi\u1EEF ch\xE2n",
  advocacy: "\u1EE7ng h\u1ED9"
};
var CHANNEL_OFFSET_VI = { Website: 0, "\u1EE8ng d\u1EE5ng": 6, "C\u1EEDa h\xE0ng": 14, Zalo: 4 };
function vietnameseSurveySheet(random) {
  const rows = [];
  for (const month of demoMonths()) {
    const answers = [];
    const count = 32 + month.index + random.int(-4, 4);
    for (let i = 0; i < count; i++) {
      const channel = random.weighted([["Website", 30], ["\u1EE8ng d\u1EE5ng", 25], ["C\u1EEDa h\xE0ng", 25], ["Zalo", 20]]);
      const group = drawNpsGroup(random, npsTarget(month) + CHANNEL_OFFSET_VI[channel]);
      answers.push([
        drawMoment(random, month),
        random.chance(0.15) ? "" : drawEmail(random),
        drawNpsScore(random, group),
        random.chance(0.04) ? "" : drawCsat(random, group),
        channel,
        random.chance(0.06) ? "" : STAGE_VI[drawStage(random, group)],
        random.chance(0.65) ? "" : drawComment(random, group, "vi")
      ]);
    }
    answers.sort((a, b) => a[0].getTime() - b[0].getTime());
    rows.push(...answers);
  }
  rows[12][2] = "kh\xF4ng bi\u1EBFt";
  const blank = VI_HEADERS.map(() => "");
  return { name: VI_SHEET, rows: [[...VI_HEADERS], ...rows, blank, [...blank]], frozenRows: 1 };
}

// src/demo/tickets.ts
var TICKETS_SHEET = "Support tickets";
var TICKET_HEADERS = ["Ticket ID", "Opened", "Resolved", "Resolved on first contact", "Channel"];
function ticketsSheet(random) {
  const tickets = [];
  for (const month of demoMonths()) {
    const count = ticketCount(month, random);
    for (let i = 0; i < count; i++) {
      const day = random.int(1, daysInMonth(month.year, month.month));
      const opened = localTime(month.year, month.month, day, random.int(8, 20), random.int(0, 59), random.int(0, 59));
      const channel = random.weighted([["Email", 35], ["Phone", 25], ["Chat", 25], ["Zalo", 15]]);
      const first = random.chance(firstContactRate(month) + (channel === "Chat" ? 0.05 : 0));
      const hours = first ? 0.2 + random.next() * 3 : medianResolutionHours(month) * Math.exp(0.6 * random.normal());
      const resolved = new Date(opened.getTime() + Math.round(hours * 3600) * 1e3);
      tickets.push({ opened, resolved, first: first ? "Yes" : "No", channel });
    }
  }
  tickets.sort((a, b) => a.opened.getTime() - b.opened.getTime());
  for (const ticket of tickets.slice(-3)) {
    ticket.resolved = "";
    ticket.first = "";
  }
  const rows = tickets.map((t, i) => [`T-${10001 + i}`, t.opened, t.resolved, t.first, t.channel]);
  rows[25][4] = "";
  const blank = TICKET_HEADERS.map(() => "");
  return { name: TICKETS_SHEET, rows: [[...TICKET_HEADERS], ...rows, blank, [...blank]], frozenRows: 1 };
}

// src/demo/subscriptions.ts
var SUBSCRIPTIONS_SHEET = "Subscriptions";
var SUBSCRIPTION_HEADERS = [
  "Month",
  "Customers at start",
  "New customers",
  "Customers at end",
  "Trials started",
  "Trials converted",
  "Referred customers"
];
function subscriptionsSheet(random) {
  const rows = [];
  let customers = 820;
  for (const month of demoMonths()) {
    const trials = 150 + 4 * month.index + random.int(-15, 15);
    const converted = Math.round(trials * trialConversionRate(month) + random.normal() * 3);
    const direct = 18 + random.int(0, 12);
    const added = converted + direct;
    const referred = Math.round(added * (0.18 + 4e-3 * month.index) + random.normal() * 2);
    const lost = Math.round(customers * churnRate(month) + random.normal() * 2);
    const end = customers + added - lost;
    rows.push([localTime(month.year, month.month, 1), customers, added, end, trials, converted, referred]);
    customers = end;
  }
  return { name: SUBSCRIPTIONS_SHEET, rows: [[...SUBSCRIPTION_HEADERS], ...rows], frozenRows: 1 };
}

// src/demo/activity.ts
var ACTIVITY_SHEET = "Activity";
var ACTIVITY_HEADERS = ["User ID", "Date", "Event"];
var EVENTS = [
  ["open_app", 50],
  ["place_order", 20],
  ["track_order", 20],
  ["write_review", 5],
  ["invite_friend", 5]
];
function activitySheet(random) {
  const habits = [];
  const rows = [];
  for (const month of demoMonths()) {
    const target = 300 + 22 * month.index;
    while (habits.length < target) {
      habits.push(random.weighted([[0.5, 15], [0.15, 35], [0.04, 50]]));
    }
    for (let day = 1; day <= daysInMonth(month.year, month.month); day++) {
      const weekday = new Date(Date.UTC(month.year, month.month - 1, day)).getUTCDay();
      const weekendFactor = weekday === 0 || weekday === 6 ? 0.7 : 1;
      const today = [];
      habits.forEach((habit, user) => {
        if (!random.chance(habit * weekendFactor)) return;
        const events = random.chance(0.15) ? 2 : 1;
        for (let e = 0; e < events; e++) {
          const at = localTime(month.year, month.month, day, random.int(6, 23), random.int(0, 59), random.int(0, 59));
          today.push([user, at, random.weighted(EVENTS)]);
        }
      });
      today.sort((a, b) => a[1].getTime() - b[1].getTime());
      for (const [user, at, event] of today) rows.push([`U${String(user + 1).padStart(4, "0")}`, at, event]);
    }
  }
  return { name: ACTIVITY_SHEET, rows: [[...ACTIVITY_HEADERS], ...rows], frozenRows: 1 };
}

// src/demo/workbook.ts
var DEMO_SEED = 2026;
function demoWorkbook(seed = DEMO_SEED) {
  const stream = (offset) => mulberry32(seed * 7919 + offset >>> 0);
  return {
    name: "Sen Viet Tea: customer data (demo)",
    timeZone: DEMO_TIME_ZONE,
    locale: "en_US",
    sheets: [
      formResponsesSheet(stream(1)),
      vietnameseSurveySheet(stream(2)),
      ticketsSheet(stream(3)),
      subscriptionsSheet(stream(4)),
      activitySheet(stream(5))
    ]
  };
}

// src/report/referral-flags.ts
function referralFlagsFor(answers) {
  const matcher = new ReferralMatcher(answers);
  const seen = /* @__PURE__ */ new Map();
  return (cell) => {
    if (typeof cell !== "string" || cell.trim() === "") return cell;
    let flag = seen.get(cell);
    if (flag === void 0) {
      try {
        readFlag(cell);
        flag = cell;
      } catch {
        try {
          flag = matcher.read(cell) === 1 ? "yes" : "no";
        } catch {
          flag = cell;
        }
      }
      seen.set(cell, flag);
    }
    return flag;
  };
}

// src/report/from-mapping.ts
function reportInputFromMapping(mapping, cells, context) {
  const places = /* @__PURE__ */ new Map();
  const input = { ...context, csatScale: mapping.scales.csat.scale, cesScale: mapping.scales.ces.scale, columns: places };
  const surveys = [];
  for (const source of mapping.sources) {
    const has = (field) => source.columns[field] !== void 0;
    const scored = has("nps") || has("csat") || has("ces");
    const isTickets = has("ticketOpened") && has("ticketResolved") || has("ticketDuration");
    const isSubscriptions = has("subsStart") && has("subsEnd") && has("subsNew");
    const isFlaggedContacts = !isTickets && has("firstContact") && (has("ticketOpened") || has("timestamp"));
    const isCustomers = has("churned") || has("customerJoined") && has("customerLeft");
    const isActivity = has("customerId") && has("timestamp") && !scored && !isTickets && !isSubscriptions && !isCustomers && !isFlaggedContacts;
    if (!scored && !isTickets && !isFlaggedContacts && !isSubscriptions && !isCustomers && !isActivity && !has("journeyStage") && !has("referral")) continue;
    let rows;
    const header = (field) => {
      const letter = source.columns[field];
      if (letter === void 0 || source.headerRow < 1) return void 0;
      if (typeof cells !== "function") return cells.headerOf?.(source, letter);
      const cell = cells(source)[source.headerRow - 1]?.[columnIndex(letter)];
      return typeof cell === "string" ? cell : void 0;
    };
    const col = (field) => {
      const letter = source.columns[field];
      if (letter === void 0) return void 0;
      let column;
      let place;
      if (typeof cells !== "function") {
        column = cells.columnOf(source, letter);
        place = cells.placeOf?.(source, letter);
      } else {
        rows ??= cells(source).slice(source.headerRow);
        const index = columnIndex(letter);
        column = rows.map((row) => index < row.length ? row[index] : "");
        place = { sheet: source.sheetName, refOf: (i) => ({ sheet: source.sheetName, column: letter, row: source.headerRow + 1 + i }) };
      }
      if (place) places.set(column, place);
      return column;
    };
    const dates = col("timestamp");
    if (scored) {
      const survey = {
        // A helpdesk's satisfaction rating is dated by its ticket, as on the dashboard.
        dates: dates ?? col("ticketOpened"),
        nps: col("nps"),
        csat: col("csat"),
        ces: col("ces"),
        segment: col("segment"),
        comment: col("comment"),
        email: col("email"),
        ...source.labels ? { labels: source.labels } : {},
        ...source.dateOrder ? { dateOrder: source.dateOrder } : {}
      };
      input.survey ??= survey;
      surveys.push({ name: source.sheetName, survey });
    }
    if (isTickets && !input.tickets) {
      input.tickets = {
        opened: col("ticketOpened") ?? [],
        resolved: col("ticketResolved"),
        firstContact: col("firstContact"),
        segment: col("segment"),
        ...has("ticketDuration") ? { duration: col("ticketDuration"), durationHeader: header("ticketDuration"), dates } : {},
        ...source.durationUnit ? { durationUnit: source.durationUnit } : {},
        ...source.dateOrder ? { dateOrder: source.dateOrder } : {}
      };
    } else if (isFlaggedContacts && !input.tickets) {
      input.tickets = {
        opened: col("ticketOpened") ?? dates,
        firstContact: col("firstContact"),
        segment: col("segment"),
        ...source.dateOrder ? { dateOrder: source.dateOrder } : {}
      };
    }
    if (isCustomers && !input.customers) {
      input.customers = {
        ids: col("customerId"),
        churned: col("churned"),
        joined: col("customerJoined"),
        left: col("customerLeft"),
        dates,
        ...source.dateOrder ? { dateOrder: source.dateOrder } : {}
      };
    }
    if (isSubscriptions && !input.subscriptions && dates) {
      input.subscriptions = {
        month: dates,
        start: col("subsStart"),
        end: col("subsEnd"),
        new: col("subsNew"),
        trials: col("trialStarted"),
        converted: col("trialConverted"),
        referred: col("referral"),
        ...source.dateOrder ? { dateOrder: source.dateOrder } : {}
      };
    } else if (has("referral") && !input.referrals) {
      const sources = col("referral");
      const asFlag = referralFlagsFor(referralAnswersFor(mapping, isPacked(sources) ? sources.distinct : sources));
      const referred = isPacked(sources) ? sources.mapTexts(asFlag) : mapCells(sources, asFlag);
      const place = places.get(sources);
      if (place) places.set(referred, place);
      input.referrals = { dates, referred, ...source.dateOrder ? { dateOrder: source.dateOrder } : {} };
    }
    const order = source.dateOrder ? { dateOrder: source.dateOrder } : {};
    if (isActivity && !input.activity) input.activity = { users: col("customerId"), dates, ...order };
    if (has("journeyStage") && !input.journey) input.journey = { stages: col("journeyStage"), dates, ...order };
  }
  if (surveys.length > 1) input.surveySheets = surveys;
  return input;
}

// src/stats/types.ts
var SIGNIFICANCE_LEVEL = 0.05;
function degenerateTest(difference) {
  if (difference === 0) return { statistic: 0, pValue: 1, significant: false };
  return { statistic: difference > 0 ? Infinity : -Infinity, pValue: 0, significant: true };
}
function checkConfidence(fn, confidence) {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`${fn}: confidence must be between 0 and 1, got ${confidence}`);
}
function checkCounts(fn, successes, n) {
  if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`${fn}: n must be a whole number above 0, got ${n}`);
  if (!(Number.isInteger(successes) && successes >= 0 && successes <= n)) {
    throw new RangeError(`${fn}: successes must be a whole number from 0 to ${n}, got ${successes}`);
  }
}

// src/stats/normal.ts
var SQRT_2PI = 2.5066282746310002;
function normalCdf(z) {
  const x = Math.abs(z);
  let tail;
  const e = Math.exp(-0.5 * x * x);
  if (x < 4) {
    let num = 0.0352624965998911 * x + 0.700383064443688;
    num = num * x + 6.37396220353165;
    num = num * x + 33.912866078383;
    num = num * x + 112.079291497871;
    num = num * x + 221.213596169931;
    num = num * x + 220.206867912376;
    let den = 0.0883883476483184 * x + 1.75566716318264;
    den = den * x + 16.064177579207;
    den = den * x + 86.7807322029461;
    den = den * x + 296.564248779674;
    den = den * x + 637.333633378831;
    den = den * x + 793.826512519948;
    den = den * x + 440.413735824752;
    tail = e * num / den;
  } else if (e === 0) {
    tail = 0;
  } else {
    let cf = x;
    for (let k = 24; k >= 1; k--) cf = x + k / cf;
    tail = e / cf / SQRT_2PI;
  }
  if (Number.isNaN(z)) return NaN;
  return z > 0 ? 1 - tail : tail;
}
var A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
var P_LOW = 0.02425;
function normalQuantile(p) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let x;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  for (let step = 0; step < 2; step++) {
    const e = x > 0 ? 1 - p - normalCdf(-x) : normalCdf(x) - p;
    const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
    x = x - u / (1 + 0.5 * x * u);
  }
  return x;
}

// src/stats/log-gamma.ts
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
var HALF_LOG_2PI = 0.9189385332046728;
function logGamma(x) {
  if (!(x > 0)) throw new RangeError(`logGamma: x must be above 0, got ${x}`);
  if (x < 0.5) {
    return logGamma(x + 1) - Math.log(x);
  }
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < 9; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

// src/stats/regularized-beta.ts
function regularizedBeta(x, a, b, oneMinusX = 1 - x) {
  if (!(x >= 0 && x <= 1)) throw new RangeError(`regularizedBeta: x must be in [0, 1], got ${x}`);
  if (!(a > 0 && b > 0)) throw new RangeError(`regularizedBeta: a and b must be above 0, got ${a} and ${b}`);
  if (x === 0) return 0;
  if (oneMinusX === 0) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(oneMinusX));
  if (x < (a + 1) / (a + b + 2)) return front * betaFraction(x, a, b) / a;
  return 1 - front * betaFraction(oneMinusX, b, a) / b;
}
var TINY = 1e-300;
var EPSILON = 1e-15;
var MAX_ITERATIONS = 2e3;
function betaFraction(x, a, b) {
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let coefficient = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    coefficient = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return h;
}

// src/stats/student-t.ts
function studentTCdf(t, df) {
  if (!(df > 0)) throw new RangeError(`studentTCdf: df must be above 0, got ${df}`);
  if (Number.isNaN(t)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const t2 = t * t;
  const x = df / (df + t2);
  const oneMinusX = t2 / (df + t2);
  const lowerTail = 0.5 * regularizedBeta(x, df / 2, 0.5, oneMinusX);
  return t > 0 ? 1 - lowerTail : lowerTail;
}

// src/stats/wilson-interval.ts
function wilsonInterval(successes, n, confidence = 0.95) {
  checkCounts("wilsonInterval", successes, n);
  checkConfidence("wilsonInterval", confidence);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const share2 = successes / n;
  const z2n = z * z / n;
  const centre = (share2 + z2n / 2) / (1 + z2n);
  const halfWidth = z * Math.sqrt(share2 * (1 - share2) / n + z2n / (4 * n)) / (1 + z2n);
  return { low: 100 * Math.max(0, centre - halfWidth), high: 100 * Math.min(1, centre + halfWidth) };
}

// src/stats/two-proportion-test.ts
function twoProportionTest(first, second) {
  checkCounts("twoProportionTest", first.successes, first.n);
  checkCounts("twoProportionTest", second.successes, second.n);
  const difference = first.successes / first.n - second.successes / second.n;
  const pooled = (first.successes + second.successes) / (first.n + second.n);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / first.n + 1 / second.n));
  if (standardError === 0) return degenerateTest(difference);
  const z = difference / standardError;
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  return { statistic: z, pValue, significant: pValue < SIGNIFICANCE_LEVEL };
}

// src/stats/welch-t-test.ts
function welchTTest(first, second) {
  for (const sample of [first, second]) {
    if (!(Number.isInteger(sample.n) && sample.n >= 2)) throw new RangeError(`welchTTest: each sample needs at least 2 values, got ${sample.n}`);
    if (!(sample.variance >= 0 && Number.isFinite(sample.variance))) throw new RangeError(`welchTTest: variance must be finite and not negative, got ${sample.variance}`);
    if (!Number.isFinite(sample.value)) throw new RangeError(`welchTTest: mean must be finite, got ${sample.value}`);
  }
  const firstShare = first.variance / first.n;
  const secondShare = second.variance / second.n;
  const squaredError = firstShare + secondShare;
  const difference = first.value - second.value;
  if (squaredError === 0) return { ...degenerateTest(difference), df: first.n + second.n - 2 };
  const t = difference / Math.sqrt(squaredError);
  const df = squaredError * squaredError / (firstShare * firstShare / (first.n - 1) + secondShare * secondShare / (second.n - 1));
  const pValue = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  return { statistic: t, df, pValue, significant: pValue < SIGNIFICANCE_LEVEL };
}

// src/stats/nps-difference-test.ts
function npsDifferenceTest(first, second) {
  const [firstNps, firstVariance] = npsAndVariance(first);
  const [secondNps, secondVariance] = npsAndVariance(second);
  const squaredError = firstVariance / first.n + secondVariance / second.n;
  const difference = firstNps - secondNps;
  if (squaredError === 0) return degenerateTest(difference);
  const z = difference / Math.sqrt(squaredError);
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  return { statistic: z, pValue, significant: pValue < SIGNIFICANCE_LEVEL };
}
function npsAndVariance({ n, promoters, detractors }) {
  if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`npsDifferenceTest: n must be a whole number above 0, got ${n}`);
  if (!(Number.isInteger(promoters) && Number.isInteger(detractors) && promoters >= 0 && detractors >= 0 && promoters + detractors <= n)) {
    throw new RangeError(`npsDifferenceTest: promoters and detractors must be whole numbers adding up to at most n = ${n}, got ${promoters} and ${detractors}`);
  }
  const promoterShare = promoters / n;
  const detractorShare = detractors / n;
  const net = promoterShare - detractorShare;
  return [100 * net, 100 * 100 * Math.max(0, promoterShare + detractorShare - net * net)];
}

// src/stats/nps-interval.ts
function npsInterval(promoters, passives, detractors, confidence = 0.95) {
  checkConfidence("npsInterval", confidence);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const adjustedN = promoters + passives + detractors + 3;
  const promoterShare = (promoters + 0.75) / adjustedN;
  const detractorShare = (detractors + 0.75) / adjustedN;
  const margin = promoterShare - detractorShare;
  const standardError = Math.sqrt((promoterShare + detractorShare - margin * margin) / adjustedN);
  return {
    low: Math.max(-100, 100 * (margin - z * standardError)),
    high: Math.min(100, 100 * (margin + z * standardError))
  };
}

// src/report/compare.ts
var MIN_N = 30;
function testOf(current, previous) {
  if (current.kind === "nps" && previous.kind === "nps") {
    const result = npsDifferenceTest(current, previous);
    return { test: "nps-difference", statistic: result.statistic, pValue: result.pValue, significant: result.significant };
  }
  if (current.kind === "proportion" && previous.kind === "proportion") {
    const result = twoProportionTest(current, previous);
    return { test: "two-proportion", statistic: result.statistic, pValue: result.pValue, significant: result.significant };
  }
  if (current.kind === "mean" && previous.kind === "mean") {
    const result = welchTTest(current, previous);
    return { test: "welch", statistic: result.statistic, pValue: result.pValue, significant: result.significant };
  }
  throw new Error(`compare: cannot test a ${current.kind} against a ${previous.kind}`);
}
function compareReadings(current, previous) {
  if (!current || !previous) return { comparison: null, lowN: false };
  const change = current.value - previous.value;
  if (!current.summary || !previous.summary) return { comparison: { change, test: "none", significant: false }, lowN: false };
  if (current.n < MIN_N || previous.n < MIN_N) return { comparison: null, lowN: true };
  return { comparison: { change, ...testOf(current.summary, previous.summary) }, lowN: false };
}
var MIN_TYPICAL_PERIODS = 3;
var YEAR_BACK = 12;
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function typicalOf(before2) {
  const used = before2.filter((r) => r !== null && (!r.summary || r.n >= MIN_N)).slice(-12);
  if (used.length < MIN_TYPICAL_PERIODS) return null;
  const value = median(used.map((r) => r.value));
  const n = Math.round(median(used.map((r) => r.n)));
  const typical = { value, periods: used.length, n };
  const summaries = used.map((r) => r.summary).filter((s) => s !== void 0);
  if (summaries.length !== used.length || n < 1) return typical;
  const z = normalQuantile(0.975);
  const kind = summaries[0].kind;
  if (kind === "proportion") {
    const interval = wilsonInterval(Math.min(n, Math.max(0, Math.round(value / 100 * n))), n);
    return { ...typical, low: interval.low, high: interval.high };
  }
  if (kind === "nps") {
    const shares = summaries.map((s) => s.kind === "nps" ? [s.promoters / s.n, s.detractors / s.n] : [0, 0]);
    const promoters = Math.round(n * median(shares.map((s) => s[0])));
    const detractors = Math.min(n - promoters, Math.round(n * median(shares.map((s) => s[1]))));
    const interval = npsInterval(promoters, n - promoters - detractors, detractors);
    const shift = value - 100 * (promoters - detractors) / n;
    return { ...typical, low: Math.max(-100, interval.low + shift), high: Math.min(100, interval.high + shift) };
  }
  const variance = median(summaries.map((s) => s.kind === "mean" ? s.variance : 0));
  const half = z * Math.sqrt(variance / n);
  return { ...typical, low: value - half, high: value + half };
}
function outside(typical, reading) {
  if (!reading || typical.low === void 0 || typical.high === void 0 || reading.n < MIN_N) return null;
  return reading.value < typical.low || reading.value > typical.high;
}
function usualnessOf(typical, current, previous, higherIsBetter) {
  if (!typical) return { usualness: null };
  const now = outside(typical, current);
  if (now === null) return { usualness: null };
  const was = (reading) => reading.value > typical.value === higherIsBetter ? "better" : "worse";
  if (now) return { usualness: "unusual", unusualWas: was(current) };
  if (outside(typical, previous)) return { usualness: "back-to-usual", unusualWas: was(previous) };
  const usualness = "usual";
  return { usualness };
}
function kpiOf(id, trendStarts2, readings, scale, kind = "month", coverage = newCoverage()) {
  const current = readings[readings.length - 1] ?? null;
  const previous = readings[readings.length - 2] ?? null;
  const { comparison, lowN } = compareReadings(current, previous);
  const trend = readings.map((r, i) => ({ start: trendStarts2[i], n: r?.n ?? 0, value: r ? r.value : null }));
  const info = METRIC_INFO[id];
  const typical = typicalOf(readings.slice(0, -1));
  const lastYear = kind === "month" ? readings[readings.length - 1 - YEAR_BACK] ?? null : null;
  return {
    id,
    unit: info.unit,
    higherIsBetter: info.higherIsBetter,
    scale,
    current,
    previous,
    comparison,
    lowN,
    trend,
    typical,
    vsTypical: typical && current ? current.value - typical.value : null,
    ...usualnessOf(typical, current, previous, info.higherIsBetter),
    lastYear,
    lastYearComparison: compareReadings(current, lastYear).comparison,
    coverage
  };
}
function readingOf(summary) {
  return { n: summary.n, value: summary.value, summary };
}

// src/metrics/active-users.ts
var activeUserTexts = {
  ...activityTexts,
  asOfNotDate: (value) => ({
    en: `as_of must be a date such as 2026-03-31, not ${showValue(value)}`,
    vi: `as_of ph\u1EA3i l\xE0 m\u1ED9t ng\xE0y, v\xED d\u1EE5 2026-03-31, kh\xF4ng ph\u1EA3i ${showValue(value)}`
  }),
  asOfNotDateInOrder: (value, order) => ({
    en: `as_of ${showValue(value)} is not a date when read ${order === "dmy" ? "day first" : "month first"}, as this spreadsheet writes dates; write it as 2026-03-31 or DATE(2026, 3, 31)`,
    vi: `as_of ${showValue(value)} kh\xF4ng ph\u1EA3i l\xE0 ng\xE0y khi \u0111\u1ECDc ${order === "dmy" ? "ng\xE0y tr\u01B0\u1EDBc th\xE1ng" : "th\xE1ng tr\u01B0\u1EDBc ng\xE0y"} nh\u01B0 b\u1EA3ng t\xEDnh n\xE0y ghi ng\xE0y; h\xE3y ghi 2026-03-31 ho\u1EB7c DATE(2026; 3; 31)`
  }),
  noActiveUsers: (asOfDay2) => ({
    en: `no active users in the 30 days ending ${isoDate(asOfDay2)}`,
    vi: `kh\xF4ng c\xF3 ng\u01B0\u1EDDi d\xF9ng ho\u1EA1t \u0111\u1ED9ng n\xE0o trong 30 ng\xE0y \u0111\u1EBFn ${isoDate(asOfDay2)}`
  })
};
var WINDOW = 30;
function bitCount(mask) {
  let v = mask - (mask >>> 1 & 1431655765);
  v = (v & 858993459) + (v >>> 2 & 858993459);
  return (v + (v >>> 4) & 252645135) * 16843009 >>> 24;
}
function activeUsersAsOf(activity, asOf = activity.lastDay) {
  const windowStart = asOf - (WINDOW - 1);
  const { users, days, userCount } = activity.between(windowStart, asOf);
  const activeDays = new Uint32Array(userCount);
  for (let i = 0; i < users.length; i++) {
    const offset = days[i] - windowStart;
    if (offset >= 0 && offset < WINDOW) activeDays[users[i]] |= 1 << offset;
  }
  const lastDayBit = 1 << WINDOW - 1;
  const lastWeekBits = 127 << WINDOW - 7;
  let dau = 0, wau = 0, mau = 0, userDays = 0;
  for (let u = 0; u < activeDays.length; u++) {
    const mask = activeDays[u];
    if (mask === 0) continue;
    mau++;
    if (mask & lastWeekBits) wau++;
    if (mask & lastDayBit) dau++;
    userDays += bitCount(mask);
  }
  return { asOf, dau, wau, mau, stickiness: mau === 0 ? NaN : 100 * (userDays / WINDOW) / mau };
}
function activeUsersByMonth(activity) {
  const { firstDay, lastDay } = activity;
  const { users, days, userCount } = activity.events();
  const span = lastDay - firstDay + 1;
  const startOfDay = new Int32Array(span + 1);
  for (let i = 0; i < days.length; i++) startOfDay[days[i] - firstDay + 1]++;
  for (let d = 0; d < span; d++) startOfDay[d + 1] += startOfDay[d];
  const byDay = new Int32Array(users.length);
  const fill = startOfDay.slice(0, span);
  for (let i = 0; i < days.length; i++) byDay[fill[days[i] - firstDay]++] = users[i];
  const seenOnDay = new Int32Array(userCount).fill(-1);
  const seenInMonth = new Int32Array(userCount).fill(-1);
  const firstMonth = periodIndex(firstDay, "month");
  const months = [];
  for (let month = firstMonth; month <= periodIndex(lastDay, "month"); month++) {
    const monthStart = periodStartDay(month, "month");
    const nextStart = periodStartDay(month + 1, "month");
    let mau = 0;
    let userDays = 0;
    for (let day = Math.max(monthStart, firstDay); day < Math.min(nextStart, lastDay + 1); day++) {
      const slot = day - firstDay;
      for (let k = startOfDay[slot]; k < startOfDay[slot + 1]; k++) {
        const user = byDay[k];
        if (seenOnDay[user] !== slot) {
          seenOnDay[user] = slot;
          userDays++;
        }
        if (seenInMonth[user] !== month - firstMonth) {
          seenInMonth[user] = month - firstMonth;
          mau++;
        }
      }
    }
    months.push({ monthStart, mau, dauAverage: userDays / (nextStart - monthStart) });
  }
  return months;
}

// src/metrics/churn.ts
function churnRate2(start, end, added) {
  return 100 * (start + added - end) / start;
}
function retentionRate(start, end, added) {
  return 100 * (end - added) / start;
}
function readCount(cell, mark) {
  const count = typeof cell === "boolean" ? readScore(cell) : readNumber(cell, mark);
  if (count === count && !(Number.isInteger(count) && count >= 0)) throw new CellProblem(cellTexts.notACount(count), "outOfScale");
  if (count > Number.MAX_SAFE_INTEGER) throw new CellProblem(cellTexts.countTooLarge(count), "outOfScale");
  return count;
}
function countReader(range) {
  const { mark, guard } = rangeMark(range);
  return (cell) => {
    guard(cell);
    return readCount(cell, mark());
  };
}
var NAMES = ["start", "end", "new"];
function periodRates(fn, startArg, endArg, newArg, rate) {
  const ranges = [startArg, endArg, newArg].map((arg, i) => rangeOf(fn, arg, NAMES[i]));
  requireSameSize(fn, ranges.map((range, i) => ({ name: NAMES[i], range })));
  const readers = ranges.map(countReader);
  const { rows, columns } = ranges[0];
  const out = [];
  let computed = 0;
  for (let r = 0; r < rows; r++) {
    const outRow = [];
    for (let c = 0; c < columns; c++) {
      const counts = countsAt(fn, ranges, readers, r, c);
      if (counts) computed++;
      outRow.push(counts ? rate(counts[0], counts[1], counts[2]) : "");
    }
    out.push(outRow);
  }
  if (computed === 0) throw failCall(fn, callTexts.noCounts());
  return rows === 1 && columns === 1 ? out[0][0] : out;
}
function countsAt(fn, ranges, readers, r, c) {
  const index = r * ranges[0].columns + c;
  const values = ranges.map((range, i) => readAt(fn, readers[i], range.cells[r][c], index, range, NAMES[i]));
  const filled = values.filter((v) => v === v).length;
  if (filled === 0) return void 0;
  const fail = (i, problem) => problemIn(fn, problem, index, ranges[i], NAMES[i]);
  if (filled < 3) {
    const missing = values.findIndex((v) => v !== v);
    throw fail(missing, new CellProblem(cellTexts.missingCount(NAMES[missing])));
  }
  const [start, end, added] = values;
  if (start <= 0) throw fail(0, new CellProblem(cellTexts.startNotPositive(start)));
  if (end > start + added) throw fail(1, new CellProblem(cellTexts.endAboveStartPlusNew(end, start, added)));
  return [start, end, added];
}

// src/report/series.ts
var MIN_SEGMENT_N = 30;
function intervalOf(summary) {
  if (summary.kind === "proportion") return wilsonInterval(summary.successes, summary.n);
  if (summary.kind === "nps") return npsInterval(summary.promoters, summary.passives, summary.detractors);
  const half = normalQuantile(0.975) * Math.sqrt(summary.variance / summary.n);
  return { low: summary.value - half, high: summary.value + half };
}
function summariesByPeriod(def, values, periods, frame) {
  const first = frame.trend[0];
  const buckets = frame.trend.map(() => []);
  for (let i = 0; i < values.length; i++) {
    const slot = periods[i] - first;
    if (values[i] === values[i] && slot >= 0 && slot < buckets.length) buckets[slot].push(values[i]);
  }
  return buckets.map((bucket) => bucket.length > 0 ? def.summarize(bucket) : null);
}
function trendStarts(frame) {
  return frame.trend.map((index) => frame.startOf(index));
}
function columnKpi(def, values, periods, frame, coverage, id = def.id, scale) {
  const summaries = summariesByPeriod(def, values, periods, frame);
  const kpi = kpiOf(id, trendStarts(frame), summaries.map((s) => s ? readingOf(s) : null), scale, frame.kind, coverage);
  return { kpi, summaries };
}
function worthShowing(kpi) {
  return kpi.trend.some((point) => point.n > 0) || leftOutCount(kpi.coverage) > 0;
}
function rankSegments(def, values, periods, segments, frame, id = def.id) {
  const bySegment = /* @__PURE__ */ new Map();
  for (let i = 0; i < values.length; i++) {
    const name = segments[i];
    if (periods[i] !== frame.index || values[i] !== values[i] || !name) continue;
    const list2 = bySegment.get(name);
    if (list2) list2.push(values[i]);
    else bySegment.set(name, [values[i]]);
  }
  if (bySegment.size === 0) return void 0;
  return rankObservations(def, bySegment, id);
}
function rankObservations(def, bySegment, id = def.id) {
  return rankSummaries(id, [...bySegment].map(([name, observations]) => ({ name, n: observations.length, summarize: () => def.summarize(observations) })));
}
function rankSummaries(id, segments) {
  const ranked = [];
  const tooFew = [];
  for (const { name, n, summarize } of segments) {
    if (n < MIN_SEGMENT_N) {
      tooFew.push({ name, n });
      continue;
    }
    const summary = summarize();
    ranked.push({ name, n: summary.n, value: summary.value, ...intervalOf(summary) });
  }
  tooFew.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  const info = METRIC_INFO[id];
  const sign = info.higherIsBetter ? -1 : 1;
  ranked.sort((a, b) => sign * (a.value - b.value) || b.n - a.n || a.name.localeCompare(b.name));
  const ranking = { metric: id, unit: info.unit, minN: MIN_SEGMENT_N, ranked: ranked.length, tooFew };
  if (ranked.length >= 2 && ranked[0].value !== ranked[ranked.length - 1].value) {
    ranking.best = ranked[0];
    ranking.worst = ranked[ranked.length - 1];
  } else if (ranked.length === 1) ranking.only = ranked[0];
  return ranking;
}

// src/report/counts.ts
var COUNT_FIELDS = ["start", "end", "new", "trials", "converted", "referred"];
function subscriptionKpis(subscriptions, input, frame, reader) {
  if (frame.kind !== "month") return [];
  const dated = reader.days(subscriptions.month, subscriptions.dateOrder);
  const months = dated.days.map((day) => day === day ? periodIndex(day, "month") : NaN);
  const sums = /* @__PURE__ */ new Map();
  const read = /* @__PURE__ */ new Map();
  for (const field of COUNT_FIELDS) {
    const cells = subscriptions[field];
    if (!cells) continue;
    const mark = decideDecimalMark(textsOf(cells), input.locale).mark;
    const column = reader.column(cells, (cell) => readCount(cell, mark));
    read.set(field, column);
    const counts = column.values;
    const perMonth = frame.trend.map(() => null);
    for (let i = 0; i < counts.length; i++) {
      const slot = months[i] - frame.trend[0];
      if (counts[i] === counts[i] && slot >= 0 && slot < perMonth.length) perMonth[slot] = (perMonth[slot] ?? 0) + counts[i];
    }
    sums.set(field, perMonth);
  }
  const at = (field, slot) => sums.get(field)?.[slot] ?? null;
  const starts = trendStarts(frame);
  const kpis = [];
  const churn = [];
  const retention = [];
  frame.trend.forEach((_, slot) => {
    const [start, end, added] = [at("start", slot), at("end", slot), at("new", slot)];
    if (start === null || end === null || added === null) {
      churn.push(null);
      retention.push(null);
      return;
    }
    try {
      const churnValue = periodRates("CHURN", start, end, added, churnRate2);
      const retentionValue = periodRates("RETENTION", start, end, added, retentionRate);
      churn.push(customerShare(start, start + added - end, churnValue));
      retention.push(customerShare(start, end - added, retentionValue));
    } catch (error) {
      reader.failure("subscriptions", "CHURN", starts[slot].slice(0, 7), error);
      churn.push(null);
      retention.push(null);
    }
  });
  const rowsOf = (fields) => monthRowsCoverage(fields.map((f) => read.get(f)), months, frame.index, dated.column);
  if (churn.some(Boolean)) {
    const coverage = rowsOf(["start", "end", "new"]);
    kpis.push(kpiOf("CHURN", starts, churn, void 0, frame.kind, coverage), kpiOf("RETENTION", starts, retention, void 0, frame.kind, coverage));
  }
  const share2 = (id, part, total) => {
    if (!sums.has(part) || !sums.has(total)) return;
    const readings = frame.trend.map((_, slot) => {
      const [p, t] = [at(part, slot), at(total, slot)];
      if (p === null || t === null || t === 0) return null;
      try {
        return readingOf(shareOfCounts(id, p, t));
      } catch (error) {
        reader.failure("subscriptions", id, starts[slot].slice(0, 7), error);
        return null;
      }
    });
    if (readings.some(Boolean)) kpis.push(kpiOf(id, starts, readings, void 0, frame.kind, rowsOf([part, total])));
  };
  share2("TRIAL_CONVERSION", "converted", "trials");
  share2("REFERRAL_RATE", "referred", "new");
  return kpis;
}
function customerShare(start, part, value) {
  if (!(Number.isInteger(start) && Number.isInteger(part) && part >= 0 && part <= start)) return { n: start, value };
  return { n: start, value, summary: { kind: "proportion", n: start, successes: part, value } };
}
function activityKpis(activity, input, frame, reader) {
  if (frame.kind !== "month" && frame.kind !== "week") return [];
  const dated = reader.days(activity.dates, activity.dateOrder);
  let events;
  try {
    const usable = usableEvents(activity, reader, Infinity);
    events = usable.activity(frame.kind === "month" ? "MAU" : "WAU", input.timeZone);
  } catch (error) {
    reader.failure("activity", "ACTIVE_USERS", void 0, error);
    return [];
  }
  const active = [];
  const sticky = [];
  if (frame.kind === "month") {
    const byMonth = new Map(activeUsersByMonth(events).map((m) => [periodIndex(m.monthStart, "month"), m]));
    for (const index of frame.trend) {
      const month = byMonth.get(index);
      active.push(month ? { n: month.mau, value: month.mau } : null);
      sticky.push(month && month.mau > 0 ? { n: month.mau, value: 100 * month.dauAverage / month.mau } : null);
    }
  } else {
    for (const index of frame.trend) {
      const lastDay = periodStartDay(index + 1, "week") - 1;
      const weekStart = periodStartDay(index, "week");
      if (lastDay < events.firstDay || weekStart > events.lastDay) {
        active.push(null);
        sticky.push(null);
        continue;
      }
      const users = activeUsersAsOf(events, lastDay);
      active.push({ n: users.wau, value: users.wau });
      sticky.push(users.mau > 0 ? { n: users.mau, value: users.stickiness } : null);
    }
  }
  const starts = trendStarts(frame);
  const coverage = eventCoverage(activity.users, dated.days, dated.column, frame, reader);
  return active.some(Boolean) ? [kpiOf("ACTIVE_USERS", starts, active, void 0, frame.kind, coverage), kpiOf("STICKINESS", starts, sticky, void 0, frame.kind, coverage)] : [];
}
function monthRowsCoverage(columns, months, index, dates) {
  const coverage = newCoverage();
  for (let i = 0; i < months.length; i++) {
    const bad = columns.find((c) => c.reasons[i] !== 0);
    const allBlank = columns.every((c) => c.reasons[i] === codeOf("blank"));
    if (months[i] === index) {
      if (!bad) noteUsed(coverage);
      else noteLeftOut(coverage, reasonOfCode(bad.reasons[i]), bad.refOf(i));
    } else if (months[i] !== months[i] && !allBlank) noteLeftOut(coverage, "noDate", dates.refOf(i));
  }
  return coverage;
}
function eventCoverage(users, days, dates, frame, reader) {
  const coverage = newCoverage();
  const place = reader.placeOf(users);
  for (let i = 0; i < days.length; i++) {
    const hasUser = textOf(cellAt(users, i)) !== "";
    if (days[i] === days[i]) {
      if (frame.indexOf(days[i]) !== frame.index) continue;
      if (hasUser) noteUsed(coverage);
      else noteLeftOut(coverage, "blank", place?.refOf(i));
    } else if (hasUser) noteLeftOut(coverage, dates.reasons[i] === codeOf("blank") ? "noDate" : reasonOfCode(dates.reasons[i]), dates.refOf(i));
  }
  return coverage;
}

// src/metrics/customer-churn.ts
function customerChurnIn(customers, index, period) {
  const first = periodStartDay(index, period);
  const next = periodStartDay(index + 1, period);
  const { joined, left } = customers;
  let atStart = 0;
  let churned = 0;
  for (let i = 0; i < joined.length; i++) {
    if (!(joined[i] < first)) continue;
    const leftDay = left[i];
    if (leftDay === leftDay && leftDay < first) continue;
    atStart++;
    if (leftDay === leftDay && leftDay < next) churned++;
  }
  return { kind: "proportion", n: atStart, successes: churned, value: atStart === 0 ? NaN : 100 * churned / atStart };
}
function retentionOf(churn) {
  return { kind: "proportion", n: churn.n, successes: churn.n - churn.successes, value: 100 - churn.value };
}

// src/metrics/activity-churn.ts
var REMEMBERED_DAYS = 1024;
function eventPeriods(days, period) {
  const out = new Int32Array(days.length);
  const slotDay = new Int32Array(REMEMBERED_DAYS).fill(2147483647);
  const slotPeriod = new Int32Array(REMEMBERED_DAYS);
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    const slot = day & REMEMBERED_DAYS - 1;
    if (slotDay[slot] !== day) {
      slotDay[slot] = day;
      slotPeriod[slot] = periodIndex(day, period);
    }
    out[i] = slotPeriod[slot];
  }
  return out;
}

// src/metrics/ces.ts
var CES_SCALES2 = [7, 5];
var CES_METHODS = ["mean", "percent"];
function cesOptions(fn, scale, method) {
  return {
    scale: numberChoice(fn, scale, "scale", CES_SCALES2, 7),
    method: wordChoice(fn, method, "method", CES_METHODS, "mean"),
    scaleGiven: !isOmitted(singleValue(fn, scale, "scale")),
    labels: void 0
  };
}
function cesAgreeFrom(scale) {
  return scale === 7 ? 5 : 4;
}
function cesReader(scale) {
  return wholeScoreReader(1, scale, "ces");
}
function cesOfCounts(counts, options) {
  return options.method === "mean" ? meanOfCounts(counts, 1) : shareAtLeast(counts, 1, cesAgreeFrom(options.scale));
}

// src/metrics/csat.ts
var CSAT_SCALES2 = [3, 5, 7, 10];
function defaultCsatThreshold(scale) {
  return scale === 3 ? 3 : scale - 1;
}
function csatOptions(fn, scale, threshold) {
  const checkedScale = numberChoice(fn, scale, "scale", CSAT_SCALES2, 5);
  const checkedThreshold = wholeInRange(fn, threshold, "threshold", 1, checkedScale, defaultCsatThreshold(checkedScale));
  return {
    scale: checkedScale,
    threshold: checkedThreshold,
    scaleGiven: !isOmitted(singleValue(fn, scale, "scale")),
    thresholdGiven: !isOmitted(singleValue(fn, threshold, "threshold")),
    labels: void 0
  };
}
function csatReader(scale) {
  return wholeScoreReader(1, scale, "csat");
}

// src/metrics/art.ts
var readDuration = durationReader("hours", "hours", void 0);
function meanDurationOf(durations, fn = "ART") {
  if (durations.length === 0) throw failCall(fn, callTexts.noDurations());
  return meanOf(durations);
}

// src/metrics/nps.ts
var NPS_LOW = 0;
var NPS_HIGH = 10;
var NPS_DETRACTOR_MAX = 6;
var NPS_PROMOTER_MIN = 9;
var readNpsScore = wholeScoreReader(NPS_LOW, NPS_HIGH);
function npsFromGroups(promoters, passives, detractors) {
  const n = promoters + passives + detractors;
  return { kind: "nps", n, value: 100 * (promoters - detractors) / n, promoters, passives, detractors };
}
function npsOfCounts(counts) {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (let score = NPS_LOW; score <= NPS_HIGH; score++) {
    if (score >= NPS_PROMOTER_MIN) promoters += counts[score];
    else if (score > NPS_DETRACTOR_MAX) passives += counts[score];
    else detractors += counts[score];
  }
  return npsFromGroups(promoters, passives, detractors);
}
function npsOfScores(scores, fn = "NPS") {
  if (scores.length === 0) throw failCall(fn, callTexts.noScores());
  return npsOfCounts(histogramOf(scores, NPS_LOW, NPS_HIGH));
}
function npsShares(summary) {
  return {
    promoterShare: 100 * summary.promoters / summary.n,
    passiveShare: 100 * summary.passives / summary.n,
    detractorShare: 100 * summary.detractors / summary.n
  };
}

// src/metrics/registry.ts
var LABEL_FAMILY = { NPS: void 0, CSAT: "csat", CSAT_AVG: "csat", CES: "ces" };
function takesLabels(id) {
  return id in LABEL_FAMILY;
}
function nonEmpty(id, emptyText, summarize) {
  return (observations) => {
    if (observations.length === 0) throw failCall(id, emptyText());
    return summarize(observations);
  };
}
function nonEmptyCounts(id, emptyText, summarize) {
  return (counts) => {
    let n = 0;
    for (let i = 0; i < counts.length; i++) n += counts[i];
    if (n === 0) throw failCall(id, emptyText());
    return summarize(counts);
  };
}
function yesShareOfCounts(counts, id) {
  if (counts[0] + counts[1] === 0) return yesShareOf([], id);
  return { kind: "proportion", n: counts[0] + counts[1], successes: counts[1], value: 100 * counts[1] / (counts[0] + counts[1]) };
}
function getMetric(id, options = {}) {
  if (options.labels && takesLabels(id)) {
    const def = getMetric(id, { ...options, labels: void 0 });
    return { ...def, read: wholeScoreReader(def.whole.low, def.whole.high, LABEL_FAMILY[id], options.labels) };
  }
  switch (id) {
    case "NPS":
      return {
        id,
        read: readNpsScore,
        whole: { low: NPS_LOW, high: NPS_HIGH },
        summarize: (observations) => npsOfScores(observations, id),
        summarizeCounts: nonEmptyCounts(id, callTexts.noScores, npsOfCounts)
      };
    case "CSAT": {
      const { scale, threshold } = csatOptions(id, options.scale, options.threshold);
      const ofCounts = (counts) => shareAtLeast(counts, 1, threshold);
      const summarize = (observations) => ofCounts(histogramOf(observations, 1, scale));
      return { id, read: csatReader(scale), whole: { low: 1, high: scale }, summarize: nonEmpty(id, callTexts.noScores, summarize), summarizeCounts: nonEmptyCounts(id, callTexts.noScores, ofCounts) };
    }
    case "CSAT_AVG": {
      const { scale } = csatOptions(id, options.scale);
      const ofCounts = (counts) => meanOfCounts(counts, 1);
      const summarize = (observations) => ofCounts(histogramOf(observations, 1, scale));
      return { id, read: csatReader(scale), whole: { low: 1, high: scale }, summarize: nonEmpty(id, callTexts.noScores, summarize), summarizeCounts: nonEmptyCounts(id, callTexts.noScores, ofCounts) };
    }
    case "CES": {
      const cesChoice = cesOptions(id, options.scale, options.method);
      const ofCounts = (counts) => cesOfCounts(counts, cesChoice);
      const summarize = (observations) => ofCounts(histogramOf(observations, 1, cesChoice.scale));
      return { id, read: cesReader(cesChoice.scale), whole: { low: 1, high: cesChoice.scale }, summarize: nonEmpty(id, callTexts.noScores, summarize), summarizeCounts: nonEmptyCounts(id, callTexts.noScores, ofCounts) };
    }
    case "FCR":
    case "TRIAL_CONVERSION":
    // CHURN over per-customer churned flags (CHURN(churned), CX_TREND("CHURN", …), CX_BY("CHURN", …)).
    case "CHURN":
      return { id, read: readFlag, whole: { low: 0, high: 1 }, summarize: (observations) => yesShareOf(observations, id), summarizeCounts: (counts) => yesShareOfCounts(counts, id) };
    case "REFERRAL_RATE":
      return { id, read: readReferralFlag, whole: { low: 0, high: 1 }, summarize: (observations) => yesShareOf(observations, id), summarizeCounts: (counts) => yesShareOfCounts(counts, id) };
    case "ART":
      return { id, read: readDuration, summarize: (observations) => meanDurationOf(observations, id) };
    default:
      throw new Error(`getMetric: unknown metric ${String(id)}`);
  }
}

// src/metrics/trend.ts
var trendTexts = {
  noDatedValues: () => ({
    en: "no values with dates in the ranges",
    vi: "kh\xF4ng c\xF3 gi\xE1 tr\u1ECB n\xE0o k\xE8m ng\xE0y trong c\xE1c v\xF9ng"
  }),
  noGroupedValues: () => ({
    en: "no values with groups in the ranges",
    vi: "kh\xF4ng c\xF3 gi\xE1 tr\u1ECB n\xE0o k\xE8m nh\xF3m trong c\xE1c v\xF9ng"
  }),
  tooManyPeriods: (count, period, first, last) => ({
    en: `the dates run from ${isoDate(first)} to ${isoDate(last)}, ${count} periods of one ${period}, more than ${MAX_PERIODS} rows; check for a mistyped date or use a longer period`,
    vi: `c\xE1c ng\xE0y k\xE9o d\xE0i t\u1EEB ${isoDate(first)} \u0111\u1EBFn ${isoDate(last)}, ${count} k\u1EF3, qu\xE1 ${MAX_PERIODS} h\xE0ng; h\xE3y ki\u1EC3m tra ng\xE0y g\xF5 nh\u1EA7m ho\u1EB7c d\xF9ng k\u1EF3 d\xE0i h\u01A1n`
  })
};
var MAX_PERIODS = 1e4;
var REMEMBERED_DAYS2 = 1 << 14;

// src/metrics/cohort.ts
function cohortsOf(activity, period, periods, fn = "CX_COHORT") {
  const { users, days, userCount } = activity.events();
  const periodOf = eventPeriods(days, period);
  const first = new Int32Array(userCount).fill(2147483647);
  for (let i = 0; i < users.length; i++) if (periodOf[i] < first[users[i]]) first[users[i]] = periodOf[i];
  const firstCohort = periodIndex(activity.firstDay, period);
  const lastPeriod = periodIndex(activity.lastDay, period);
  const count = lastPeriod - firstCohort + 1;
  if (count > MAX_PERIODS) {
    throw failCall(fn, trendTexts.tooManyPeriods(count, period, activity.firstDay, activity.lastDay));
  }
  const words = Math.ceil(periods / 32);
  const masks = new Uint32Array(userCount * words);
  for (let i = 0; i < users.length; i++) {
    const u = users[i];
    const k = periodOf[i] - first[u];
    if (k < periods) masks[u * words + (k >>> 5)] |= 1 << (k & 31);
  }
  const sizes = new Float64Array(count);
  const active = new Float64Array(count * periods);
  for (let u = 0; u < userCount; u++) {
    const c = first[u] - firstCohort;
    sizes[c]++;
    for (let k = 0; k < periods; k++) if (masks[u * words + (k >>> 5)] & 1 << (k & 31)) active[c * periods + k]++;
  }
  const rows = [];
  for (let c = 0; c < count; c++) {
    const retention = [];
    for (let k = 0; k < periods; k++) {
      const reached = firstCohort + c + k <= lastPeriod;
      retention.push(reached && sizes[c] > 0 ? 100 * active[c * periods + k] / sizes[c] : null);
    }
    rows.push({ start: periodStartDay(firstCohort + c, period), size: sizes[c], retention });
  }
  return rows;
}

// src/report/customers.ts
function customerKpis(customers, _input, frame, reader) {
  const ids = customers.ids && mapCells(customers.ids, textOf);
  const coverage = newCoverage();
  const idRef = (i) => customers.ids ? reader.placeOf(customers.ids)?.refOf(i) : void 0;
  if (customers.joined && customers.left && frame.kind !== "range" && frame.kind !== "all") {
    const joined = reader.days(customers.joined, customers.dateOrder);
    const joinedDays = joined.days;
    const left = reader.days(customers.left, customers.dateOrder);
    const skip = contradictoryRows(ids, (i) => String(joinedDays[i]), (i) => String(left.days[i]), coverage, idRef, reader);
    for (let i = 0; i < joinedDays.length; i++) {
      if (skip.has(i)) continue;
      const bad = [joined.column, left.column].find((column) => column.reasons[i] !== 0 && column.reasons[i] !== codeOf("blank"));
      if (!bad) {
        if (joinedDays[i] !== joinedDays[i] && left.days[i] !== left.days[i] && ids?.[i]) noteLeftOut(coverage, "noDate", joined.column.refOf(i));
        continue;
      }
      noteLeftOut(coverage, reasonOfCode(bad.reasons[i]), bad.refOf(i));
      skip.add(i);
    }
    const dated = customerDates(joinedDays, left.days, skip, coverage, (i) => left.column.refOf(i), reader);
    if (dated.joined.length > 0) {
      noteUsed(coverage, dated.joined.length);
      const kind = frame.kind;
      const churn = frame.trend.map((index) => customerChurnIn(dated, index, kind));
      const reading = (summary) => summary.n > 0 ? readingOf(summary) : null;
      const starts = trendStarts(frame);
      return [kpiOf("CHURN", starts, churn.map(reading), void 0, kind, coverage), kpiOf("RETENTION", starts, churn.map((s) => reading(retentionOf(s))), void 0, kind, coverage)];
    }
  }
  if (!customers.churned) return [];
  const def = getMetric("CHURN");
  const flagColumn = reader.column(customers.churned, def.read);
  const flags = flagColumn.values;
  for (const row of contradictoryRows(ids, () => "", (i) => String(flags[i]), newCoverage(), idRef, reader)) {
    flags[row] = NaN;
    flagColumn.reasons[row] = codeOf("conflict");
  }
  if (customers.dates) {
    const dated = reader.days(customers.dates, customers.dateOrder);
    const periods = periodsOfDays(dated.days, frame);
    const { kpi } = columnKpi(def, flags, periods, frame, periodCoverage(flagColumn, periods, frame.index, dated.column));
    return worthShowing(kpi) ? [kpi] : [];
  }
  const answers = [...flags].filter((flag) => flag === flag);
  if (answers.length === 0) return [];
  const listCoverage = periodCoverage(flagColumn, new Float64Array(flags.length), 0);
  const now = readingOf(yesShareOf(answers, "CHURN"));
  return [kpiOf("CHURN", trendStarts(frame), frame.trend.map((_, i) => i === frame.trend.length - 1 ? now : null), void 0, frame.kind, listCoverage)];
}
function placed(text, ref) {
  return ref ? { en: `${text.en} (at ${describeRef(ref, "en")})`, vi: `${text.vi} (t\u1EA1i ${describeRef(ref, "vi")})` } : text;
}
function customerDates(joinedDays, leftDays, skip, coverage, leftRef, reader) {
  const joined = [];
  const left = [];
  const index = [];
  let lastDay = -Infinity;
  for (let i = 0; i < joinedDays.length; i++) {
    const j = joinedDays[i];
    const l = leftDays[i];
    if (skip.has(i)) continue;
    if (j !== j) {
      if (l === l) {
        noteLeftOut(coverage, "noDate", leftRef(i));
        reader.note("customers", "CHURN", new CellProblem(placed(recordTexts.leftWithoutJoined(), leftRef(i))));
      }
      continue;
    }
    if (l < j) {
      noteLeftOut(coverage, "conflict", leftRef(i));
      reader.note("customers", "CHURN", new CellProblem(placed(recordTexts.leftBeforeJoined(isoDate(l), isoDate(j)), leftRef(i))));
      continue;
    }
    joined.push(j);
    left.push(l);
    index.push(i);
    lastDay = Math.max(lastDay, j, l === l ? l : -Infinity);
  }
  return { joined: Float64Array.from(joined), left: Float64Array.from(left), index: Int32Array.from(index), lastDay };
}
function contradictoryRows(ids, identity, value, coverage, idRef, reader) {
  const out = /* @__PURE__ */ new Set();
  if (!ids) return out;
  const rowsOf = /* @__PURE__ */ new Map();
  for (let i = 0; i < ids.length; i++) {
    if (!ids[i]) continue;
    const key = `${ids[i]}\0${identity(i)}`;
    const rows = rowsOf.get(key);
    if (rows) rows.push(i);
    else rowsOf.set(key, [i]);
  }
  for (const rows of rowsOf.values()) {
    const other = rows.find((row) => value(row) !== value(rows[0]));
    if (other === void 0) continue;
    const where = (row) => placeText(row, idRef(row) ? (i) => idRef(i) : void 0);
    reader.note("customers", "CHURN", new CellProblem(recordTexts.contradictoryCustomer(ids[rows[0]], where(rows[0]), where(other))));
    for (const row of rows) {
      out.add(row);
      noteLeftOut(coverage, "conflict", idRef(row));
    }
  }
  return out;
}
var COHORT_PERIODS = 4;
function cohortKpis(activity, input, frame, log) {
  if (frame.kind !== "month") return [];
  let rows;
  const usable = usableEvents(activity, log, periodStartDay(frame.index + 1, "month") - 1);
  try {
    rows = cohortsOf(usable.activity("CX_COHORT", input.timeZone), "month", COHORT_PERIODS);
  } catch (error) {
    log.failure("activity", "COHORT_MONTH_1", void 0, error);
    return [];
  }
  const byStart = new Map(rows.map((row) => [row.start, row]));
  const starts = trendStarts(frame);
  const readingsAt = (k) => frame.trend.map((index) => {
    const cohort = byStart.get(periodStartDay(index - k, "month"));
    const share2 = cohort?.retention[k];
    if (!cohort || share2 === null || share2 === void 0) return null;
    const active = Math.round(share2 * cohort.size / 100);
    return readingOf({ kind: "proportion", n: cohort.size, successes: active, value: share2 });
  });
  const kpis = [];
  const month1 = readingsAt(1);
  if (month1.some(Boolean)) kpis.push(kpiOf("COHORT_MONTH_1", starts, month1, void 0, "month", usable.coverage));
  const month3 = readingsAt(3);
  if (month3.some(Boolean)) kpis.push(kpiOf("COHORT_MONTH_3", starts, month3, void 0, "month", usable.coverage));
  return kpis;
}

// src/report/alert-messages.ts
var followUpReportTexts = {
  title: { en: "Following up unhappy customers", vi: "Theo d\xF5i kh\xE1ch h\xE0ng ch\u01B0a h\xE0i l\xF2ng" },
  none: { en: "No unhappy answers were flagged this period.", vi: "Kh\xF4ng c\xF3 c\xE2u tr\u1EA3 l\u1EDDi ch\u01B0a h\xE0i l\xF2ng n\xE0o trong k\u1EF3." },
  flagged: (n) => ({ en: `${n} unhappy answers flagged this period.`, vi: `${n} c\xE2u tr\u1EA3 l\u1EDDi ch\u01B0a h\xE0i l\xF2ng \u0111\u01B0\u1EE3c \u0111\xE1nh d\u1EA5u trong k\u1EF3.` }),
  within2Days: (pct, part, whole) => ({
    en: `${pct} contacted within 2 days (${part} of ${whole}).`,
    vi: `${pct} \u0111\u01B0\u1EE3c li\xEAn h\u1EC7 trong v\xF2ng 2 ng\xE0y (${part} tr\xEAn ${whole}).`
  }),
  resolved: (pct, part, whole) => ({ en: `${pct} resolved (${part} of ${whole}).`, vi: `${pct} \u0111\xE3 x\u1EED l\xFD (${part} tr\xEAn ${whole}).` }),
  median: (hours) => ({ en: `Median time to first contact: ${hours} hours.`, vi: `Th\u1EDDi gian trung v\u1ECB \u0111\u1EBFn l\u1EA7n li\xEAn h\u1EC7 \u0111\u1EA7u: ${hours} gi\u1EDD.` }),
  noMedian: { en: "No first contact with a date yet.", vi: "Ch\u01B0a c\xF3 l\u1EA7n li\xEAn h\u1EC7 n\xE0o c\xF3 ng\xE0y." },
  openTitle: (n) => ({ en: `Still open (${n})`, vi: `Ch\u01B0a x\u1EED l\xFD xong (${n})` }),
  owner: (name) => ({ en: `owner ${name}`, vi: `ph\u1EE5 tr\xE1ch: ${name}` }),
  noOwner: { en: "no owner yet", vi: "ch\u01B0a c\xF3 ng\u01B0\u1EDDi ph\u1EE5 tr\xE1ch" },
  row: (n) => ({ en: `follow-up row ${n}`, vi: `h\xE0ng theo d\xF5i ${n}` }),
  moreOpen: (n) => ({ en: `\u2026and ${n} more in the follow-up sheet.`, vi: `\u2026v\xE0 ${n} c\xE2u tr\u1EA3 l\u1EDDi kh\xE1c trong trang theo d\xF5i.` }),
  undated: (n) => ({
    en: `${n} marked contacted without a date: counted as contacted, not in the 2-day share or the median.`,
    vi: `${n} c\xE2u tr\u1EA3 l\u1EDDi ghi \u0111\xE3 li\xEAn h\u1EC7 nh\u01B0ng kh\xF4ng c\xF3 ng\xE0y: t\xEDnh l\xE0 \u0111\xE3 li\xEAn h\u1EC7, kh\xF4ng t\xEDnh v\xE0o t\u1EF7 l\u1EC7 2 ng\xE0y hay trung v\u1ECB.`
  }),
  unknownStatus: (n) => ({
    en: `${n} rows have a status other than New, Contacted or Resolved: counted as open.`,
    vi: `${n} h\xE0ng c\xF3 tr\u1EA1ng th\xE1i kh\xE1c M\u1EDBi, \u0110\xE3 li\xEAn h\u1EC7 ho\u1EB7c \u0110\xE3 x\u1EED l\xFD: t\xEDnh l\xE0 ch\u01B0a x\u1EED l\xFD.`
  }),
  olderOpen: (n) => ({ en: `${n} unhappy answers from before this period are still open.`, vi: `${n} c\xE2u tr\u1EA3 l\u1EDDi ch\u01B0a h\xE0i l\xF2ng t\u1EEB tr\u01B0\u1EDBc k\u1EF3 n\xE0y v\u1EABn ch\u01B0a x\u1EED l\xFD.` })
};

// src/report/period.ts
var TREND_LENGTH = 13;
function periodOfIndex(index, kind) {
  const first = periodStartDay(index, kind);
  const last = periodStartDay(index + 1, kind) - 1;
  return { kind, start: isoDate(first), end: isoDate(last) };
}
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function dayOrNaN(text) {
  const match = DATE.exec(text);
  if (!match) return NaN;
  const day = dayOfDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return isoDate(day) === text ? day : NaN;
}
function dayOfLocalDate(date) {
  const day = dayOrNaN(date);
  if (day !== day) throw new RangeError(`report: period start must be a date like 2026-03-01, not ${JSON.stringify(date)}`);
  return day;
}
function isoWeekMonday(year, week) {
  const firstMonday = periodStartDay(periodIndex(dayOfDate(year, 1, 4), "week"), "week");
  const weeks = (periodStartDay(periodIndex(dayOfDate(year, 12, 28), "week"), "week") - firstMonday) / 7 + 1;
  return week >= 1 && week <= weeks ? firstMonday + 7 * (week - 1) : NaN;
}
function periodStart(day) {
  return periodStartDay(periodIndex(day, "week"), "week");
}
function parsePeriodText(raw) {
  const text = raw.trim();
  if (text.toLowerCase() === "all") return { kind: "all" };
  let match;
  if (match = /^(\d{4})$/.exec(text)) return { kind: "year", start: `${match[1]}-01-01` };
  if (match = /^(\d{4})-q([1-4])$/i.exec(text)) {
    const month = 3 * (Number(match[2]) - 1) + 1;
    return { kind: "quarter", start: `${match[1]}-${String(month).padStart(2, "0")}-01` };
  }
  if (match = /^(\d{4})-(\d{2})$/.exec(text)) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { kind: "month", start: `${text}-01` } : void 0;
  }
  if (match = /^(\d{4})-w(\d{2})$/i.exec(text)) {
    const monday = isoWeekMonday(Number(match[1]), Number(match[2]));
    return monday === monday ? { kind: "week", start: isoDate(monday) } : void 0;
  }
  if (match = /^(\S+)\s*\.\.\s*(\S+)$/.exec(text)) {
    const [start, end] = [dayOrNaN(match[1]), dayOrNaN(match[2])];
    if (start !== start || end !== end || end < start) return void 0;
    return { kind: "range", start: match[1], end: match[2] };
  }
  const day = dayOrNaN(text);
  return day === day ? { kind: "week", start: isoDate(periodStart(day)) } : void 0;
}
var PERIOD_FORMS = ["all", "2026", "2026-Q3", "2026-10", "2026-W41", "2026-10-05", "2026-09-01..2026-10-31"];
function framePeriod(input, data) {
  const choice2 = input.period ?? defaultPeriod(input, data);
  if (choice2.kind === "all") return allFrame(data?.span);
  if (choice2.kind === "range") return rangeFrame(dayOfLocalDate(choice2.start), dayOfLocalDate(choice2.end));
  const kind = choice2.kind;
  const index = periodIndex(dayOfLocalDate(choice2.start), kind);
  return {
    kind,
    index,
    period: periodOfIndex(index, kind),
    previous: periodOfIndex(index - 1, kind),
    trend: Array.from({ length: TREND_LENGTH }, (_, i) => index - (TREND_LENGTH - 1) + i),
    indexOf: (day) => day === day ? periodIndex(day, kind) : NaN,
    undated: NaN,
    startOf: (i) => isoDate(periodStartDay(i, kind))
  };
}
function defaultPeriod(input, data) {
  const now = input.now === void 0 ? Date.now() : Number(input.now);
  const kind = input.defaultKind ?? "month";
  const current = periodIndex(localDay(now, input.timeZone), kind);
  if (data && !data.span) return { kind: "all" };
  const latest = data ? data.latestBefore(periodStartDay(current, kind)) : NaN;
  const index = latest === latest ? periodIndex(latest, kind) : current - 1;
  return { kind, start: isoDate(periodStartDay(index, kind)) };
}
function allFrame(span) {
  const period = { kind: "all", start: span ? isoDate(span.first) : "", end: span ? isoDate(span.last) : "" };
  return { kind: "all", index: 0, period, previous: null, trend: [0], indexOf: () => 0, undated: 0, startOf: () => period.start };
}
function rangeFrame(first, last) {
  const length = last - first + 1;
  const rangeOf2 = (index) => ({ kind: "range", start: isoDate(first + index * length), end: isoDate(first + (index + 1) * length - 1) });
  return {
    kind: "range",
    index: 0,
    period: rangeOf2(0),
    previous: rangeOf2(-1),
    trend: Array.from({ length: TREND_LENGTH }, (_, i) => i - (TREND_LENGTH - 1)),
    indexOf: (day) => day === day ? Math.floor((day - first) / length) : NaN,
    undated: NaN,
    startOf: (i) => isoDate(first + i * length)
  };
}

// src/report/followups.ts
var CONTACT_WITHIN_MS = 2 * 864e5;
var OPEN_SHOWN = 10;
function median2(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function followUpSection(rows, period, timeZone) {
  const all = period.kind === "all";
  const first = all || !period.start ? -Infinity : dayOfLocalDate(period.start);
  const last = all || !period.end ? Infinity : dayOfLocalDate(period.end);
  const section2 = { flagged: 0, contacted: 0, contactedWithin2Days: 0, contactedUndated: 0, resolved: 0, medianHoursToContact: null, open: [], openCount: 0, olderOpen: 0, unknownStatus: 0 };
  const hours = [];
  const open4 = [];
  for (const r of rows) {
    const day = localDay(r.answeredAt, timeZone);
    if (day !== day || day > last) continue;
    const isOpen = r.status !== "resolved";
    if (day < first) {
      if (isOpen) section2.olderOpen++;
      continue;
    }
    section2.flagged++;
    if (r.status === null) section2.unknownStatus++;
    if (r.status === "resolved") section2.resolved++;
    if (r.status === "contacted" || r.status === "resolved") {
      section2.contacted++;
      const at = r.contactedAt ?? r.resolvedAt;
      if (at === void 0) section2.contactedUndated++;
      else {
        const wait = Math.max(0, at - r.answeredAt);
        hours.push(wait / 36e5);
        if (wait <= CONTACT_WITHIN_MS) section2.contactedWithin2Days++;
      }
    }
    if (isOpen) open4.push({ row: r.row, answeredAt: r.answeredAt, score: r.score, statusText: r.statusText, ...r.comment && { comment: r.comment }, ...r.segment && { segment: r.segment }, ...r.owner && { owner: r.owner } });
  }
  open4.sort((a, b) => a.answeredAt - b.answeredAt || a.row - b.row);
  section2.openCount = open4.length;
  section2.open = open4.slice(0, OPEN_SHOWN);
  section2.medianHoursToContact = median2(hours);
  return section2;
}
var share = (part, whole, lang) => `${formatNumber(whole === 0 ? 0 : 100 * part / whole, lang)}%`;
function followUpView(s, lang, timeText) {
  const num = (n) => formatNumber(n, lang);
  const view = { title: followUpReportTexts.title[lang], figures: [], notes: [] };
  if (s.flagged === 0) view.figures.push(followUpReportTexts.none[lang]);
  else {
    view.figures.push(
      followUpReportTexts.flagged(num(s.flagged))[lang],
      followUpReportTexts.within2Days(share(s.contactedWithin2Days, s.flagged, lang), num(s.contactedWithin2Days), num(s.flagged))[lang],
      followUpReportTexts.resolved(share(s.resolved, s.flagged, lang), num(s.resolved), num(s.flagged))[lang],
      s.medianHoursToContact === null ? followUpReportTexts.noMedian[lang] : followUpReportTexts.median(formatNumber(s.medianHoursToContact, lang, s.medianHoursToContact < 10 ? 1 : 0))[lang]
    );
  }
  if (s.openCount > 0) {
    view.open = {
      title: followUpReportTexts.openTitle(num(s.openCount))[lang],
      items: s.open.map((o) => ({
        text: [o.score, o.comment ? `\u201C${cleanText(o.comment, 200).text}\u201D` : ""].filter(Boolean).join(" \u2014 "),
        meta: [timeText(o.answeredAt), o.segment ? cleanText(o.segment, 80).text : "", o.statusText ? cleanText(o.statusText, 40).text : "", o.owner ? followUpReportTexts.owner(cleanText(o.owner, 60).text)[lang] : followUpReportTexts.noOwner[lang], followUpReportTexts.row(num(o.row))[lang]].filter(Boolean).join(" \xB7 ")
      })),
      ...s.openCount > s.open.length && { more: followUpReportTexts.moreOpen(num(s.openCount - s.open.length))[lang] }
    };
  }
  if (s.contactedUndated > 0) view.notes.push(followUpReportTexts.undated(num(s.contactedUndated))[lang]);
  if (s.unknownStatus > 0) view.notes.push(followUpReportTexts.unknownStatus(num(s.unknownStatus))[lang]);
  if (s.olderOpen > 0) view.notes.push(followUpReportTexts.olderOpen(num(s.olderOpen))[lang]);
  return view;
}

// src/report/types.ts
var JOURNEY_STAGES = ["awareness", "consideration", "purchase", "retention", "advocacy"];

// src/report/journey.ts
var STAGE_WORDS2 = {
  awareness: "awareness",
  nhanthuc: "awareness",
  consideration: "consideration",
  cannhac: "consideration",
  purchase: "purchase",
  mua: "purchase",
  muahang: "purchase",
  retention: "retention",
  giuchan: "retention",
  advocacy: "advocacy",
  ungho: "advocacy"
};
function matchStage(cell) {
  const folded = textOf(cell).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z]/g, "");
  return STAGE_WORDS2[folded];
}
function funnelOf(journey, _input, frame, reader) {
  const periods = journey.dates && frame.kind !== "all" ? periodsOfDays(reader.days(journey.dates, journey.dateOrder).days, frame) : void 0;
  const { stages } = journey;
  const inPeriod = (i) => periods[i] === frame.index;
  return funnelOfStages(cellsOf(!periods ? stages : isPacked(stages) ? stages.filter(inPeriod) : stages.filter((_, i) => inPeriod(i))));
}
function funnelOfStages(cells) {
  const atStage = new Array(JOURNEY_STAGES.length).fill(0);
  let unmatched = 0;
  for (const cell of cells) {
    if (!textOf(cell)) continue;
    const stage = matchStage(cell);
    if (stage) atStage[JOURNEY_STAGES.indexOf(stage)]++;
    else unmatched++;
  }
  return funnelOfCounts(atStage, unmatched);
}
function funnelOfCounts(atStage, unmatched) {
  if (atStage.every((count) => count === 0)) return void 0;
  const reached = atStage.map((_, k) => atStage.slice(k).reduce((a, b) => a + b, 0));
  const stages = JOURNEY_STAGES.map((stage, k) => ({
    stage,
    atStage: atStage[k],
    reached: reached[k],
    shareFromPrevious: k === 0 || reached[k - 1] === 0 ? null : 100 * reached[k] / reached[k - 1]
  }));
  return { stages, unmatched };
}

// src/report/maturity.ts
var DEFAULT_TARGETS = Object.freeze({
  minResponses: 30,
  artHours: 24,
  fcr: 70,
  csat: 80,
  ces: 5.5,
  retention: 90,
  nps: 50,
  referralRate: 20
});
var MIN_EVIDENCE_N = 30;
var RUBRIC = [
  { level: 1, id: "communication", mode: "all", criteria: [{ metric: "RESPONSES", rule: "atLeast", target: "minResponses" }] },
  {
    level: 2,
    id: "responsiveness",
    mode: "all",
    criteria: [
      { metric: "ART", rule: "atMost", target: "artHours" },
      { metric: "FCR", rule: "atLeast", target: "fcr" }
    ]
  },
  {
    level: 3,
    id: "commitment",
    mode: "all",
    criteria: [
      { metric: "CSAT", rule: "atLeast", target: "csat" },
      { metric: "CES", rule: "atLeast", target: "ces" }
    ]
  },
  {
    level: 4,
    id: "proactive",
    mode: "any",
    criteria: [
      { metric: "CHURN", rule: "falling" },
      { metric: "RETENTION", rule: "atLeast", target: "retention" }
    ]
  },
  {
    level: 5,
    id: "breakthrough",
    mode: "all",
    criteria: [
      { metric: "NPS", rule: "atLeast", target: "nps" },
      { metric: "REFERRAL_RATE", rule: "atLeast", target: "referralRate" }
    ]
  }
];
function resolveTargets(overrides = {}) {
  const targets = { ...DEFAULT_TARGETS };
  for (const key of Object.keys(targets)) {
    const value = overrides[key];
    if (typeof value === "number" && Number.isFinite(value)) targets[key] = value;
  }
  return targets;
}
function judge(criterion, evidence, targets) {
  const targetValue = criterion.target ? targets[criterion.target] : void 0;
  const base = { ...criterion, status: "missing", missingReason: "no-data", targetValue };
  const measured = evidence[criterion.metric];
  if (!measured) return base;
  const result = { ...base, actual: measured.value, n: measured.n, previous: measured.previous?.value };
  if (criterion.metric !== "RESPONSES" && measured.n < MIN_EVIDENCE_N) return { ...result, missingReason: "too-few" };
  let met;
  if (criterion.rule === "falling") {
    const before2 = measured.previous;
    if (!before2) return result;
    if (before2.n < MIN_EVIDENCE_N) return { ...result, missingReason: "too-few" };
    met = measured.value < before2.value;
  } else {
    met = criterion.rule === "atLeast" ? measured.value >= targetValue : measured.value <= targetValue;
  }
  return { ...result, status: met ? "met" : "not-met", missingReason: void 0 };
}
function levelStatus(mode, results) {
  const has = (status) => results.some((r) => r.status === status);
  if (mode === "all") return has("not-met") ? "not-met" : has("missing") ? "missing" : "met";
  return has("met") ? "met" : has("missing") ? "missing" : "not-met";
}
function assessMaturity(evidence, overrides) {
  const targets = resolveTargets(overrides);
  const levels = RUBRIC.map((rubricLevel) => {
    const criteria = rubricLevel.criteria.map((c) => judge(c, evidence, targets));
    return { level: rubricLevel.level, id: rubricLevel.id, mode: rubricLevel.mode, status: levelStatus(rubricLevel.mode, criteria), criteria };
  });
  let level = 0;
  while (level < levels.length && levels[level].status === "met") level++;
  const missing = levels.flatMap((l) => l.criteria.filter((c) => c.status === "missing"));
  return { level, levels, targets, missing };
}
function criterionText(criterion, targets, lang) {
  const m = messagesFor(lang);
  if (criterion.metric === "RESPONSES") return `${m.responsesInPeriod} \u2265 ${formatNumber(targets.minResponses, lang)}`;
  if (criterion.rule === "falling") return m.churnFalling;
  const unit = METRIC_INFO[criterion.metric].unit;
  const target = targetText(unit, targets[criterion.target], lang);
  return `${metricName(criterion.metric, lang)} ${criterion.rule === "atLeast" ? "\u2265" : "\u2264"} ${target}`;
}

// src/metrics/themes/dictionary.ts
var BUILT_IN_THEMES = [
  {
    id: "price",
    en: "Price",
    vi: "Gi\xE1 c\u1EA3",
    words: "price*|pricey|cost*|expensive|cheap*|overpriced|afford*|value for money|bang for|worth the money|bill|budget|discount*|reasonabl*|inexpensive|#money|gi\xE1|gi\xE1 c\u1EA3|gi\xE1 ti\u1EC1n|gi\xE1 r\u1EBB|r\u1EBB|\u0111\u1EAFt|m\u1EAFc|ch\xE1t|ph\u1EA3i ch\u0103ng|b\xECnh d\xE2n|chi ph\xED|h\u1EE3p t\xFAi|\u0111\xE1ng ti\u1EC1n|ti\u1EC1n|khuy\u1EBFn m\xE3i|gi\u1EA3m gi\xE1|combo|tr\u1EA3 th\xEAm|h\xF3a \u0111\u01A1n"
  },
  {
    id: "staff",
    en: "Staff and service",
    vi: "Nh\xE2n vi\xEAn v\xE0 ph\u1EE5c v\u1EE5",
    words: "staff|service|server*|waiter*|waitress*|bartender*|hostess|host|manager|owner|employee*|rude*|friendly|unfriendly|attentive|polite|impolite|courteous|helpful|welcom*|hospitab*|professional|attitude|nh\xE2n vi\xEAn|ph\u1EE5c v\u1EE5|th\xE2n thi\u1EC7n|nhi\u1EC7t t\xECnh|chu \u0111\xE1o|nhanh nh\u1EB9n|ni\u1EC1m n\u1EDF|l\u1ECBch s\u1EF1|th\xE1i \u0111\u1ED9|ch\u1EE7 qu\xE1n|anh ch\u1EE7|ch\u1ECB ch\u1EE7|c\xF4 ch\u1EE7|b\u1EA1n ch\u1EE7|\xF4ng ch\u1EE7|t\u01B0 v\u1EA5n|h\u1ED7 tr\u1EE3|b\u1EA3o v\u1EC7|nh\xE2n vi\xEAn thu ng\xE2n|d\u1EC5 th\u01B0\u01A1ng|vui t\xEDnh|t\u1EADn t\xECnh|c\u1ECDc c\u1EB1n|kh\xF3 ch\u1ECBu|h\xE1ch d\u1ECBch"
  },
  {
    id: "waiting",
    en: "Waiting time",
    vi: "Th\u1EDDi gian ch\u1EDD",
    words: "wait*|slow*|quick*|fast|promptly|prompt|took forever|long time|minutes|delay*|queue*|line up|in line|seated right away|ch\u1EDD|\u0111\u1EE3i|ch\u1EDD l\xE2u|\u0111\u1EE3i l\xE2u|l\xE2u|ch\u1EADm|nhanh|l\xEAn m\xF3n|ra m\xF3n|x\u1EBFp h\xE0ng|h\xE0ng d\xE0i|tr\u1EC5|l\xE2u la"
  },
  {
    id: "delivery",
    en: "Delivery",
    vi: "Giao h\xE0ng",
    words: "deliver*|shipping|shipped|shipment|courier|parcel|package*|arrived late|takeout|take out|take-out|giao h\xE0ng|giao t\u1EADn n\u01A1i|ship|shipper|v\u1EADn chuy\u1EC3n|\u0111\xF3ng g\xF3i|\u0111\u1EB7t h\xE0ng|\u0111\u01A1n h\xE0ng|grab|now|baemin|mang v\u1EC1|mua v\u1EC1"
  },
  {
    id: "quality",
    en: "Product quality",
    vi: "Ch\u1EA5t l\u01B0\u1EE3ng",
    words: "quality|fresh*|stale|broken|defect*|durable|spoil*|rotten|well made|poor quality|top notch|excellent|mediocre|ch\u1EA5t l\u01B0\u1EE3ng|t\u01B0\u01A1i|t\u01B0\u01A1i ngon|h\u1ECFng|\xF4i|thiu|b\u1EC1n|k\xE9m ch\u1EA5t l\u01B0\u1EE3ng|t\u1EC7|d\u1EDF t\u1EC7|xu\u1EA5t s\u1EAFc|h\u1EA3o h\u1EA1ng"
  },
  {
    id: "taste",
    en: "Taste",
    vi: "H\u01B0\u01A1ng v\u1ECB",
    words: "food|delicious|tast*|flavor*|flavour*|bland|salty|sweet|spicy|yummy|tender|overcooked|undercooked|cooked|greasy|juicy|crisp*|soggy|dish*|meal*|cuisine|sushi|pizza|pasta|dessert*|appetizer*|entree*|steak|chicken|fish|burger*|sauce|coffee|tea|wine|drink*|cocktail*|beer|ngon|v\u1ECB|h\u01B0\u01A1ng v\u1ECB|d\u1EDF|nh\u1EA1t|m\u1EB7n|ng\u1ECDt|cay|b\xE9o|th\u01A1m|gi\xF2n|m\u1EC1m|dai|\u0111\u1EADm \u0111\xE0|v\u1EEBa mi\u1EC7ng|b\xF9i|ng\u1EADy|tanh|ng\xE1n|\u0111\u1ED3 \u0103n|th\u1EE9c \u0103n|m\xF3n \u0103n|n\u01B0\u1EDBc d\xF9ng|n\u01B0\u1EDBc ch\u1EA5m|n\u01B0\u1EDBc s\u1ED1t|s\u1ED1t|th\u1ECBt|c\xE1|g\xE0|b\xF2|t\xF4m|l\u1EA9u|n\u01B0\u1EDBng|tr\xE0 s\u1EEFa|c\xE0 ph\xEA|cafe|n\u01B0\u1EDBc u\u1ED1ng|\u0111\u1ED3 u\u1ED1ng|b\xE1nh|kem|ch\xE8"
  },
  {
    id: "choice",
    en: "Menu and choice",
    vi: "Th\u1EF1c \u0111\u01A1n v\xE0 l\u1EF1a ch\u1ECDn",
    words: "menu|selection|option*|variety|choice*|portion*|serving size|size*|generous|small plates|presentation|authentic|creative|th\u1EF1c \u0111\u01A1n|menu|l\u1EF1a ch\u1ECDn|\u0111a d\u1EA1ng|phong ph\xFA|nhi\u1EC1u m\xF3n|nhi\u1EC1u lo\u1EA1i|\xEDt m\xF3n|ph\u1EA7n|su\u1EA5t|kh\u1EA9u ph\u1EA7n|size|no n\xEA|no c\u0103ng|\u0111\u1EA7y \u0111\u1EB7n|tr\xECnh b\xE0y|b\xE0y tr\xED|\u0111\u1EB9p m\u1EAFt|\u0111\u1ED9c \u0111\xE1o|m\u1EDBi l\u1EA1|topping"
  },
  {
    id: "cleanliness",
    en: "Cleanliness",
    vi: "V\u1EC7 sinh, s\u1EA1ch s\u1EBD",
    words: "clean*|dirty|filthy|hygien*|sanitary|unsanitary|smell*|stink*|bathroom*|restroom*|toilet*|cockroach*|s\u1EA1ch|s\u1EA1ch s\u1EBD|b\u1EA9n|d\u01A1|v\u1EC7 sinh|h\xF4i|m\xF9i|gi\xE1n|ru\u1ED3i|mu\u1ED7i|nh\xE0 v\u1EC7 sinh|toilet"
  },
  {
    id: "ambience",
    en: "Atmosphere and space",
    vi: "Kh\xF4ng gian",
    words: "atmosphere|ambiance|ambience|decor*|music|noisy|noise|loud|quiet|cozy|cosy|spacious|crowded|cramped|seating|seat*|view|comfortable|vibe|romantic|lighting|interior|air conditioning|patio|outdoor|kh\xF4ng gian|tho\xE1ng|tho\xE1ng m\xE1t|r\u1ED9ng|r\u1ED9ng r\xE3i|ch\u1EADt|ch\u1EADt ch\u1ED9i|\u1ED3n|\u1ED3n \xE0o|y\xEAn t\u0129nh|\u1EA5m c\xFAng|trang tr\xED|nh\u1EA1c|m\xE1y l\u1EA1nh|\u0111i\u1EC1u h\xF2a|view|ch\u1ED7 ng\u1ED3i|gh\u1EBF|b\xE0n gh\u1EBF|m\xE1t|m\xE1t m\u1EBB|tho\u1EA3i m\xE1i|decor|sang tr\u1ECDng|l\xE3ng m\u1EA1n|v\u1EC9a h\xE8|t\u1EA7ng|l\u1EA7u|s\xE2n v\u01B0\u1EDDn|\xE1nh s\xE1ng"
  },
  {
    id: "location",
    en: "Location and parking",
    vi: "V\u1ECB tr\xED, ch\u1ED7 g\u1EEDi xe",
    words: "location|located|parking|parking lot|neighborhood|neighbourhood|hard to find|easy to find|address|downtown|close to|walking distance|far from|v\u1ECB tr\xED|n\u1EB1m|n\u1EB1m ngay|n\u1EB1m trong|h\u1EBBm|ng\xF5|ng\xE1ch|\u0111\u1ECBa ch\u1EC9|d\u1EC5 t\xECm|kh\xF3 t\xECm|g\u1EA7n|xa|m\u1EB7t ti\u1EC1n|m\u1EB7t \u0111\u01B0\u1EDDng|\u0111\u01B0\u1EDDng|gi\u1EEF xe|g\u1EEDi xe|\u0111\u1EC3 xe|ch\u1ED7 \u0111\u1EC3 xe|b\xE3i xe|qu\u1EADn|ng\xE3 t\u01B0|\u0111\u1ED1i di\u1EC7n|khu v\u1EF1c|trung t\xE2m"
  },
  {
    id: "app",
    en: "App and website",
    vi: "\u1EE8ng d\u1EE5ng v\xE0 website",
    words: "app|apps|website|web site|site|online|log in|login|sign in|password|bug*|crash*|page|checkout page|\u1EE9ng d\u1EE5ng|app|trang web|website|web|\u0111\u0103ng nh\u1EADp|m\u1EADt kh\u1EA9u|l\u1ED7i app|treo|\u0111\u01A1|giao di\u1EC7n"
  },
  {
    id: "payment",
    en: "Payment",
    vi: "Thanh to\xE1n",
    words: "pay|paid|paying|payment*|card|credit card|cash|checkout|refund*|invoice*|receipt*|charged|overcharg*|thanh to\xE1n|tr\u1EA3 ti\u1EC1n|qu\u1EB9t th\u1EBB|th\u1EBB|ti\u1EC1n m\u1EB7t|ho\xE0n ti\u1EC1n|h\xF3a \u0111\u01A1n|chuy\u1EC3n kho\u1EA3n|momo|zalopay|vnpay|t\xEDnh ti\u1EC1n|t\xEDnh nh\u1EA7m"
  }
];

// src/metrics/themes/match.ts
var WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
var CLAUSE_BREAK = /[.,;:!?()\n\r…]/;
var CLAUSE_WORDS = /* @__PURE__ */ new Set(["but", "however", "although", "nhung", "tuy", "song"]);
var MONEY_UNIT = /^\d+(?:[.,]\d+)*(?:k|đ|d|vnd|vnđ|tr|usd)$/;
var MONEY_WORDS = /* @__PURE__ */ new Set(["k", "\u0111", "d", "vnd", "vn\u0111", "\u0111\u1ED3ng", "ngh\xECn", "ng\xE0n", "tri\u1EC7u", "tr", "usd", "dollar", "dollars", "bucks"]);
var NEGATORS = /* @__PURE__ */ new Set([
  "not",
  "no",
  "never",
  "without",
  "hardly",
  "nothing",
  "nor",
  "none",
  "cannot",
  "kh\xF4ng",
  "ch\u1EB3ng",
  "ch\u1EA3",
  "ch\u01B0a",
  "\u0111\u1EEBng",
  "ko",
  "k",
  "kg",
  "h\xF4ng",
  "hok",
  "khong",
  "chang",
  "chua"
]);
var NEGATION_WINDOW = 3;
function wordsOf(text) {
  const lower = text.normalize("NFC").toLowerCase();
  const words = [];
  let clause = 0;
  let last = 0;
  for (const match of lower.matchAll(WORD)) {
    const start = match.index;
    if (CLAUSE_BREAK.test(lower.slice(last, start))) clause++;
    const marked = match[0];
    const plain = foldDiacritics(marked);
    if (CLAUSE_WORDS.has(plain)) clause++;
    words.push({ marked, plain, start, end: start + marked.length, clause });
    last = start + marked.length;
  }
  return words;
}
function isNegator(word) {
  return NEGATORS.has(word.marked) || word.marked.endsWith("n't") || word.marked.endsWith("n\u2019t");
}
function compileThemes(extra = []) {
  const sources = mergeSources(BUILT_IN_THEMES, extra);
  const dict = {
    themes: sources.map(({ id, en: en3, vi: vi3 }) => ({ id, en: en3, vi: vi3 })),
    byMarked: /* @__PURE__ */ new Map(),
    byPlain: /* @__PURE__ */ new Map(),
    prefixes: /* @__PURE__ */ new Map(),
    longestPrefix: 0,
    moneyThemes: []
  };
  sources.forEach((source, theme) => {
    const seen = /* @__PURE__ */ new Set();
    for (const raw of source.words.split("|")) {
      const phrase = raw.trim().toLowerCase().normalize("NFC");
      if (phrase === "" || seen.has(phrase)) continue;
      seen.add(phrase);
      if (phrase === "#money") {
        dict.moneyThemes.push(theme);
        continue;
      }
      const prefix = phrase.endsWith("*");
      const marked = wordsOf(prefix ? phrase.slice(0, -1) : phrase).map((w) => w.marked);
      if (marked.length === 0) continue;
      const plain = marked.map(foldDiacritics);
      const term = { theme, markedSyllable: marked.length === 1 && marked[0] !== plain[0], marked, plain, prefix, money: false };
      if (prefix && marked.length === 1) {
        push(dict.prefixes, term.plain[0], term);
        dict.longestPrefix = Math.max(dict.longestPrefix, term.plain[0].length);
      } else {
        push(dict.byMarked, term.marked[0], term);
        push(dict.byPlain, term.plain[0], term);
      }
    }
  });
  return dict;
}
function mergeSources(builtIn, extra) {
  const merged2 = builtIn.map((t) => ({ ...t }));
  for (const theme of extra) {
    const key = foldDiacritics(theme.en);
    const known = merged2.find((t) => [t.id, t.en, t.vi].some((name) => foldDiacritics(name) === key) || foldDiacritics(theme.vi) === foldDiacritics(t.vi));
    if (known) known.words += "|" + theme.words;
    else merged2.push({ ...theme });
  }
  return merged2;
}
function push(map, key, value) {
  const list2 = map.get(key);
  if (list2) list2.push(value);
  else map.set(key, [value]);
}
function termMatches(term, words, at, marked) {
  const wanted = marked ? term.marked : term.plain;
  if (at + wanted.length > words.length) return false;
  for (let k = 0; k < wanted.length; k++) {
    const word = marked ? words[at + k].marked : words[at + k].plain;
    const last = k === wanted.length - 1;
    if (last && term.prefix ? !word.startsWith(wanted[k]) : word !== wanted[k]) return false;
    if (k > 0 && words[at + k].clause !== words[at].clause) return false;
  }
  return true;
}
function hasMarks(words) {
  return words.some((w) => w.marked !== w.plain && !/^\d/.test(w.marked));
}
var VIETNAMESE_WITHOUT_MARKS = /* @__PURE__ */ new Set(["khong", "duoc", "nhung", "rat", "qua", "cua", "voi", "minh", "nay", "thi", "cung", "nhieu", "lam", "nen", "hon", "nhan", "vien", "quan", "mon", "ngon", "dep", "toi", "em", "anh", "chi", "hoi", "bi", "roi", "nhe"]);
var CLEAR_WITHOUT_MARKS = /* @__PURE__ */ new Set(["gia", "re", "sach", "cham", "rong", "tuoi", "thom", "ngot", "cay", "beo", "gion", "mac", "chat"]);
function looksVietnamese(words) {
  let hints = 0;
  for (const w of words) if (VIETNAMESE_WITHOUT_MARKS.has(w.plain) && ++hints >= 2) return true;
  return false;
}
function matchesIn(words, text, dict) {
  const marked = hasMarks(words);
  const index = marked ? dict.byMarked : dict.byPlain;
  const vietnameseWithoutMarks = !marked && looksVietnamese(words);
  const matches = [];
  let i = 0;
  while (i < words.length) {
    let best = 0;
    let themes = [];
    const consider = (term, length) => {
      if (length > best) {
        best = length;
        themes = [term.theme];
      } else if (length === best && !themes.includes(term.theme)) themes.push(term.theme);
    };
    for (const term of index.get(marked ? words[i].marked : words[i].plain) ?? []) {
      const allowed = marked || !term.markedSyllable || vietnameseWithoutMarks && CLEAR_WITHOUT_MARKS.has(term.plain[0]);
      if (allowed && termMatches(term, words, i, marked)) consider(term, term.marked.length);
    }
    const plain = words[i].plain;
    for (let length = Math.min(plain.length, dict.longestPrefix); length >= 3 && best === 0; length--) {
      for (const term of dict.prefixes.get(plain.slice(0, length)) ?? []) consider(term, 1);
    }
    if (best === 0 && dict.moneyThemes.length > 0 && isMoney(words, i, text)) {
      best = 1;
      themes = dict.moneyThemes;
    }
    for (const theme of themes) matches.push({ theme, start: i, end: i + best });
    i += Math.max(1, best);
  }
  return matches;
}
function isMoney(words, i, text) {
  const word = words[i].marked;
  if (MONEY_UNIT.test(word)) return true;
  if (!/^\d/.test(word)) return false;
  const next = words[i + 1];
  if (next && next.clause === words[i].clause && MONEY_WORDS.has(next.marked) && next.start - words[i].end <= 1) return true;
  const before2 = text.normalize("NFC").slice(Math.max(0, words[i].start - 2), words[i].start);
  return before2.includes("$") || before2.includes("\u20AC") || before2.includes("\xA3");
}
function negated(words, match, covered) {
  for (let k = match.start - 1; k >= 0 && k >= match.start - NEGATION_WINDOW; k--) {
    if (words[k].clause !== words[match.start].clause) return false;
    if (!covered[k] && isNegator(words[k])) return true;
  }
  return false;
}
function mentionsIn(text, dict) {
  let known = MENTIONS.get(dict);
  if (!known) MENTIONS.set(dict, known = /* @__PURE__ */ new Map());
  const cached = known.get(text);
  if (cached) return cached;
  const found = mentionsOnce(text, dict);
  if (known.size < MAX_REMEMBERED) known.set(text, found);
  return found;
}
var MAX_REMEMBERED = 5e4;
var MENTIONS = /* @__PURE__ */ new WeakMap();
function mentionsOnce(text, dict) {
  const words = wordsOf(text);
  const matches = matchesIn(words, text, dict);
  const covered = new Uint8Array(words.length);
  for (const m of matches) for (let k = m.start; k < m.end; k++) covered[k] = 1;
  const byTheme = /* @__PURE__ */ new Map();
  for (const m of matches) byTheme.set(m.theme, (byTheme.get(m.theme) ?? false) || negated(words, m, covered));
  return [...byTheme.entries()].sort((a, b) => a[0] - b[0]).map(([theme, negative]) => ({ theme: dict.themes[theme].id, negative }));
}

// src/metrics/themes/phrases.ts
var FILLERS = new Set(
  "a an the and or but of to in on at for with is are was were be been being it its this that these those i we you they he she my our your their me us them very so too really just have has had do did does not no as from by if then than there here what which who when where how all any some more most can could would will should also get got one im it s t just even only quite pretty much many lot lots place time here va la cua co thi ma cho voi duoc nhung cac mot nay do rat qua cung nhung da se dang thay minh toi ban em anh chi no ho o trong ngoai khi nen vi de lai ra vao di nhu hon nhat lam nhieu it the vay nua luon thoi a nhe nha ko khong k roi con hay hoac neu thi day kia ay".split(" ")
);
var PhraseTally = class {
  constructor(dict) {
    this.dict = dict;
  }
  dict;
  counts = /* @__PURE__ */ new Map();
  /** Each phrase's forms as written: the one form while every comment writes it alike (most do), else form → count. */
  surfaces = /* @__PURE__ */ new Map();
  // Comments repeat: each distinct text's phrases are found once, then counted per comment.
  phrasesOf = /* @__PURE__ */ new Map();
  /** One comment; or `count` comments of this text (a text that comes back, added once): the same tally as `count` adds of it. */
  add(comment, count = 1) {
    const { counts, surfaces, phrasesOf } = this;
    let phrases = phrasesOf.get(comment);
    if (!phrases) {
      phrases = uncoveredPhrases(comment, this.dict);
      if (phrasesOf.size < 5e4) phrasesOf.set(comment, phrases);
    }
    for (const { key, surface } of phrases) {
      const seen = counts.get(key) ?? 0;
      counts.set(key, seen + count);
      const forms = surfaces.get(key);
      if (forms === void 0) surfaces.set(key, surface);
      else if (typeof forms === "string") {
        if (forms !== surface) surfaces.set(key, /* @__PURE__ */ new Map([[forms, seen], [surface, count]]));
      } else forms.set(surface, (forms.get(surface) ?? 0) + count);
    }
  }
  top(options = {}) {
    const minComments = options.minComments ?? 3;
    const top = options.top ?? 10;
    const { counts, surfaces } = this;
    const frequent = [...counts.entries()].filter(([, c]) => c >= minComments);
    const subsumed = /* @__PURE__ */ new Set();
    for (const [key, c] of frequent) {
      const words = key.split(" ");
      if (words.length !== 3) continue;
      for (const part of [words.slice(0, 2).join(" "), words.slice(1).join(" ")]) if (counts.get(part) === c) subsumed.add(part);
    }
    const kept = frequent.filter(([key]) => !subsumed.has(key));
    kept.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return kept.slice(0, top).map(([key, c]) => ({ phrase: mostCommon(surfaces.get(key)), comments: c }));
  }
};
function mostCommon(forms) {
  if (typeof forms === "string") return forms;
  let best = "";
  let bestCount = -1;
  for (const [form, count] of forms) if (count > bestCount || count === bestCount && form < best) [best, bestCount] = [form, count];
  return best;
}
function uncoveredPhrases(comment, dict) {
  const words = wordsOf(comment);
  const covered = new Uint8Array(words.length);
  for (const m of matchesIn(words, comment, dict)) for (let k = m.start; k < m.end; k++) covered[k] = 1;
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 2; n <= 3 && i + n <= words.length; n++) {
      const span = words.slice(i, i + n);
      if (span.some((w, k) => covered[i + k] || w.clause !== span[0].clause || /^\d+$/.test(w.plain))) break;
      if (FILLERS.has(span[0].plain) || FILLERS.has(span[n - 1].plain)) continue;
      const key = span.map((w) => w.plain).join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, surface: span.map((w) => w.marked).join(" ") });
    }
  }
  return out;
}

// src/metrics/themes/table.ts
var ScoreTally = class {
  constructor(kind) {
    this.kind = kind;
  }
  kind;
  counts = new Float64Array(11);
  sum = 0;
  n = 0;
  /** `count` answers of `score`. */
  add(score, count = 1) {
    this.n += count;
    if (this.kind === "nps") this.counts[score] += count;
    else this.sum += score * count;
  }
  value() {
    return this.kind === "nps" ? npsOfCounts(this.counts).value : this.sum / this.n;
  }
};
var ThemeTally = class {
  /** `scored`: the table gives each theme's score (`add` then takes each comment's score, NaN for none). */
  constructor(dict, kind, scored) {
    this.dict = dict;
    this.scored = scored;
    const count = dict.themes.length;
    this.mentions = new Float64Array(count);
    this.negatives = new Float64Array(count);
    this.inTheme = scored ? dict.themes.map(() => new ScoreTally(kind)) : [];
    this.outTheme = scored ? dict.themes.map(() => new ScoreTally(kind)) : [];
    this.index = new Map(dict.themes.map((t, k) => [t.id, k]));
    this.mentioned = new Uint8Array(count);
  }
  dict;
  scored;
  mentions;
  negatives;
  inTheme;
  outTheme;
  index;
  mentioned;
  withoutTheme = 0;
  /** Comments added. */
  comments = 0;
  /**
   * One comment, by its mentions (mentionsIn of its text) and score; or `count` comments with
   * those mentions and that score (a text that comes back, added once): the same table as
   * `count` adds of it.
   */
  add(found, score = NaN, count = 1) {
    const { mentioned, mentions, negatives } = this;
    this.comments += count;
    mentioned.fill(0);
    if (found.length === 0) this.withoutTheme += count;
    for (const m of found) {
      const k = this.index.get(m.theme);
      mentioned[k] = 1;
      mentions[k] += count;
      if (m.negative) negatives[k] += count;
    }
    if (this.scored && score === score) for (let k = 0; k < mentioned.length; k++) (mentioned[k] ? this.inTheme : this.outTheme)[k].add(score, count);
  }
  table() {
    const { mentions, negatives, inTheme, outTheme, dict } = this;
    const total = this.comments;
    const rows = [];
    for (let k = 0; k < mentions.length; k++) {
      if (mentions[k] === 0) continue;
      const row = { theme: dict.themes[k], mentions: mentions[k], share: 100 * mentions[k] / total, negativeShare: 100 * negatives[k] / mentions[k] };
      if (this.scored && inTheme[k].n > 0) {
        row.score = { value: inTheme[k].value(), n: inTheme[k].n, others: outTheme[k].n > 0 ? outTheme[k].value() : void 0, othersN: outTheme[k].n };
      }
      rows.push(row);
    }
    rows.sort((a, b) => b.mentions - a.mentions);
    return { comments: total, withoutTheme: this.withoutTheme, rows };
  }
};

// src/report/comments.ts
var MAX_COMMENTS = 5;
var TOP = 3;
var MAX_CACHED = 5e4;
var Group = class {
  constructor(dict) {
    this.dict = dict;
    this.tally = new ThemeTally(dict, "mean", false);
    this.examples = new Array(dict.themes.length).fill(void 0);
  }
  dict;
  tally;
  /** Theme index → the newest comment mentioning it (latest day, then latest row). */
  examples;
};
var CommentTally = class {
  /** `index`: the reported period; rows of it and of the one before are used. */
  constructor(index) {
    this.index = index;
  }
  index;
  dict = compileThemes();
  themeIndex = new Map(this.dict.themes.map((t, k) => [t.id, k]));
  detractors = [new Group(this.dict), new Group(this.dict)];
  promoters = [new Group(this.dict), new Group(this.dict)];
  phrases = new PhraseTally(this.dict);
  mentionsOf = /* @__PURE__ */ new Map();
  commented = 0;
  withComment = 0;
  newest = [];
  add(row) {
    const slot = this.slotOf(row.period);
    if (slot < 0 || !row.text) return;
    this.tally(slot, row.text, row.score, row.day, row.order, 1);
    if (slot === 0 && row.score <= NPS_DETRACTOR_MAX) {
      this.withComment++;
      this.noteDetractor(row);
    }
  }
  /** 0 for the reported period, 1 for the one before, -1 for any other. */
  slotOf(period) {
    return period === this.index ? 0 : period === this.index - 1 ? 1 : -1;
  }
  /** `count` comments of `text` in the slot: themes, phrases and examples (`latest`: the latest row's place). */
  tally(slot, text, score, day, latest, count) {
    const detractor = score <= NPS_DETRACTOR_MAX;
    const promoter = score >= NPS_PROMOTER_MIN;
    if (slot === 0) {
      this.commented += count;
      this.phrases.add(text, count);
    }
    if (!detractor && !promoter) return;
    const group = (detractor ? this.detractors : this.promoters)[slot];
    const found = this.mentions(text);
    group.tally.add(found, NaN, count);
    if (slot !== 0 || day !== day) return;
    for (const m of found) {
      const k = this.themeIndex.get(m.theme);
      const best = group.examples[k];
      if (!best || day > best.day || day === best.day && latest > best.order) group.examples[k] = { day, order: latest, text };
    }
  }
  /**
   * The period's detractors section from its detractor count (with or without a comment) and
   * whether it has any row; undefined for a period with no rows.
   */
  detractorsSection(count, periodHasRows) {
    if (count === 0 && !periodHasRows) return void 0;
    return { count, withComment: this.withComment, comments: this.newest.map(({ day: _day, order: _order, ...rest }) => rest) };
  }
  /** The themes section, or undefined when the period has no comments at all. */
  themesSection() {
    if (this.commented === 0) return void 0;
    return {
      comments: this.commented,
      detractorComments: this.detractors[0].tally.comments,
      promoterComments: this.promoters[0].tally.comments,
      detractors: mentionsOf(this.detractors),
      promoters: mentionsOf(this.promoters),
      emerging: this.phrases.top({ top: TOP }).map((p) => ({ phrase: p.phrase, comments: p.comments }))
    };
  }
  mentions(text) {
    let found = this.mentionsOf.get(text);
    if (!found) {
      found = mentionsIn(text, this.dict);
      if (this.mentionsOf.size < MAX_CACHED) this.mentionsOf.set(text, found);
    }
    return found;
  }
  /** Keeps the newest MAX_COMMENTS: newest day first (no day last), then the lowest score, then reading order. */
  noteDetractor(row) {
    const { newest } = this;
    const shown = {
      day: row.day,
      order: row.order,
      date: row.day === row.day ? isoDate(row.day) : "",
      score: row.score,
      comment: row.text,
      ...row.segment ? { segment: row.segment } : {},
      ...row.email ? { email: row.email } : {}
    };
    if (newest.length === MAX_COMMENTS && before(newest[MAX_COMMENTS - 1], shown) <= 0) return;
    let at = newest.length;
    while (at > 0 && before(newest[at - 1], shown) > 0) at--;
    newest.splice(at, 0, shown);
    if (newest.length > MAX_COMMENTS) newest.pop();
  }
};
function before(a, b) {
  const dayA = a.day === a.day ? a.day : -Infinity;
  const dayB = b.day === b.day ? b.day : -Infinity;
  if (dayA !== dayB) return dayB - dayA;
  return a.score - b.score || a.order - b.order;
}
function mentionsOf([current, previous]) {
  if (current.tally.comments === 0) return [];
  const now = current.tally.table();
  const before2 = previous.tally.comments > 0 ? previous.tally.table() : void 0;
  return now.rows.slice(0, TOP).map((row) => {
    const earlier = before2?.rows.find((r) => r.theme.id === row.theme.id);
    const k = current.dict.themes.indexOf(row.theme);
    return {
      theme: row.theme,
      comments: row.mentions,
      share: row.share,
      negativeShare: row.negativeShare,
      ...before2 ? { previousShare: earlier ? earlier.share : 0 } : {},
      example: current.examples[k]?.text ?? ""
    };
  });
}

// src/report/survey.ts
function surveySection(survey, input, frame, reader) {
  const rows = Math.max(survey.dates?.length ?? 0, survey.nps?.length ?? 0, survey.csat?.length ?? 0, survey.ces?.length ?? 0);
  const dated = survey.dates ? reader.days(survey.dates, survey.dateOrder) : void 0;
  const days = dated ? dated.days : new Float64Array(rows).fill(NaN);
  const periods = dated ? periodsOfDays(days, frame) : undatedPeriods(rows, frame);
  const segments = survey.segment ? mapCells(survey.segment, textOf) : void 0;
  const out = { kpis: [], segments: [], responses: 0 };
  const answered = new Uint8Array(days.length);
  const scored = (cells, id, options) => {
    const def = getMetric(id, options);
    const field = id === "NPS" ? "nps" : id === "CES" ? "ces" : "csat";
    const column = reader.wrap(
      cells,
      (options2, part) => readScoreColumn(part.cells, { ...options2, low: def.whole.low, high: def.whole.high, family: field === "nps" ? void 0 : field, labels: part.labels ?? survey.labels?.[field] })
    );
    const values = column.values;
    values.forEach((v, i) => v === v && (answered[i] = 1));
    const coverage = periodCoverage(column, periods, frame.index, dated?.column);
    const { kpi, summaries } = columnKpi(def, values, periods, frame, coverage, id, options.scale);
    if (worthShowing(kpi)) out.kpis.push(kpi);
    const ranking = segments ? rankSegments(def, values, periods, segments, frame) : void 0;
    if (ranking) out.segments.push(ranking);
    return { values, coverage, current: summaries[summaries.length - 1] };
  };
  if (survey.nps) {
    const { values, current } = scored(survey.nps, "NPS", {});
    if (current && current.kind === "nps") out.npsBreakdown = breakdownOf(current);
    const comments = commentsOf(values, periods, days, survey, segments, frame);
    out.detractors = detractorsOf(values, periods, frame, comments);
    if (survey.comment) {
      const themes = comments.themesSection();
      if (themes) out.themes = themes;
    }
  }
  if (survey.csat) {
    const scale = input.csatScale ?? 5;
    const { values, coverage } = scored(survey.csat, "CSAT", { scale });
    const { kpi } = columnKpi(getMetric("CSAT_AVG", { scale }), values, periods, frame, coverage, "CSAT_AVG", scale);
    if (worthShowing(kpi)) out.kpis.push(kpi);
  }
  if (survey.ces) scored(survey.ces, "CES", { scale: input.cesScale ?? 7 });
  for (let i = 0; i < answered.length; i++) if (answered[i] && periods[i] === frame.index) out.responses++;
  return out;
}
function breakdownOf(summary) {
  const shares = npsShares(summary);
  return {
    n: summary.n,
    promoters: summary.promoters,
    passives: summary.passives,
    detractors: summary.detractors,
    ...shares,
    nps: summary.value
  };
}
function commentsOf(scores, periods, days, survey, segments, frame) {
  const tally = new CommentTally(frame.index);
  const cells = survey.comment;
  if (!cells) return tally;
  for (let i = 0; i < cells.length; i++) {
    const period = periods[i];
    if (period !== frame.index && period !== frame.index - 1) continue;
    const text = textOf(cellAt(cells, i));
    if (!text) continue;
    const score = i < scores.length ? scores[i] : NaN;
    const email = period === frame.index && score <= NPS_DETRACTOR_MAX && survey.email ? textOf(cellAt(survey.email, i)) : "";
    tally.add({ period, day: days[i], score, text, segment: segments?.[i] ?? "", email, order: i });
  }
  return tally;
}
function detractorsOf(scores, periods, frame, comments) {
  let count = 0;
  for (let i = 0; i < scores.length; i++) if (periods[i] === frame.index && scores[i] <= NPS_DETRACTOR_MAX) count++;
  return comments.detractorsSection(count, periods.some((p) => p === frame.index));
}

// src/report/tickets.ts
var MS_PER_HOUR = 36e5;
function ticketSection(tickets, input, frame, reader) {
  const order = tickets.dateOrder;
  const opened = reader.days(tickets.opened, order);
  const resolved = tickets.resolved ? reader.days(tickets.resolved, order) : void 0;
  const dated = tickets.duration && tickets.dates ? reader.days(tickets.dates, order) : void 0;
  const segments = tickets.segment ? mapCells(tickets.segment, textOf) : void 0;
  const out = { kpis: [], segments: [] };
  const when = opened.days.length > 0 || !dated ? opened : dated;
  const openedPeriods = periodsOfDays(when.days, frame);
  const art = getMetric("ART");
  let hours;
  let artPeriods;
  if (tickets.duration) {
    const durations = tickets.duration;
    hours = reader.wrap(durations, (options) => readDurationColumn(durations, { ...options, header: tickets.durationHeader, dataUnit: tickets.durationUnit, timeZone: input.timeZone }));
    artPeriods = new Float64Array(durations.length).fill(NaN);
    for (let i = 0; i < durations.length; i++) {
      const at = [resolved?.days[i], opened.days[i], dated?.days[i]].find((day) => day !== void 0 && day === day);
      artPeriods[i] = at === void 0 ? frame.undated : frame.indexOf(at);
    }
  } else if (resolved) {
    const rows = tickets.opened.length;
    hours = { values: new Float64Array(rows).fill(NaN), reasons: new Uint8Array(rows), refOf: resolved.column.refOf };
    artPeriods = new Float64Array(rows).fill(NaN);
    for (let i = 0; i < rows; i++) {
      const [start, end] = [opened.column.values[i], resolved.column.values[i]];
      const endCode = resolved.column.reasons[i];
      if (end === end && start === start && end >= start) {
        try {
          hours.values[i] = art.read((end - start) / MS_PER_HOUR);
          artPeriods[i] = frame.indexOf(resolved.days[i]);
          continue;
        } catch (error) {
          if (!(error instanceof CellProblem)) throw error;
          hours.reasons[i] = codeOf("unreadable");
        }
      } else if (end === end && start === start) hours.reasons[i] = codeOf("beforeOpened");
      else if (endCode === codeOf("blank")) hours.reasons[i] = opened.column.reasons[i] === codeOf("blank") ? codeOf("blank") : codeOf("open");
      else if (end !== end) hours.reasons[i] = endCode;
      else hours.reasons[i] = codeOf("noDate");
      artPeriods[i] = openedPeriods[i];
    }
  }
  if (hours && artPeriods) {
    const artCoverage = periodCoverage(hours, artPeriods, frame.index, tickets.duration ? void 0 : opened.column);
    const artKpi = columnKpi(art, hours.values, artPeriods, frame, artCoverage).kpi;
    if (worthShowing(artKpi)) out.kpis.unshift(artKpi);
    if (segments) pushDefined(out.segments, rankSegments(art, hours.values, artPeriods, segments, frame));
  }
  if (tickets.firstContact) {
    const fcr = getMetric("FCR");
    const flags = reader.column(tickets.firstContact, fcr.read);
    const coverage = periodCoverage(flags, openedPeriods, frame.index, when.column);
    const fcrKpi = columnKpi(fcr, flags.values, openedPeriods, frame, coverage).kpi;
    if (worthShowing(fcrKpi)) out.kpis.unshift(fcrKpi);
    if (segments) pushDefined(out.segments, rankSegments(fcr, flags.values, openedPeriods, segments, frame));
  }
  return out;
}
function referralFlagKpi(referrals, _input, frame, reader) {
  const def = getMetric("REFERRAL_RATE");
  const dated = referrals.dates ? reader.days(referrals.dates, referrals.dateOrder) : void 0;
  const periods = dated ? periodsOfDays(dated.days, frame) : undatedPeriods(referrals.referred.length, frame);
  const flags = reader.column(referrals.referred, def.read);
  const { kpi } = columnKpi(def, flags.values, periods, frame, periodCoverage(flags, periods, frame.index, dated?.column));
  return worthShowing(kpi) ? kpi : void 0;
}
function pushDefined(list2, item) {
  if (item !== void 0) list2.push(item);
}

// src/report/model.ts
var KPI_ORDER = [
  "NPS",
  "CSAT",
  "CSAT_AVG",
  "CES",
  "FCR",
  "ART",
  "CHURN",
  "RETENTION",
  "REFERRAL_RATE",
  "TRIAL_CONVERSION",
  "ACTIVE_USERS",
  "STICKINESS",
  "COHORT_MONTH_1",
  "COHORT_MONTH_3"
];
function buildReport(input) {
  const log = new ReportReader(input);
  const dateColumns = dateColumnsOf(input);
  for (const [cells, order] of dateOrders(input)) log.days(cells, order);
  const span = spanOf(log.allDays());
  const frame = framePeriod(input, { span, latestBefore: (day) => latestBefore(log.allDays(), day) });
  const report = emptyReport(input, frame, dataRangesOf(dateColumns, log));
  const dateWarnings = dateOrderWarningsOf(dateColumns, log);
  if (dateWarnings.length > 0) report.dateOrderWarnings = dateWarnings;
  const { kpis } = report;
  let responses;
  const several = input.surveySheets && input.surveySheets.length > 1 ? input.surveySheets : void 0;
  if (input.survey || several) {
    const survey = several ? surveysSection(several, input, frame, log) : surveySection(input.survey, input, frame, log);
    kpis.push(...survey.kpis);
    report.segments.push(...survey.segments);
    if (survey.npsBreakdown) report.npsBreakdown = survey.npsBreakdown;
    if (survey.detractors) report.detractors = survey.detractors;
    if (survey.themes) report.themes = survey.themes;
    responses = survey.responses;
  }
  if (input.followUps) report.followUp = followUpSection(input.followUps, report.period, input.timeZone);
  if (input.tickets) {
    const tickets = ticketSection(input.tickets, input, frame, log);
    kpis.push(...tickets.kpis);
    report.segments.push(...tickets.segments);
  }
  if (input.subscriptions) kpis.push(...subscriptionKpis(input.subscriptions, input, frame, log));
  if (input.referrals) {
    const flagged = referralFlagKpi(input.referrals, input, frame, log);
    if (flagged) kpis.splice(0, kpis.length, ...kpis.filter((k) => k.id !== "REFERRAL_RATE"), flagged);
  }
  if (input.customers) {
    const fromCustomers = customerKpis(input.customers, input, frame, log);
    if (fromCustomers.length > 0) {
      const ids = new Set(fromCustomers.map((kpi) => kpi.id));
      kpis.splice(0, kpis.length, ...kpis.filter((kpi) => !ids.has(kpi.id)), ...fromCustomers);
    }
  }
  if (input.activity) kpis.push(...activityKpis(input.activity, input, frame, log), ...cohortKpis(input.activity, input, frame, log));
  if (input.journey) {
    const funnel = funnelOf(input.journey, input, frame, log);
    if (funnel) report.funnel = funnel;
  }
  kpis.sort((a, b) => KPI_ORDER.indexOf(a.id) - KPI_ORDER.indexOf(b.id));
  report.maturity = assessMaturity(evidenceOf(headlineKpis(kpis), responses), input.targets);
  report.problems = log.failures;
  const url = safeHttpUrl(input.spreadsheetUrl);
  if (url) report.spreadsheetUrl = url;
  if (input.spreadsheetName) report.spreadsheetName = String(input.spreadsheetName);
  return report;
}
function emptyReport(input, frame, dataRanges) {
  return {
    lang: input.lang,
    timeZone: input.timeZone,
    period: frame.period,
    previousPeriod: frame.previous,
    minN: MIN_N,
    dataRanges,
    kpis: [],
    segments: [],
    maturity: assessMaturity({}, input.targets),
    problems: []
  };
}
function surveysSection(sheets, input, frame, log) {
  const rowsOf = (survey) => Math.max(...STACKED.map((field) => survey[field]?.length ?? 0));
  const stackOf = (field) => {
    if (!sheets.some(({ survey }) => survey[field])) return void 0;
    return log.stack(
      sheets.map(({ survey }) => {
        const labels = field === "nps" || field === "csat" || field === "ces" ? survey.labels?.[field] : void 0;
        return { cells: survey[field] ?? new Array(rowsOf(survey)).fill(""), dateOrder: field === "dates" ? survey.dateOrder : void 0, labels };
      })
    );
  };
  const combined = {};
  for (const field of STACKED) {
    const cells = stackOf(field);
    if (cells) combined[field] = cells;
  }
  const all = surveySection(combined, input, frame, log);
  const own = sheets.map(({ name, survey }) => surveySection(survey, input, frame, log).kpis.map((kpi) => ({ ...kpi, scope: { name, combined: false } })));
  const sheetsWith = (id) => own.filter((kpis) => kpis.some((kpi) => kpi.id === id)).length;
  const allSurveys = messagesFor(input.lang).allSurveys;
  const together = all.kpis.filter((kpi) => sheetsWith(kpi.id) > 1).map((kpi) => ({ ...kpi, scope: { name: allSurveys, combined: true } }));
  return { ...all, kpis: [...together, ...own.flat()] };
}
var STACKED = ["dates", "nps", "csat", "ces", "segment", "comment", "email"];
function evidenceOf(kpis, responses) {
  const evidence = {};
  if (responses !== void 0) evidence.RESPONSES = { value: responses, n: responses };
  for (const kpi of kpis) {
    if (!kpi.current) continue;
    evidence[kpi.id] = {
      value: kpi.current.value,
      n: kpi.current.n,
      ...kpi.previous ? { previous: { value: kpi.previous.value, n: kpi.previous.n } } : {}
    };
  }
  return evidence;
}
function dateOrders(input) {
  const ordered = [
    [input.survey?.dates, input.survey?.dateOrder],
    ...(input.surveySheets ?? []).map(({ survey }) => [survey.dates, survey.dateOrder]),
    [input.tickets?.opened, input.tickets?.dateOrder],
    [input.tickets?.resolved, input.tickets?.dateOrder],
    [input.tickets?.dates, input.tickets?.dateOrder],
    [input.subscriptions?.month, input.subscriptions?.dateOrder],
    [input.referrals?.dates, input.referrals?.dateOrder],
    [input.activity?.dates, input.activity?.dateOrder],
    [input.journey?.dates, input.journey?.dateOrder],
    [input.customers?.joined, input.customers?.dateOrder],
    [input.customers?.left, input.customers?.dateOrder],
    [input.customers?.dates, input.customers?.dateOrder]
  ];
  const all = /* @__PURE__ */ new Map();
  for (const [cells, order] of ordered) if (cells && !all.has(cells)) all.set(cells, order);
  for (const cells of dateColumnsOf(input)) if (!all.has(cells)) all.set(cells, void 0);
  return [...all];
}
function dateColumnsOf(input) {
  const columns = [
    input.survey?.dates,
    ...(input.surveySheets ?? []).map(({ survey }) => survey.dates),
    input.tickets?.opened,
    input.tickets?.resolved,
    input.subscriptions?.month,
    input.referrals?.dates,
    input.activity?.dates,
    input.journey?.dates,
    input.customers?.joined,
    input.customers?.left,
    input.customers?.dates,
    input.tickets?.dates
  ].filter((cells) => cells !== void 0);
  return [...new Set(columns)];
}
function spanOf(columns) {
  let first = Infinity;
  let last = -Infinity;
  for (const days of columns) {
    for (let i = 0; i < days.length; i++) {
      const day = days[i];
      if (day < first) first = day;
      if (day > last) last = day;
    }
  }
  return first <= last ? { first, last } : void 0;
}
function latestBefore(columns, day) {
  let latest = NaN;
  for (const days of columns) for (let i = 0; i < days.length; i++) if (days[i] < day && !(days[i] <= latest)) latest = days[i];
  return latest;
}
function dataRangesOf(columns, log) {
  const bySheet = /* @__PURE__ */ new Map();
  for (const cells of columns) {
    const sheet = log.placeOf(cells)?.sheet ?? "";
    bySheet.set(sheet, [...bySheet.get(sheet) ?? [], log.days(cells).days]);
  }
  const ranges = [];
  for (const [sheet, days] of bySheet) {
    const span = spanOf(days);
    if (span) ranges.push({ sheet, first: isoDate(span.first), last: isoDate(span.last) });
  }
  return ranges;
}

// src/cells/bytes.ts
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) bytes += 1;
    else if (code < 2048) bytes += 2;
    else if (code >= 55296 && code <= 56319 && i + 1 < text.length && (text.charCodeAt(i + 1) & 64512) === 56320) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// src/metrics/themes/messages.ts
var themeReportTexts = {
  title: { en: "What customers talk about", vi: "Kh\xE1ch h\xE0ng n\xF3i v\u1EC1 \u0111i\u1EC1u g\xEC" },
  intro: (comments) => ({ en: `From ${comments} comments in the period.`, vi: `T\u1EEB ${comments} b\xECnh lu\u1EADn trong k\u1EF3.` }),
  detractors: (comments) => ({ en: `Detractors (0\u20136), ${comments} comments, mention`, vi: `Ng\u01B0\u1EDDi ph\u1EA3n \u0111\u1ED1i (0\u20136), ${comments} b\xECnh lu\u1EADn, nh\u1EAFc \u0111\u1EBFn` }),
  promoters: (comments) => ({ en: `Promoters (9\u201310), ${comments} comments, mention`, vi: `Ng\u01B0\u1EDDi \u1EE7ng h\u1ED9 (9\u201310), ${comments} b\xECnh lu\u1EADn, nh\u1EAFc \u0111\u1EBFn` }),
  share: (share2) => ({ en: `${share2}% of their comments`, vi: `${share2}% b\xECnh lu\u1EADn c\u1EE7a h\u1ECD` }),
  change: (points) => ({ en: `${points} points from the period before`, vi: `${points} \u0111i\u1EC3m % so v\u1EDBi k\u1EF3 tr\u01B0\u1EDBc` }),
  newTheme: { en: "new this period", vi: "m\u1EDBi trong k\u1EF3 n\xE0y" },
  none: { en: "No comments from them in the period.", vi: "Kh\xF4ng c\xF3 b\xECnh lu\u1EADn n\xE0o c\u1EE7a h\u1ECD trong k\u1EF3." },
  noTheme: { en: "Their comments fall in no known theme.", vi: "B\xECnh lu\u1EADn c\u1EE7a h\u1ECD ch\u01B0a thu\u1ED9c ch\u1EE7 \u0111\u1EC1 n\xE0o." },
  emerging: { en: "Phrases that come back but no theme covers yet", vi: "C\u1EE5m t\u1EEB l\u1EB7p l\u1EA1i nh\u01B0ng ch\u01B0a thu\u1ED9c ch\u1EE7 \u0111\u1EC1 n\xE0o" },
  phrase: (phrase, comments) => ({ en: `\u201C${phrase}\u201D (${comments} comments)`, vi: `\u201C${phrase}\u201D (${comments} b\xECnh lu\u1EADn)` })
};

// src/report/coverage-text.ts
function coverageLine(n, coverage, lang) {
  const m = messagesFor(lang);
  const leftOut = leftOutCount(coverage);
  return leftOut === 0 ? m.coverageNothingLeftOut(formatNumber(n, lang)) : m.coverageLine(formatNumber(n, lang), formatNumber(leftOut, lang));
}
function coverageReasons(coverage, lang) {
  const m = messagesFor(lang);
  return LEFT_OUT_REASONS.filter((reason) => reason !== "blank" && (coverage.leftOut[reason]?.count ?? 0) > 0).map((reason) => {
    const entry = coverage.leftOut[reason];
    const places = describePlaces(entry.places, lang) + (entry.count > entry.places.length && entry.places.length > 0 ? ", \u2026" : "");
    return { reason, count: entry.count, text: m.coverageReason(formatNumber(entry.count, lang), REASON_TEXTS[reason][lang], places) };
  }).sort((a, b) => b.count - a.count);
}
function coverageSentence(n, coverage, lang) {
  const reasons2 = coverageReasons(coverage, lang);
  return reasons2.length === 0 ? coverageLine(n, coverage, lang) : `${coverageLine(n, coverage, lang)}: ${reasons2.map((r) => r.text).join("; ")}`;
}
function lostTooMuch(coverage) {
  return lostShare(coverage) > LOSS_WARNING_SHARE;
}
function kpisMissingData(report) {
  return report.kpis.filter((kpi) => lostTooMuch(kpi.coverage));
}
function lostText(kpi, lang, kind = "month") {
  const m = messagesFor(lang);
  const reasons2 = coverageReasons(kpi.coverage, lang).filter((r) => r.reason !== "noAnswer" && r.reason !== "header");
  const share2 = formatNumber(100 * lostShare(kpi.coverage), lang, 1) + "%";
  const lost = lostCount(kpi.coverage);
  return m.metricLost(kpiName(kpi, lang, kind), formatNumber(lost, lang), share2, reasons2.map((r) => r.text).join("; "), lost);
}
function missingDataBanner(report) {
  const missing = kpisMissingData(report);
  if (missing.length === 0) return void 0;
  const details = missing.map((kpi) => lostText(kpi, report.lang, report.period.kind)).join(" \xB7 ");
  return messagesFor(report.lang).missingBanner(missing.length, report.kpis.length, details);
}
function dataRangeLines(ranges, lang) {
  const m = messagesFor(lang);
  return ranges.map(
    (r) => r.sheet ? m.dataRunsIn(r.sheet, r.first, r.last) : m.dataRuns(r.first, r.last)
  );
}

// src/report/summary.ts
var MAX_HIGHLIGHTS = 3;
var SAME_DATA = { RETENTION: "CHURN", CHURN: "RETENTION", CSAT_AVG: "CSAT", CSAT: "CSAT_AVG", STICKINESS: "ACTIVE_USERS", ACTIVE_USERS: "STICKINESS" };
function unusualDistance(kpi) {
  const t = kpi.typical;
  const half = ((t.high ?? t.value) - (t.low ?? t.value)) / 2;
  return half > 0 ? Math.abs(kpi.current.value - t.value) / half : 0;
}
function highlights(report) {
  const changes = [];
  const unusual = [];
  for (const kpi of headlineKpis(report.kpis)) {
    const c = kpi.comparison;
    if (c && c.test !== "none" && c.significant && c.change !== 0) changes.push({ kpi, kind: "change", weight: Math.abs(c.statistic ?? 0) });
    else if (kpi.usualness === "unusual" && kpi.current) unusual.push({ kpi, kind: "unusual", weight: unusualDistance(kpi) });
  }
  const byWeight = (a, b) => b.weight - a.weight;
  const chosen = [];
  for (const h of [...changes.sort(byWeight), ...unusual.sort(byWeight)]) {
    if (chosen.length >= MAX_HIGHLIGHTS) break;
    if (chosen.some((c) => SAME_DATA[h.kpi.id] === c.kpi.id)) continue;
    chosen.push(h);
  }
  return chosen;
}
function sentence(h, report) {
  const { kpi } = h;
  const lang = report.lang;
  const m = messagesFor(lang);
  const name = m.metricShort[kpi.id];
  const value = valueText(kpi.unit, kpi.current.value, lang);
  const typical = kpi.typical ? valueText(kpi.unit, kpi.typical.value, lang) : "";
  if (h.kind === "unusual") {
    const better = kpi.unusualWas === "better";
    return { text: m.summaryUnusual(name, value, better, typical), tone: better ? "good" : "bad" };
  }
  const change = kpi.comparison.change;
  const size = changeSizeText(kpi.unit, change, lang);
  const previous = previousName(report);
  let context;
  if (kpi.usualness === "back-to-usual") context = m.summaryBackToUsual(kpi.unusualWas === "better", previous);
  else if (kpi.usualness === "unusual") context = m.summaryNowUnusual(kpi.unusualWas === "better", typical);
  else context = m.likelyReal;
  return { text: m.summaryChange(name, change > 0, size, value, context), tone: isImprovement(kpi, change) ? "good" : "bad" };
}
function previousName(report) {
  const m = messagesFor(report.lang);
  const before2 = report.previousPeriod;
  if (!before2) return "";
  if (before2.kind === "week") return m.weekBefore;
  if (before2.kind !== "month") return periodText(before2, report.lang);
  if (before2.start.slice(0, 4) !== report.period.start.slice(0, 4)) return periodText(before2, report.lang);
  const name = m.monthName[Number(before2.start.slice(5, 7)) - 1];
  return report.lang === "vi" ? name.toLowerCase() : name;
}
function tooFewLine(report) {
  const m = messagesFor(report.lang);
  const thin = headlineKpis(report.kpis).filter((k) => k.lowN && k.current);
  if (thin.length === 0) return void 0;
  const shown = thin.slice(0, 3).map((k) => m.summaryThin(m.metricShort[k.id], formatNumber(Math.min(k.current.n, k.previous?.n ?? Infinity), report.lang)));
  return m.summaryTooFew(shown, thin.length - shown.length, report.minN);
}
function coverageLine2(report) {
  return missingDataBanner(report);
}
function nextStep(report) {
  const { level, levels, targets } = report.maturity;
  if (level >= levels.length) return void 0;
  const lang = report.lang;
  const m = messagesFor(lang);
  const target = levels[level];
  const criterion = target.criteria.find((c) => c.status === "not-met") ?? target.criteria.find((c) => c.status === "missing");
  if (!criterion) return void 0;
  const levelName = m.level[RUBRIC[level].id].name;
  const goal = criterionText(criterion, targets, lang);
  if (criterion.status === "not-met") {
    const unit = criterion.metric === "RESPONSES" ? "count" : METRIC_INFO[criterion.metric].unit;
    const now = criterion.actual === void 0 ? "" : valueText(unit, criterion.actual, lang);
    return m.summaryNextNotMet(levelName, goal, now);
  }
  if (criterion.missingReason === "too-few") return m.summaryNextTooFew(levelName, goal, formatNumber(criterion.n ?? 0, lang), report.minN);
  return m.summaryNextNoData(levelName, goal);
}
function summaryView(report) {
  const lang = report.lang;
  const m = messagesFor(lang);
  const items = highlights(report).map((h) => sentence(h, report));
  const view = { title: m.summaryTitle, items, maturity: "" };
  const coverage = coverageLine2(report);
  if (coverage) view.coverage = coverage;
  if (report.dateOrderWarnings?.length) view.dateOrder = report.dateOrderWarnings.map((w) => `${dateOrderWarningText(w, lang)} ${dateOrderConfirmText(w, lang)}`);
  const tested = report.kpis.some((k) => k.comparison && k.comparison.test !== "none");
  if (items.length === 0) view.quiet = tested ? m.summaryQuiet : m.summaryNothingToCompare;
  const tooFew = tooFewLine(report);
  if (tooFew) view.tooFew = tooFew;
  const { level } = report.maturity;
  view.maturity = level > 0 ? m.summaryMaturity(level, m.level[RUBRIC[level - 1].id].name) : m.summaryMaturityNone;
  const next = nextStep(report);
  if (next) view.next = next;
  return view;
}

// src/report/view.ts
var MAX_THIN_SEGMENTS = 6;
var MAX_COMMENT_CHARS = 500;
var MAX_NAME_CHARS = 80;
var MAX_ITEM_CHARS = 400;
var EXAMPLE_MAX = 200;
function themesView(t, lang) {
  const num = (n) => formatNumber(n, lang);
  const group = (title, tone, total, mentions) => ({
    title,
    tone,
    rows: mentions.map((m) => {
      const change = m.previousShare === void 0 ? void 0 : m.previousShare === 0 ? themeReportTexts.newTheme[lang] : themeReportTexts.change(formatSigned(m.share - m.previousShare, lang, 0))[lang];
      return { name: m.theme[lang], detail: [themeReportTexts.share(formatNumber(m.share, lang, 0))[lang], change].filter(Boolean).join(" \xB7 "), example: oneLine(m.example, EXAMPLE_MAX) };
    }),
    ...total === 0 ? { none: themeReportTexts.none[lang] } : mentions.length === 0 ? { none: themeReportTexts.noTheme[lang] } : {}
  });
  return {
    title: themeReportTexts.title[lang],
    intro: themeReportTexts.intro(num(t.comments))[lang],
    groups: [
      group(themeReportTexts.detractors(num(t.detractorComments))[lang], "bad", t.detractorComments, t.detractors),
      group(themeReportTexts.promoters(num(t.promoterComments))[lang], "good", t.promoterComments, t.promoters)
    ],
    ...t.emerging.length > 0 ? { emerging: { title: themeReportTexts.emerging[lang], items: t.emerging.map((p) => themeReportTexts.phrase(oneLine(p.phrase, 60), num(p.comments))[lang]) } } : {}
  };
}
function kpiView(kpi, report) {
  const lang = report.lang;
  const m = messagesFor(lang);
  const view = {
    id: kpi.id,
    name: kpiName(kpi, lang, report.period.kind),
    value: kpiValueText(kpi, lang),
    n: `n = ${formatNumber(kpi.current?.n ?? 0, lang)}`,
    coverage: coverageSentence(kpi.current?.n ?? 0, kpi.coverage, lang),
    trend: trendBars(kpi, report)
  };
  const line = trendLine(kpi, report);
  if (line) view.trendLine = line;
  if (kpi.previous) view.previous = m.previousValue(valueText(kpi.unit, kpi.previous.value, lang));
  if (kpi.typical) view.typical = m.typicalValue(valueText(kpi.unit, kpi.typical.value, lang), kpi.typical.periods, report.period.kind);
  if (kpi.usualness === "unusual") view.usual = { text: m.unusualNow(kpi.unusualWas === "better"), tone: kpi.unusualWas === "better" ? "good" : "bad" };
  if (kpi.usualness === "back-to-usual") view.usual = { text: m.backToUsual(kpi.unusualWas === "better"), tone: "neutral" };
  if (kpi.lastYear && kpi.trend[0]) {
    const c = kpi.lastYearComparison;
    const change = c ? `${changeText(kpi.unit, c.change, lang)}${c.test === "none" ? "" : `, ${c.significant ? m.likelyReal : m.couldBeChance}`}` : "";
    view.lastYear = m.lastYearValue(trendLabel(kpi.trend[0].start, "month", lang), valueText(kpi.unit, kpi.lastYear.value, lang), change);
  }
  if (kpi.comparison) {
    const parts = changeParts(kpi, kpi.comparison, lang);
    view.change = { arrow: parts.arrow, text: parts.change, verdict: parts.verdict, tone: parts.tone };
  } else {
    if (report.previousPeriod) view.note = noChangeReason(kpi, lang, report.minN);
  }
  return view;
}
function trendBars(kpi, report) {
  const lang = report.lang;
  const points = kpi.trend;
  const values = points.map((p) => p.value).filter((v) => v !== null);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const floor = kpi.unit === "count" ? Math.min(0, low) : low - (high > low ? (high - low) / 5 : Math.max(1, Math.abs(low) / 10));
  const withData = points.map((p, i) => p.value === null ? -1 : i).filter((i) => i >= 0);
  const marked = /* @__PURE__ */ new Set();
  if (withData.length > 0) {
    marked.add(withData[0]).add(withData[withData.length - 1]);
    marked.add(points.findIndex((p) => p.value === low)).add(points.findIndex((p) => p.value === high));
  }
  const last = points.length - 1;
  return points.map((point, i) => {
    const bar = {
      label: trendLabel(point.start, report.period.kind, lang),
      height: point.value === null ? null : high > floor ? 0.1 + 0.9 * (point.value - floor) / (high - floor) : 0.6,
      text: point.value === null ? messagesFor(lang).trendNoData : valueText(kpi.unit, point.value, lang),
      current: i === last
    };
    if (point.value !== null && marked.has(i)) bar.mark = chartNumber(kpi, point.value, lang);
    return bar;
  });
}
function chartNumber(kpi, value, lang) {
  return formatNumber(value, lang, kpi.unit === "count" ? 0 : kpi.unit === "scale" ? 2 : 1);
}
function trendLine(kpi, report) {
  const lang = report.lang;
  const points = kpi.trend.filter((p) => p.value !== null);
  if (points.length < 2) return void 0;
  const label = (p) => trendLabel(p.start, report.period.kind, lang);
  const text = (p) => valueText(kpi.unit, p.value, lang);
  const lowest = points.reduce((a, b) => b.value < a.value ? b : a);
  const highest = points.reduce((a, b) => b.value > a.value ? b : a);
  const first = points[0];
  const last = points[points.length - 1];
  return messagesFor(lang).trendLine(kpi.trend.length, report.period.kind, `${text(first)} (${label(first)})`, `${text(last)} (${label(last)})`, `${text(lowest)} (${label(lowest)})`, `${text(highest)} (${label(highest)})`);
}
function criterionLine(c, report) {
  const lang = report.lang;
  const m = messagesFor(lang);
  const status = c.status === "met" ? m.criterionMet : c.status === "not-met" ? m.criterionNotMet : c.missingReason === "too-few" ? m.criterionTooFew(formatNumber(c.n ?? 0, lang), report.minN) : m.criterionNoData;
  const unit = c.metric === "RESPONSES" ? "count" : METRIC_INFO[c.metric].unit;
  const measured = c.actual !== void 0 && c.status !== "missing" ? `, ${m.measured(valueText(unit, c.actual, lang))}` : "";
  return `${criterionText(c, report.maturity.targets, lang)}: ${status}${measured}`;
}
function maturityView(report) {
  const m = messagesFor(report.lang);
  const { level, levels } = report.maturity;
  const names = RUBRIC.map((l) => m.level[l.id].name);
  const headline = level > 0 ? m.maturityLevel(level, names[level - 1]) : m.maturityNone;
  const reached = level > 0 ? levels.slice(0, level) : levels.slice(0, 1);
  const why = { title: m.maturityWhy, items: reached.flatMap((l) => l.criteria.filter((c) => level === 0 || c.status === "met").map((c) => criterionLine(c, report))) };
  const view = { title: m.maturity, headline, level, steps: names, why };
  if (level > 0 && level < levels.length) {
    const nextLevel = levels[level];
    view.next = { title: m.maturityNext(names[level]), items: nextLevel.criteria.map((c) => criterionLine(c, report)) };
  }
  if (report.maturity.missing.length > 0) {
    view.missing = { title: m.maturityMissing, items: report.maturity.missing.map((c) => criterionLine(c, report)) };
  }
  return view;
}
function reportView(report) {
  const lang = report.lang;
  const m = messagesFor(lang);
  const num = (n) => formatNumber(n, lang);
  const pct = (n) => formatNumber(n, lang, 1) + "%";
  const notes = report.kpis.flatMap((kpi) => kpi.comparison ? [testNote(kpi, kpi.comparison, lang, report.period.kind)] : []).filter((t) => !!t);
  const view = {
    lang,
    title: m.title,
    period: periodText(report.period, lang),
    compared: report.previousPeriod ? m.comparedWith(periodText(report.previousPeriod, lang)) : "",
    summary: summaryView(report),
    keyMetrics: m.keyMetrics,
    kpis: report.kpis.map((kpi) => kpiView(kpi, report)),
    trendTitle: m.trendsOf(report.kpis[0]?.trend.length ?? 12, report.period.kind),
    footnote: { title: m.footnote, legend: m.legend(report.minN), items: notes },
    maturity: maturityView(report),
    footer: m.footer,
    dataRanges: dataRangeLines(report.dataRanges, lang)
  };
  if (report.spreadsheetName) view.sheetName = cleanText(report.spreadsheetName, MAX_NAME_CHARS).text;
  const b = report.npsBreakdown;
  if (b) {
    view.nps = {
      title: m.npsBreakdown,
      total: `NPS ${formatNumber(b.nps, lang, 1)} \xB7 ${m.responses(num(b.n))}`,
      parts: [
        { label: m.promoters, count: num(b.promoters), share: pct(b.promoterShare), width: b.promoterShare, tone: "good" },
        { label: m.passives, count: num(b.passives), share: pct(b.passiveShare), width: b.passiveShare, tone: "neutral" },
        { label: m.detractors, count: num(b.detractors), share: pct(b.detractorShare), width: b.detractorShare, tone: "bad" }
      ]
    };
  }
  if (report.segments.length > 0) {
    const seg = (unit, s) => m.segmentValue(cleanText(s.name, MAX_NAME_CHARS).text, valueText(unit, s.value, lang), valueText(unit, s.low, lang), valueText(unit, s.high, lang), num(s.n));
    const minN = report.segments[0].minN;
    const thin = (list2) => {
      const shown = list2.slice(0, MAX_THIN_SEGMENTS).map((t) => `${cleanText(t.name, MAX_NAME_CHARS).text} (n = ${num(t.n)})`);
      return m.tooFewToRank(minN, shown, list2.length - shown.length);
    };
    view.segments = {
      title: m.segments,
      note: m.segmentsNote(minN),
      bestLabel: m.best,
      worstLabel: m.worst,
      rows: report.segments.map((s) => ({
        metric: metricName(s.metric, lang, report.period.kind),
        ...s.best && s.worst ? { best: seg(s.unit, s.best), worst: seg(s.unit, s.worst) } : { unranked: s.only ? m.onlySegment(seg(s.unit, s.only)) : m.cannotRank },
        ...s.tooFew.length > 0 ? { tooFew: thin(s.tooFew) } : {}
      }))
    };
  }
  if (report.detractors) {
    const d = report.detractors;
    let shortened = 0;
    const comments = d.comments.map((c) => {
      const text = cleanText(c.comment, MAX_COMMENT_CHARS);
      if (text.shortened) shortened++;
      const segment = c.segment ? cleanText(c.segment, MAX_NAME_CHARS).text : "";
      const email = c.email ? cleanText(c.email, MAX_NAME_CHARS).text : "";
      return { text: text.text, meta: [`${m.score} ${c.score}`, segment, c.date ? dateText2(c.date, lang) : "", email].filter(Boolean).join(" \xB7 ") };
    });
    view.detractors = { title: m.newDetractors, count: m.detractorCount(num(d.count)), comments };
    const rest = (d.withComment ?? d.comments.length) - d.comments.length;
    if (rest > 0) view.detractors.more = { text: m.moreComments(num(rest)), ...report.spreadsheetUrl ? { url: report.spreadsheetUrl, link: m.seeAllInSheet } : {} };
    if (shortened > 0) view.detractors.shortened = m.commentsShortened(shortened, MAX_COMMENT_CHARS);
    if (d.count > 0 && d.comments.length === 0) view.detractors.none = m.noDetractorComments;
  }
  if (report.followUp) {
    const at = (ms) => {
      const wall = new Date(ms + utcOffset(ms, report.timeZone));
      return `${dateText2(isoDate(localDay(ms, report.timeZone)), lang)} ${String(wall.getUTCHours()).padStart(2, "0")}:${String(wall.getUTCMinutes()).padStart(2, "0")}`;
    };
    view.followUp = followUpView(report.followUp, lang, at);
  }
  if (report.themes) view.themes = themesView(report.themes, lang);
  if (report.funnel) {
    const top = report.funnel.stages[0].reached || 1;
    view.funnel = {
      title: m.funnel,
      stages: report.funnel.stages.map((s) => ({
        name: m.stage[s.stage],
        reached: m.customers(num(s.reached)),
        width: 100 * s.reached / top,
        ...s.shareFromPrevious !== null ? { share: m.fromPrevious(pct(s.shareFromPrevious)) } : {}
      }))
    };
    if (report.funnel.unmatched > 0) view.funnel.unmatched = m.unmatchedStages(num(report.funnel.unmatched));
  }
  if (report.problems.length > 0) view.problems = { title: m.problems, items: report.problems.map((p) => cleanText(p.message[lang], MAX_ITEM_CHARS).text) };
  if (report.spreadsheetUrl) view.link = { url: report.spreadsheetUrl, text: m.openSpreadsheet };
  return view;
}

// src/report/render-html.ts
var FONT = "Arial,Helvetica,sans-serif";
var C2 = {
  page: "#eef1f5",
  card: "#ffffff",
  ink: "#111827",
  text: "#374151",
  muted: "#6b7280",
  line: "#e5e7eb",
  brand: "#1e3a8a",
  brandSoft: "#dbeafe",
  accent: "#2563eb",
  barSoft: "#bfdbfe",
  empty: "#e5e7eb",
  good: "#15803d",
  goodSoft: "#dcfce7",
  bad: "#b91c1c",
  badSoft: "#fee2e2",
  neutral: "#9ca3af",
  warn: "#b45309",
  warnSoft: "#fef3c7"
};
var TONE = { good: C2.good, bad: C2.bad, neutral: C2.muted };
var TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"';
function block(color, height, extra = "") {
  return `<td style="height:${height}px;background:${color};font-size:0;line-height:0;${extra}">&nbsp;</td>`;
}
function heading(text) {
  return `<h2 style="margin:0 0 10px;font-family:${FONT};font-size:17px;line-height:1.3;color:${C2.ink};">${escapeHtml(text)}</h2>`;
}
function section(inner) {
  return `<tr><td style="padding:18px 20px;border-top:1px solid ${C2.line};">${inner}</td></tr>`;
}
function trendBars2(kpi) {
  const last = kpi.trend.length - 1;
  const cells = kpi.trend.map((bar, i) => {
    const height = bar.height === null ? 2 : Math.max(3, Math.round(bar.height * 34));
    const color = bar.height === null ? C2.empty : bar.current ? C2.accent : C2.barSoft;
    const align = i === 0 ? "left" : i === last ? "right" : "center";
    const mark = bar.mark ? `<div style="font-size:9px;line-height:11px;white-space:nowrap;text-align:${align};color:${bar.current ? C2.ink : C2.muted}${bar.current ? ";font-weight:bold" : ""}">${escapeHtml(bar.mark)}</div>` : "";
    return `<td>${mark}<table cellpadding="0" cellspacing="0" width="100%"><tr><td height="${height}" bgcolor="${color}" style="font-size:0;line-height:0">&nbsp;</td></tr></table></td>`;
  }).join("");
  const label = (text, align, bold = false) => `<td style="font-size:10px;color:${bold ? C2.ink : C2.muted};text-align:${align};padding-top:3px;${bold ? "font-weight:bold;" : ""}">${escapeHtml(text)}</td>`;
  return (
    // Equal columns from table-layout:fixed; the gaps between bars from cellspacing.
    `<table role="presentation" cellpadding="0" cellspacing="1" border="0" width="100%" height="54" style="table-layout:fixed;margin-top:12px;border-bottom:1px solid ${C2.line};font-family:${FONT};"><tr valign="bottom">${cells}</tr></table><table ${TABLE} width="100%" style="font-family:${FONT};"><tr>${label(kpi.trend[0]?.label ?? "", "left")}${label(kpi.trend[last]?.label ?? "", "right", true)}</tr></table>`
  );
}
function tile(kpi) {
  const change = kpi.change ? `<div style="margin-top:6px;font-size:13px;line-height:1.4;color:${TONE[kpi.change.tone]};"><b>${escapeHtml(kpi.change.arrow)} ${escapeHtml(kpi.change.text)}</b> <span style="color:${kpi.change.tone === "neutral" ? C2.muted : TONE[kpi.change.tone]};">\xB7 ${escapeHtml(kpi.change.verdict)}</span></div>` : "";
  const note = kpi.note ? `<div style="margin-top:6px;font-size:12px;line-height:1.4;color:${C2.muted};font-style:italic;">${escapeHtml(kpi.note)}</div>` : "";
  const small = (text, color = C2.muted) => text ? `<div style="margin-top:2px;font-size:12px;line-height:1.4;color:${color};">${escapeHtml(text)}</div>` : "";
  const previous = small(kpi.previous) + small(kpi.typical) + (kpi.usual ? small(kpi.usual.text, TONE[kpi.usual.tone]) : "") + small(kpi.lastYear) + small(kpi.coverage);
  return (
    // "Fab four" fluid columns: two abreast when the row is at least 480 px wide, one below that;
    // a client without calc() keeps width:100%, a single column.
    `<div style="display:inline-block;vertical-align:top;box-sizing:border-box;min-width:50%;max-width:100%;width:100%;width:calc((480px - 100%) * 480);padding:5px;text-align:left;font-size:14px;line-height:1.4;"><table ${TABLE} width="100%" style="border:1px solid ${C2.line};border-radius:8px;border-collapse:separate;background:${C2.card};"><tr><td style="padding:14px 14px 10px;font-family:${FONT};color:${C2.text};"><div style="font-size:12px;line-height:1.35;color:${C2.muted};font-weight:bold;">${escapeHtml(kpi.name)}</div><div style="margin-top:4px;font-size:26px;line-height:1.2;font-weight:bold;color:${C2.ink};">${escapeHtml(kpi.value)} <span style="font-size:12px;font-weight:normal;color:${C2.muted};">${escapeHtml(kpi.n)}</span></div>` + change + previous + note + trendBars2(kpi) + `</td></tr></table></div>`
  );
}
function summarySection(s) {
  const warn = (text) => `<table ${TABLE} width="100%" style="margin-bottom:10px;"><tr><td style="padding:8px 10px;background:${C2.warnSoft};border-left:3px solid ${C2.warn};font-family:${FONT};font-size:13px;line-height:1.4;color:${C2.ink};">\u26A0 ${escapeHtml(text)}</td></tr></table>`;
  const banner = (s.coverage ? warn(s.coverage) : "") + (s.dateOrder ?? []).map(warn).join("");
  const line = (text, color, marker) => `<tr><td width="16" valign="top" style="padding:3px 6px 3px 0;font-size:14px;line-height:1.4;color:${color};vertical-align:top;">${marker}</td><td style="padding:3px 0;font-family:${FONT};font-size:15px;line-height:1.4;color:${C2.ink};">${escapeHtml(text)}</td></tr>`;
  const items = s.items.map((item) => line(item.text, TONE[item.tone], "\u25CF")).join("");
  const quiet = s.quiet ? line(s.quiet, C2.muted, "\u25CF") : "";
  const tooFew = s.tooFew ? `<div style="margin-top:6px;font-size:13px;line-height:1.4;color:${C2.muted};">${escapeHtml(s.tooFew)}</div>` : "";
  const maturity = `<div style="margin-top:10px;padding-top:8px;border-top:1px solid ${C2.line};font-size:14px;line-height:1.4;color:${C2.brand};"><b>${escapeHtml(s.maturity)}</b>` + (s.next ? ` <span style="color:${C2.text};">${escapeHtml(s.next)}</span>` : "") + `</div>`;
  return `<tr><td style="padding:16px 20px 14px;font-family:${FONT};">${heading(s.title)}${banner}<table ${TABLE} width="100%">${items}${quiet}</table>${tooFew}${maturity}</td></tr>`;
}
function list(section2) {
  const items = section2.items.map((item) => `<li style="margin:0 0 4px;">${escapeHtml(item)}</li>`).join("");
  return `<div style="margin-top:10px;font-size:13px;font-weight:bold;color:${C2.ink};">${escapeHtml(section2.title)}</div><ul style="margin:6px 0 0;padding-left:18px;font-size:13px;line-height:1.45;color:${C2.text};">${items}</ul>`;
}
function npsSection(nps) {
  const colors = { good: C2.good, neutral: C2.neutral, bad: C2.bad };
  const bar = nps.parts.filter((p) => p.width > 0).map((p) => `<td width="${p.width.toFixed(2)}%" style="height:16px;background:${colors[p.tone]};font-size:0;line-height:0;">&nbsp;</td>`).join("");
  const legend = nps.parts.map((p) => `<tr><td width="14" style="padding:4px 8px 4px 0;"><table ${TABLE}><tr>${block(colors[p.tone], 10, "width:10px;border-radius:2px;")}</tr></table></td><td style="padding:4px 0;font-size:13px;color:${C2.text};">${escapeHtml(p.label)}</td><td style="padding:4px 0;font-size:13px;color:${C2.ink};text-align:right;white-space:nowrap;"><b>${escapeHtml(p.count)}</b> \xB7 ${escapeHtml(p.share)}</td></tr>`).join("");
  return section(
    heading(nps.title) + `<div style="font-size:13px;color:${C2.muted};margin-bottom:8px;">${escapeHtml(nps.total)}</div><table ${TABLE} width="100%" style="table-layout:fixed;border-radius:4px;overflow:hidden;"><tr>${bar}</tr></table><table ${TABLE} width="100%" style="margin-top:8px;font-family:${FONT};">${legend}</table>`
  );
}
function segmentsSection(s) {
  const cell = (text, color = C2.text) => `<td style="padding:2px 0;font-size:13px;line-height:1.4;color:${color};">${escapeHtml(text)}</td>`;
  const labelled = (label, color, text) => `<tr><td width="78" style="padding:2px 8px 2px 0;font-size:12px;color:${color};font-weight:bold;vertical-align:top;">${escapeHtml(label)}</td>${cell(text)}</tr>`;
  const rows = s.rows.map((row) => `<tr><td colspan="2" style="padding:10px 0 4px;font-size:13px;font-weight:bold;color:${C2.ink};">${escapeHtml(row.metric)}</td></tr>` + (row.best ? labelled(`\u25B2 ${s.bestLabel}`, C2.good, row.best) : "") + (row.worst ? labelled(`\u25BC ${s.worstLabel}`, C2.bad, row.worst) : "") + (row.unranked ? `<tr><td colspan="2" style="padding:2px 0;font-size:13px;color:${C2.muted};">${escapeHtml(row.unranked)}</td></tr>` : "") + (row.tooFew ? `<tr><td colspan="2" style="padding:2px 0;font-size:12px;line-height:1.4;color:${C2.muted};">${escapeHtml(row.tooFew)}</td></tr>` : "")).join("");
  return section(heading(s.title) + `<table ${TABLE} width="100%" style="font-family:${FONT};">${rows}</table><div style="margin-top:8px;font-size:12px;color:${C2.muted};">${escapeHtml(s.note)}</div>`);
}
function detractorSection(d) {
  const comments = d.comments.map((c) => `<tr><td style="padding:10px 12px;border-left:3px solid ${C2.bad};background:${C2.badSoft};font-family:${FONT};"><div style="font-size:14px;line-height:1.45;color:${C2.ink};">\u201C${escapeHtml(c.text)}\u201D</div><div style="margin-top:4px;font-size:12px;color:${C2.muted};">${escapeHtml(c.meta)}</div></td></tr><tr><td style="height:8px;font-size:0;line-height:0;">&nbsp;</td></tr>`).join("");
  const note = (text) => text ? `<div style="margin-top:4px;font-size:13px;line-height:1.4;color:${C2.muted};">${escapeHtml(text)}</div>` : "";
  const url = d.more?.url ? safeHttpUrl(d.more.url) : void 0;
  const more = d.more ? `<div style="margin-top:2px;font-size:13px;line-height:1.4;color:${C2.text};">${escapeHtml(d.more.text)}${url && d.more.link ? ` <a href="${escapeHtml(url)}" style="color:${C2.accent};font-weight:bold;">${escapeHtml(d.more.link)}</a>` : ""}</div>` : "";
  return section(heading(d.title) + `<div style="font-size:13px;color:${C2.text};margin-bottom:10px;">${escapeHtml(d.count)}</div><table ${TABLE} width="100%">${comments}</table>` + more + note(d.shortened) + note(d.leftOut) + note(d.none));
}
function followUpSection2(f) {
  const figures = f.figures.map((line, i) => `<div style="font-size:${i === 0 ? 14 : 13}px;line-height:1.5;color:${i === 0 ? C2.ink : C2.text};">${escapeHtml(line)}</div>`).join("");
  const open4 = f.open ? `<div style="margin-top:12px;font-size:13px;font-weight:bold;color:${C2.ink};">${escapeHtml(f.open.title)}</div><table ${TABLE} width="100%" style="margin-top:6px;">` + f.open.items.map((o) => `<tr><td style="padding:8px 12px;border-left:3px solid ${C2.warn};background:${C2.warnSoft};font-family:${FONT};"><div style="font-size:13px;line-height:1.45;color:${C2.ink};">${escapeHtml(o.text)}</div><div style="margin-top:3px;font-size:12px;color:${C2.muted};">${escapeHtml(o.meta)}</div></td></tr><tr><td style="height:6px;font-size:0;line-height:0;">&nbsp;</td></tr>`).join("") + `</table>` + (f.open.more ? `<div style="font-size:13px;color:${C2.text};">${escapeHtml(f.open.more)}</div>` : "") : "";
  const notes = f.notes.map((n) => `<div style="margin-top:6px;font-size:12px;line-height:1.4;color:${C2.muted};">${escapeHtml(n)}</div>`).join("");
  return section(heading(f.title) + figures + open4 + notes);
}
function themesSection(t) {
  const groups = t.groups.map((g) => {
    const colour = g.tone === "bad" ? C2.bad : C2.good;
    const rows = g.rows.map((r) => `<tr><td style="padding:8px 0 2px;font-size:14px;color:${C2.ink};"><b>${escapeHtml(r.name)}</b> <span style="font-size:12px;color:${C2.muted};">\xB7 ${escapeHtml(r.detail)}</span></td></tr>` + (r.example ? `<tr><td style="padding:4px 10px;border-left:3px solid ${colour};font-size:13px;line-height:1.45;color:${C2.text};">\u201C${escapeHtml(r.example)}\u201D</td></tr>` : "")).join("");
    const none = g.none ? `<tr><td style="padding:4px 0;font-size:13px;color:${C2.muted};">${escapeHtml(g.none)}</td></tr>` : "";
    return `<div style="margin-top:10px;font-size:13px;font-weight:bold;color:${colour};">${escapeHtml(g.title)}</div><table ${TABLE} width="100%" style="font-family:${FONT};">${rows}${none}</table>`;
  }).join("");
  return section(heading(t.title) + `<div style="font-size:13px;color:${C2.text};">${escapeHtml(t.intro)}</div>` + groups + (t.emerging ? list(t.emerging) : ""));
}
function funnelSection(f) {
  const rows = f.stages.map((s) => `<tr><td style="padding:8px 0 3px;font-size:13px;color:${C2.ink};"><b>${escapeHtml(s.name)}</b> <span style="color:${C2.muted};">\xB7 ${escapeHtml(s.reached)}</span></td></tr><tr><td><table ${TABLE} width="${Math.max(2, s.width).toFixed(1)}%"><tr>${block(C2.accent, 14, "border-radius:3px;")}</tr></table></td></tr>` + (s.share ? `<tr><td style="padding-top:2px;font-size:12px;color:${C2.muted};">${escapeHtml(s.share)}</td></tr>` : "")).join("");
  const unmatched = f.unmatched ? `<div style="margin-top:8px;font-size:12px;color:${C2.muted};">${escapeHtml(f.unmatched)}</div>` : "";
  return section(heading(f.title) + `<table ${TABLE} width="100%" style="font-family:${FONT};">${rows}</table>` + unmatched);
}
function maturitySection(m) {
  const steps = m.steps.map((_, i) => `<td style="padding:0 2px;"><table ${TABLE} width="100%"><tr><td style="height:22px;background:${i < m.level ? C2.brand : C2.empty};color:${i < m.level ? "#ffffff" : C2.muted};font-family:${FONT};font-size:11px;font-weight:bold;text-align:center;border-radius:3px;">${i + 1}</td></tr></table></td>`).join("");
  return section(
    heading(m.title) + `<div style="font-size:20px;font-weight:bold;color:${C2.brand};margin-bottom:10px;">${escapeHtml(m.headline)}</div><table ${TABLE} width="100%" style="table-layout:fixed;"><tr>${steps}</tr></table>` + list(m.why) + (m.next ? list(m.next) : "") + (m.missing ? list(m.missing) : "")
  );
}
var MAIL_HTML_BUDGET = 9e4;
function renderHtml(report, budget = MAIL_HTML_BUDGET) {
  const view = reportView(report);
  const html = documentOf(view);
  const d = view.detractors;
  if (utf8Length(html) <= budget || !d || d.comments.length === 0) return html;
  const leftOut = messagesFor(report.lang).commentsLeftOut(d.comments.length);
  return documentOf({ ...view, detractors: { ...d, comments: [], shortened: void 0, leftOut } });
}
function documentOf(v) {
  const url = v.link ? safeHttpUrl(v.link.url) : void 0;
  const link = url && v.link ? `<tr><td style="padding:20px;border-top:1px solid ${C2.line};text-align:center;"><a href="${escapeHtml(url)}" style="display:inline-block;background:${C2.accent};color:#ffffff;font-family:${FONT};font-size:15px;font-weight:bold;text-decoration:none;padding:12px 22px;border-radius:6px;">${escapeHtml(v.link.text)}</a></td></tr>` : "";
  const sheetName = v.sheetName ? `<div style="margin-top:6px;font-size:13px;color:${C2.brandSoft};">${escapeHtml(v.sheetName)}</div>` : "";
  const body = [
    `<tr><td style="padding:22px 20px;background:${C2.brand};border-radius:10px 10px 0 0;font-family:${FONT};"><div style="font-size:13px;letter-spacing:0.5px;color:${C2.brandSoft};">${escapeHtml(v.title)}</div><div style="margin-top:4px;font-size:24px;line-height:1.25;font-weight:bold;color:#ffffff;">${escapeHtml(v.period)}</div><div style="margin-top:2px;font-size:13px;color:${C2.brandSoft};">${escapeHtml(v.compared)}</div>${sheetName}</td></tr>`,
    summarySection(v.summary),
    `<tr><td style="padding:16px 15px 6px;border-top:1px solid ${C2.line};"><div style="padding:0 5px 6px;">${heading(v.keyMetrics)}</div><div style="font-size:0;line-height:0;">${v.kpis.map(tile).join("")}</div><div style="padding:8px 5px 8px;font-family:${FONT};font-size:11px;line-height:1.45;color:${C2.muted};">${escapeHtml(v.trendTitle)}.</div></td></tr>`,
    v.nps ? npsSection(v.nps) : "",
    v.detractors ? detractorSection(v.detractors) : "",
    v.followUp ? followUpSection2(v.followUp) : "",
    v.themes ? themesSection(v.themes) : "",
    v.segments ? segmentsSection(v.segments) : "",
    v.funnel ? funnelSection(v.funnel) : "",
    maturitySection(v.maturity),
    v.problems ? section(list(v.problems)) : "",
    link,
    `<tr><td style="padding:14px 20px;border-top:1px solid ${C2.line};font-family:${FONT};font-size:11px;line-height:1.45;color:${C2.muted};"><div style="font-weight:bold;">${escapeHtml(v.footnote.title)}</div><div style="margin-bottom:4px;">${escapeHtml(v.footnote.legend)}</div>${v.footnote.items.map((item) => `<div>${escapeHtml(item)}</div>`).join("")}</td></tr>`
  ].join("");
  return `<!DOCTYPE html><html lang="${escapeHtml(v.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(`${v.title} \u2014 ${v.period}`)}</title></head><body style="margin:0;padding:0;background:${C2.page};-webkit-text-size-adjust:100%;"><table ${TABLE} width="100%" style="background:${C2.page};"><tr><td align="center" style="padding:16px 8px;"><table ${TABLE} width="100%" style="max-width:600px;width:100%;background:${C2.card};border-radius:10px;font-family:${FONT};color:${C2.text};text-align:left;overflow-wrap:anywhere;word-break:break-word;">` + body + `</table><div style="max-width:600px;padding:12px 8px;font-family:${FONT};font-size:11px;color:${C2.muted};text-align:center;">${v.dataRanges.map((line) => `${escapeHtml(line)}<br>`).join("")}${escapeHtml(v.footer)}</div></td></tr></table></body></html>`;
}

// src/report/render-text.ts
function renderText(report) {
  const v = reportView(report);
  const lines = [];
  const rule = (title) => lines.push("", title.toUpperCase(), "-".repeat(Math.min(60, title.length)));
  const list2 = (section2) => {
    lines.push(`${section2.title}:`);
    for (const item of section2.items) lines.push(`  - ${oneLine(item)}`);
  };
  lines.push(`${v.title} \u2014 ${v.period}`, v.compared);
  if (v.sheetName) lines.push(oneLine(v.sheetName));
  const s = v.summary;
  rule(s.title);
  if (s.coverage) lines.push(`! ${s.coverage}`);
  for (const line of s.dateOrder ?? []) lines.push(`! ${oneLine(line, 1e3)}`);
  for (const item of s.items) lines.push(`* ${item.text}`);
  if (s.quiet) lines.push(`* ${s.quiet}`);
  if (s.tooFew) lines.push(s.tooFew);
  lines.push(s.next ? `${s.maturity} ${s.next}` : s.maturity);
  rule(v.keyMetrics);
  for (const kpi of v.kpis) {
    lines.push("", `${kpi.name}: ${kpi.value} (${kpi.n})`);
    if (kpi.change) lines.push(`  ${kpi.change.arrow} ${kpi.change.text}, ${kpi.change.verdict}`);
    if (kpi.previous) lines.push(`  ${kpi.previous}`);
    if (kpi.typical) lines.push(`  ${kpi.typical}${kpi.usual ? ` \u2014 ${kpi.usual.text}` : ""}`);
    if (kpi.lastYear) lines.push(`  ${kpi.lastYear}`);
    if (kpi.note) lines.push(`  ${kpi.note}`);
    if (kpi.trendLine) lines.push(`  ${kpi.trendLine}`);
    lines.push(`  ${kpi.coverage}`);
  }
  if (v.nps) {
    rule(v.nps.title);
    lines.push(v.nps.total);
    for (const part of v.nps.parts) lines.push(`  ${part.label}: ${part.count} (${part.share})`);
  }
  if (v.segments) {
    rule(v.segments.title);
    for (const row of v.segments.rows) {
      lines.push(`${row.metric}`);
      if (row.best) lines.push(`  ${v.segments.bestLabel}: ${oneLine(row.best)}`);
      if (row.worst) lines.push(`  ${v.segments.worstLabel}: ${oneLine(row.worst)}`);
      if (row.unranked) lines.push(`  ${row.unranked}`);
      if (row.tooFew) lines.push(`  ${oneLine(row.tooFew, 600)}`);
    }
    lines.push(v.segments.note);
  }
  if (v.detractors) {
    rule(v.detractors.title);
    lines.push(v.detractors.count);
    for (const c of v.detractors.comments) lines.push(`  \u201C${oneLine(c.text, 600)}\u201D`, `    ${oneLine(c.meta)}`);
    const more = v.detractors.more;
    if (more) lines.push(more.url ? `${more.text} ${more.link}: ${more.url}` : more.text);
    if (v.detractors.shortened) lines.push(v.detractors.shortened);
    if (v.detractors.none) lines.push(v.detractors.none);
  }
  if (v.followUp) {
    rule(v.followUp.title);
    lines.push(...v.followUp.figures);
    if (v.followUp.open) {
      lines.push("", `${v.followUp.open.title}:`);
      for (const o of v.followUp.open.items) lines.push(`  - ${oneLine(o.text, 600)}`, `    ${oneLine(o.meta)}`);
      if (v.followUp.open.more) lines.push(v.followUp.open.more);
    }
    for (const note of v.followUp.notes) lines.push(note);
  }
  if (v.themes) {
    rule(v.themes.title);
    lines.push(v.themes.intro);
    for (const g of v.themes.groups) {
      lines.push("", g.title);
      for (const r of g.rows) lines.push(`  - ${oneLine(r.name)}: ${oneLine(r.detail)}`, ...r.example ? [`    \u201C${oneLine(r.example)}\u201D`] : []);
      if (g.none) lines.push(`  ${g.none}`);
    }
    if (v.themes.emerging) lines.push("", v.themes.emerging.title, ...v.themes.emerging.items.map((item) => `  - ${oneLine(item)}`));
  }
  if (v.funnel) {
    rule(v.funnel.title);
    for (const stage of v.funnel.stages) lines.push(`  ${stage.name}: ${stage.reached}${stage.share ? ` (${stage.share})` : ""}`);
    if (v.funnel.unmatched) lines.push(v.funnel.unmatched);
  }
  rule(v.maturity.title);
  lines.push(v.maturity.headline);
  list2(v.maturity.why);
  if (v.maturity.next) list2(v.maturity.next);
  if (v.maturity.missing) list2(v.maturity.missing);
  if (v.problems) {
    rule(v.problems.title);
    for (const item of v.problems.items) lines.push(`  - ${oneLine(item)}`);
  }
  if (v.link) lines.push("", `${v.link.text}: ${v.link.url}`);
  lines.push("", `${v.footnote.title}:`, v.footnote.legend);
  for (const item of v.footnote.items) lines.push(`  - ${item}`);
  lines.push("", ...v.dataRanges, v.footer);
  return lines.join("\n") + "\n";
}

// src/cli/sources/index.ts
import { open as open2, stat as stat2 } from "node:fs/promises";
import { extname as extname2 } from "node:path";

// src/cli/sources/csv.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";

// src/cli/sources/csv-parser.ts
var MAX_FIELD_CHARS = 1 << 20;
var MAX_RECORD_CHARS = 1 << 24;
var MAX_COLUMNS = 18278;
var QUOTE = 34;
var LF = 10;
var CR = 13;
var CsvParser = class {
  constructor(delimiter, fileName, m = sourceMessages("en"), keepColumns) {
    this.fileName = fileName;
    this.m = m;
    this.delimiterCode = delimiter.charCodeAt(0);
    if (keepColumns) {
      this.kept = [];
      for (const column of keepColumns) this.kept[column] = true;
    }
  }
  fileName;
  m;
  fields = [];
  /** The field in progress, as slices of the chunks it spans. */
  parts = [];
  fieldLength = 0;
  recordLength = 0;
  inQuotes = false;
  /** The current field was quoted and its closing quote has been seen. */
  closed = false;
  /** The current field was quoted (so `a,,b` and `a,"",b` both give '' but "" is quoted). */
  quoted = false;
  /** A CR ended the last chunk; an LF at the start of the next one belongs to it. */
  pendingCr = false;
  physicalLine = 1;
  recordLine = 1;
  fieldLine = 1;
  delimiterCode;
  /** Columns whose text is kept; the others are parsed and checked alike but come back as ''. */
  kept;
  /** Whether the field in progress is one whose text is kept (a string per field is most of a parse's garbage). */
  keeping() {
    return this.kept === void 0 || this.kept[this.fields.length] === true;
  }
  /** The 1-based line the next character pushed is on. */
  get line() {
    return this.physicalLine;
  }
  /** Parses `text` and returns the records it completed, each with its 1-based first line. */
  push(text) {
    const out = [];
    const d = this.delimiterCode;
    let i = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    let run = i;
    const keep = (end) => {
      if (end > run) {
        if (this.keeping()) this.parts.push(text.slice(run, end));
        this.grow(end - run);
      }
    };
    for (; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (this.inQuotes) {
        if (ch === QUOTE) {
          keep(i);
          if (i + 1 < text.length && text.charCodeAt(i + 1) === QUOTE) {
            if (this.keeping()) this.parts.push('"');
            this.grow(1);
            i++;
          } else {
            this.inQuotes = false;
            this.closed = true;
          }
          run = i + 1;
        } else if (ch === LF || ch === CR && text.charCodeAt(i + 1) !== LF) {
          this.physicalLine++;
        }
        continue;
      }
      if (ch === d) {
        keep(i);
        this.endField();
        run = i + 1;
      } else if (ch === LF || ch === CR) {
        keep(i);
        if (ch === CR) {
          if (i + 1 === text.length) this.pendingCr = true;
          else if (text.charCodeAt(i + 1) === LF) i++;
        }
        this.endField();
        out.push({ fields: this.fields, line: this.recordLine });
        this.fields = [];
        this.recordLength = 0;
        this.physicalLine++;
        this.recordLine = this.physicalLine;
        this.fieldLine = this.physicalLine;
        run = i + 1;
      } else if (ch === QUOTE) {
        if (this.closed) {
          if (i === 0) {
            if (this.keeping()) this.parts.push('"');
            this.grow(1);
            this.inQuotes = true;
            this.closed = false;
            run = 1;
            continue;
          }
          throw this.malformed("afterClosing");
        }
        if (this.fieldLength + (i - run) > 0 || this.quoted) throw this.malformed("insideUnquoted");
        this.inQuotes = true;
        this.quoted = true;
        this.fieldLine = this.physicalLine;
        run = i + 1;
      } else if (this.closed) {
        throw this.malformed("afterClosing");
      }
    }
    keep(text.length);
    return out;
  }
  /** Flushes the last record (a file need not end with a line end). */
  end() {
    if (this.inQuotes) {
      throw new SourceError(this.m.unclosedQuote(this.fileName, this.fieldLine), 1);
    }
    if (this.fields.length === 0 && this.fieldLength === 0 && !this.quoted) return [];
    this.endField();
    const last = { fields: this.fields, line: this.recordLine };
    this.fields = [];
    return [last];
  }
  grow(n) {
    this.fieldLength += n;
    this.recordLength += n;
    if (this.fieldLength > MAX_FIELD_CHARS) {
      throw new SourceError(this.m.fieldTooLong(this.fileName, this.fieldLine, MAX_FIELD_CHARS), 1);
    }
    if (this.recordLength > MAX_RECORD_CHARS) {
      throw new SourceError(this.m.recordTooLong(this.fileName, this.recordLine, MAX_RECORD_CHARS), 1);
    }
  }
  endField() {
    const parts = this.parts;
    this.fields.push(parts.length === 0 ? "" : parts.length === 1 ? parts[0] : parts.join(""));
    if (this.fields.length > MAX_COLUMNS) {
      throw new SourceError(this.m.tooManyColumns(this.fileName, this.recordLine, MAX_COLUMNS), 1);
    }
    this.parts = [];
    this.fieldLength = 0;
    this.closed = false;
    this.quoted = false;
    this.fieldLine = this.physicalLine;
  }
  malformed(what) {
    return new SourceError(this.m.badQuote(this.fileName, this.physicalLine, what), 1);
  }
};
var CANDIDATES = [",", ";", "	", "|"];
function detectDelimiter(head) {
  const lines = splitLogicalLines(head).slice(0, 20);
  if (lines.length > 1) lines.pop();
  let best = ",";
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const agreeing = counts.filter((c) => c === header).length;
    const score = agreeing * 1e3 + header;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
function splitLogicalLines(text) {
  const lines = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) {
      lines.push(text.slice(start, i));
      if (ch === "\r" && text[i + 1] === "\n") i++;
      start = i + 1;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines.filter((l) => l.length > 0);
}
function countOutsideQuotes(line, d) {
  let n = 0;
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === d && !inQuotes) n++;
  }
  return n;
}

// src/cli/sources/encoding.ts
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
var UTF8 = { decoder: "utf-8", label: "UTF-8", notable: false };
async function detectEncoding(path, fileName, m) {
  const head = await readBytes(path, 3);
  if (head[0] === 239 && head[1] === 187 && head[2] === 191) return { decoder: "utf-8", label: "UTF-8", notable: false };
  if (head[0] === 255 && head[1] === 254) return { decoder: "utf-16le", label: "UTF-16 LE", notable: true };
  if (head[0] === 254 && head[1] === 255) return { decoder: "utf-16be", label: "UTF-16 BE", notable: true };
  if (await isUtf8File(path)) return UTF8;
  return legacyEncoding(path, fileName, m);
}
async function guessEncoding(path, fileName, m, headBytes) {
  const head = await readBytes(path, headBytes);
  if (hasByteOrderMark(head) || !isUtf8(head.subarray(0, head.length - incompleteTail(head)))) return { encoding: await detectEncoding(path, fileName, m) };
  return { encoding: UTF8, confirmed: isUtf8File(path).catch(() => false) };
}
function hasByteOrderMark(head) {
  return head[0] === 239 && head[1] === 187 && head[2] === 191 || head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255;
}
async function readBytes(path, n) {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(n), 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
async function isUtf8File(path) {
  const file = await open(path, "r");
  let reading;
  try {
    const buffers = [Buffer.allocUnsafeSlow(UTF8_BLOCK + 3), Buffer.allocUnsafeSlow(UTF8_BLOCK + 3)];
    let current = 0;
    let carried = 0;
    let position = 0;
    reading = file.read(buffers[0], 0, UTF8_BLOCK, 0);
    for (; ; ) {
      const { bytesRead } = await reading;
      reading = void 0;
      if (bytesRead === 0) return carried === 0;
      position += bytesRead;
      const block2 = buffers[current].subarray(0, carried + bytesRead);
      const cut = incompleteTail(block2);
      const next = buffers[1 - current];
      block2.copy(next, 0, block2.length - cut);
      reading = file.read(next, cut, UTF8_BLOCK, position);
      if (!isUtf8(block2.subarray(0, block2.length - cut))) return false;
      carried = cut;
      current = 1 - current;
    }
  } finally {
    await reading?.catch(() => void 0);
    await file.close();
  }
}
var UTF8_BLOCK = 1 << 20;
function incompleteTail(bytes) {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 192) === 128) continue;
    if (b < 192) return 0;
    const need = b >= 240 ? 4 : b >= 224 ? 3 : 2;
    return need > back ? back : 0;
  }
  return 0;
}
var TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
var VIETNAMESE_ONLY = /[\u0300\u0301\u0303\u0309\u0323\u0110\u0111\u20ab]/g;
var TONED_VOWEL = /[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]/;
async function legacyEncoding(path, fileName, m) {
  const fresh = (name) => ({ decoder: new TextDecoder(name), line: 1, vietnamese: 0, previous: "" });
  const utf8 = fresh("utf-8");
  const w1258 = fresh("windows-1258");
  const w1252 = fresh("windows-1252");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    for (const candidate of [utf8, w1258, w1252]) scan(candidate, candidate.decoder.decode(chunk, { stream: true }), candidate === w1258);
  }
  if (!w1258.bad && (w1258.vietnamese > 0 || w1252.bad)) return { decoder: "windows-1258", label: "Windows-1258", notable: true };
  if (!w1252.bad) return { decoder: "windows-1252", label: "Windows-1252", notable: true };
  const { line, code } = w1252.bad;
  if (code < 32 || code === 127) throw new SourceError(m.controlChar(fileName, line, codeText(code)), 1);
  throw new SourceError(m.notText(fileName, line, utf8.bad?.line ?? 1, `0x${code.toString(16).toUpperCase()}`), 1);
}
function scan(candidate, text, toneMarksOnVowels) {
  if (!candidate.bad) {
    const at = firstBadChar(text);
    let bad = at >= 0 ? at : void 0;
    if (toneMarksOnVowels) {
      TONE_MARKS.lastIndex = 0;
      for (let mark = TONE_MARKS.exec(text); mark; mark = TONE_MARKS.exec(text)) {
        if (bad !== void 0 && mark.index > bad) break;
        const before2 = mark.index > 0 ? text[mark.index - 1] : candidate.previous;
        if (!TONED_VOWEL.test(before2)) {
          bad = mark.index;
          break;
        }
      }
      candidate.vietnamese += text.match(VIETNAMESE_ONLY)?.length ?? 0;
    }
    if (bad !== void 0) candidate.bad = { line: candidate.line + countLines(text, bad), code: text.charCodeAt(bad) };
  }
  candidate.line += countLines(text, text.length);
  if (text.length) candidate.previous = text[text.length - 1];
}
var BAD_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;
function firstBadChar(text) {
  const found = BAD_CHAR.exec(text);
  return found ? found.index : -1;
}
function countLines(text, end) {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) n++;
  for (let i = text.indexOf("\r"); i >= 0 && i < end; i = text.indexOf("\r", i + 1)) if (text[i + 1] !== "\n") n++;
  return n;
}
function codeText(code) {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
var BYTE_OF = /* @__PURE__ */ new Map();
{
  const decoder = new TextDecoder("windows-1252");
  for (let b = 128; b <= 255; b++) BYTE_OF.set(decoder.decode(Uint8Array.of(b), { stream: true }), b);
}
var CONTINUATION = [...BYTE_OF].filter(([, b]) => b < 192).map(([ch]) => `\\u{${ch.codePointAt(0).toString(16)}}`).join("");
var TWICE = new RegExp(`[\\u{c2}-\\u{f4}][${CONTINUATION}]+`, "gu");
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
function plausible(code) {
  return code >= 160 && code <= 591 || code >= 768 && code <= 879 || code >= 7680 && code <= 7935 || code >= 8192 && code <= 8303 || code >= 8352 && code <= 8399;
}
function convertedTwice(text) {
  TWICE.lastIndex = 0;
  for (let found = TWICE.exec(text); found; found = TWICE.exec(text)) {
    const lead = BYTE_OF.get(found[0][0]);
    const length = lead >= 240 ? 4 : lead >= 224 ? 3 : 2;
    const chars = [...found[0]];
    if (chars.length >= length) {
      try {
        const meant = STRICT_UTF8.decode(Uint8Array.from(chars.slice(0, length).map((ch) => BYTE_OF.get(ch))));
        if (plausible(meant.codePointAt(0))) {
          let start = found.index;
          while (start > 0 && found.index - start < 20 && !/[\s,;"|]/.test(text[start - 1])) start--;
          const end = text.slice(found.index, found.index + 40).search(/[\s,;"]|$/) + found.index;
          const seen = text.slice(start, end);
          return { index: found.index, seen, meant: undo(seen) ?? meant };
        }
      } catch {
      }
    }
    TWICE.lastIndex = found.index + 1;
  }
  return void 0;
}
function undo(seen) {
  const bytes = [];
  for (const ch of seen) {
    const code = ch.codePointAt(0);
    const byte = code < 128 ? code : BYTE_OF.get(ch);
    if (byte === void 0) return void 0;
    bytes.push(byte);
  }
  return new TextDecoder("utf-8").decode(Uint8Array.from(bytes));
}
function checkText(text, lineAtStart, fileName, encoding, m) {
  const at = firstBadChar(text);
  const twice = convertedTwice(at >= 0 ? text.slice(0, at) : text);
  if (twice) throw new SourceError(m.doubleEncoded(fileName, lineAtStart + countLines(text, twice.index), twice.seen, twice.meant), 1);
  if (at < 0) return;
  const line = lineAtStart + countLines(text, at);
  const code = text.charCodeAt(at);
  if (code === 65533) throw new SourceError(m.replacementChar(fileName, line, encoding.label), 1);
  throw new SourceError(m.controlChar(fileName, line, codeText(code)), 1);
}

// src/cli/sources/csv.ts
var HEAD_BYTES = 64 * 1024;
async function openCsv(path, opts = {}) {
  const { size } = await stat(path);
  const timeZone = opts.timeZone ?? "UTC";
  checkTimeZone(timeZone, opts.lang);
  const fileName = basename(path);
  const m = sourceMessages(opts.lang);
  let encoding;
  if (opts.encodingChecks) {
    const guess = await guessEncoding(path, fileName, m, HEAD_BYTES);
    encoding = guess.encoding;
    if (guess.confirmed) opts.encodingChecks.push(guess.confirmed);
  } else encoding = await detectEncoding(path, fileName, m);
  const delimiter = extname(path).toLowerCase() === ".tsv" ? "	" : detectDelimiter(await readHead(path, encoding));
  const name = basename(path, extname(path));
  const records = (onProgress, only) => readRecords(path, { delimiter, fileName, size, encoding, m, only }, onProgress);
  const lines = new RowLines();
  let headerWidth;
  const sheet = {
    name,
    encoding: encoding.label,
    ...encoding.notable ? { notice: m.readAs(fileName, encoding.label) } : {},
    file: { name: fileName, lineOf: (row) => lines.lineOf(row) },
    table: { kind: "csv", path, size, delimiter, encoding, width: async () => headerWidth ?? (await sheet.sample(1))[0]?.length ?? 0 },
    async sample(maxRows) {
      const out = [];
      if (maxRows <= 0) return out;
      let width = 0;
      batches: for await (const batch of records()) {
        for (const { fields } of batch) {
          if (out.length === 0) headerWidth = width = fields.length;
          out.push(typeRow(fields, width, timeZone));
          if (out.length >= maxRows) break batches;
        }
      }
      return out;
    },
    async *rows(only) {
      let width = -1;
      let row = 0;
      for await (const batch of records(opts.onProgress, only)) {
        for (const { fields, line } of batch) {
          lines.note(++row, line);
          if (width < 0) {
            width = fields.length;
            continue;
          }
          yield only ? typeFields(fields, only, width, timeZone) : typeRow(fields, width, timeZone);
        }
      }
    }
  };
  return { title: name, sheets: [sheet], ...encoding.decoder === "windows-1258" ? { locale: "vi_VN" } : {} };
}
function typeRow(fields, width, timeZone) {
  const row = fields.map((f) => csvCell(f, timeZone));
  while (row.length < width) row.push("");
  return row;
}
function typeFields(fields, only, width, timeZone) {
  const row = new Array(Math.max(width, fields.length)).fill("");
  for (let k = 0; k < only.length; k++) {
    const i = only[k];
    if (i < fields.length) row[i] = csvCell(fields[i], timeZone);
  }
  return row;
}
async function readHead(path, encoding) {
  const stream = createReadStream2(path, { start: 0, end: HEAD_BYTES - 1 });
  const decoder = new TextDecoder(encoding.decoder);
  let head = "";
  for await (const chunk of stream) head += decoder.decode(chunk, { stream: true });
  return head;
}
async function* readRecords(path, plan, onProgress) {
  const stream = createReadStream2(path, { highWaterMark: HEAD_BYTES });
  const parser = new CsvParser(plan.delimiter, plan.fileName, plan.m, plan.only);
  const decoder = new TextDecoder(plan.encoding.decoder);
  const compose = plan.encoding.decoder === "windows-1258";
  let held = "";
  const decode = (bytes) => {
    const text = bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    if (!compose) return text;
    const whole = held + text;
    held = bytes && whole.length ? whole.slice(-1) : "";
    return (bytes ? whole.slice(0, whole.length - held.length) : whole).normalize("NFC");
  };
  const parse = (text) => {
    checkText(text, parser.line, plan.fileName, plan.encoding, plan.m);
    return parser.push(text);
  };
  try {
    for await (const chunk of stream) {
      yield parse(decode(chunk));
      onProgress?.(stream.bytesRead, plan.size);
    }
    yield parse(decode());
    yield parser.end();
  } finally {
    stream.destroy();
  }
}
var RowLines = class {
  rows = [];
  extra = [];
  note(row, line) {
    const last = this.extra.length > 0 ? this.extra[this.extra.length - 1] : 0;
    if (line - row === last) return;
    if (this.rows[this.rows.length - 1] === row) this.extra[this.extra.length - 1] = line - row;
    else {
      this.rows.push(row);
      this.extra.push(line - row);
    }
  }
  lineOf(row) {
    let low = 0;
    let high = this.rows.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = low + high >> 1;
      if (this.rows[middle] <= row) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return row + (found < 0 ? 0 : this.extra[found]);
  }
};

// src/cli/sources/spreadsheet-id.ts
function spreadsheetIdOf(arg) {
  const url = /^https?:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(arg);
  if (url) return url[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(arg) ? arg : void 0;
}

// src/cli/sources/index.ts
async function openSource(arg, opts = {}) {
  const m = sourceMessages(opts.lang);
  if (opts.timeZone) checkTimeZone(opts.timeZone, opts.lang);
  if (/^https?:\/\//i.test(arg)) {
    const id = spreadsheetIdOf(arg);
    if (!id) throw new SourceError(m.notSheetsAddress(arg), 2);
    return openGoogle(id, opts);
  }
  const file = await stat2(arg).catch(() => void 0);
  if (!file) {
    const id = spreadsheetIdOf(arg);
    if (id) return openGoogle(id, opts);
    throw new SourceError(m.fileNotFound(arg), 2);
  }
  if (file.isDirectory()) throw new SourceError(m.isFolder(arg), 2);
  switch (extname2(arg).toLowerCase()) {
    case ".xlsx":
    case ".xlsm":
      return openWorkbook(arg, opts);
    case ".csv":
    case ".tsv":
    case ".txt":
      return openCsv(arg, opts);
    case ".parquet":
      return openParquetFile(arg, opts);
    case ".xls":
    case ".ods":
    case ".numbers":
      throw new SourceError(m.unsupportedFormat(arg), 2);
    default:
      return await isZip(arg) ? openWorkbook(arg, opts) : openCsv(arg, opts);
  }
}
async function isZip(path) {
  const handle = await open2(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 67324752;
  } finally {
    await handle.close();
  }
}
async function openGoogle(id, opts) {
  const { openGoogleSheet } = await import("./cli/google-sheets-2HGHBV7K.mjs");
  return openGoogleSheet(id, opts);
}
async function openParquetFile(path, opts) {
  const { openParquet } = await import("./cli/parquet-JAWVW6J5.mjs");
  return openParquet(path, opts);
}
async function openWorkbook(path, opts) {
  const { openXlsx } = await import("./cli/xlsx-II56Q6KN.mjs");
  return openXlsx(path, opts);
}

// src/cli/core/detect.ts
async function detectSource(source, lang, timeZone) {
  const samples = [];
  for (const sheet of source.sheets) samples.push({ name: sheet.name, values: await sheet.sample(HEADER_SEARCH_ROWS + DETECTION_SAMPLE_ROWS) });
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const detection = withEverySurvey(detectWorkbook(samples, lang, { formatDate: (date) => day.format(date) }));
  return { detection, mapping: mappingFromDetection(detection), samples };
}
function unusedSheetsNote(message, detection, lang) {
  const lines = detection.uses.filter((use) => use.uses.length === 0).map((use) => `  ${describeSheetUse(use, lang)}`);
  return [message, ...lines].join("\n");
}

// src/cli/core/input.ts
import { readdir, stat as stat3 } from "node:fs/promises";
import { basename as basename2, extname as extname3, join } from "node:path";
async function openInput(inputs, options, m = cliMessages("en")) {
  if (inputs.length === 0) return workbookSource(demoWorkbook());
  if (inputs.length === 1) {
    const folder = await stat3(inputs[0]).catch(() => void 0);
    if (!folder?.isDirectory()) return openSource(inputs[0], options);
    const files = (await readdir(inputs[0])).filter((name) => DATA_FILES.has(extname3(name).toLowerCase())).sort();
    if (files.length === 0) throw usageError(m.emptyFolder(inputs[0]));
    return merged(basename2(inputs[0]), await openAll(files.map((name) => join(inputs[0], name)), options), m);
  }
  return merged(inputs.map((path) => basename2(path, extname3(path))).join(" + "), await openAll(inputs, options), m);
}
var DATA_FILES = /* @__PURE__ */ new Set([".csv", ".tsv", ".xlsx", ".xlsm", ".parquet"]);
async function openAll(paths, options) {
  const sources = [];
  for (const path of paths) sources.push(await openSource(path, options));
  return sources;
}
function merged(title, sources, m) {
  const sheets = [];
  const names = /* @__PURE__ */ new Set();
  for (const source of sources) {
    for (const sheet of source.sheets) {
      if (names.has(sheet.name)) throw usageError(m.duplicateSheet(sheet.name));
      names.add(sheet.name);
      sheets.push(sheet);
    }
  }
  const timeZone = sources.find((s) => s.timeZone)?.timeZone;
  const locale = sources.find((s) => s.locale)?.locale;
  return { title, ...timeZone ? { timeZone } : {}, ...locale ? { locale } : {}, sheets };
}
function workbookSource(workbook) {
  return {
    title: workbook.name,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      sample: async (maxRows) => sheet.rows.slice(0, Math.max(0, maxRows)),
      rows: async function* () {
        for (let r = 1; r < sheet.rows.length; r++) yield sheet.rows[r];
      }
    }))
  };
}

// src/cells/packed-column.ts
var PackedColumn = class _PackedColumn {
  constructor(length, codes, distinct, values) {
    this.length = length;
    this.codes = codes;
    this.distinct = distinct;
    this.values = values;
  }
  length;
  codes;
  distinct;
  values;
  /** The cell of row `i`, as it was given. */
  at(i) {
    const code = this.codes[i];
    if (code === DATE_CODE) return new Date(this.values[i]);
    if (code === NUMBER_CODE) return this.values[i];
    return this.distinct[code];
  }
  /** Its rows from `start` on (below a sheet's header rows), sharing its memory. */
  from(start) {
    const begin = Math.min(start, this.length);
    return new _PackedColumn(this.length - begin, this.codes.subarray(begin), this.distinct, this.values?.subarray(begin));
  }
  /**
   * Its cells through `f`, packed alike, for an `f` that gives numbers and Dates back as they are
   * (a referral column's texts read as flags): only the distinct cells go through it.
   */
  mapTexts(f) {
    return new _PackedColumn(this.length, this.codes, this.distinct.map((cell, i) => i < 2 ? cell : f(cell)), this.values);
  }
  /** The rows for which `keep(i)` holds, in order (one group's rows), packed alike. */
  filter(keep) {
    let rows = 0;
    for (let i = 0; i < this.length; i++) if (keep(i)) rows++;
    const codes = new this.codes.constructor(rows);
    const values = this.values ? new Float64Array(rows) : void 0;
    for (let i = 0, k = 0; k < rows; i++) {
      if (!keep(i)) continue;
      codes[k] = this.codes[i];
      if (values) values[k] = this.values[i];
      k++;
    }
    return new _PackedColumn(rows, codes, this.distinct, values);
  }
  stack(parts) {
    let rows = 0;
    for (const part of parts) rows += part.length;
    const codes = new Uint32Array(rows);
    const values = new Float64Array(rows);
    const distinct = [void 0, void 0];
    let at = 0;
    for (const part of parts) {
      const offset = distinct.length;
      if (isPacked(part)) {
        for (let i = 2; i < part.distinct.length; i++) distinct.push(part.distinct[i]);
        for (let i = 0; i < part.length; i++, at++) {
          const code = part.codes[i];
          if (code === DATE_CODE || code === NUMBER_CODE) codes[at] = code, values[at] = part.values[i];
          else codes[at] = code - 2 + offset;
        }
      } else for (let i = 0; i < part.length; i++, at++) codes[at] = distinct.length, distinct.push(part[i]);
    }
    return new _PackedColumn(rows, codes, distinct, values);
  }
  texts() {
    const { codes, distinct } = this;
    const isText = distinct.map((cell) => typeof cell === "string" && cell !== "");
    return (visit) => {
      for (let i = 0; i < this.length; i++) if (isText[codes[i]]) visit(distinct[codes[i]], i);
    };
  }
  readEach(read, options, decision, fast) {
    return readEachPacked(this, read, options, decision, fast);
  }
};
function fastValue(cell, fast) {
  if (typeof cell === "number") {
    if (typeof fast === "object" && cell >= fast.low && cell <= fast.high && (!fast.whole || Number.isInteger(cell))) return cell;
    if (fast === "flags" && (cell === 1 || cell === 0)) return cell === 1 ? 1 : 0;
  } else if (fast === "dates" && cell instanceof Date) {
    const ms = cell.getTime();
    if (inDateRange(ms)) return ms;
  }
  return void 0;
}
function readEachPacked(cells, read, options, decision, fast) {
  const values = new Float64Array(cells.length);
  const coverage = newCoverage();
  const problems = [];
  const { refOf, onProblem } = options;
  const { codes, distinct } = cells;
  const known = new Array(distinct.length);
  const readOne = (cell, i) => {
    const quick = fastValue(cell, fast);
    if (quick !== void 0) return quick;
    try {
      return read(cell, i);
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      return error;
    }
  };
  const dates = fast === "dates";
  let used = 0;
  for (let i = 0; i < cells.length; i++) {
    const code = codes[i];
    let cell;
    let result;
    if (code === DATE_CODE) {
      const ms = cells.values[i];
      if (dates && inDateRange(ms)) {
        values[i] = ms;
        used++;
        continue;
      }
      cell = new Date(ms);
      result = readOne(cell, i);
    } else if (code === NUMBER_CODE) {
      cell = cells.values[i];
      result = readOne(cell, i);
    } else {
      cell = distinct[code];
      result = known[code] ??= readOne(cell, i);
    }
    if (typeof result !== "number") {
      values[i] = NaN;
      noteLeftOut(coverage, result.reason, refOf?.(i));
      if (!problems.some((p) => p.reason === result.reason)) problems.push({ index: i, reason: result.reason, problem: result });
      onProblem?.(i, result);
      continue;
    }
    values[i] = result;
    if (result === result) used++;
    else noteLeftOut(coverage, isBlank(cell) ? "blank" : "noAnswer", isBlank(cell) ? void 0 : refOf?.(i));
  }
  noteUsed(coverage, used);
  return { values, coverage, decision, problems };
}

// src/cells/packed-builder.ts
var SHARED_NUMBER = 1 << 16;
var PackedColumnBuilder = class {
  codes = new Uint8Array(1024);
  values;
  distinct = [void 0, void 0];
  index = /* @__PURE__ */ new Map();
  length = 0;
  push(cell) {
    if (this.length === this.codes.length) this.codes = grown2(this.codes, this.codes.length * 2);
    let code;
    if (cell instanceof Date) {
      code = DATE_CODE;
      this.value(cell.getTime());
    } else if (typeof cell === "number" && !(Number.isInteger(cell) && cell > -SHARED_NUMBER && cell < SHARED_NUMBER && !Object.is(cell, -0))) {
      code = NUMBER_CODE;
      this.value(cell);
    } else {
      const known = this.index.get(cell);
      if (known !== void 0) code = known;
      else {
        code = this.distinct.length;
        const own = typeof cell === "string" ? ownCopy(cell) : cell;
        this.distinct.push(own);
        this.index.set(own, code);
        if (code > 255 && this.codes instanceof Uint8Array) this.codes = widened(this.codes, Uint16Array);
        else if (code > 65535 && this.codes instanceof Uint16Array) this.codes = widened(this.codes, Uint32Array);
      }
    }
    this.codes[this.length++] = code;
  }
  /** The column so far, trimmed to its rows; the builder is not to be used after. */
  finish() {
    const trim = (array) => array.length - this.length > array.length / 4 ? array.slice(0, this.length) : array.subarray(0, this.length);
    const codes = trim(this.codes);
    const values = this.values && trim(this.values);
    this.codes = new Uint8Array(0);
    this.values = void 0;
    this.index.clear();
    return new PackedColumn(this.length, codes, this.distinct, values);
  }
  value(v) {
    if (!this.values) this.values = new Float64Array(this.codes.length);
    else if (this.values.length < this.codes.length) this.values = grown2(this.values, this.codes.length);
    this.values[this.length] = v;
  }
};
function grown2(array, size) {
  const bigger = new array.constructor(size);
  bigger.set(array);
  return bigger;
}
function widened(codes, to) {
  const wide = new to(codes.length);
  wide.set(codes);
  return wide;
}
function ownCopy(text) {
  return text.length < 13 ? text : (" " + text).slice(1);
}

// src/cli/core/load.ts
async function loadMappedData(source, mapping, m, options = {}) {
  const kept = /* @__PURE__ */ new Map();
  for (const ds of mapping.sources) {
    const sheet = sheetNamed(source, ds.sheetName, m);
    const entry = kept.get(sheet.name) ?? { sheet, columns: /* @__PURE__ */ new Set() };
    for (const letter of Object.values(ds.columns)) entry.columns.add(columnIndex(letter));
    kept.set(sheet.name, entry);
  }
  for (const [name, column] of options.extraColumns ?? []) kept.get(name)?.columns.add(column);
  const tables = /* @__PURE__ */ new Map();
  for (const [name, { sheet, columns }] of kept) {
    options.onSheet?.(name);
    const order = [...columns].sort((a, b) => a - b);
    const builders = order.map(() => new PackedColumnBuilder());
    let width = 0;
    let rows = 0;
    const keep = (row) => {
      if (row.length > width) width = row.length;
      for (let i = 0; i < order.length; i++) builders[i].push(order[i] < row.length ? row[order[i]] : "");
      rows++;
    };
    for (const row of await sheet.sample(1)) keep(row);
    for await (const row of sheet.rows(order)) keep(row);
    checkShape(mapping, name, width, rows, m, options.lang ?? "en");
    tables.set(name, { columns: builders.map((builder) => builder.finish()), position: new Map(order.map((c, i) => [c, i])) });
  }
  const renumbered = {
    ...mapping,
    sources: mapping.sources.map((ds) => {
      const { position } = tables.get(ds.sheetName);
      const columns = Object.fromEntries(Object.entries(ds.columns).map(([field, letter]) => [field, columnLetter(position.get(columnIndex(letter)))]));
      return { ...ds, columns };
    })
  };
  const extraColumns = /* @__PURE__ */ new Map();
  for (const [name, column] of options.extraColumns ?? []) {
    const table = tables.get(name);
    if (table) extraColumns.set(name, table.position.get(column));
  }
  const views = /* @__PURE__ */ new Map();
  const columnOf = (ds, letter) => {
    const column = tables.get(ds.sheetName)?.columns[columnIndex(letter)];
    if (!column) return EMPTY;
    let byHeader = views.get(column);
    if (!byHeader) views.set(column, byHeader = /* @__PURE__ */ new Map());
    let view = byHeader.get(ds.headerRow);
    if (!view) byHeader.set(ds.headerRow, view = column.from(ds.headerRow));
    return view;
  };
  const headerOf = (ds, letter) => {
    const column = tables.get(ds.sheetName)?.columns[columnIndex(letter)];
    const cell = ds.headerRow > 0 && column && ds.headerRow - 1 < column.length ? column.at(ds.headerRow - 1) : void 0;
    return typeof cell === "string" ? cell : void 0;
  };
  const originalLetter = new Map(mapping.sources.map((ds, k) => [renumbered.sources[k], ds.columns]));
  const placeOf2 = (ds, letter) => {
    const field = Object.keys(ds.columns).find((f) => ds.columns[f] === letter);
    const original = field ? originalLetter.get(ds)?.[field] : void 0;
    const sheet = kept.get(ds.sheetName)?.sheet;
    if (!original || !sheet) return void 0;
    const file = sheet.file;
    return {
      sheet: ds.sheetName,
      refOf: (i) => {
        const row = ds.headerRow + 1 + i;
        return file ? { file: file.name, line: file.lineOf(row), column: original } : { sheet: ds.sheetName, column: original, row };
      }
    };
  };
  return { mapping: renumbered, columnOf, headerOf, placeOf: placeOf2, extraColumns };
}
function checkShape(mapping, sheet, width, rows, m, lang) {
  for (const ds of mapping.sources) {
    if (ds.sheetName !== sheet) continue;
    if (ds.headerRow > rows) throw dataError(m.headerBeyond(sheet, ds.headerRow, rows));
    for (const [field, letter] of Object.entries(ds.columns)) {
      if (columnIndex(letter) >= width) throw dataError(m.columnBeyond(FIELD_LABELS[field]?.[lang] ?? field, letter, sheet, width > 0 ? columnLetter(width - 1) : "A"));
    }
  }
}
function sheetNamed(source, name, m) {
  const sheet = source.sheets.find((s) => s.name === name);
  if (!sheet) throw dataError(m.sheetMissing(name, source.sheets.map((s) => `"${s.name}"`).join(", ")));
  return sheet;
}
var EMPTY = new PackedColumn(0, new Uint8Array(0), [void 0, void 0], void 0);

// src/cli/core/mapping-file.ts
import { readFile } from "node:fs/promises";

// src/cli/core/output-file.ts
import { writeFile } from "node:fs/promises";
async function writeOutputFile(path, text, m) {
  try {
    await writeFile(path, text);
  } catch (error) {
    const code = error?.code;
    const why = code === "EISDIR" ? m.outIsFolder : code === "ENOENT" ? m.outNoFolder : code === "EACCES" || code === "EPERM" ? m.outDenied : m.outOther(code ?? String(error));
    throw usageError(m.cannotWrite(path, why));
  }
}

// src/cli/core/mapping-file.ts
async function readMappingFile(path, lang, m, warn) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw usageError(m.mappingFileMissing(path));
  }
  text = text.replace(/^\uFEFF/, "");
  const forbidden = forbiddenKey(text);
  if (forbidden) throw dataError(m.mappingForbiddenKey(path, forbidden));
  const { parseStoredMapping } = await loadSchema();
  const parsed = parseStoredMapping(text);
  if (parsed.ok) return parsed.mapping;
  if (parsed.migrated) {
    warn(m.mappingMigrated(path));
    return parsed.migrated;
  }
  throw dataError(m.mappingInvalid(path, parsed.message[lang]));
}
async function writeMappingFile(path, mapping, m) {
  const { serializeMapping } = await loadSchema();
  await writeOutputFile(path, JSON.stringify(JSON.parse(serializeMapping(mapping)), null, 2) + "\n", m);
}
var loadSchema = () => import("./cli/schema-IRWS4L3G.mjs");
var FORBIDDEN = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function forbiddenKey(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  const walk = (node, path) => {
    if (node === null || typeof node !== "object") return void 0;
    for (const [key, child] of Object.entries(node)) {
      if (FORBIDDEN.has(key)) return [...path, key].join(".");
      const found = walk(child, [...path, key]);
      if (found) return found;
    }
    return void 0;
  };
  return walk(value, []);
}

// src/report/from-counts.ts
function reportFromCounts(counts, context) {
  const { frame } = counts;
  const report = emptyReport(context, frame, counts.span ? [{ sheet: counts.sheet, first: isoDate(counts.span.first), last: isoDate(counts.span.last) }] : []);
  const { kpis, segments } = report;
  const scored = (column, id, scale) => {
    const def = getMetric(id, scale === void 0 ? {} : { scale });
    const coverage = coverageOf(column, counts);
    const { kpi, summaries } = kpiOfCounts(def, column, frame, coverage, id, scale);
    if (worthShowing(kpi)) kpis.push(kpi);
    const field = id === "NPS" ? "nps" : id === "CES" ? "ces" : "csat";
    const bySegment = counts.segments?.[field];
    if (bySegment && bySegment.size > 0) segments.push(rankSummaries(id, [...bySegment].map(([name, values]) => ({ name, n: sizeOf(values), summarize: () => summaryOf(def, values) }))));
    return { coverage, current: summaries[summaries.length - 1] };
  };
  if (counts.nps) {
    const { current } = scored(counts.nps, "NPS");
    if (current && current.kind === "nps") report.npsBreakdown = breakdownOf(current);
    report.detractors = detractorsOf2(counts);
    const themes = counts.comments?.themesSection();
    if (themes) report.themes = themes;
  }
  if (counts.csat) {
    const scale = context.csatScale ?? 5;
    const { coverage } = scored(counts.csat, "CSAT", scale);
    const { kpi } = kpiOfCounts(getMetric("CSAT_AVG", { scale }), counts.csat, frame, coverage, "CSAT_AVG", scale);
    if (worthShowing(kpi)) kpis.push(kpi);
  }
  if (counts.ces) scored(counts.ces, "CES", context.cesScale ?? 7);
  if (counts.referral) {
    const { kpi } = kpiOfCounts(getMetric("REFERRAL_RATE"), counts.referral, frame, coverageOf(counts.referral, counts), "REFERRAL_RATE");
    if (worthShowing(kpi)) kpis.push(kpi);
  }
  if (counts.stages) {
    const funnel = funnelOfCounts(counts.stages.atStage, counts.stages.unmatched);
    if (funnel) report.funnel = funnel;
  }
  kpis.sort((a, b) => KPI_ORDER.indexOf(a.id) - KPI_ORDER.indexOf(b.id));
  const scoredAny = counts.nps || counts.csat || counts.ces;
  report.maturity = assessMaturity(evidenceOf(headlineKpis(kpis), scoredAny ? counts.responses : void 0), context.targets);
  const url = safeHttpUrl(context.spreadsheetUrl);
  if (url) report.spreadsheetUrl = url;
  if (context.spreadsheetName) report.spreadsheetName = String(context.spreadsheetName);
  return report;
}
function sizeOf(values) {
  let n = 0;
  for (const count of values.values()) n += count;
  return n;
}
function summaryOf(def, values) {
  const whole = def.whole;
  if (whole && def.summarizeCounts && [...values.keys()].every((v) => Number.isInteger(v) && v >= whole.low && v <= whole.high)) {
    const counts = new Float64Array(whole.high - whole.low + 1);
    for (const [value, count] of values) counts[value - whole.low] += count;
    return def.summarizeCounts(counts);
  }
  const out = new Float64Array(sizeOf(values));
  let at = 0;
  for (const [value, count] of values) {
    out.fill(value, at, at + count);
    at += count;
  }
  return def.summarize(out);
}
function kpiOfCounts(def, column, frame, coverage, id, scale) {
  const first = frame.trend[0];
  const buckets = frame.trend.map(() => /* @__PURE__ */ new Map());
  for (const group of column.groups) {
    const slot = group.period - first;
    if (group.reason === void 0 && slot >= 0 && slot < buckets.length) buckets[slot].set(group.value, (buckets[slot].get(group.value) ?? 0) + group.count);
  }
  const summaries = buckets.map((bucket) => bucket.size > 0 ? summaryOf(def, bucket) : null);
  const kpi = kpiOf(id, trendStarts(frame), summaries.map((s) => s ? readingOf(s) : null), scale, frame.kind, coverage);
  return { kpi, summaries };
}
function coverageOf(column, counts) {
  const index = counts.frame.index;
  const byReason = /* @__PURE__ */ new Map();
  const coverage = newCoverage();
  const add = (reason, group, refOf) => {
    const entry = byReason.get(reason) ?? { count: 0, rows: [], refOf };
    entry.count += group.count;
    entry.rows.push(...group.rows);
    byReason.set(reason, entry);
  };
  for (const group of column.groups) {
    if (group.period === index) {
      if (group.reason === void 0) noteUsed(coverage, group.count);
      else add(group.reason, group, column.refOf);
    } else if (group.period !== group.period && group.reason !== "blank") add("noDate", group, counts.dateRefOf);
  }
  const entries = [...byReason].map(([reason, entry]) => ({ reason, ...entry, rows: entry.rows.sort((a, b) => a - b).slice(0, MAX_PLACES) }));
  entries.sort((a, b) => a.rows[0] - b.rows[0]);
  for (const { reason, count, rows, refOf } of entries) {
    for (const row of rows) noteLeftOut(coverage, reason, refOf(row));
    if (count > rows.length) noteLeftOut(coverage, reason, void 0, count - rows.length);
  }
  return coverage;
}
function detractorsOf2(counts) {
  const { frame } = counts;
  let count = 0;
  for (const group of counts.nps.groups) if (group.period === frame.index && group.reason === void 0 && group.value <= NPS_DETRACTOR_MAX) count += group.count;
  return (counts.comments ?? new CommentTally(frame.index)).detractorsSection(count, counts.rowsInPeriod > 0);
}

// src/cli/sql/prescan.ts
import { open as open3 } from "node:fs/promises";
async function csvIsPlain(path, delimiter, encoding) {
  if (encoding.decoder !== "utf-8" || delimiter.length !== 1) return void 0;
  const d = delimiter.charCodeAt(0);
  if (d > 127 || d === QUOTE2 || d === LF2 || d === CR2) return void 0;
  const file = await open3(path, "r");
  try {
    let buffer = Buffer.from(new ArrayBuffer(CHUNK));
    let held = 0;
    let lines = 0;
    let first = true;
    for (; ; ) {
      if (held === buffer.length) {
        const larger = Buffer.from(new ArrayBuffer(buffer.length * 2));
        buffer.copy(larger, 0, 0, held);
        buffer = larger;
      }
      const { bytesRead } = await file.read(buffer, held, buffer.length - held, null);
      const end = held + bytesRead;
      const last = bytesRead === 0;
      const cut = last ? end : buffer.lastIndexOf(LF2, end - 1) + 1;
      if (cut > 0) {
        let start = 0;
        if (first) {
          first = false;
          if (buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191) start = 3;
        }
        const found = plainLines(buffer, start, cut, d, last);
        if (found < 0) return void 0;
        lines += found;
        buffer.copy(buffer, 0, cut, end);
        held = end - cut;
      } else held = end;
      if (last) break;
    }
    return lines > 0 ? { records: lines - 1 } : void 0;
  } finally {
    await file.close();
  }
}
var CHUNK = 4 << 20;
var LF2 = 10;
var CR2 = 13;
var TAB = 9;
var QUOTE2 = 34;
var FFFD = Buffer.from([239, 191, 189]);
function plainLines(bytes, start, end, delimiter, last) {
  const block2 = bytes.subarray(start, end);
  const n = block2.length;
  if (n === 0) return 0;
  if (hasControl(bytes, start, end)) return -1;
  let lines = 0;
  let lineStart = 0;
  for (let i = block2.indexOf(LF2); i >= 0; i = block2.indexOf(LF2, i + 1)) {
    if (i === lineStart || i === lineStart + 1 && block2[lineStart] === CR2) return -1;
    lines++;
    lineStart = i + 1;
  }
  if (lineStart < n) {
    if (!last) return -1;
    lines++;
  }
  for (let i = block2.indexOf(CR2); i >= 0; i = block2.indexOf(CR2, i + 1)) if (block2[i + 1] !== LF2) return -1;
  for (let i = block2.indexOf(194); i >= 0; i = block2.indexOf(194, i + 1)) {
    const next = block2[i + 1];
    if (next >= 128 && next <= 159) return -1;
  }
  if (block2.indexOf(FFFD) >= 0) return -1;
  for (let i = block2.indexOf(195); i >= 0; i = block2.indexOf(195, i + 1)) {
    const next = block2[i + 1];
    if (next >= 130 && next <= 180) {
      const after = block2[i + 2];
      if (after === 194 || after === 197 || after === 198 || after === 203 || after === 226) return -1;
    }
  }
  let nextLf = -1;
  for (let q = block2.indexOf(QUOTE2); q >= 0; q = block2.indexOf(QUOTE2, q + 1)) {
    if (q > 0 && block2[q - 1] !== delimiter && block2[q - 1] !== LF2) return -1;
    let close = block2.indexOf(QUOTE2, q + 1);
    while (close >= 0 && block2[close + 1] === QUOTE2) close = block2.indexOf(QUOTE2, close + 2);
    if (close < 0) return -1;
    if (nextLf < q) {
      nextLf = block2.indexOf(LF2, q);
      if (nextLf < 0) nextLf = n;
    }
    if (nextLf < close) return -1;
    const after = block2[close + 1];
    if (close + 1 < n ? after !== delimiter && after !== CR2 && after !== LF2 : !last) return -1;
    q = close;
  }
  return lines;
}
function hasControl(bytes, start, end) {
  const base = bytes.byteOffset;
  let i = start;
  while (i < end && (base + i) % 4 !== 0) if (isControl(bytes[i++])) return true;
  const words = Math.floor((end - i) / 4);
  const view = new Uint32Array(bytes.buffer, base + i, words);
  for (let k = 0; k < words; k++) {
    const w = view[k];
    const x = w ^ 2139062143;
    if ((w - 538976288 & ~w & 2155905152) !== 0 || (x - 16843009 & ~x & 2155905152) !== 0) {
      const at = i + k * 4;
      if (isControl(bytes[at]) || isControl(bytes[at + 1]) || isControl(bytes[at + 2]) || isControl(bytes[at + 3])) return true;
    }
  }
  for (i += words * 4; i < end; i++) if (isControl(bytes[i])) return true;
  return false;
}
var isControl = (b) => b < 32 && b !== TAB && b !== LF2 && b !== CR2 || b === 127;

// src/cli/sql/date-keys.ts
var YEAR4 = String.raw`(19|20)\d{2}`;
var CLOCK2 = String.raw`(([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?|(0?[1-9]|1[0-2]):[0-5]\d(:[0-5]\d)? ?[AaPp][Mm])`;
var DAY_MONTH = ["/", "-", "\\."].map((sep) => String.raw`\d{1,2}${sep}\d{1,2}${sep}(${YEAR4}|\d{2})`).join("|");
var DAY_MONTH_TEXT = String.raw`(${DAY_MONTH})((, | )${CLOCK2})?`;
var ISO_TEXT = String.raw`${YEAR4}-\d{2}-\d{2}([ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?`;
var ISO_OFFSET_TEXT = String.raw`${YEAR4}-\d{2}-\d{2}[ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)`;
var ISO_FRACTION_TEXT = String.raw`${YEAR4}-\d{2}-\d{2}[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{1,9}`;
function dateKeyOf(x, kind) {
  if (kind === "instant") {
    const utc = `make_timestamp(CAST(${x} AS BIGINT) * 1000)`;
    return `CASE WHEN ${x} IS NULL THEN 'V' ELSE 'O' || strftime(${utc}, '%Y-%m-%dT%H:') || CAST(CAST(strftime(${utc}, '%M') AS INTEGER) // 15 AS VARCHAR) || '|Z' END`;
  }
  if (kind === "wallTime") return `CASE WHEN ${x} IS NULL THEN 'V' ELSE 'F' || strftime(make_timestamp(CAST(${x} AS BIGINT) * 1000), '%Y-%m-%d') END`;
  if (kind !== "text") return void 0;
  return `CASE WHEN regexp_full_match(${x}, '${ISO_TEXT}') THEN 'F' || substr(${x}, 1, 10)
    WHEN regexp_full_match(${x}, '${ISO_FRACTION_TEXT}') THEN 'G' || substr(${x}, 1, 10)
    WHEN regexp_full_match(${x}, '${ISO_OFFSET_TEXT}') THEN 'O' || substr(${x}, 1, 14) || CAST(CAST(substr(${x}, 15, 2) AS INTEGER) // 15 AS VARCHAR) || '|' || regexp_extract(${x}, '(Z|[+-][0-9:]+)$')
    WHEN regexp_full_match(${x}, '${DAY_MONTH_TEXT}') THEN 'D' || regexp_extract(${x}, '^[0-9./-]+')
    ELSE 'V' || coalesce(${x}, '') END`;
}
function dateGroupOf(x, kind) {
  const unit = kind === "wallTime" ? 864e5 : kind === "instant" ? QUARTER_MS : void 0;
  if (unit === void 0) {
    const key = dateKeyOf(x, kind);
    return key === void 0 ? void 0 : { group: key, keyOf: (group) => group };
  }
  return { group: `CAST(floor(${x} / ${unit}) AS BIGINT)`, keyOf: (group) => dateKeyOf(`(${group} * ${unit})`, kind) };
}
function whyGroupReadsApart(key, day, decision, timeZone, wholeSeconds) {
  const kind = key[0];
  if (kind === "V") return void 0;
  const text = key.slice(1);
  if (kind === "O") return whyQuarterReadsApart(text, day, timeZone);
  let written = NaN;
  if (kind === "F" || kind === "G") {
    const [y, m, d] = text.split("-").map(Number);
    const date = dayOfDate(y, m, d);
    if (isoDate(date) === text) {
      if (y < 1900 || y > 2100) return `the dates of ${text} are outside the years 1900\u20132100`;
      written = date;
    }
  } else if (kind === "D") {
    const parts = dateText(text);
    if (parts?.kind !== "dayMonth") return `the date part ${text} is no day/month date to the reader`;
    const wall = decision.conflict ? NaN : wallOfText(parts, decision.order);
    if (wall === wall) written = Math.floor(wall / MS_PER_DAY);
  } else return `unknown date key ${key}`;
  if (written !== written) return day !== day ? void 0 : `the first text dated ${text} reads to ${isoDate(day)}, though its date is none`;
  if (day !== written) return `the first text dated ${text} reads to ${day === day ? isoDate(day) : "no day"}, not ${isoDate(written)}`;
  if (steadyOffsetOver(written - 1, written + 1, timeZone)) return void 0;
  if (!wholeSeconds || kind === "G") return `${timeZone} changes its clock around ${isoDate(written)}, and the times dated ${text} may fall between seconds`;
  if (!everySecondReadsTo(written, timeZone)) return `${timeZone} changes its clock around ${isoDate(written)} so that some times dated ${text} read to another day`;
  return void 0;
}
function whyQuarterReadsApart(text, day, timeZone) {
  const bar = text.indexOf("|");
  const date = text.slice(0, 10);
  const quarter = Number(text.slice(14, bar));
  const first = dateText(`${text.slice(0, 14)}${String(quarter * 15).padStart(2, "0")}:00${text.slice(bar + 1)}`);
  const [y, m, d] = date.split("-").map(Number);
  if (isoDate(dayOfDate(y, m, d)) !== date) return day !== day ? void 0 : `the first text dated ${date} reads to ${isoDate(day)}, though its date is none`;
  if (first?.kind !== "fixed" || first.offsetMs === void 0 || y < 1900 || y > 2100) return `the quarter hour ${text} is no instant to the reader`;
  const start = first.wall - first.offsetMs;
  const end = start + QUARTER_MS - 1;
  const before2 = utcOffset(start, timeZone);
  const after = utcOffset(end, timeZone);
  const earliest = Math.floor((start + Math.min(before2, after)) / MS_PER_DAY);
  const latest = Math.floor((end + Math.max(before2, after)) / MS_PER_DAY);
  if (earliest !== latest) return `the texts of the quarter hour ${text} fall on two days in ${timeZone}`;
  if (day !== earliest) return `the first text of the quarter hour ${text} reads to ${day === day ? isoDate(day) : "no day"}, not ${isoDate(earliest)}`;
  return void 0;
}
var QUARTER_MS = 15 * 6e4;
var secondsChecked = /* @__PURE__ */ new Map();
function everySecondReadsTo(day, timeZone) {
  const id = `${timeZone} ${day}`;
  let holds = secondsChecked.get(id);
  if (holds === void 0) {
    const local = LocalDays.in(timeZone);
    const start = day * MS_PER_DAY;
    holds = true;
    for (let s = 0; s < 86400 && holds; s++) holds = local.of(wallClockToInstant(start + s * 1e3, timeZone)) === day;
    if (secondsChecked.size > 1e4) secondsChecked.clear();
    secondsChecked.set(id, holds);
  }
  return holds;
}

// src/cli/sql/first-rows.ts
var HEAD_ROWS = 4096;
async function placeFirstRows(duck, from, columns, rows) {
  const select = columns.flatMap((c) => [c.sql, c.repSql ?? "NULL"]).join(", ");
  const pending = columns.map((c) => new Map(c.values.map((v) => [v.raw, v])));
  const found = (row2, at) => {
    let left = 0;
    for (let k = 0; k < columns.length; k++) {
      const entry = pending[k].get(at(2 * k));
      if (entry) {
        entry.first = row2;
        if (columns[k].repSql) entry.rep = at(2 * k + 1);
        pending[k].delete(entry.raw);
      }
      left += pending[k].size;
    }
    return left;
  };
  let row = 0;
  await duck.chunks(`SELECT ${select} FROM ${from} LIMIT ${HEAD_ROWS}`, (chunk) => {
    for (let r = 0; r < chunk.rowCount; r++) found(++row, (k) => chunk.value(k, r));
  });
  const missing = columns.map((c, k) => [...pending[k].values()].filter((v) => c.matters(v.raw)));
  if (missing.some((list2) => list2.length > 0)) {
    const conditions = columns.flatMap((c, k) => {
      if (missing[k].length === 0) return [];
      const listed = missing[k].filter((v) => v.raw !== null).map((v) => sqlValue(v.raw));
      return [...listed.length > 0 ? [`${c.sql} IN (${listed.join(", ")})`] : [], ...missing[k].some((v) => v.raw === null) ? [`${c.sql} IS NULL`] : []];
    });
    const numbered = `SELECT * FROM (SELECT CAST(row_number() OVER () AS INTEGER) AS rn, ${select} FROM ${from}) WHERE rn > ${HEAD_ROWS} AND (${conditions.join(" OR ")})`;
    let wanted = missing.reduce((n, list2) => n + list2.length, 0);
    for (let k = 0; k < columns.length; k++) pending[k] = new Map(missing[k].map((v) => [v.raw, v]));
    await duck.chunks(numbered, (chunk) => {
      const rn = chunk.ints(0);
      for (let r = 0; r < chunk.rowCount && wanted > 0; r++) wanted = found(rn[r], (k) => chunk.value(k + 1, r));
      return wanted > 0;
    });
  }
  for (const column of columns) {
    const rest = column.values.filter((v) => !(v.first > 0));
    rest.sort((a, b) => String(a.raw) < String(b.raw) ? -1 : String(a.raw) > String(b.raw) ? 1 : 0);
    rest.forEach((v, k) => v.first = rows + 1 + k);
  }
}

// src/cli/sql/survey.ts
var FIELDS = ["timestamp", "nps", "csat", "ces", "segment", "comment", "email", "referral", "journeyStage"];
var MAX_DISTINCT = 5e4;
var OUTSIDE = -999999999;
function whySqlDeclines(mapping, sheet) {
  if (mapping.sources.length !== 1) return `${mapping.sources.length} surveys or sections are mapped (${mapping.sources.map((ds2) => ds2.sheetName).join(", ")}); the SQL path counts one survey file`;
  const [ds] = mapping.sources;
  if (!sheet?.table) return `${ds.sheetName} is not a CSV or Parquet file (XLSX and Google Sheets are read the ordinary way)`;
  const fields = Object.keys(ds.columns);
  if (ds.headerRow !== 1) return `the header of ${ds.sheetName} is on row ${ds.headerRow}, not the first`;
  if (!fields.includes("timestamp")) return `no date column is mapped in ${ds.sheetName}`;
  const others = fields.filter((f) => !FIELDS.includes(f));
  if (others.length > 0) return `${ds.sheetName} maps fields the SQL path does not count (${others.join(", ")}: tickets, customers or activity)`;
  if (!fields.some((f) => f === "nps" || f === "csat" || f === "ces")) return `no NPS, CSAT or CES column is mapped in ${ds.sheetName}`;
  return void 0;
}
async function sqlSurveyReport({ sheet, source, mapping, context }) {
  trace("start");
  const table = sheet.table;
  const timeZone = context.timeZone;
  const columns = await columnsOf(table, source, timeZone);
  if (!columns) return void 0;
  const plain = table.kind === "csv" ? csvIsPlain(table.path, table.delimiter, table.encoding) : void 0;
  const duck = await openDuck();
  try {
    const from = fromOf(table, columns, table.kind === "csv" ? await table.width() : table.columns.length);
    const dateColumn = columns.get("timestamp");
    const dateKey = dateKeyOf(valueOf(dateColumn), table.kind === "csv" ? "text" : table.columns[dateColumn.index].kind);
    if (!dateKey) return declined("the date column is of a type read the ordinary way");
    trace("open");
    const distinct = await distinctValues(duck, from, columns, dateGroupOf(valueOf(dateColumn), table.kind === "csv" ? "text" : table.columns[dateColumn.index].kind), table.kind === "parquet");
    trace("distinct");
    const lines = plain ? await plain : void 0;
    trace("pre-scan");
    if (plain && !lines) return declined("the file is not one plain record per line");
    if (!distinct) return declined(`a column has more than ${MAX_DISTINCT} distinct values`);
    if (lines && distinct.records !== lines.records) return declined("DuckDB read another number of records");
    const refOf = refsOf(table, sheet, source);
    const wholeSeconds = table.kind === "csv" || table.columns[dateColumn.index].kind === "text";
    const readings = classify(distinct, columns, mapping, source, context, refOf, wholeSeconds);
    if (!readings) return void 0;
    const frame = framePeriod(context, {
      span: readings.span,
      latestBefore: (day) => {
        let latest = NaN;
        for (const d of readings.days) if (d < day && !(d <= latest)) latest = d;
        return latest;
      }
    });
    trace("classified");
    const textDate = table.kind === "csv" || table.columns[dateColumn.index].kind === "text" ? valueOf(dateColumn) : void 0;
    const counts = await countRows(duck, from, columns, dateKey, readings, frame, refOf, wallDayOf(table, dateColumn), distinct, textDate, table.kind === "parquet");
    if (!counts) return declined("the second pass read other rows than the first (the file changed while it was read)");
    trace("counted");
    const surveyCounts = {
      frame,
      sheet: source.sheetName,
      ...readings.span ? { span: readings.span } : {},
      dateRefOf: refOf(dateColumn.letter),
      ...counts
    };
    const report = reportFromCounts(surveyCounts, { ...context, csatScale: mapping.scales.csat.scale, cesScale: mapping.scales.ces.scale });
    trace("report");
    return { report, dateCells: distinct.dateKeys.map((k) => dateColumn.cell(k.raw)) };
  } catch (error) {
    if (error instanceof DuckRefused) {
      return declined(error.message);
    }
    throw error;
  } finally {
    duck.close();
  }
}
async function columnsOf(table, source, timeZone) {
  const columns = /* @__PURE__ */ new Map();
  const width = table.kind === "csv" ? await table.width() : table.columns.length;
  for (const [field, letter] of Object.entries(source.columns)) {
    const index = columnIndex(letter);
    if (index >= width) return void 0;
    if (table.kind === "csv") columns.set(field, { field, index, letter, raw: `c${index}`, cell: (raw) => raw === null || raw === void 0 ? "" : csvCell(String(raw), timeZone), native: `c${index}`, rawOf: (value) => value });
    else {
      const column = table.columns[index];
      const rawOf = (value) => selectOf({ ...column, name: value });
      columns.set(field, { field, index, letter, raw: selectOf(column), cell: (raw) => cellOf(raw, column.kind, timeZone), native: `n${index}`, rawOf });
    }
  }
  return columns;
}
function fromOf(table, columns, width) {
  const used = [...columns.values()];
  if (table.kind === "csv") {
    return `(SELECT ${used.map((c) => c.raw).join(", ")} FROM read_csv(${sqlText(table.path)}, header = false, skip = 1, delim = ${sqlText(table.delimiter)}, quote = '"', escape = '"', auto_detect = false, strict_mode = true, null_padding = false, buffer_size = 8388608, columns = {${Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(", ")}}))`;
  }
  const named = (c) => `"${table.columns[c.index].name.replace(/"/g, '""')}"`;
  return `(SELECT file_row_number + 1 AS rn, ${used.map((c) => `${c.raw} AS c${c.index}, ${named(c)} AS n${c.index}`).join(", ")} FROM read_parquet(${sqlText(table.path)}, file_row_number = true))`;
}
function wallDayOf(table, column) {
  if (table.kind !== "parquet" || table.columns[column.index].kind !== "wallTime") return void 0;
  return `CAST(floor(${valueOf(column)} / 86400000) AS INTEGER)`;
}
var valueOf = (column) => `c${column.index}`;
var SQL_LIMITS = { groups: 2e5 };
async function distinctValues(duck, from, columns, dateGroup, numbered) {
  const grouped = [...columns.values()].filter((c) => c.field !== "timestamp" && c.field !== "comment" && c.field !== "email");
  const date = columns.get("timestamp");
  const keys = ["dg", ...grouped.map((c) => `v${c.index}`)];
  const sql = `SELECT gid, ${dateGroup.keyOf("dg")} AS dk${grouped.map((c) => `, ${c.rawOf(`v${c.index}`)}`).join("")}, cnt, first, rep${grouped.map((c) => `, CAST(${c.rawOf(`v${c.index}`)} AS VARCHAR)`).join("")}
    FROM (SELECT CAST(GROUPING(${keys.join(", ")}) AS INTEGER) AS gid, ${keys.join(", ")}, CAST(count(*) AS INTEGER) AS cnt, CAST(${numbered ? "min(rn)" : "0"} AS INTEGER) AS first, ${numbered ? `arg_min(${valueOf(date)}, rn)` : `min(${valueOf(date)})`} AS rep
      FROM (SELECT ${numbered ? "rn, " : ""}${dateGroup.group} AS dg, ${valueOf(date)}${grouped.map((c) => `, ${c.native} AS v${c.index}`).join("")} FROM ${from})
      GROUP BY GROUPING SETS ((dg)${grouped.map((c) => `, (dg, v${c.index})`).join("")}))`;
  const found = new Map(grouped.map((c) => [c.field, /* @__PURE__ */ new Map()]));
  let byKey = new Map(grouped.map((c) => [c.field, []]));
  let groups = 0;
  const dateKeys = [];
  await duck.chunks(sql, (chunk) => {
    const gids = chunk.ints(0);
    const counts = chunk.ints(keys.length + 1);
    const firsts = chunk.ints(keys.length + 2);
    for (let r = 0; r < chunk.rowCount; r++) {
      const gid = gids[r];
      const set = keys.findIndex((_, k) => k > 0 && (gid >> keys.length - 1 - k & 1) === 0);
      const key = String(chunk.value(1, r));
      const count = counts[r];
      const first = firsts[r];
      if (set < 0) {
        dateKeys.push({ key, count, first, raw: chunk.value(keys.length + 3, r) });
        continue;
      }
      const { field } = grouped[set - 1];
      const raw = chunk.value(1 + set, r);
      const seen = found.get(field);
      const value = seen.get(raw);
      if (value) {
        value.count += count;
        if (first < value.first) value.first = first;
      } else seen.set(raw, { raw, count, first, text: chunk.value(keys.length + 3 + set, r) });
      if (byKey && ++groups > SQL_LIMITS.groups) byKey = void 0;
      byKey?.get(field).push({ key, raw, count });
    }
  });
  trace("distinct values");
  say(byKey ? `${groups} groups of date and value: counted from them, with only the rows of the reported period, the one before and the undated read again` : `more than ${SQL_LIMITS.groups} groups of date and value: every row is read again and counted`);
  const values = new Map([...found].map(([field, seen]) => [field, [...seen.values()]]));
  if (dateKeys.filter((k) => k.key[0] !== "F").length > MAX_DISTINCT || [...values.values()].some((v) => v.length > MAX_DISTINCT)) return void 0;
  const records = dateKeys.reduce((n, k) => n + k.count, 0);
  if (!numbered) {
    const ordered = /* @__PURE__ */ new Set(["nps", "csat", "ces", "referral"]);
    const keyed = dateKeys.map((k) => ({ raw: k.key, first: NaN, rep: k.raw }));
    let dayMonthInHead;
    const dateMatters = (key) => {
      if (String(key)[0] !== "D") return String(key)[0] === "V";
      dayMonthInHead ??= keyed.some((k) => k.first > 0 && (String(k.raw)[0] === "D" || typeof k.rep === "string" && dateText(k.rep)?.kind === "dayMonth"));
      return !dayMonthInHead;
    };
    await placeFirstRows(duck, from, [
      { sql: dateGroup.group, values: keyed, repSql: valueOf(date), matters: dateMatters },
      ...grouped.map((c) => ({ sql: valueOf(c), values: values.get(c.field), matters: () => ordered.has(c.field) }))
    ], records);
    dateKeys.forEach((k, i) => Object.assign(k, { first: keyed[i].first, raw: keyed[i].rep }));
    trace("first rows");
  }
  dateKeys.sort((a, b) => a.first - b.first);
  for (const list2 of values.values()) list2.sort((a, b) => a.first - b.first);
  return { values, dateKeys, records, ...byKey ? { byKey } : {} };
}
var REASONS = new Set(LEFT_OUT_REASONS);
function reasonOf2(problem) {
  const reason = problem.reason;
  return typeof reason === "string" && REASONS.has(reason) ? reason : "unreadable";
}
function readDistinct(cells, firsts, refOf, read) {
  const reasons2 = new Array(cells.length).fill(void 0);
  const { values } = read({ refOf: (k) => refOf(firsts[k] - 1), onProblem: (k, problem) => reasons2[k] = reasonOf2(problem) });
  return cells.map((cell, k) => {
    const value = values[k];
    if (value === value) return { value };
    return { value: NaN, reason: reasons2[k] ?? (isBlank(cell) ? "blank" : "noAnswer") };
  });
}
function classify(distinct, columns, mapping, source, context, refsOf2, wholeSeconds) {
  const timeZone = context.timeZone;
  const date = columns.get("timestamp");
  const options = { locale: context.locale };
  const dateCells = distinct.dateKeys.map((k) => date.cell(k.raw));
  let decision;
  const dates = readDistinct(dateCells, distinct.dateKeys.map((k) => k.first), refsOf2(date.letter), (o) => {
    const read = readDateColumn(dateCells, { ...o, ...options, timeZone, order: source.dateOrder });
    decision = read.decision;
    return read;
  });
  const byRows = decideDateOrder((visit) => dateCells.forEach((cell, k) => typeof cell === "string" && cell !== "" && visit(cell, k, distinct.dateKeys[k].count)), context.locale, source.dateOrder);
  if (restsOnFewCells(byRows)) return declined("the date order rests on a few cells, which the report names");
  const local = new LocalDays(timeZone);
  const dayOf = /* @__PURE__ */ new Map();
  for (let k = 0; k < dates.length; k++) {
    const { key } = distinct.dateKeys[k];
    const day = dates[k].reason === void 0 ? local.of(dates[k].value) : NaN;
    const apart = whyGroupReadsApart(key, day, decision, timeZone, wholeSeconds);
    if (apart) return declined(apart);
    dayOf.set(key, day);
  }
  const days = [...new Set([...dayOf.values()].filter((d) => d === d))];
  let first = Infinity;
  let last = -Infinity;
  for (const d of days) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const scores = /* @__PURE__ */ new Map();
  const cellOf2 = new Map([...columns.values()].map((c) => [c.field, c.cell]));
  const readings = { dayOf, days, ...first <= last ? { span: { first, last } } : {}, scores, cellOf: cellOf2 };
  for (const [field, list2] of distinct.values) {
    const column = columns.get(field);
    const cells = list2.map((v) => column.cell(v.raw));
    const firsts = list2.map((v) => v.first);
    const refOf = refsOf2(column.letter);
    let read;
    if (field === "nps" || field === "csat" || field === "ces") {
      const scale = field === "csat" ? mapping.scales.csat.scale : field === "ces" ? mapping.scales.ces.scale : void 0;
      const def = getMetric(field === "nps" ? "NPS" : field === "csat" ? "CSAT" : "CES", scale === void 0 ? {} : { scale });
      read = readDistinct(
        cells,
        firsts,
        refOf,
        (o) => readScoreColumn(cells, { ...o, ...options, low: def.whole.low, high: def.whole.high, family: field === "nps" ? void 0 : field, labels: source.labels?.[field] })
      );
    } else if (field === "referral") {
      const asFlag = referralFlagsFor(referralAnswersFor(mapping, cells));
      const def = getMetric("REFERRAL_RATE");
      read = cells.map((cell) => {
        const flag = asFlag(cell);
        try {
          const value = def.read(flag);
          return value === value ? { value } : { value: NaN, reason: isBlank(flag) ? "blank" : "noAnswer" };
        } catch (error) {
          if (!(error instanceof CellProblem)) throw error;
          return { value: NaN, reason: reasonOf2(error) };
        }
      });
    } else if (field === "segment") {
      readings.segmentOf = new Map(list2.map((v, k) => [v.raw, textOf(cells[k])]));
      continue;
    } else if (field === "journeyStage") {
      readings.stageOf = new Map(list2.map((v, k) => {
        const cell = cells[k];
        if (!textOf(cell)) return [v.raw, 0];
        const stage = matchStage(cell);
        return [v.raw, stage ? JOURNEY_STAGES.indexOf(stage) + 1 : 6];
      }));
      continue;
    } else continue;
    scores.set(field, new Map(list2.map((v, k) => [v.raw, read[k]])));
  }
  return readings;
}
function refsOf(table, sheet, source) {
  if (table.kind === "csv") {
    const file = sheet.file?.name ?? sheet.name;
    return (letter) => (row) => ({ file, line: row + 2, column: letter });
  }
  return (letter) => (row) => ({ sheet: source.sheetName, column: letter, row: row + 2 });
}
async function countRows(duck, from, columns, dateKey, readings, frame, refsOf2, dayOf, distinct, textDate, numbered) {
  const trend = frame.kind === "all" ? [0] : frame.trend;
  const outside2 = trend.length;
  const undated = trend.length + 1;
  const starts = [...trend, trend[trend.length - 1] + 1].map((t) => frame.kind === "all" ? 0 : dayOfLocalDate(frame.startOf(t)));
  const slotOfDay = (day) => {
    if (frame.kind === "all") return 0;
    if (day !== day) return undated;
    for (let k = 0; k < trend.length; k++) if (day >= starts[k] && day < starts[k + 1]) return k;
    return outside2;
  };
  const periodOfSlot = (slot) => slot < outside2 ? trend[slot] : slot === outside2 ? OUTSIDE : NaN;
  const cur = trend.indexOf(frame.index);
  const prev = frame.kind === "all" ? -1 : trend.indexOf(frame.index - 1);
  const toRead = distinct.byKey ? (slot) => slot === cur || slot === undated || slot === prev && columns.has("comment") : void 0;
  const dates = dateCodes(readings, frame, slotOfDay, dayOf, dateKey, textDate, toRead);
  const field = (f) => columns.get(f);
  const col = (f) => `c${field(f).index}`;
  const scored = ["nps", "csat", "ces"].filter((f) => field(f));
  const simple = ["nps", "csat", "ces", "referral", "journeyStage"].filter((f) => field(f));
  const coded = [...simple, ...field("segment") ? ["segment"] : []];
  const codes = new Map(coded.map((f) => [f, valueCodes(distinct.values.get(f), col(f))]));
  const comment = field("comment");
  const email = field("email") && field("nps") ? field("email") : void 0;
  const selectCols = [...new Set([...columns.values()].map((c) => `c${c.index}`))];
  const within = ([from2, to]) => `dc >= ${from2} AND dc < ${to}`;
  const isDetractor = (raw) => {
    const reading = raw === null || raw === void 0 ? void 0 : readings.scores.get("nps")?.get(raw);
    return reading !== void 0 && reading.reason === void 0 && reading.value <= NPS_DETRACTOR_MAX;
  };
  const detractors = field("nps") ? codes.get("nps").raws.flatMap((raw, code) => isDetractor(raw) ? [code] : []) : [];
  const select = [
    "dc",
    // Codes only of the rows read (the others are never looked at).
    ...coded.map((f) => distinct.byKey && !numbered ? `CASE WHEN dc >= 0 THEN ${codes.get(f).sql} ELSE 0 END` : codes.get(f).sql),
    comment ? `CASE WHEN ${within(dates.shown)} THEN ${col("comment")} END` : "NULL",
    // Emails are shown with the reported period's detractors' comments only.
    email && comment && detractors.length > 0 ? `CASE WHEN ${within(dates.current)} AND ${col("comment")} IS NOT NULL AND ${codes.get("nps").sql} IN (${detractors.join(", ")}) THEN ${col("email")} END` : "NULL"
  ];
  const raws = new Map(coded.map((f) => [f, codes.get(f).raws]));
  const width = (f) => raws.get(f).length;
  const slots = trend.length + 2;
  const counts = new Map(simple.map((f) => [f, new Float64Array(slots * width(f))]));
  const firsts = new Map(simple.map((f) => [f, new Int32Array(slots * width(f) * MAX_PLACES)]));
  const used = new Map(scored.map((f) => [f, Uint8Array.from(raws.get(f), (raw) => raw !== null && raw !== void 0 && readings.scores.get(f).get(raw)?.reason === void 0 ? 1 : 0)]));
  const segmentWidth = field("segment") ? width("segment") : 0;
  const bySegmentCode = new Map(scored.map((f) => [f, { counts: new Float64Array(segmentWidth * width(f)), first: new Int32Array(segmentWidth).fill(-1) }]));
  let rowsInPeriod = 0;
  let responses = 0;
  const commentTally = field("comment") ? new CommentTally(frame.index) : void 0;
  const npsReadings = readings.scores.get("nps");
  const comments = /* @__PURE__ */ new Map();
  const commentText = (raw) => {
    let text = comments.get(raw);
    if (text === void 0) {
      text = textOf(readings.cellOf.get("comment")(raw));
      if (comments.size < 1e5) comments.set(raw, text);
    }
    return text;
  };
  const addComment = (rn, day, nps, segment, raw, email2) => {
    const score = npsReadings?.get(nps);
    commentTally.add({
      order: rn,
      period: day === day ? frame.indexOf(day) : frame.undated,
      day,
      score: score && score.reason === void 0 ? score.value : NaN,
      text: commentText(raw),
      segment: segment === null ? "" : readings.segmentOf?.get(segment) ?? "",
      email: textOf(readings.cellOf.get("email")?.(email2) ?? "")
    });
  };
  const npsRaws = raws.get("nps");
  const segmentRaws = raws.get("segment");
  const byKey = distinct.byKey;
  const placed2 = byKey ? new Map(simple.map((f) => [f, new Float64Array(slots * width(f))])) : counts;
  const placing = Uint8Array.from({ length: slots }, (_, s) => !byKey || s === cur || s === undated ? 1 : 0);
  let expected = distinct.records;
  if (byKey) {
    const slotOfKey = new Map([...readings.dayOf].map(([key, day]) => [key, slotOfDay(day)]));
    for (const f of simple) {
      const codeOf2 = /* @__PURE__ */ new Map();
      raws.get(f).forEach((raw, code) => raw !== void 0 && codeOf2.set(raw, code));
      const w = width(f);
      const count = counts.get(f);
      for (const group of byKey.get(f)) {
        const code = codeOf2.get(group.raw);
        const slot = slotOfKey.get(group.key);
        if (code === void 0 || slot === void 0) return void 0;
        count[slot * w + code] += group.count;
      }
    }
    expected = 0;
    for (const k of distinct.dateKeys) if (placing[slotOfKey.get(k.key)] === 1) expected += k.count;
  }
  const date = `n${field("timestamp").index}`;
  const rows = comment && prev >= 0 ? `(${codesWhere(dates.slotOf, (s) => s === cur || s === undated)} OR (${codesWhere(dates.slotOf, (s) => s === prev)} AND ${col("comment")} IS NOT NULL))` : dates.where;
  const where = numbered && byKey ? ` WHERE ${rows}${dates.stored ? ` AND ${dates.stored(date)}` : ""}` : "";
  const sql = `SELECT ${select.join(", ")}${numbered ? ", CAST(rn AS INTEGER)" : ""} FROM (SELECT ${dates.sql} AS dc, ${selectCols.join(", ")}${numbered ? `, rn, ${date}` : ""} FROM ${from})${where}`;
  const at = (f) => 1 + coded.indexOf(f);
  const commentAt = 1 + coded.length;
  const rnAt = commentAt + 2;
  let row = 0;
  let read = 0;
  let complete = true;
  const slotBuffer = new Int32Array(2048);
  const rowBuffer = new Int32Array(2048);
  await duck.chunks(sql, (chunk) => {
    const n = chunk.rowCount;
    const date2 = chunk.ints(0);
    const slot = n <= slotBuffer.length ? slotBuffer : new Int32Array(n);
    const at0 = n <= rowBuffer.length ? rowBuffer : new Int32Array(n);
    let some = false;
    for (let r = 0; r < n; r++) {
      const s = date2[r] < 0 ? -1 : dates.slotOf[date2[r]];
      if (s === void 0) return complete = false;
      slot[r] = s;
      if (s >= 0) some = true;
    }
    if (numbered) {
      const rn = chunk.ints(rnAt);
      for (let r = 0; r < n; r++) at0[r] = rn[r] - 1;
    } else for (let r = 0; r < n; r++) at0[r] = row + r;
    row += n;
    if (!some) return;
    for (const f of simple) {
      const code = chunk.ints(at(f));
      const w = width(f);
      const count = placed2.get(f);
      const first = firsts.get(f);
      for (let r = 0; r < n; r++) {
        if (placing[slot[r]] !== 1) continue;
        const g = slot[r] * w + code[r];
        const seen = count[g]++;
        if (seen < MAX_PLACES) first[g * MAX_PLACES + seen] = at0[r];
        else if (numbered) keepFirst(first, g * MAX_PLACES, at0[r]);
      }
    }
    for (let r = 0; r < n; r++) if (placing[slot[r]] === 1) read++;
    if (scored.length > 0) {
      const codes2 = scored.map((f) => chunk.ints(at(f)));
      const usable = scored.map((f) => used.get(f));
      const segment = segmentWidth > 0 ? chunk.ints(at("segment")) : void 0;
      for (let r = 0; r < n; r++) {
        if (slot[r] !== cur) continue;
        rowsInPeriod++;
        let answered = false;
        for (let k = 0; k < codes2.length; k++) {
          if (usable[k][codes2[k][r]] !== 1) continue;
          answered = true;
          if (segment && segment[r] < segmentWidth - 1) {
            const s = bySegmentCode.get(scored[k]);
            s.counts[segment[r] * width(scored[k]) + codes2[k][r]]++;
            const first = s.first[segment[r]];
            if (first < 0 || at0[r] < first) s.first[segment[r]] = at0[r];
          }
        }
        if (answered) responses++;
      }
    }
    if (comment) {
      const npsCode = npsRaws ? chunk.ints(at("nps")) : void 0;
      const segmentCode = segmentRaws ? chunk.ints(at("segment")) : void 0;
      for (let r = 0; r < n; r++) {
        if (slot[r] !== cur && slot[r] !== prev) continue;
        const text = chunk.value(commentAt, r);
        if (text === null) continue;
        const nps = npsCode ? npsRaws[npsCode[r]] : null;
        const detractor = slot[r] === cur && email !== void 0 && isDetractor(nps);
        const segment = segmentCode && slot[r] === cur ? segmentRaws[segmentCode[r]] : null;
        addComment(at0[r] + 1, dates.dayOf[date2[r]], nps, segment, text, detractor ? chunk.value(commentAt + 1, r) : null);
      }
    }
  });
  if (!complete || read !== expected || !numbered && row !== distinct.records) return void 0;
  if (numbered && byKey) {
    for (const f of simple) {
      const first = firsts.get(f);
      const count = placed2.get(f);
      for (let g = 0; g < count.length; g++) {
        const k = Math.min(count[g], MAX_PLACES);
        if (k > 1) first.subarray(g * MAX_PLACES, g * MAX_PLACES + k).sort();
      }
    }
  }
  const groups = /* @__PURE__ */ new Map();
  const atStage = new Array(JOURNEY_STAGES.length).fill(0);
  let unmatched = 0;
  for (const f of simple) {
    const count = counts.get(f);
    const first = firsts.get(f);
    const fieldRaws = raws.get(f);
    const w = fieldRaws.length;
    const list2 = [];
    for (let slot = 0; slot < slots; slot++) {
      const period = periodOfSlot(slot);
      for (let code = 0; code < w; code++) {
        const g = slot * w + code;
        const n = count[g];
        if (n === 0) continue;
        const raw = fieldRaws[code] ?? null;
        if (f === "journeyStage") {
          const stage = readings.stageOf?.get(raw) ?? 0;
          if (!(frame.kind === "all" || period === frame.index) || stage === 0) continue;
          if (stage === 6) unmatched += n;
          else atStage[stage - 1] += n;
          continue;
        }
        const reading = readings.scores.get(f).get(raw);
        const rows2 = Array.from(first.subarray(g * MAX_PLACES, g * MAX_PLACES + Math.min(placed2.get(f)[g], MAX_PLACES)));
        list2.push({ period, value: reading.value, ...reading.reason ? { reason: reading.reason } : {}, count: n, rows: rows2 });
      }
    }
    groups.set(f, list2);
  }
  const out = { rowsInPeriod, responses };
  const refsOfField = (f) => refsOf2(field(f).letter);
  for (const f of simple) {
    if (f === "journeyStage") continue;
    const column = { groups: groups.get(f), refOf: refsOfField(f) };
    if (f === "referral") out.referral = column;
    else out[f] = column;
  }
  if (field("journeyStage")) out.stages = { atStage, unmatched };
  if (field("segment")) {
    out.segments = {};
    for (const f of scored) {
      const { counts: segmentCounts, first } = bySegmentCode.get(f);
      const fieldRaws = raws.get(f);
      const named = /* @__PURE__ */ new Map();
      for (let s = 0; s < segmentWidth - 1; s++) {
        if (first[s] < 0) continue;
        const name = readings.segmentOf?.get(segmentRaws[s]) ?? "";
        if (!name) continue;
        const entry = named.get(name) ?? { first: Infinity, values: /* @__PURE__ */ new Map() };
        entry.first = Math.min(entry.first, first[s]);
        for (let code = 0; code < fieldRaws.length; code++) {
          const n = segmentCounts[s * fieldRaws.length + code];
          if (n === 0) continue;
          const value = readings.scores.get(f).get(fieldRaws[code]).value;
          entry.values.set(value, (entry.values.get(value) ?? 0) + n);
        }
        named.set(name, entry);
      }
      out.segments[f] = new Map([...named].sort((a, b) => a[1].first - b[1].first).map(([name, entry]) => [name, entry.values]));
    }
  }
  if (commentTally) out.comments = commentTally;
  return out;
}
function dateCodes(readings, frame, slotOfDay, dayOf, dateKey, dateText3, toRead) {
  const read = toRead ?? (() => true);
  const periodOf = (day) => frame.kind === "all" ? frame.index : day === day ? frame.indexOf(day) : NaN;
  if (dayOf) {
    const first = readings.span?.first ?? 0;
    const days = (readings.span ? readings.span.last - first + 1 : 0) + 1;
    const dayOfCode = Float64Array.from({ length: days }, (_, k) => k < days - 1 ? first + k : NaN);
    const range = (from, to) => frame.kind === "all" ? [0, days] : [from - first, to - first];
    const start = (i) => dayOfLocalDate(frame.startOf(i));
    const slotOf = Int32Array.from(dayOfCode, slotOfDay);
    const stored = (x) => {
      const ranges = [];
      for (let c = 0; c < days; c++) {
        if (!read(slotOf[c])) continue;
        if (c === days - 1) {
          ranges.push(`${x} IS NULL`);
          continue;
        }
        let end = c;
        while (end + 1 < days - 1 && read(slotOf[end + 1])) end++;
        ranges.push(`(${x} >= TIMESTAMP '${isoDate(first + c)}' AND ${x} < TIMESTAMP '${isoDate(first + end + 1)}')`);
        c = end;
      }
      return ranges.length > 0 ? `(${ranges.join(" OR ")})` : "FALSE";
    };
    return {
      sql: `CAST(coalesce(${dayOf} - ${first}, ${days - 1}) AS INTEGER)`,
      where: codesWhere(slotOf, read),
      stored,
      read,
      slotOf,
      dayOf: dayOfCode,
      current: range(start(frame.index), start(frame.index + 1)),
      shown: range(start(frame.index - 1), start(frame.index + 1))
    };
  }
  const rank = (day) => {
    const period = periodOf(day);
    return period === frame.index ? 0 : period === frame.index - 1 ? 1 : 2;
  };
  const keys = [...readings.dayOf].filter(([, day]) => read(slotOfDay(day))).sort((a, b) => rank(a[1]) - rank(b[1]));
  const current = keys.filter(([, day]) => rank(day) === 0).length;
  const shown = keys.filter(([, day]) => rank(day) <= 1).length;
  const iso = dateText3 !== void 0 && keys.every(([key]) => key[0] === "F");
  const keySql = iso ? `substr(${dateText3}, 1, 10)` : `(${dateKey})`;
  const members = keys.map(([key]) => sqlText(iso ? key.slice(1) : key)).join(", ");
  return {
    sql: !toRead ? `CAST(enum_code(CAST(${keySql} AS ENUM(${members}))) AS INTEGER)` : keys.length === 0 ? "-1" : `CAST(coalesce(enum_code(TRY_CAST(${keySql} AS ENUM(${members}))), -1) AS INTEGER)`,
    where: "dc >= 0",
    stored: void 0,
    read,
    slotOf: Int32Array.from(keys, ([, day]) => slotOfDay(day)),
    dayOf: Float64Array.from(keys, ([, day]) => day),
    current: [0, current],
    shown: [0, shown]
  };
}
function codesWhere(slots, keep) {
  const ranges = [];
  for (let c = 0; c < slots.length; c++) {
    if (!keep(slots[c])) continue;
    let end = c;
    while (end + 1 < slots.length && keep(slots[end + 1])) end++;
    ranges.push(end === c ? `dc = ${c}` : `dc BETWEEN ${c} AND ${end}`);
    c = end;
  }
  return ranges.length > 0 ? `(${ranges.join(" OR ")})` : "FALSE";
}
function keepFirst(first, at, row) {
  let most = at;
  for (let k = at + 1; k < at + MAX_PLACES; k++) if (first[k] > first[most]) most = k;
  if (row < first[most]) first[most] = row;
}
function valueCodes(list2, column) {
  const present = list2.filter((v) => v.raw !== null);
  const numbers = present.map((v) => v.raw).filter((raw) => typeof raw === "number" && Number.isInteger(raw));
  if (numbers.length > 0 && numbers.length === present.length) {
    const least = Math.min(...numbers);
    const span = Math.max(...numbers) - least + 1;
    if (span <= 4096) {
      const raws2 = new Array(span + 1).fill(void 0);
      for (const n of numbers) raws2[n - least] = n;
      raws2[span] = null;
      return { sql: `CAST(coalesce(${column} - ${least}, ${span}) AS INTEGER)`, raws: raws2 };
    }
  }
  const raws = [...present.map((v) => v.raw), null];
  if (present.length === 0) return { sql: "0", raws };
  return { sql: `CAST(coalesce(enum_code(CAST(CAST(${column} AS VARCHAR) AS ENUM(${present.map((v) => sqlText(v.text)).join(", ")}))), ${present.length}) AS INTEGER)`, raws };
}
var started = performance.now();
function trace(step) {
  if (!process.env.CX_METRICS_DEBUG) return;
  const usage = process.resourceUsage();
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e3;
  const memory = process.memoryUsage();
  const mb = (n) => (n / 1048576).toFixed(0);
  process.stderr.write(`cx-metrics sql: ${step} at ${(performance.now() - started).toFixed(0)} ms, CPU ${cpu.toFixed(0)} ms, peak RSS ${(usage.maxRSS / 1024).toFixed(0)} MB (now ${mb(memory.rss)}, JS heap ${mb(memory.heapUsed)}/${mb(memory.heapTotal)}, buffers ${mb(memory.external)})
`);
}
function declined(why) {
  say(`declined: ${why}`);
  return void 0;
}
function say(text) {
  if (process.env.CX_METRICS_DEBUG) process.stderr.write(`cx-metrics sql: ${text}
`);
}

// src/cli/core/analyze.ts
async function analyze(request, io, m, progress, warn) {
  if (!await prepareSqlPath(request, io)) return analyzeOnce(request, io, m, progress, warn);
  const encodingChecks = [];
  const held = [];
  let outcome;
  try {
    outcome = { analysis: await analyzeOnce(request, io, m, progress, (text) => held.push(text), encodingChecks) };
  } catch (error) {
    outcome = { error };
  }
  if (!(await Promise.all(encodingChecks)).every(Boolean)) return analyzeOnce(request, io, m, progress, warn);
  for (const text of held) warn(text);
  if ("error" in outcome) throw outcome.error;
  return outcome.analysis;
}
var GuessFailed = class extends Error {
};
async function analyzeOnce(request, io, m, progress, warn, encodingChecks) {
  const source = await openInput(request.inputs, { ...io.sourceOptions, credentials: request.credentials, timeZone: request.timeZone, lang: request.lang, onProgress: progress.update, ...encodingChecks ? { encodingChecks } : {} }, m);
  for (const sheet of source.sheets) if (sheet.notice) warn(sheet.notice);
  const timeZone = source.timeZone ?? request.timeZone ?? "UTC";
  const detected = request.mappingFile ? void 0 : await detectSource(source, request.lang, timeZone);
  const mapping = withDateOrder(detected ? detected.mapping : await readMappingFile(request.mappingFile, request.lang, m, warn), request.dateOrder);
  if (mapping.sources.length === 0) throw dataError(detected ? unusedSheetsNote(m.nothingMapped, detected.detection, request.lang) : m.nothingMapped);
  const groupColumns = request.by === void 0 ? void 0 : await findGroupColumns(source, mapping, request.by, m);
  for (const use of detected?.detection.uses ?? []) if (use.uses.length === 0) warn(describeSheetUse(use, request.lang));
  const id = request.inputs.length === 1 && !await isLocalPath(request.inputs[0]) ? spreadsheetIdOf(request.inputs[0]) : void 0;
  const context = {
    timeZone,
    lang: request.lang,
    ...localeOf2(request.locale, source),
    // The bundled demo is a fixed story ending in October 2026: its "last month" is the demo's, not today's.
    now: request.inputs.length === 0 ? DEMO_TODAY.getTime() : request.now,
    ...request.period ? { period: request.period } : {},
    spreadsheetName: source.title,
    ...id ? { spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit` } : {}
  };
  if (groupColumns && process.env.CX_METRICS_DEBUG) process.stderr.write("cx-metrics sql: declined: --by (one report per group) is read the ordinary way\n");
  const counted = groupColumns ? void 0 : await sqlReport(source, mapping, context, io, m, warn);
  const detection = detected ? { detection: detected.detection } : {};
  if (counted) return { source, timeZone, mapping, report: counted, engine: "sql", ...detection };
  if (encodingChecks && !(await Promise.all(encodingChecks)).every(Boolean)) throw new GuessFailed();
  const { input, groups } = await readInput(source, mapping, context, groupColumns, m, progress, warn);
  const report = buildReport(input);
  return { source, timeZone, mapping, report, ...groups ? { groups } : {}, engine: "ts", ...detection };
}
async function readInput(source, mapping, context, groupColumns, m, progress, warn) {
  const data = await loadMappedData(source, mapping, m, { extraColumns: groupColumns, onSheet: progress.label, lang: context.lang });
  progress.done();
  const originals = new Map(data.mapping.sources.map((ds, k) => [ds, mapping.sources[k]]));
  for (const line of assumedDateOrderWarnings(
    data.mapping.sources,
    (ds, field) => data.columnOf(ds, ds.columns[field]),
    (ds, field) => ({ where: source.sheets.find((s) => s.name === ds.sheetName)?.file?.name ?? ds.sheetName, letter: originals.get(ds)?.columns[field] ?? ds.columns[field] }),
    context.lang,
    m,
    context.locale
  ))
    warn(line);
  const input = reportInputFromMapping(data.mapping, data, context);
  return { input, ...groupColumns ? { groups: groupReports(data.mapping, data, data.extraColumns, context) } : {} };
}
var SQL_MIN_BYTES = 12 * 1024 * 1024;
async function sqlReport(source, mapping, context, io, m, warn) {
  const engine = engineOf(io);
  if (engine === "ts") return void 0;
  const ds = mapping.sources[0];
  const sheet = ds && source.sheets.find((s) => s.name === ds.sheetName);
  const declines = whySqlDeclines(mapping, sheet) ?? (!sizeFitsSql(engine, sheet?.table?.size ?? 0) ? `${ds.sheetName} is under ${SQL_MIN_BYTES / 1024 / 1024} MB` : void 0);
  if (declines !== void 0 || !sheet) {
    if (process.env.CX_METRICS_DEBUG) process.stderr.write(`cx-metrics sql: declined: ${declines}
`);
    return void 0;
  }
  const counted = await sqlSurveyReport({ sheet, source: ds, mapping, context });
  if (!counted) return void 0;
  if (process.env.CX_METRICS_DEBUG) process.stderr.write("cx-metrics: counted by DuckDB (src/cli/sql/)\n");
  const where = sheet.file?.name ?? ds.sheetName;
  for (const line of assumedDateOrderWarnings(mapping.sources, (_, field) => field === "timestamp" ? counted.dateCells : void 0, (_, field) => ({ where, letter: ds.columns[field] }), context.lang, m, context.locale))
    warn(line);
  return counted.report;
}
async function prepareSqlPath(request, io) {
  const engine = engineOf(io);
  if (engine === "ts" || request.by !== void 0 || request.inputs.length !== 1 || !SQL_FILES.has(extname4(request.inputs[0]).toLowerCase())) return false;
  const file = await stat4(request.inputs[0]).catch(() => void 0);
  if (!file?.isFile() || !sizeFitsSql(engine, file.size)) return false;
  if (extname4(request.inputs[0]).toLowerCase() === ".parquet") await prepareDuck();
  return true;
}
var SQL_FILES = /* @__PURE__ */ new Set([".csv", ".tsv", ".txt", ".parquet"]);
function sizeFitsSql(engine, bytes) {
  return engine === "sql" || bytes >= SQL_MIN_BYTES;
}
function engineOf(io) {
  return io.engine ?? process.env.CX_METRICS_ENGINE ?? "auto";
}
function localeOf2(option, source) {
  const locale = option ?? source.locale;
  return locale ? { locale } : {};
}
async function isLocalPath(input) {
  return await stat4(input).catch(() => void 0) !== void 0;
}
async function findGroupColumns(source, mapping, by, m) {
  const found = /* @__PURE__ */ new Map();
  const headersSeen = [];
  const wanted = normalizeText(by);
  const field = FIELD_IDS.find((f) => f.toLowerCase() === by.trim().toLowerCase());
  for (const ds of mapping.sources) {
    const letter = field ? ds.columns[field] : void 0;
    if (letter) {
      found.set(ds.sheetName, columnIndex(letter));
      continue;
    }
    if (ds.headerRow === 0) continue;
    const rows = await sheetNamed(source, ds.sheetName, m).sample(ds.headerRow);
    if (rows.length < ds.headerRow) throw dataError(m.headerBeyond(ds.sheetName, ds.headerRow, rows.length));
    const header = rows[ds.headerRow - 1] ?? [];
    const column = header.findIndex((cell) => normalizeText(textOf(cell)) === wanted);
    if (column >= 0) found.set(ds.sheetName, column);
    else headersSeen.push(...header.map(textOf).filter(Boolean).map((h) => `"${h}"`));
  }
  if (found.size === 0) throw usageError(m.noGroupColumn(by, [...new Set(headersSeen)].join(", ")));
  return found;
}
function groupReports(mapping, data, columns, context) {
  const sources = mapping.sources.filter((ds) => columns.has(ds.sheetName));
  const keysOf = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  for (const ds of sources) {
    const cells = data.columnOf(ds, columnLetter(columns.get(ds.sheetName)));
    const keyOf = groupKeys(cells);
    keysOf.set(ds, keyOf);
    for (let r = 0; r < cells.length; r++) {
      const key = keyOf(r);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const collator = new Intl.Collator("en", { numeric: true });
  const names = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || collator.compare(a, b));
  const only = { ...mapping, sources };
  return names.map((name) => {
    const ofGroup = {
      columnOf: (ds, letter) => {
        const keyOf = keysOf.get(ds);
        return data.columnOf(ds, letter).filter((r) => keyOf(r) === name);
      }
    };
    return { name, rows: counts.get(name), report: buildReport(reportInputFromMapping(only, ofGroup, context)) };
  });
}
function groupKeys(cells) {
  const texts = cells.distinct.map(textOf);
  return (row) => {
    const code = cells.codes[row];
    return code === DATE_CODE || code === NUMBER_CODE ? textOf(cells.at(row)) : texts[code];
  };
}

// src/cli/core/data-range.ts
async function dataRangesOf2(source, mapping, context, m, onDecision) {
  const isDate = (field) => FIELD_INFO[field]?.kind === "date";
  const dated = mapping.sources.map((ds) => ({ ...ds, columns: Object.fromEntries(Object.entries(ds.columns).filter(([field]) => isDate(field))) })).filter((ds) => Object.keys(ds.columns).length > 0);
  if (dated.length === 0) return [];
  const data = await loadMappedData(source, { ...mapping, sources: dated }, m, { lang: context.lang });
  const reader = new ReportReader({ timeZone: context.timeZone, locale: context.locale });
  const ranges = [];
  for (const ds of data.mapping.sources) {
    let first = Infinity;
    let last = -Infinity;
    const decisions = /* @__PURE__ */ new Map();
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
    for (const [field, letter] of Object.entries(ds.columns)) {
      const decision = decisions.get(letter);
      if (decision && onDecision) onDecision(ds.sheetName, field, decision);
    }
  }
  return ranges;
}

// src/cli/output/table.ts
function renderTable(headers, rows, rightAligned = /* @__PURE__ */ new Set()) {
  const width = (text) => [...text.normalize("NFC")].length;
  const widths = headers.map((h, c) => Math.max(width(h), ...rows.map((row) => width(row[c] ?? ""))));
  const line = (cells) => cells.map((cell, c) => {
    const pad = " ".repeat(widths[c] - width(cell));
    return rightAligned.has(c) ? pad + cell : cell + pad;
  }).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "\u2500".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n";
}
function stableJson(value) {
  return JSON.stringify(sortKeys(value), null, 2) + "\n";
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.keys(value).sort().map((key) => [key, sortKeys(value[key])])
    );
  }
  return value;
}
function csvLine(fields) {
  return fields.map((field) => {
    const raw = field === null ? "" : String(field);
    const text = typeof field === "string" && FORMULA_START.test(raw) && !PLAIN_NUMBER.test(raw) ? `'${raw}` : raw;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }).join(",") + "\n";
}
var FORMULA_START = /^[=+\-@\t\r]/;
var PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

// src/cli/output/detect.ts
function formatDetection(detection, mapping, lang, m, encodings = /* @__PURE__ */ new Map(), dateOrders2 = /* @__PURE__ */ new Map(), dataRanges = [], dateWarnings = /* @__PURE__ */ new Map()) {
  const parts = [];
  for (const source of mapping.sources) {
    const sheet = detection.sheets.find((s) => s.sheetName === source.sheetName);
    const chosen = Object.entries(detection.families).filter(([, choice2]) => choice2.sheetName === source.sheetName).map(([family]) => family);
    if (!chosen.includes("survey") && detection.uses.some((use) => use.sheetName === source.sheetName && use.uses.includes("survey"))) chosen.unshift("survey");
    const families = chosen.map((family) => m.familyWord[family] ?? family);
    const encoding = encodings.get(source.sheetName);
    const how = [m.headerRow(source.headerRow), ...encoding ? [m.readAs(encoding)] : []].join(", ");
    parts.push(`${source.sheetName}: ${families.join(", ")} (${how})
`);
    const rows = FIELD_IDS.filter((field) => source.columns[field]).map((field) => {
      const match = sheet?.fields[field];
      return [
        FIELD_LABELS[field][lang],
        source.columns[field],
        oneLine2(match?.header ?? "", 40),
        match ? `${Math.round(match.confidence * 100)}%` : "",
        (match?.samples ?? []).slice(0, 3).map((s) => oneLine2(s, 24)).join(" | ")
      ];
    });
    const c = m.columns;
    parts.push(renderTable([c.field, c.column, c.header, c.confidence, c.samples], rows, /* @__PURE__ */ new Set([3])));
    const maybes = Object.values(sheet?.fields ?? {}).filter((match) => match.maybe && !source.columns[match.field]);
    if (maybes.length > 0) parts.push(`${maybeColumnsText(maybes, lang)}
`);
    const others = otherCandidateLines(detection, source, lang, m);
    if (others.length > 0) parts.push(others.map((line) => `${line}
`).join(""));
    const dates = dateOrders2.get(source.sheetName) ?? [];
    const warned = dates.map((line) => `${m.datesRead}: ${line}
`).join("") + (dateWarnings.get(source.sheetName) ?? []).map((line) => `${line}
`).join("");
    if (warned) parts.push(warned);
    const range = dataRanges.filter((r) => r.sheet === source.sheetName);
    if (range.length) parts.push(dataRangeLines(range, lang).map((line) => `${line}
`).join(""));
  }
  const surveys = surveySources(detection, mapping);
  if (surveys.length > 1) parts.push(`${m.surveysTogether(surveys.map((ds) => ds.sheetName), sharedQuestions(surveys, lang))}
`);
  const unused = detection.uses.filter((use) => !mapping.sources.some((source) => source.sheetName === use.sheetName));
  if (unused.length > 0) parts.push(unused.map((use) => describeSheetUse(use, lang)).join("\n") + "\n");
  return parts.join("\n");
}
var SCORE_FIELDS = ["nps", "csat", "ces"];
function otherCandidateLines(detection, source, lang, m) {
  const sheet = detection.sheets.find((s) => s.sheetName === source.sheetName);
  return SCORE_FIELDS.flatMap((field) => {
    const match = sheet?.fields[field];
    if (!match || match.letter !== source.columns[field] || match.alternatives.length === 0) return [];
    const named = match.alternatives.slice(0, 3).map((alt) => `${alt.letter}${alt.header ? ` \u201C${oneLine2(alt.header, 80)}\u201D` : ""} (${Math.round(alt.confidence * 100)}%)`);
    return [m.otherCandidates(FIELD_LABELS[field][lang], `${match.letter}${match.header ? ` \u201C${oneLine2(match.header, 80)}\u201D` : ""}`, named)];
  });
}
function oneLine2(text, max) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, max - 1) + "\u2026" : flat;
}
function surveySources(detection, mapping) {
  const surveyed = new Set(detection.uses.filter((use) => use.uses.includes("survey")).map((use) => use.sheetName));
  return mapping.sources.filter((ds) => surveyed.has(ds.sheetName));
}
function sharedQuestions(surveys, lang) {
  const metrics = { nps: ["NPS"], csat: ["CSAT", "CSAT_AVG"], ces: ["CES"] };
  return Object.keys(metrics).filter((field) => surveys.filter((ds) => ds.columns[field]).length > 1).flatMap((field) => metrics[field].map((id) => metricName(id, lang)));
}

// src/cli/commands/detect.ts
async function detectCommand(ctx) {
  const { args, io, m } = ctx;
  const source = await openInput(args.inputs, { ...io.sourceOptions, credentials: args.credentials, timeZone: args.timeZone, lang: args.lang }, m);
  if (args.inputs.length === 0) ctx.warn(m.demoTitle(source.title));
  for (const sheet of source.sheets) if (sheet.notice) ctx.warn(sheet.notice);
  const timeZone = source.timeZone ?? args.timeZone ?? "UTC";
  const detected = await detectSource(source, args.lang, timeZone);
  const { detection } = detected;
  const mapping = withDateOrder(detected.mapping, args.dateOrder);
  if (mapping.sources.length === 0) throw dataError(unusedSheetsNote(m.nothingMapped, detection, args.lang));
  const encodings = new Map(source.sheets.flatMap((sheet) => sheet.encoding ? [[sheet.name, sheet.encoding]] : []));
  if (args.out) await writeMappingFile(args.out, mapping, m);
  const { locale } = localeOf2(args.locale, source);
  const decided = [];
  const ranges = await dataRangesOf2(source, mapping, { timeZone, locale, lang: args.lang }, m, (sheet, field, decision) => decided.push({ sheet, field, decision }));
  const fileOf = (name) => source.sheets.find((sheet) => sheet.name === name)?.file;
  const dates = new Map(
    mapping.sources.map((ds) => [ds.sheetName, dateOrderLines(ds, detected.samples.find((s) => s.name === ds.sheetName)?.values ?? [], args.lang, locale, fileOf(ds.sheetName))])
  );
  const dateWarnings = /* @__PURE__ */ new Map();
  for (const { sheet, field, decision } of decided) {
    const ds = mapping.sources.find((s) => s.sheetName === sheet);
    const file = fileOf(sheet);
    const letter = ds.columns[field];
    const row = (index) => index + ds.headerRow + 1;
    const placeOf2 = (index) => file ? { file: file.name, line: file.lineOf(row(index)), column: letter } : { sheet, column: letter, row: row(index) };
    const warning = dateOrderWarningOf(decision, sheet, placeOf2);
    if (warning) dateWarnings.set(sheet, [...dateWarnings.get(sheet) ?? [], m.dateOrderFewCells(dateOrderWarningText(warning, args.lang, false), warning.order, warning.proving)]);
  }
  io.stdout.write(formatDetection(detection, mapping, args.lang, m, encodings, dates, ranges, dateWarnings));
  if (args.out) io.stdout.write(`
${m.saved(m.mappingWord, args.out)}
`);
}

// src/cli/core/metric-rows.ts
function metricRecord(kpi, lang) {
  const leftOut = {};
  for (const reason of LEFT_OUT_REASONS) {
    const entry = kpi.coverage.leftOut[reason];
    if (entry && entry.count > 0) leftOut[reason] = { count: entry.count, places: entry.places.map((ref) => ({ ...ref, text: describeRef(ref, lang) })) };
  }
  return {
    id: kpi.id,
    ...kpi.scope ? { scope: kpi.scope } : {},
    unit: kpi.unit,
    higherIsBetter: kpi.higherIsBetter,
    scale: kpi.scale ?? null,
    n: kpi.current?.n ?? 0,
    value: kpi.current?.value ?? null,
    previous: kpi.previous ? { n: kpi.previous.n, value: kpi.previous.value } : null,
    change: kpi.comparison?.change ?? null,
    test: kpi.comparison?.test ?? null,
    pValue: kpi.comparison?.pValue ?? null,
    significant: kpi.comparison?.significant ?? false,
    lowN: kpi.lowN,
    coverage: { used: kpi.coverage.used, lostShare: lostShare(kpi.coverage), leftOut }
  };
}
function metricsDocument(analysis, by, lang) {
  const { report } = analysis;
  const surveys = surveySheetsOf(analysis);
  return {
    version: 1,
    source: { title: analysis.source.title, timeZone: analysis.timeZone },
    period: report.period,
    previousPeriod: report.previousPeriod,
    dataRanges: report.dataRanges,
    by: by ?? null,
    metrics: headlineRecords(report, lang),
    ...surveys.length > 0 ? { surveys: surveys.map((sheet) => ({ sheet, metrics: report.kpis.filter((kpi) => kpi.scope?.combined === false && kpi.scope.name === sheet).map((kpi) => metricRecord(kpi, lang)) })) } : {},
    ...analysis.groups ? { groups: analysis.groups.map((g) => ({ group: g.name, rows: g.rows, metrics: headlineRecords(g.report, lang) })) } : {}
  };
}
function headlineRecords(report, lang) {
  return headlineKpis(report.kpis).map((kpi) => metricRecord(kpi, lang));
}
function surveySheetsOf(analysis) {
  const named = new Set(analysis.report.kpis.flatMap((kpi) => kpi.scope && !kpi.scope.combined ? [kpi.scope.name] : []));
  return analysis.mapping.sources.map((ds) => ds.sheetName).filter((name, i, all) => named.has(name) && all.indexOf(name) === i);
}

// src/cli/output/metrics.ts
function formatMetrics(analysis, format, by, lang, m) {
  const doc = metricsDocument(analysis, by, lang);
  if (format === "json") return stableJson(doc);
  if (format === "csv") {
    const bySurvey = (doc.surveys?.length ?? 0) > 0;
    const lines = [csvLine(["group", "metric", "unit", "n", "value", "previous_n", "previous_value", "change", "p_value", "significant", "used", "left_out", "lost_share", ...bySurvey ? ["survey"] : []])];
    const add = (group, record) => lines.push(
      csvLine([
        group,
        record.id,
        record.unit,
        record.n,
        record.value,
        record.previous?.n ?? null,
        record.previous?.value ?? null,
        record.change,
        record.pValue,
        record.significant,
        record.coverage.used,
        Object.entries(record.coverage.leftOut).filter(([reason]) => reason !== "blank").reduce((sum, [, e]) => sum + (e?.count ?? 0), 0),
        record.coverage.lostShare,
        ...bySurvey ? [record.scope?.name ?? ""] : []
      ])
    );
    if (bySurvey) analysis.report.kpis.forEach((kpi) => add("", metricRecord(kpi, lang)));
    else doc.metrics.forEach((record) => add("", record));
    for (const group of doc.groups ?? []) group.metrics.forEach((record) => add(group.group, record));
    return lines.join("");
  }
  const { report } = analysis;
  const period = report.previousPeriod ? m.periodLine(periodText(report.period, lang), periodText(report.previousPeriod, lang)) : periodText(report.period, lang);
  const ranges = dataRangeLines(report.dataRanges, lang).map((line) => line + "\n").join("");
  const heading2 = `${analysis.source.title}
${period}
${ranges}
`;
  if (report.kpis.length === 0) return heading2 + m.noMetrics + (report.dataRanges.length > 0 ? " " + m.noDataHint(latestMonth(report)) : "") + "\n";
  return heading2 + (analysis.groups ? groupTable(analysis, lang, m) : kpiTable(report, lang, m));
}
function kpiTable(report, lang, m) {
  const c = m.metricColumns;
  const rows = report.kpis.map((kpi) => {
    const change = kpi.comparison ? changeParts(kpi, kpi.comparison, lang) : void 0;
    return [
      kpiName(kpi, lang, report.period.kind),
      kpiValueText(kpi, lang),
      formatNumber(kpi.current?.n ?? 0, lang),
      kpi.previous ? valueText(kpi.unit, kpi.previous.value, lang) : "\u2013",
      change ? `${change.arrow} ${change.change}` : "",
      change ? change.verdict : report.previousPeriod ? noChangeReason(kpi, lang, report.minN) ?? "" : "",
      coverageLine(kpi.current?.n ?? 0, kpi.coverage, lang)
    ];
  });
  return renderTable([c.metric, c.value, c.n, c.previous, c.change, c.note, m.coverageColumn], rows, /* @__PURE__ */ new Set([1, 2, 3, 4]));
}
function groupTable(analysis, lang, m) {
  const groups = analysis.groups;
  const ids = [];
  for (const { report } of groups) for (const kpi of report.kpis) if (kpi.current && !ids.includes(kpi.id)) ids.push(kpi.id);
  const cell = (report, id) => {
    const kpi = headlineKpis(report.kpis).find((k) => k.id === id);
    return kpi?.current ? `${valueText(kpi.unit, kpi.current.value, lang)} (${formatNumber(kpi.current.n, lang)})` : "\u2013";
  };
  const kind = analysis.report.period.kind;
  const rows = [
    [m.groupAll, ...ids.map((id) => cell(analysis.report, id))],
    ...groups.map((g) => [g.name, ...ids.map((id) => cell(g.report, id))])
  ];
  return renderTable([m.groupColumn, ...ids.map((id) => metricName(id, lang, kind))], rows, new Set(ids.map((_, i) => i + 1)));
}
function latestMonth(report) {
  return report.dataRanges.map((r) => r.last).sort().pop().slice(0, 7);
}

// src/cli/core/period.ts
function parsePeriod(text, m) {
  const period = parsePeriodText(text);
  if (!period) throw usageError(m.badPeriod(text, PERIOD_FORMS.join(", ")));
  return period;
}

// src/cli/commands/context.ts
function analyzeRequest({ args, io, m }) {
  return {
    inputs: args.inputs,
    lang: args.lang,
    mappingFile: args.mapping,
    period: args.period === void 0 ? void 0 : parsePeriod(args.period, m),
    by: args.by,
    timeZone: args.timeZone,
    credentials: args.credentials,
    dateOrder: args.dateOrder,
    locale: args.locale,
    now: (io.now ?? Date.now)()
  };
}
function warnMissing(ctx, analysis) {
  const missing = kpisMissingData(analysis.report);
  for (const kpi of missing) ctx.warn(ctx.m.lostWarning(lostText(kpi, ctx.args.lang, analysis.report.period.kind)));
  return () => {
    if (missing.length > 0 && !ctx.args.acceptMissing) throw dataError(ctx.m.lostRefused(missing.length));
  };
}
function warnCandidates(ctx, analysis) {
  if (!analysis.detection) return;
  for (const source of analysis.mapping.sources) {
    for (const line of otherCandidateLines(analysis.detection, source, ctx.args.lang, ctx.m)) ctx.warn(ctx.m.candidateWarning(line));
  }
}
function warnDateOrder(ctx, analysis) {
  for (const warning of analysis.report.dateOrderWarnings ?? []) ctx.warn(ctx.m.dateOrderFewCells(dateOrderWarningText(warning, ctx.args.lang), warning.order, warning.proving));
}

// src/cli/commands/metrics.ts
async function metricsCommand(ctx) {
  const { args, io, m } = ctx;
  const request = analyzeRequest(ctx);
  const analysis = await analyze(request, io, m, ctx.progress, ctx.warn);
  if (args.inputs.length === 0) ctx.warn(m.demoTitle(analysis.source.title));
  warnCandidates(ctx, analysis);
  warnDateOrder(ctx, analysis);
  const refuse = warnMissing(ctx, analysis);
  io.stdout.write(formatMetrics(analysis, args.format, args.by, args.lang, m));
  refuse();
}

// src/cli/commands/report.ts
async function reportCommand(ctx) {
  const { args, io, m } = ctx;
  const request = analyzeRequest(ctx);
  const analysis = await analyze(request, io, m, ctx.progress, ctx.warn);
  const { report, source } = analysis;
  if (args.inputs.length === 0) ctx.warn(m.demoTitle(source.title));
  warnCandidates(ctx, analysis);
  warnDateOrder(ctx, analysis);
  const refuse = warnMissing(ctx, analysis);
  if (args.out) await writeOutputFile(args.out, renderHtml(report), m);
  io.stdout.write(renderText(report).replace(/\n?$/, "\n"));
  if (args.out) ctx.warn(m.saved(m.reportWord, args.out));
  refuse();
}

// src/cli/progress.ts
var PROGRESS_MIN_BYTES = 4 * 1024 * 1024;
var REDRAW_MS = 100;
var BAR_WIDTH = 24;
function createProgress(stderr, force, now = Date.now) {
  const enabled = force || stderr.isTTY === true;
  let name = "";
  let drawn = false;
  let lastDraw = 0;
  const mb = (bytes) => (bytes / 1048576).toFixed(1);
  return {
    label(next) {
      if (drawn) stderr.write("\n");
      drawn = false;
      name = next;
    },
    update(bytesRead, totalBytes) {
      if (!enabled || totalBytes < PROGRESS_MIN_BYTES) return;
      const finished = bytesRead >= totalBytes;
      if (!finished && now() - lastDraw < REDRAW_MS) return;
      lastDraw = now();
      const share2 = Math.min(1, bytesRead / totalBytes);
      const filled = Math.round(share2 * BAR_WIDTH);
      const bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
      stderr.write(`\r${name} [${bar}] ${String(Math.floor(share2 * 100)).padStart(3)}% ${mb(bytesRead)}/${mb(totalBytes)} MB`);
      drawn = true;
    },
    done() {
      if (drawn) stderr.write("\n");
      drawn = false;
    }
  };
}

// src/cli/version.ts
import { readFileSync } from "node:fs";
function cliVersion() {
  if (true) return "0.1.0";
  try {
    return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
  } catch {
    return "unknown";
  }
}

// src/cli/run.ts
var COMMAND_RUNNERS = {
  detect: detectCommand,
  metrics: metricsCommand,
  report: reportCommand
};
async function runCli(argv, io) {
  const lang = langOf(argv);
  const m = cliMessages(lang);
  const progress = createProgress(io.stderr, argv.includes("--progress"));
  try {
    const args = parseCliArgs(argv);
    if (args.version) {
      io.stdout.write(cliVersion() + "\n");
      return 0;
    }
    if (args.help || !args.command) {
      io.stdout.write(helpText(args.lang, args.command ?? "main"));
      return args.help ? 0 : 2;
    }
    const command = COMMAND_RUNNERS[args.command];
    await withDuckSession(() => command({ args, io, m, progress, warn: (text) => io.stderr.write(text + "\n") }));
    return 0;
  } catch (error) {
    progress.done();
    if (error instanceof CliError || error instanceof SourceError) {
      io.stderr.write(`cx-metrics: ${error.message}
`);
      return error.exitCode;
    }
    const debug = process.env.CX_METRICS_DEBUG ? `${error?.stack ?? ""}
` : "";
    io.stderr.write(`cx-metrics: ${m.unexpected(error?.message ?? String(error))}
${debug}`);
    return 1;
  }
}

// src/cli/main.ts
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
