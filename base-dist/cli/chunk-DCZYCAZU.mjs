#!/usr/bin/env node
import { createRequire as __cxCreateRequire } from 'node:module';
const require = __cxCreateRequire(import.meta.url);
import {
  isAmbiguous,
  numberReadings,
  numberWithMark
} from "./chunk-ABYGTPUV.mjs";

// src/mapping/fields.ts
var FIELD_IDS = [
  "timestamp",
  "customerId",
  "email",
  "nps",
  "csat",
  "ces",
  "segment",
  "ticketOpened",
  "ticketResolved",
  "firstContact",
  "referral",
  "trialStarted",
  "trialConverted",
  "journeyStage",
  "subsStart",
  "subsEnd",
  "subsNew",
  "comment",
  "churned",
  "customerJoined",
  "customerLeft",
  /** Time a ticket took, as a number in the column's unit, h:mm or a duration cell (ART without resolved dates). */
  "ticketDuration"
];
var FIELD_INFO = {
  timestamp: { kind: "date", valuePrior: 0.6 },
  customerId: { kind: "id", valuePrior: 0.3 },
  email: { kind: "email", valuePrior: 0.75 },
  nps: { kind: "nps", valuePrior: 0.55 },
  csat: { kind: "csat", valuePrior: 0.45 },
  ces: { kind: "ces", valuePrior: 0.42 },
  segment: { kind: "category", valuePrior: 0.3 },
  ticketOpened: { kind: "date", valuePrior: 0.3 },
  ticketResolved: { kind: "date", valuePrior: 0.3 },
  firstContact: { kind: "flag", valuePrior: 0.3 },
  referral: { kind: "source", valuePrior: 0.25 },
  trialStarted: { kind: "count", valuePrior: 0.2 },
  trialConverted: { kind: "flagOrCount", valuePrior: 0.2 },
  journeyStage: { kind: "stage", valuePrior: 0.6 },
  subsStart: { kind: "count", valuePrior: 0.2 },
  subsEnd: { kind: "count", valuePrior: 0.2 },
  subsNew: { kind: "count", valuePrior: 0.2 },
  comment: { kind: "text", valuePrior: 0.42 },
  // A customer list: one row per customer with a churned flag, or join and cancel dates.
  churned: { kind: "flag", valuePrior: 0.2 },
  customerJoined: { kind: "date", valuePrior: 0.2 },
  customerLeft: { kind: "date", valuePrior: 0.2 },
  // Durations look like counts or times; only a header says what they are.
  ticketDuration: { kind: "duration", valuePrior: 0.1 }
};
var MIN_CONFIDENCE = 0.4;
var DETECTION_SAMPLE_ROWS = 200;
var HEADER_SEARCH_ROWS = 5;
var FAMILY_FIELDS = {
  survey: ["nps", "csat", "ces"],
  tickets: ["ticketOpened", "ticketResolved", "firstContact", "ticketDuration"],
  subscriptions: ["subsStart", "subsEnd", "subsNew"],
  activity: ["customerId", "timestamp"],
  customers: ["churned", "customerJoined", "customerLeft"]
};

// src/mapping/messages.ts
var FIELD_LABELS = {
  timestamp: { en: "Date / timestamp", vi: "Ng\xE0y / d\u1EA5u th\u1EDDi gian" },
  customerId: { en: "Customer or user ID", vi: "M\xE3 kh\xE1ch h\xE0ng / ng\u01B0\u1EDDi d\xF9ng" },
  email: { en: "Email", vi: "Email" },
  nps: { en: "NPS answer (0\u201310)", vi: "\u0110i\u1EC3m NPS (0\u201310)" },
  csat: { en: "CSAT answer", vi: "\u0110i\u1EC3m h\xE0i l\xF2ng (CSAT)" },
  ces: { en: "CES answer", vi: "\u0110i\u1EC3m d\u1EC5 d\xE0ng (CES)" },
  segment: { en: "Segment (channel, plan, region\u2026)", vi: "Ph\xE2n kh\xFAc (k\xEAnh, g\xF3i, khu v\u1EF1c\u2026)" },
  ticketOpened: { en: "Ticket opened", vi: "Th\u1EDDi \u0111i\u1EC3m m\u1EDF y\xEAu c\u1EA7u" },
  ticketResolved: { en: "Ticket resolved", vi: "Th\u1EDDi \u0111i\u1EC3m gi\u1EA3i quy\u1EBFt" },
  firstContact: { en: "Resolved on first contact", vi: "Gi\u1EA3i quy\u1EBFt ngay l\u1EA7n \u0111\u1EA7u" },
  referral: { en: "Referral (flag or source)", vi: "Gi\u1EDBi thi\u1EC7u (c\xF3/kh\xF4ng ho\u1EB7c ngu\u1ED3n)" },
  trialStarted: { en: "Trials started", vi: "L\u01B0\u1EE3t d\xF9ng th\u1EED" },
  trialConverted: { en: "Trial converted", vi: "D\xF9ng th\u1EED chuy\u1EC3n \u0111\u1ED5i" },
  journeyStage: { en: "Journey stage", vi: "Giai \u0111o\u1EA1n h\xE0nh tr\xECnh" },
  subsStart: { en: "Customers at start", vi: "Kh\xE1ch h\xE0ng \u0111\u1EA7u k\u1EF3" },
  subsEnd: { en: "Customers at end", vi: "Kh\xE1ch h\xE0ng cu\u1ED1i k\u1EF3" },
  subsNew: { en: "New customers", vi: "Kh\xE1ch h\xE0ng m\u1EDBi" },
  comment: { en: "Comment", vi: "G\xF3p \xFD" },
  churned: { en: "Customer churned (yes/no)", vi: "Kh\xE1ch h\xE0ng \u0111\xE3 r\u1EDDi b\u1ECF (c\xF3/kh\xF4ng)" },
  customerJoined: { en: "Customer joined (date)", vi: "Ng\xE0y kh\xE1ch h\xE0ng tham gia" },
  customerLeft: { en: "Customer left / cancelled (date)", vi: "Ng\xE0y kh\xE1ch h\xE0ng r\u1EDDi / h\u1EE7y" },
  ticketDuration: { en: "Ticket handling time", vi: "Th\u1EDDi gian x\u1EED l\xFD y\xEAu c\u1EA7u" }
};
var KIND_WORDS = {
  date: { en: "dates", vi: "ng\xE0y th\xE1ng" },
  id: { en: "identifiers", vi: "m\xE3 \u0111\u1ECBnh danh" },
  email: { en: "email addresses", vi: "\u0111\u1ECBa ch\u1EC9 email" },
  nps: { en: "whole numbers 0\u201310", vi: "s\u1ED1 nguy\xEAn 0\u201310" },
  csat: { en: "ratings on a 1\u20135, 1\u20137 or 1\u201310 scale", vi: "\u0111i\u1EC3m tr\xEAn thang 1\u20135, 1\u20137 ho\u1EB7c 1\u201310" },
  ces: { en: "whole numbers 1\u20137", vi: "s\u1ED1 nguy\xEAn 1\u20137" },
  category: { en: "a few repeated labels", vi: "v\xE0i nh\xE3n l\u1EB7p l\u1EA1i" },
  flag: { en: "yes/no answers", vi: "c\xE2u tr\u1EA3 l\u1EDDi c\xF3/kh\xF4ng" },
  count: { en: "whole counts", vi: "s\u1ED1 \u0111\u1EBFm nguy\xEAn" },
  flagOrCount: { en: "yes/no answers or counts", vi: "c\xF3/kh\xF4ng ho\u1EB7c s\u1ED1 \u0111\u1EBFm" },
  source: { en: "sources, yes/no answers or counts", vi: "ngu\u1ED3n, c\xF3/kh\xF4ng ho\u1EB7c s\u1ED1 \u0111\u1EBFm" },
  stage: { en: "journey stages", vi: "giai \u0111o\u1EA1n h\xE0nh tr\xECnh" },
  text: { en: "free-text answers", vi: "c\xE2u tr\u1EA3 l\u1EDDi t\u1EF1 do" },
  duration: { en: "lengths of time", vi: "kho\u1EA3ng th\u1EDDi gian" }
};
var reasons = {
  header: (words, lang) => lang === "vi" ? `ti\xEAu \u0111\u1EC1 c\xF3 \u201C${words}\u201D` : `header mentions \u201C${words}\u201D`,
  values: (kind, fit, filled, lang) => {
    const percent = Math.round(fit * 100);
    return lang === "vi" ? `gi\xE1 tr\u1ECB gi\u1ED1ng ${KIND_WORDS[kind].vi} (${percent}% ph\xF9 h\u1EE3p, ${filled} \xF4)` : `values look like ${KIND_WORDS[kind].en} (${percent}% fit, ${filled} cells)`;
  },
  fewValues: (lang) => lang === "vi" ? "ch\u01B0a \u0111\u1EE7 d\u1EEF li\u1EC7u \u0111\u1EC3 ki\u1EC3m tra gi\xE1 tr\u1ECB" : "too few values to check yet",
  headerScale: (scale, lang) => lang === "vi" ? `ti\xEAu \u0111\u1EC1 ghi thang 1\u2013${scale}` : `header says a 1\u2013${scale} scale`,
  answersUpTo: (top, count, lang) => lang === "vi" ? `c\xE2u tr\u1EA3 l\u1EDDi cao nh\u1EA5t l\xE0 ${top} (${count} \xF4)` : `answers go up to ${top} (${count} cells)`,
  scaleDefault: (scale, lang) => lang === "vi" ? `ch\u01B0a \u0111\u1EE7 c\xE2u tr\u1EA3 l\u1EDDi \u0111\u1EC3 bi\u1EBFt thang; d\xF9ng thang th\u01B0\u1EDDng g\u1EB7p 1\u2013${scale}` : `too few answers to tell; the usual 1\u2013${scale} scale`,
  offScale: (top, lang) => lang === "vi" ? `c\xF3 c\xE2u tr\u1EA3 l\u1EDDi ${top}, ngo\xE0i m\u1ECDi thang cho ph\xE9p; h\xE3y ki\u1EC3m tra c\u1ED9t` : `an answer of ${top} is above every allowed scale; check the column`,
  maybe: (lang) => lang === "vi" ? "ch\u1EC9 gi\xE1 tr\u1ECB gi\u1ED1ng; ti\xEAu \u0111\u1EC1 kh\xF4ng n\xF3i v\u1EADy n\xEAn ch\u01B0a d\xF9ng, h\xE3y ch\u1ECDn n\u1EBFu \u0111\xFAng" : "only the values fit; no header says so, so it is not used unless you pick it",
  noHeader: (lang) => lang === "vi" ? "kh\xF4ng c\xF3 h\xE0ng ti\xEAu \u0111\u1EC1; ch\u1EC9 d\u1EF1a v\xE0o gi\xE1 tr\u1ECB" : "no header row; judged by values alone"
};
var mappingMessages = {
  missing: () => ({
    en: "No saved column mapping yet. Run Set up metrics to create one.",
    vi: "Ch\u01B0a c\xF3 c\xE1ch g\xE1n c\u1ED9t n\xE0o \u0111\u01B0\u1EE3c l\u01B0u. H\xE3y ch\u1EA1y Thi\u1EBFt l\u1EADp ch\u1EC9 s\u1ED1 \u0111\u1EC3 t\u1EA1o."
  }),
  notJson: () => ({
    en: "The saved column mapping is damaged (not valid JSON). Reset it and run Set up metrics again.",
    vi: "C\xE1ch g\xE1n c\u1ED9t \u0111\xE3 l\u01B0u b\u1ECB h\u1ECFng (kh\xF4ng ph\u1EA3i JSON h\u1EE3p l\u1EC7). H\xE3y \u0111\u1EB7t l\u1EA1i v\xE0 ch\u1EA1y Thi\u1EBFt l\u1EADp ch\u1EC9 s\u1ED1."
  }),
  invalid: (path, problem) => ({
    en: `The saved column mapping is damaged: ${path}: ${problem}. Fix that field or reset the mapping.`,
    vi: `C\xE1ch g\xE1n c\u1ED9t \u0111\xE3 l\u01B0u b\u1ECB h\u1ECFng: ${path}: ${problem}. H\xE3y s\u1EEDa m\u1EE5c n\xE0y ho\u1EB7c \u0111\u1EB7t l\u1EA1i c\xE1ch g\xE1n c\u1ED9t.`
  }),
  newer: (version) => ({
    en: `The saved column mapping was made by a newer version of the add-on (format ${version}). Update the add-on or reset the mapping.`,
    vi: `C\xE1ch g\xE1n c\u1ED9t \u0111\xE3 l\u01B0u \u0111\u01B0\u1EE3c t\u1EA1o b\u1EDFi phi\xEAn b\u1EA3n ti\u1EC7n \xEDch m\u1EDBi h\u01A1n (\u0111\u1ECBnh d\u1EA1ng ${version}). H\xE3y c\u1EADp nh\u1EADt ti\u1EC7n \xEDch ho\u1EB7c \u0111\u1EB7t l\u1EA1i.`
  }),
  old: (version, canMigrate) => canMigrate ? {
    en: `The saved column mapping uses an older format (${version}). It can be updated automatically; review it and save.`,
    vi: `C\xE1ch g\xE1n c\u1ED9t \u0111\xE3 l\u01B0u d\xF9ng \u0111\u1ECBnh d\u1EA1ng c\u0169 (${version}). C\xF3 th\u1EC3 c\u1EADp nh\u1EADt t\u1EF1 \u0111\u1ED9ng; h\xE3y xem l\u1EA1i r\u1ED3i l\u01B0u.`
  } : {
    en: `The saved column mapping uses an older format (${version}) that could not be read. Reset it and run Set up metrics again.`,
    vi: `C\xE1ch g\xE1n c\u1ED9t \u0111\xE3 l\u01B0u d\xF9ng \u0111\u1ECBnh d\u1EA1ng c\u0169 (${version}) kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c. H\xE3y \u0111\u1EB7t l\u1EA1i v\xE0 ch\u1EA1y Thi\u1EBFt l\u1EADp ch\u1EC9 s\u1ED1.`
  }
};
var USE_LABELS = {
  survey: { en: "survey answers", vi: "c\xE2u tr\u1EA3 l\u1EDDi kh\u1EA3o s\xE1t" },
  customers: { en: "a customer list (churn)", vi: "danh s\xE1ch kh\xE1ch h\xE0ng (r\u1EDDi b\u1ECF)" },
  tickets: { en: "support tickets", vi: "phi\u1EBFu h\u1ED7 tr\u1EE3" },
  subscriptions: { en: "subscription counts", vi: "s\u1ED1 li\u1EC7u thu\xEA bao" },
  activity: { en: "activity", vi: "ho\u1EA1t \u0111\u1ED9ng" },
  journey: { en: "journey stages", vi: "giai \u0111o\u1EA1n h\xE0nh tr\xECnh" },
  referrals: { en: "referrals", vi: "ngu\u1ED3n gi\u1EDBi thi\u1EC7u" }
};
var columnList = (found, lang) => found.map((f) => `${FIELD_LABELS[f.field][lang]} (${lang === "vi" ? "c\u1ED9t" : "column"} ${f.letter}${f.header ? ` \u201C${f.header.length > 40 ? `${f.header.slice(0, 39)}\u2026` : f.header}\u201D` : ""})`).join(", ");
function maybeColumnsText(found, lang) {
  return lang === "vi" ? `Ch\u01B0a ch\u1EAFc, ch\u01B0a d\xF9ng tr\u1EEB khi b\u1EA1n g\xE1n: ${columnList(found, lang)} (ch\u1EC9 gi\xE1 tr\u1ECB gi\u1ED1ng; ti\xEAu \u0111\u1EC1 kh\xF4ng n\xF3i v\u1EADy).` : `Maybe, not used unless you map it: ${columnList(found, lang)} (only the values fit; no header says so).`;
}
var sheetUseTexts = {
  /** The sidebar's step 1, where the person ticks the sheets: what the sheet holds. */
  holds: (uses, lang) => lang === "vi" ? `ch\u1EE9a ${uses.map((u) => USE_LABELS[u].vi).join(", ")}.` : `holds ${uses.map((u) => USE_LABELS[u].en).join(", ")}.`,
  used: (uses, lang) => lang === "vi" ? `d\xF9ng cho ${uses.map((u) => USE_LABELS[u].vi).join(", ")}.` : `used for ${uses.map((u) => USE_LABELS[u].en).join(", ")}.`,
  empty: (lang) => lang === "vi" ? `kh\xF4ng d\xF9ng \u2014 trang kh\xF4ng c\xF3 d\xF2ng d\u1EEF li\u1EC7u.` : `not used \u2014 it has no data rows.`,
  nothingFound: (found, lang) => lang === "vi" ? `kh\xF4ng d\xF9ng \u2014 kh\xF4ng th\u1EA5y c\xE2u tr\u1EA3 l\u1EDDi kh\u1EA3o s\xE1t, phi\u1EBFu h\u1ED7 tr\u1EE3, s\u1ED1 li\u1EC7u thu\xEA bao hay ho\u1EA1t \u0111\u1ED9ng${found.length ? ` (ch\u1EC9 c\xF3 ${columnList(found, lang)})` : ""}.` : `not used \u2014 no survey answers, tickets, subscription counts or activity found${found.length ? ` (only ${columnList(found, lang)})` : ""}.`,
  maybeOnly: (found, lang) => lang === "vi" ? `kh\xF4ng d\xF9ng \u2014 ch\u1EC9 gi\xE1 tr\u1ECB gi\u1ED1ng: ${columnList(found, lang)}; kh\xF4ng ti\xEAu \u0111\u1EC1 n\xE0o n\xF3i v\u1EADy. H\xE3y g\xE1n c\u1ED9t n\u1EBFu \u0111\xFAng.` : `not used \u2014 only the values look like ${columnList(found, lang)}, and no header says so. Map the column if it is.`,
  sameKind: (kind, chosen, lang) => lang === "vi" ? `kh\xF4ng d\xF9ng \u2014 trang c\u0169ng ch\u1EE9a ${USE_LABELS[kind].vi}, v\xE0 \u201C${chosen}\u201D \u0111\xE3 \u0111\u01B0\u1EE3c ch\u1ECDn cho lo\u1EA1i n\xE0y (t\xECm th\u1EA5y nhi\u1EC1u c\u1ED9t h\u01A1n). H\xE3y g\xE1n trang n\xE0y n\u1EBFu \u0111\xF3 m\u1EDBi l\xE0 trang \u0111\xFAng.` : `not used \u2014 it also holds ${USE_LABELS[kind].en}, and \u201C${chosen}\u201D was chosen for those (more of their columns found). Map this sheet instead if it is the right one.`
};

// src/cells/errors.ts
var CxError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "Error";
  }
};
var CellProblem = class {
  constructor(text, reason = "unreadable") {
    this.text = text;
    this.reason = reason;
    this.message = text.en;
  }
  text;
  reason;
  name = "CellProblem";
  message;
  /** Its one line: a problem is a value for the driver to place, never a bug to trace. */
  get stack() {
    return `${this.name}: ${this.message}`;
  }
};
Object.setPrototypeOf(CellProblem.prototype, Error.prototype);
function placeOf(index, rows, columns) {
  const cols = Math.max(1, columns);
  return { item: index + 1, row: Math.floor(index / cols) + 1, column: index % cols + 1, rows, columns: cols };
}
function describePlace(place, lang = "en", argName) {
  if (place.rows <= 1 && place.columns <= 1) return argName ? lang === "vi" ? `trong ${argName}` : `in ${argName}` : "";
  const of = argName ? argName : lang === "vi" ? "v\xF9ng" : "the range";
  if (lang === "vi") {
    if (place.columns === 1) return `h\xE0ng ${place.row} c\u1EE7a ${of}`;
    if (place.rows === 1) return `m\u1EE5c ${place.item} c\u1EE7a ${of}`;
    return `h\xE0ng ${place.row}, c\u1ED9t ${place.column} c\u1EE7a ${of}`;
  }
  if (place.columns === 1) return `row ${place.row} of ${of}`;
  if (place.rows === 1) return `item ${place.item} of ${of}`;
  return `row ${place.row}, column ${place.column} of ${of}`;
}
function cellError(fn, problem, place, lang = "en", argName) {
  const where = describePlace(place, lang, argName);
  return new CxError(`${fn}: ${problem.text[lang]}${where ? ` (${where})` : ""}`);
}
function callError(fn, text, lang = "en") {
  return new CxError(`${fn}: ${text[lang]}`);
}

// src/cells/messages.ts
function showValue(value) {
  if (typeof value === "string") {
    const trimmed = value.trim();
    return `"${trimmed.length > 30 ? trimmed.slice(0, 29) + "\u2026" : trimmed}"`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Object.prototype.toString.call(value) === "[object Date]") {
    const ms = value.getTime();
    return Number.isNaN(ms) ? "an invalid date" : showInstant(ms);
  }
  return String(value);
}
function showInstant(ms) {
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16).replace("T", " ");
}
function listOf(items, and) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
var cellTexts = {
  sheetsError: (code) => ({
    en: `the cell holds the error ${code}`,
    vi: `\xF4 ch\u1EE9a l\u1ED7i ${code}`
  }),
  notFinite: (value) => ({
    en: `${showValue(value)} is not a number a cell can hold`,
    vi: `${showValue(value)} kh\xF4ng ph\u1EA3i l\xE0 s\u1ED1 h\u1EE3p l\u1EC7 trong \xF4`
  }),
  nestedList: () => ({
    en: "a cell holds a list of values instead of one value",
    vi: "m\u1ED9t \xF4 ch\u1EE9a c\u1EA3 danh s\xE1ch gi\xE1 tr\u1ECB thay v\xEC m\u1ED9t gi\xE1 tr\u1ECB"
  }),
  notAValue: () => ({
    en: "a cell holds something that is not a number, text, date or TRUE/FALSE",
    vi: "m\u1ED9t \xF4 ch\u1EE9a th\u1EE9 kh\xF4ng ph\u1EA3i s\u1ED1, ch\u1EEF, ng\xE0y hay TRUE/FALSE"
  }),
  booleanNotScore: (value) => ({
    en: `${showValue(value)} is not a score`,
    vi: `${showValue(value)} kh\xF4ng ph\u1EA3i l\xE0 \u0111i\u1EC3m`
  }),
  dateNotScore: (value) => ({
    en: `the date ${showValue(value)} is not a score`,
    vi: `ng\xE0y ${showValue(value)} kh\xF4ng ph\u1EA3i l\xE0 \u0111i\u1EC3m`
  }),
  notAFlag: (value) => ({
    en: `${showValue(value)} is not a yes/no answer (use yes or no, 1 or 0, TRUE or FALSE)`,
    vi: `${showValue(value)} kh\xF4ng ph\u1EA3i c\xE2u tr\u1EA3 l\u1EDDi c\xF3/kh\xF4ng (d\xF9ng c\xF3 ho\u1EB7c kh\xF4ng, 1 ho\u1EB7c 0, TRUE ho\u1EB7c FALSE)`
  }),
  notADate: (value) => ({
    en: `${showValue(value)} is not a date (use a date cell or text like 2026-03-01)`,
    vi: `${showValue(value)} kh\xF4ng ph\u1EA3i l\xE0 ng\xE0y (d\xF9ng \xF4 ng\xE0y ho\u1EB7c ch\u1EEF d\u1EA1ng 2026-03-01)`
  }),
  notAnAnswer: (value, scale) => scale ? {
    en: `${showValue(value)} is not an answer on the ${scale.low}\u2013${scale.high} scale`,
    vi: `${showValue(value)} kh\xF4ng ph\u1EA3i c\xE2u tr\u1EA3 l\u1EDDi tr\xEAn thang ${scale.low}\u2013${scale.high}`
  } : { en: `${showValue(value)} is not a score`, vi: `${showValue(value)} kh\xF4ng ph\u1EA3i l\xE0 \u0111i\u1EC3m` },
  /** Added where a mapping's label table can score the label (sidebar step 2, the CLI's mapping file). */
  labelHint: () => ({
    en: 'give it a score in the label table of the mapping (sidebar step 2, or "labels" in the mapping file)',
    vi: 'h\xE3y cho n\xF3 m\u1ED9t \u0111i\u1EC3m trong b\u1EA3ng nh\xE3n c\u1EE7a \xE1nh x\u1EA1 (b\u01B0\u1EDBc 2 c\u1EE7a thanh b\xEAn, ho\u1EB7c "labels" trong t\u1EC7p \xE1nh x\u1EA1)'
  }),
  labelOffScale: (value, labelHigh, low, high) => ({
    en: `${showValue(value)} is an answer on a ${labelHigh}-point scale, not the ${low}\u2013${high} scale`,
    vi: `${showValue(value)} l\xE0 c\xE2u tr\u1EA3 l\u1EDDi c\u1EE7a thang ${labelHigh} m\u1EE9c, kh\xF4ng ph\u1EA3i thang ${low}\u2013${high}`
  }),
  ambiguousNumber: (value, point, comma) => ({
    en: `${showValue(value)} could be ${point} or ${comma} (write it as ${point} or ${comma} without a thousands mark)`,
    vi: `${showValue(value)} c\xF3 th\u1EC3 l\xE0 ${point} ho\u1EB7c ${comma} (vi\u1EBFt ${point} ho\u1EB7c ${comma}, kh\xF4ng d\xF9ng d\u1EA5u ph\xE2n c\xE1ch h\xE0ng ngh\xECn)`
  }),
  notANumber: (value) => ({
    en: `${showValue(value)} is not a number`,
    vi: `${showValue(value)} kh\xF4ng ph\u1EA3i l\xE0 s\u1ED1`
  }),
  dateNeedsOrder: (value) => ({
    en: `${showValue(value)} could be day first or month first (set the date order)`,
    vi: `${showValue(value)} c\xF3 th\u1EC3 l\xE0 ng\xE0y tr\u01B0\u1EDBc ho\u1EB7c th\xE1ng tr\u01B0\u1EDBc (h\xE3y ch\u1ECDn th\u1EE9 t\u1EF1 ng\xE0y)`
  }),
  notADateInOrder: (value, order) => ({
    en: `${showValue(value)} is not a date when read ${order === "dmy" ? "day first" : "month first"} like the rest of the column`,
    vi: `${showValue(value)} kh\xF4ng ph\u1EA3i l\xE0 ng\xE0y khi \u0111\u1ECDc ${order === "dmy" ? "ng\xE0y tr\u01B0\u1EDBc th\xE1ng" : "th\xE1ng tr\u01B0\u1EDBc ng\xE0y"} nh\u01B0 c\u1EA3 c\u1ED9t`
  }),
  bothDateOrders: (dayFirst, dayWhere, monthFirst, monthWhere) => ({
    en: `the column holds dates day first (${showValue(dayFirst)}, ${dayWhere.en}) and month first (${showValue(monthFirst)}, ${monthWhere.en}); write them all in one order`,
    vi: `c\u1ED9t c\xF3 ng\xE0y vi\u1EBFt ng\xE0y tr\u01B0\u1EDBc th\xE1ng (${showValue(dayFirst)}, ${dayWhere.vi}) v\xE0 th\xE1ng tr\u01B0\u1EDBc ng\xE0y (${showValue(monthFirst)}, ${monthWhere.vi}); h\xE3y vi\u1EBFt t\u1EA5t c\u1EA3 theo m\u1ED9t th\u1EE9 t\u1EF1`
  }),
  bothDecimalMarks: (pointText, pointWhere, commaText, commaWhere) => ({
    en: `the column holds numbers with a decimal point (${showValue(pointText)}, ${pointWhere.en}) and a decimal comma (${showValue(commaText)}, ${commaWhere.en}); write them all one way`,
    vi: `c\u1ED9t c\xF3 s\u1ED1 d\xF9ng d\u1EA5u ch\u1EA5m th\u1EADp ph\xE2n (${showValue(pointText)}, ${pointWhere.vi}) v\xE0 d\u1EA5u ph\u1EA9y th\u1EADp ph\xE2n (${showValue(commaText)}, ${commaWhere.vi}); h\xE3y vi\u1EBFt t\u1EA5t c\u1EA3 m\u1ED9t ki\u1EC3u`
  }),
  notADuration: (value) => ({
    en: `${showValue(value)} is not a duration (use hours such as 2.5, 2:30 or 2 h 30 min)`,
    vi: `${showValue(value)} kh\xF4ng ph\u1EA3i th\u1EDDi l\u01B0\u1EE3ng (d\xF9ng s\u1ED1 gi\u1EDD nh\u01B0 2,5, 2:30 ho\u1EB7c 2 gi\u1EDD 30 ph\xFAt)`
  }),
  dateNotDuration: (value) => ({
    en: `the date ${showValue(value)} is a date, not a duration (give ART the opened and resolved dates)`,
    vi: `${showValue(value)} l\xE0 m\u1ED9t ng\xE0y, kh\xF4ng ph\u1EA3i th\u1EDDi l\u01B0\u1EE3ng (h\xE3y \u0111\u01B0a cho ART ng\xE0y m\u1EDF v\xE0 ng\xE0y x\u1EED l\xFD xong)`
  }),
  invalidDate: () => ({
    en: "the cell holds an invalid date",
    vi: "\xF4 ch\u1EE9a m\u1ED9t ng\xE0y kh\xF4ng h\u1EE3p l\u1EC7"
  }),
  dateOutOfRange: () => ({
    en: "the date is outside the years 1 to 9999 that a spreadsheet holds",
    vi: "ng\xE0y n\u1EB1m ngo\xE0i kho\u1EA3ng n\u0103m 1 \u0111\u1EBFn 9999 m\xE0 b\u1EA3ng t\xEDnh l\u01B0u \u0111\u01B0\u1EE3c"
  }),
  countTooLarge: (value) => ({
    en: `${value} is larger than any count a spreadsheet can hold exactly (at most 9,007,199,254,740,991)`,
    vi: `${value} l\u1EDBn h\u01A1n m\u1ECDi s\u1ED1 \u0111\u1EBFm b\u1EA3ng t\xEDnh l\u01B0u ch\xEDnh x\xE1c \u0111\u01B0\u1EE3c (t\u1ED1i \u0111a 9.007.199.254.740.991)`
  }),
  // Metric-level problems with one cell.
  outsideScale: (value, low, high) => ({
    en: `${value} is outside the ${low}\u2013${high} scale`,
    vi: `${value} n\u1EB1m ngo\xE0i thang ${low}\u2013${high}`
  }),
  notWholeScore: (value, low, high) => ({
    en: `${value} is not a whole score on the ${low}\u2013${high} scale`,
    vi: `${value} kh\xF4ng ph\u1EA3i \u0111i\u1EC3m nguy\xEAn tr\xEAn thang ${low}\u2013${high}`
  }),
  negativeDuration: (value) => ({
    en: `${value} is not a duration (durations cannot be negative)`,
    vi: `${value} kh\xF4ng ph\u1EA3i th\u1EDDi l\u01B0\u1EE3ng (th\u1EDDi l\u01B0\u1EE3ng kh\xF4ng th\u1EC3 \xE2m)`
  }),
  notACount: (value) => ({
    en: `${value} is not a whole count of 0 or more`,
    vi: `${value} kh\xF4ng ph\u1EA3i s\u1ED1 \u0111\u1EBFm nguy\xEAn t\u1EEB 0 tr\u1EDF l\xEAn`
  }),
  missingCount: (argName) => ({
    en: `${argName} is blank while the other counts of the row are filled`,
    vi: `${argName} b\u1ECB tr\u1ED1ng trong khi c\xE1c s\u1ED1 kh\xE1c c\u1EE7a h\xE0ng \u0111\xE3 c\xF3`
  }),
  startNotPositive: (start) => ({
    en: `start must be more than 0, not ${start}`,
    vi: `start ph\u1EA3i l\u1EDBn h\u01A1n 0, kh\xF4ng ph\u1EA3i ${start}`
  }),
  endAboveStartPlusNew: (end, start, added) => ({
    en: `end (${end}) cannot be more than start + new (${start} + ${added} = ${start + added})`,
    vi: `end (${end}) kh\xF4ng th\u1EC3 l\u1EDBn h\u01A1n start + new (${start} + ${added} = ${start + added})`
  }),
  resolvedBeforeOpened: (resolved, opened) => ({
    en: `resolved ${showInstant(resolved)} is before opened ${showInstant(opened)}`,
    vi: `resolved ${showInstant(resolved)} tr\u01B0\u1EDBc opened ${showInstant(opened)}`
  }),
  resolvedWithoutOpened: () => ({
    en: "a resolved date has no opened date",
    vi: "c\xF3 ng\xE0y resolved nh\u01B0ng kh\xF4ng c\xF3 ng\xE0y opened"
  })
};
var callTexts = {
  noScores: () => ({ en: "no scores in the range", vi: "kh\xF4ng c\xF3 \u0111i\u1EC3m n\xE0o trong v\xF9ng" }),
  periodText: (value) => ({
    en: `period must be all, a year (2026), a quarter (2026-Q3), a month (2026-10), a week (2026-W41) or a range (2026-09-01..2026-10-31), not ${showValue(value)}`,
    vi: `period ph\u1EA3i l\xE0 all, m\u1ED9t n\u0103m (2026), m\u1ED9t qu\xFD (2026-Q3), m\u1ED9t th\xE1ng (2026-10), m\u1ED9t tu\u1EA7n (2026-W41) ho\u1EB7c m\u1ED9t kho\u1EA3ng (2026-09-01..2026-10-31), kh\xF4ng ph\u1EA3i ${showValue(value)}`
  }),
  noStages: () => ({ en: "no journey stages in the range", vi: "kh\xF4ng c\xF3 giai \u0111o\u1EA1n h\xE0nh tr\xECnh n\xE0o trong v\xF9ng" }),
  noAnswers: () => ({ en: "no yes/no answers in the range", vi: "kh\xF4ng c\xF3 c\xE2u tr\u1EA3 l\u1EDDi c\xF3/kh\xF4ng n\xE0o trong v\xF9ng" }),
  noDurations: () => ({ en: "no durations in the range", vi: "kh\xF4ng c\xF3 th\u1EDDi l\u01B0\u1EE3ng n\xE0o trong v\xF9ng" }),
  noResolvedTickets: () => ({
    en: "no resolved tickets in the ranges",
    vi: "kh\xF4ng c\xF3 phi\u1EBFu n\xE0o \u0111\xE3 gi\u1EA3i quy\u1EBFt trong c\xE1c v\xF9ng"
  }),
  noCounts: () => ({ en: "no counts in the ranges", vi: "kh\xF4ng c\xF3 s\u1ED1 li\u1EC7u n\xE0o trong c\xE1c v\xF9ng" }),
  raggedRange: (argName) => ({
    en: `${argName ?? "the range"} has rows of different lengths`,
    vi: `${argName ?? "v\xF9ng"} c\xF3 c\xE1c h\xE0ng d\xE0i ng\u1EAFn kh\xE1c nhau`
  }),
  sizesDiffer: (names, sizes) => ({
    en: `${listOf(names, "and")} must be the same size, not ${listOf(sizes, "and")}`,
    vi: `${listOf(names, "v\xE0")} ph\u1EA3i c\xF9ng k\xEDch th\u01B0\u1EDBc, kh\xF4ng ph\u1EA3i ${listOf(sizes, "v\xE0")}`
  }),
  optionMustBeOne: (argName) => ({
    en: `${argName} must be a single value, not a range`,
    vi: `${argName} ph\u1EA3i l\xE0 m\u1ED9t gi\xE1 tr\u1ECB, kh\xF4ng ph\u1EA3i m\u1ED9t v\xF9ng`
  }),
  optionChoice: (argName, allowed, value) => ({
    en: `${argName} must be ${allowed}, not ${showValue(value)}`,
    vi: `${argName} ph\u1EA3i l\xE0 ${allowed.replace(/ or /g, " ho\u1EB7c ")}, kh\xF4ng ph\u1EA3i ${showValue(value)}`
  }),
  optionRange: (argName, low, high, value) => ({
    en: `${argName} must be a whole number from ${low} to ${high}, not ${showValue(value)}`,
    vi: `${argName} ph\u1EA3i l\xE0 s\u1ED1 nguy\xEAn t\u1EEB ${low} \u0111\u1EBFn ${high}, kh\xF4ng ph\u1EA3i ${showValue(value)}`
  }),
  labelsShape: () => ({
    en: 'labels must be two columns, answer and score, e.g. {"T\u1ED1t",4;"R\u1EA5t t\u1ED1t",5}',
    vi: 'labels ph\u1EA3i c\xF3 hai c\u1ED9t, c\xE2u tr\u1EA3 l\u1EDDi v\xE0 \u0111i\u1EC3m, v\xED d\u1EE5 {"T\u1ED1t",4;"R\u1EA5t t\u1ED1t",5}'
  }),
  labelScore: (label, low, high, value) => ({
    en: `the score of ${showValue(label)} in labels must be a whole number from ${low} to ${high}, not ${showValue(value)}`,
    vi: `\u0111i\u1EC3m c\u1EE7a ${showValue(label)} trong labels ph\u1EA3i l\xE0 s\u1ED1 nguy\xEAn t\u1EEB ${low} \u0111\u1EBFn ${high}, kh\xF4ng ph\u1EA3i ${showValue(value)}`
  }),
  confidence: (value) => ({
    en: `confidence must be a number between 0 and 1 such as 0.95, not ${showValue(value)}`,
    vi: `confidence ph\u1EA3i l\xE0 s\u1ED1 gi\u1EEFa 0 v\xE0 1, v\xED d\u1EE5 0.95, kh\xF4ng ph\u1EA3i ${showValue(value)}`
  }),
  countTooLarge: (argName, value) => ({
    en: `${argName} (${showValue(value)}) is larger than any count a spreadsheet can hold exactly (at most 9,007,199,254,740,991)`,
    vi: `${argName} (${showValue(value)}) l\u1EDBn h\u01A1n m\u1ECDi s\u1ED1 \u0111\u1EBFm b\u1EA3ng t\xEDnh l\u01B0u ch\xEDnh x\xE1c \u0111\u01B0\u1EE3c (t\u1ED1i \u0111a 9.007.199.254.740.991)`
  }),
  countArg: (argName, value) => ({
    en: `${argName} must be a whole number of 0 or more, not ${showValue(value)}`,
    vi: `${argName} ph\u1EA3i l\xE0 s\u1ED1 nguy\xEAn t\u1EEB 0 tr\u1EDF l\xEAn, kh\xF4ng ph\u1EA3i ${showValue(value)}`
  }),
  totalNotPositive: (argName) => ({
    en: `${argName} must be more than 0`,
    vi: `${argName} ph\u1EA3i l\u1EDBn h\u01A1n 0`
  }),
  partAboveTotal: (partName, part, totalName, total) => ({
    en: `${partName} (${part}) cannot be more than ${totalName} (${total})`,
    vi: `${partName} (${part}) kh\xF4ng th\u1EC3 l\u1EDBn h\u01A1n ${totalName} (${total})`
  })
};
var TranslatedError = class extends CxError {
  /** For a bad cell: its place in the range argument (named `argName` when there are several), so the custom function can name the sheet cell. */
  constructor(texts, where) {
    super(texts.en);
    this.texts = texts;
    this.where = where;
  }
  texts;
  where;
};
function problemAt(fn, problem, place, argName) {
  return new TranslatedError(
    {
      en: cellError(fn, problem, place, "en", argName).message,
      vi: cellError(fn, problem, place, "vi", argName).message
    },
    { place, argName }
  );
}
function failCall(fn, text) {
  return new TranslatedError({ en: callError(fn, text, "en").message, vi: callError(fn, text, "vi").message });
}
var recordTexts = {
  churnForms: () => ({
    en: "give one range of churned yes/no flags, or three counts: start, end and new",
    vi: 'h\xE3y \u0111\u01B0a m\u1ED9t v\xF9ng c\u1EDD c\xF3/kh\xF4ng "\u0111\xE3 r\u1EDDi b\u1ECF", ho\u1EB7c ba s\u1ED1: start, end v\xE0 new'
  }),
  leftBeforeJoined: (left, joined) => ({
    en: `left ${left} is before joined ${joined}: a customer cannot cancel before joining`,
    vi: `ng\xE0y r\u1EDDi ${left} tr\u01B0\u1EDBc ng\xE0y tham gia ${joined}: kh\xE1ch h\xE0ng kh\xF4ng th\u1EC3 h\u1EE7y tr\u01B0\u1EDBc khi tham gia`
  }),
  leftWithoutJoined: () => ({
    en: "a left date has no joined date beside it",
    vi: "c\xF3 ng\xE0y r\u1EDDi nh\u01B0ng kh\xF4ng c\xF3 ng\xE0y tham gia b\xEAn c\u1EA1nh"
  }),
  noCustomers: () => ({
    en: "no customers with a joined date in the ranges",
    vi: "kh\xF4ng c\xF3 kh\xE1ch h\xE0ng n\xE0o c\xF3 ng\xE0y tham gia trong c\xE1c v\xF9ng"
  }),
  noneActiveAtStart: (periodStart) => ({
    en: `no customers were active at the start of the period beginning ${periodStart} (joined before it, not yet left)`,
    vi: `kh\xF4ng c\xF3 kh\xE1ch h\xE0ng n\xE0o \u0111ang ho\u1EA1t \u0111\u1ED9ng \u0111\u1EA7u k\u1EF3 b\u1EAFt \u0111\u1EA7u ${periodStart} (tham gia tr\u01B0\u1EDBc \u0111\xF3, ch\u01B0a r\u1EDDi)`
  }),
  noneActiveBefore: (periodStart) => ({
    en: `no users were active in the period before the one beginning ${periodStart}`,
    vi: `kh\xF4ng c\xF3 ng\u01B0\u1EDDi d\xF9ng n\xE0o ho\u1EA1t \u0111\u1ED9ng trong k\u1EF3 tr\u01B0\u1EDBc k\u1EF3 b\u1EAFt \u0111\u1EA7u ${periodStart}`
  }),
  noCohortDates: () => ({
    en: "this user has no date beside it, and no user in the range has one: a cohort needs the date of each activity",
    vi: "ng\u01B0\u1EDDi d\xF9ng n\xE0y kh\xF4ng c\xF3 ng\xE0y b\xEAn c\u1EA1nh, v\xE0 kh\xF4ng ng\u01B0\u1EDDi d\xF9ng n\xE0o trong v\xF9ng c\xF3 ng\xE0y: nh\xF3m kh\xE1ch h\xE0ng c\u1EA7n ng\xE0y c\u1EE7a t\u1EEBng ho\u1EA1t \u0111\u1ED9ng"
  }),
  /** `first` and `second` are places as people find them: sheet cells (`'Customers'!A5`) or file lines. */
  contradictoryCustomer: (id, first, second) => ({
    en: `customer ${id} is at ${first.en} and ${second.en} with different values; keep one row per customer`,
    vi: `kh\xE1ch h\xE0ng ${id} c\xF3 \u1EDF ${first.vi} v\xE0 ${second.vi} v\u1EDBi gi\xE1 tr\u1ECB kh\xE1c nhau; m\u1ED7i kh\xE1ch h\xE0ng ch\u1EC9 gi\u1EEF m\u1ED9t h\xE0ng`
  }),
  referralNeedsAnswers: (value) => ({
    en: `${showValue(value)} is not a yes/no answer; for a "How did you hear about us?" column, give the answers that count as referral, e.g. =REFERRAL_RATE(G2:G, "Friend or colleague")`,
    vi: `${showValue(value)} kh\xF4ng ph\u1EA3i c\xE2u tr\u1EA3 l\u1EDDi c\xF3/kh\xF4ng; v\u1EDBi c\u1ED9t "B\u1EA1n bi\u1EBFt \u0111\u1EBFn ch\xFAng t\xF4i qua \u0111\xE2u?", h\xE3y \u0111\u01B0a c\xE1c c\xE2u tr\u1EA3 l\u1EDDi \u0111\u01B0\u1EE3c t\xEDnh l\xE0 gi\u1EDBi thi\u1EC7u, v\xED d\u1EE5 =REFERRAL_RATE(G2:G, "B\u1EA1n b\xE8 gi\u1EDBi thi\u1EC7u")`
  }),
  noReferralAnswers: () => ({
    en: 'referral_answers holds no answer text; give one or more, e.g. "Friend or colleague"',
    vi: 'referral_answers kh\xF4ng c\xF3 c\xE2u tr\u1EA3 l\u1EDDi n\xE0o; h\xE3y \u0111\u01B0a m\u1ED9t ho\u1EB7c nhi\u1EC1u, v\xED d\u1EE5 "B\u1EA1n b\xE8 gi\u1EDBi thi\u1EC7u"'
  }),
  notASource: (value) => ({
    en: `${showValue(value)} is not an answer text`,
    vi: `${showValue(value)} kh\xF4ng ph\u1EA3i c\xE2u tr\u1EA3 l\u1EDDi d\u1EA1ng ch\u1EEF`
  }),
  noSources: () => ({
    en: "no answers in the range",
    vi: "kh\xF4ng c\xF3 c\xE2u tr\u1EA3 l\u1EDDi n\xE0o trong v\xF9ng"
  })
};

// src/cells/fold.ts
var SPACES_TO_FOLD = /\s\s|[^\S ]/;
function foldCase(text) {
  const lower = text.normalize("NFC").toLowerCase();
  return (SPACES_TO_FOLD.test(lower) ? lower.replace(/\s+/g, " ") : lower).trim();
}
function foldDiacritics(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

// src/cells/vocab.ts
var LABEL_SETS = [
  {
    family: "csat",
    high: 5,
    labels: [
      "very dissatisfied/r\u1EA5t kh\xF4ng h\xE0i l\xF2ng/ho\xE0n to\xE0n kh\xF4ng h\xE0i l\xF2ng",
      "dissatisfied/kh\xF4ng h\xE0i l\xF2ng",
      "neutral/neither satisfied nor dissatisfied/b\xECnh th\u01B0\u1EDDng/trung l\u1EADp",
      "satisfied/h\xE0i l\xF2ng",
      "very satisfied/r\u1EA5t h\xE0i l\xF2ng/ho\xE0n to\xE0n h\xE0i l\xF2ng"
    ]
  },
  {
    family: "ces",
    high: 7,
    labels: [
      "strongly disagree/ho\xE0n to\xE0n kh\xF4ng \u0111\u1ED3ng \xFD",
      "disagree/kh\xF4ng \u0111\u1ED3ng \xFD",
      "somewhat disagree/h\u01A1i kh\xF4ng \u0111\u1ED3ng \xFD",
      "neither agree nor disagree/trung l\u1EADp/kh\xF4ng \u0111\u1ED3ng \xFD c\u0169ng kh\xF4ng ph\u1EA3n \u0111\u1ED1i",
      "somewhat agree/h\u01A1i \u0111\u1ED3ng \xFD",
      "agree/\u0111\u1ED3ng \xFD",
      "strongly agree/ho\xE0n to\xE0n \u0111\u1ED3ng \xFD"
    ]
  },
  {
    family: "ces",
    high: 5,
    labels: ["strongly disagree/ho\xE0n to\xE0n kh\xF4ng \u0111\u1ED3ng \xFD", "disagree/kh\xF4ng \u0111\u1ED3ng \xFD", "neutral/trung l\u1EADp", "agree/\u0111\u1ED3ng \xFD", "strongly agree/ho\xE0n to\xE0n \u0111\u1ED3ng \xFD"]
  },
  {
    family: "ces",
    high: 5,
    labels: ["very difficult/r\u1EA5t kh\xF3", "difficult/kh\xF3", "neither/b\xECnh th\u01B0\u1EDDng", "easy/d\u1EC5", "very easy/r\u1EA5t d\u1EC5"]
  }
];
var NON_ANSWERS = new Set(
  "n/a|n / a|na|n.a.|-|\u2014|\u2013|--|?|don't know|dont know|do not know|not sure|no answer|no opinion|prefer not to say|not applicable|none|kh\xF4ng bi\u1EBFt|kh\xF4ng tr\u1EA3 l\u1EDDi|kh\xF4ng \xFD ki\u1EBFn|kh\xF4ng c\xF3 \xFD ki\u1EBFn|kh\xF4ng r\xF5|kh\xF4ng \xE1p d\u1EE5ng|ch\u01B0a r\xF5|offered|not offered|unoffered".split("|")
);
var MONTHS_EN = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec".split("|");

// src/cells/labels.ts
function foldLabel(text) {
  return foldCase(text).replace(/[‘’ʼ]/g, "'");
}
function isNonAnswer(text) {
  return NON_ANSWERS.has(foldLabel(text));
}
var folded = {
  isNonAnswer: (text) => NON_ANSWERS.has(text),
  numberedAnswer: numberedOfFolded,
  verbalScore: verbalOfFolded,
  labelScales: scalesOfFolded
};
var LEADING_NUMBER = new RegExp("^(\\d{1,2})\\s*[-\u2013\u2014:.)]\\s*\\p{L}", "u");
var OUT_OF = /^(\d{1,2})\s*\/\s*(\d{1,2})$/;
var STARS_WORD = /^(\d{1,2})\s*(?:stars?|sao|★|⭐)$/u;
var STARS = /^[★☆]+$/u;
var EMOJI_STARS = /^(?:⭐)+$/u;
function numberedAnswer(text) {
  return numberedOfFolded(foldLabel(text));
}
function numberedOfFolded(t) {
  let m = LEADING_NUMBER.exec(t);
  if (m) return { score: Number(m[1]) };
  if (m = OUT_OF.exec(t)) return { score: Number(m[1]), outOf: Number(m[2]) };
  if (m = STARS_WORD.exec(t)) return { score: Number(m[1]) };
  if (STARS.test(t)) return { score: [...t].filter((ch) => ch === "\u2605").length, outOf: [...t].length };
  if (EMOJI_STARS.test(t)) return { score: [...t].length };
  return void 0;
}
var tables;
function labelTables() {
  tables ??= LABEL_SETS.map((set) => {
    const scores = /* @__PURE__ */ new Map();
    set.labels.forEach((labels, i) => labels.split("/").forEach((label) => scores.set(label, i + 1)));
    return { set, scores };
  });
  return tables;
}
function verbalScore(text, family, high) {
  return verbalOfFolded(foldLabel(text), family, high);
}
function verbalOfFolded(folded2, family, high) {
  for (const { set, scores } of labelTables()) {
    if (set.family !== family || set.high !== high) continue;
    const score = scores.get(folded2);
    if (score !== void 0) return score;
  }
  return void 0;
}
function labelScales(text, family) {
  return scalesOfFolded(foldLabel(text), family);
}
function scalesOfFolded(folded2, family) {
  const highs = [];
  for (const { set, scores } of labelTables()) {
    if (set.family === family && scores.has(folded2) && !highs.includes(set.high)) highs.push(set.high);
  }
  return highs;
}
function scaleProvedBy(text, family) {
  const t = foldLabel(text);
  const numbered = numberedOfFolded(t);
  if (numbered) return numbered.outOf;
  if (!family) return void 0;
  const highs = scalesOfFolded(t, family);
  return highs.length === 1 ? highs[0] : void 0;
}
function labelTableOf(entries) {
  if (!entries) return void 0;
  const table = /* @__PURE__ */ new Map();
  for (const [label, score] of Object.entries(entries)) table.set(foldLabel(label), score);
  return table.size > 0 ? table : void 0;
}

// src/cells/dates.ts
var TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?\s*(am|pm|a\.m\.|p\.m\.|sa|ch)?`;
var AFTER = String.raw`(?:[\st,]+` + TIME + ")?";
var ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(z|[+-]\d{2}:?\d{2})?$`);
var YMD = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})` + AFTER + "$");
var DAY_MONTH = new RegExp(String.raw`^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})` + AFTER + "$");
var DAY_NAME = new RegExp(String.raw`^(\d{1,2})[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]+(\d{4}|\d{2})` + AFTER + "$");
var NAME_DAY = new RegExp(String.raw`^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}|\d{2})` + AFTER + "$");
var VI_DAY = new RegExp(String.raw`^(?:ngày\s+)?(\d{1,2})\s+(?:tháng|thg)\s*(\d{1,2}),?\s+(?:năm\s+)?(\d{4}|\d{2})` + AFTER + "$");
var FULL_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december".split("|");
function fullYear(text) {
  const year = Number(text);
  return text.length === 2 ? year < 70 ? 2e3 + year : 1900 + year : year;
}
function monthOfName(name) {
  const index = MONTHS_EN.indexOf(name.slice(0, 3));
  return index >= 0 && FULL_MONTHS[index].startsWith(name) ? index + 1 : 0;
}
function timeOfDay(m, at) {
  if (m[at] === void 0) return 0;
  let hour = Number(m[at]);
  const minute = Number(m[at + 1]);
  const second = Number(m[at + 2] ?? 0);
  const meridiem = m[at + 4];
  if (meridiem) {
    if (hour < 1 || hour > 12) return NaN;
    const afternoon = meridiem[0] === "p" || meridiem === "ch";
    hour = hour % 12 + (afternoon ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  return ((hour * 60 + minute) * 60 + second) * 1e3 + Number((m[at + 3] ?? "0").padEnd(3, "0"));
}
function wallOf(year, month, day, timeMs) {
  if (!(month >= 1 && month <= 12 && day >= 1) || timeMs !== timeMs) return NaN;
  const date = new Date(Date.UTC(2e3, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCDate() !== day) return NaN;
  return date.getTime() + timeMs;
}
function dateText(text) {
  const t = foldCase(text);
  if (t.length < 6 || t.length > 40) return void 0;
  let m = ISO.exec(t);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, offset] = m;
    const timeMs = h === void 0 ? 0 : Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59 ? NaN : ((Number(h) * 60 + Number(mi)) * 60 + Number(s ?? 0)) * 1e3 + Number((frac ?? "0").padEnd(3, "0"));
    const wall2 = wallOf(Number(y), Number(mo), Number(d), timeMs);
    if (wall2 !== wall2) return void 0;
    if (!offset) return { kind: "fixed", wall: wall2 };
    if (offset === "z") return { kind: "fixed", wall: wall2, offsetMs: 0 };
    const sign = offset[0] === "-" ? -1 : 1;
    const digits = offset.slice(1).replace(":", "");
    return { kind: "fixed", wall: wall2, offsetMs: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 6e4 };
  }
  if (m = DAY_MONTH.exec(t)) {
    const timeMs = timeOfDay(m, 5);
    return timeMs === timeMs ? { kind: "dayMonth", first: Number(m[1]), second: Number(m[3]), year: fullYear(m[4]), timeMs } : void 0;
  }
  let year, month, day, at;
  if (m = YMD.exec(t)) [year, month, day, at] = [m[1], Number(m[2]), m[3], 4];
  else if (m = DAY_NAME.exec(t)) [year, month, day, at] = [m[3], monthOfName(m[2]), m[1], 4];
  else if (m = NAME_DAY.exec(t)) [year, month, day, at] = [m[3], monthOfName(m[1]), m[2], 4];
  else if (m = VI_DAY.exec(t)) [year, month, day, at] = [m[3], Number(m[2]), m[1], 4];
  else return void 0;
  const wall = wallOf(fullYear(year), month, Number(day), timeOfDay(m, at));
  return wall === wall ? { kind: "fixed", wall } : void 0;
}
function orderProvedBy(parts) {
  if (parts.kind !== "dayMonth") return void 0;
  if (parts.first > 12 && parts.second <= 12) return "dmy";
  if (parts.second > 12 && parts.first <= 12) return "mdy";
  return void 0;
}
function wallOfText(parts, order) {
  if (parts.kind === "fixed") return parts.wall;
  const [day, month] = order === "dmy" ? [parts.first, parts.second] : [parts.second, parts.first];
  return wallOf(parts.year, month, day, parts.timeMs);
}
function dateOrderOfLocale(locale) {
  try {
    const parts = new Intl.DateTimeFormat(locale.replace("_", "-"), { year: "numeric", month: "numeric", day: "numeric" }).formatToParts(Date.UTC(2026, 9, 13));
    const day = parts.findIndex((p) => p.type === "day");
    const month = parts.findIndex((p) => p.type === "month");
    const year = parts.findIndex((p) => p.type === "year");
    return month < day && year > month ? "mdy" : "dmy";
  } catch {
    return /^en[_-]us/i.test(locale) ? "mdy" : "dmy";
  }
}

// src/cells/read.ts
var SHEETS_ERRORS = /* @__PURE__ */ new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#ERROR!",
  "#NAME?",
  "#NUM!",
  "#NULL!"
]);
function isSheetsError(text) {
  const trimmed = text.trim();
  return trimmed.charCodeAt(0) === 35 && SHEETS_ERRORS.has(trimmed.toUpperCase());
}
var YES_WORDS = /* @__PURE__ */ new Set(["yes", "y", "true", "x", "\u2713", "c\xF3", "r\u1ED3i", "\u0111\xFAng"]);
var NO_WORDS = /* @__PURE__ */ new Set(["no", "n", "false", "kh\xF4ng", "ch\u01B0a", "sai"]);
var NUMERIC_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function numberInText(text) {
  const trimmed = text.trim();
  return NUMERIC_TEXT.test(trimmed) ? Number(trimmed) : NaN;
}
function isBlank(cell) {
  return cell === "" || cell === null || cell === void 0 || typeof cell === "string" && cell.trim() === "";
}
function isDateCell(cell) {
  return cell instanceof Date || Object.prototype.toString.call(cell) === "[object Date]";
}
function junkProblem(cell) {
  if (typeof cell === "number") return Number.isFinite(cell) ? void 0 : new CellProblem(cellTexts.notFinite(cell));
  if (typeof cell === "string") {
    const trimmed = cell.trim();
    if (trimmed.charCodeAt(0) !== 35) return void 0;
    const code = trimmed.toUpperCase();
    return SHEETS_ERRORS.has(code) ? new CellProblem(cellTexts.sheetsError(code)) : void 0;
  }
  if (typeof cell === "boolean") return void 0;
  if (isDateCell(cell)) return Number.isNaN(cell.getTime()) ? new CellProblem(cellTexts.invalidDate()) : void 0;
  if (Array.isArray(cell)) return new CellProblem(cellTexts.nestedList());
  return new CellProblem(cellTexts.notAValue());
}
function numberOfText(text, mark) {
  const readings = numberReadings(text);
  if (!readings) return NaN;
  if (mark) {
    const value = numberWithMark(readings, mark);
    return value === value ? value : readings.point === readings.point ? readings.point : readings.comma;
  }
  if (isAmbiguous(readings)) return new CellProblem(cellTexts.ambiguousNumber(text, readings.point, readings.comma));
  return readings.point === readings.point ? readings.point : readings.comma;
}
function readScore(cell, scale) {
  const score = scoreOrProblem(cell, scale);
  if (typeof score === "number") return score;
  throw score;
}
function scoreOrProblem(cell, scale) {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) return NaN;
  const junk = junkProblem(cell);
  if (junk) return junk;
  if (typeof cell === "string") return scoreOfText(cell, scale);
  if (typeof cell === "boolean") return new CellProblem(cellTexts.booleanNotScore(cell));
  return new CellProblem(cellTexts.dateNotScore(cell));
}
function scoreOfText(text, scale) {
  const label = foldLabel(text);
  if (folded.isNonAnswer(label)) return NaN;
  const own = scale?.labels?.get(label);
  if (own !== void 0) return own;
  const number = numberOfText(text, scale?.mark);
  if (typeof number !== "number" || number === number) return number;
  const numbered = folded.numberedAnswer(label);
  if (numbered) {
    if (scale && numbered.outOf !== void 0 && numbered.outOf !== scale.high) {
      return new CellProblem(cellTexts.labelOffScale(text, numbered.outOf, scale.low, scale.high), "outOfScale");
    }
    return numbered.score;
  }
  if (scale?.family) {
    const score = folded.verbalScore(label, scale.family, scale.high);
    if (score !== void 0) return score;
    const highs = folded.labelScales(label, scale.family);
    if (highs.length > 0) return new CellProblem(cellTexts.labelOffScale(text, highs[0], scale.low, scale.high), "outOfScale");
  }
  return new CellProblem(cellTexts.notAnAnswer(text, scale), "unknownLabel");
}
function readNumber(cell, mark) {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) return NaN;
  const junk = junkProblem(cell);
  if (junk) throw junk;
  if (typeof cell === "string") {
    if (isNonAnswer(cell)) return NaN;
    const number = numberOfText(cell, mark);
    if (typeof number !== "number") throw number;
    if (number === number) return number;
    throw new CellProblem(cellTexts.notANumber(cell));
  }
  if (typeof cell === "boolean") throw new CellProblem(cellTexts.booleanNotScore(cell));
  throw new CellProblem(cellTexts.dateNotScore(cell));
}
function wordOf(text) {
  return text.trim().normalize("NFC").toLowerCase();
}
function readFlag(cell) {
  if (cell === 1 || cell === true) return 1;
  if (cell === 0 || cell === false) return 0;
  if (isBlank(cell)) return NaN;
  const junk = junkProblem(cell);
  if (junk) throw junk;
  if (typeof cell === "string") {
    const number = numberInText(cell);
    if (number === 1 || number === 0) return number;
    const word = wordOf(cell);
    if (YES_WORDS.has(word)) return 1;
    if (NO_WORDS.has(word)) return 0;
    if (isNonAnswer(cell)) return NaN;
  }
  throw new CellProblem(cellTexts.notAFlag(cell));
}
var wallClockAsUtc = (ms) => ms;
function readDate(cell, toInstant = wallClockAsUtc, order) {
  const ms = readDateUnbounded(cell, toInstant, order);
  if (ms === ms && !inDateRange(ms)) throw new CellProblem(cellTexts.dateOutOfRange());
  return ms;
}
var MIN_DATE_MS = (/* @__PURE__ */ new Date("0001-01-01T00:00:00Z")).getTime();
var MAX_DATE_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
function inDateRange(ms) {
  return ms >= MIN_DATE_MS && ms <= MAX_DATE_MS;
}
function readDateUnbounded(cell, toInstant, order) {
  if (isDateCell(cell)) {
    const ms = cell.getTime();
    if (Number.isNaN(ms)) throw new CellProblem(cellTexts.invalidDate());
    return ms;
  }
  if (isBlank(cell)) return NaN;
  const junk = junkProblem(cell);
  if (junk) throw junk;
  if (typeof cell === "string") {
    const parts = dateText(cell);
    if (parts?.kind === "fixed") return parts.offsetMs === void 0 ? toInstant(parts.wall) : parts.wall - parts.offsetMs;
    if (parts) {
      if (!order) throw new CellProblem(cellTexts.dateNeedsOrder(cell));
      const wall = wallOfText(parts, order);
      if (wall === wall) return toInstant(wall);
      throw new CellProblem(cellTexts.notADateInOrder(cell, order));
    }
    if (isNonAnswer(cell)) return NaN;
  }
  throw new CellProblem(cellTexts.notADate(cell));
}

// src/cells/options.ts
function isOmitted(arg) {
  return arg === void 0 || arg === null || typeof arg === "string" && arg.trim() === "";
}
function singleValue(fn, arg, argName) {
  let value = arg;
  while (Array.isArray(value)) {
    if (value.length !== 1) throw failCall(fn, callTexts.optionMustBeOne(argName));
    value = value[0];
  }
  return value;
}
function numberOf(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value === "string") return numberInText(value);
  return NaN;
}
function numberChoice(fn, arg, argName, allowed, fallback) {
  const value = singleValue(fn, arg, argName);
  if (isOmitted(value)) return fallback;
  const number = numberOf(value);
  if (allowed.includes(number)) return number;
  const words = allowed.length === 2 ? `${allowed[0]} or ${allowed[1]}` : `${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}`;
  throw failCall(fn, callTexts.optionChoice(argName, words, value));
}
function wordChoice(fn, arg, argName, allowed, fallback) {
  const value = singleValue(fn, arg, argName);
  if (isOmitted(value)) return fallback;
  const word = typeof value === "string" ? value.trim().toLowerCase() : "";
  const match = allowed.find((a) => a === word);
  if (match !== void 0) return match;
  const words = allowed.map((a) => `"${a}"`);
  const listed = `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
  throw failCall(fn, callTexts.optionChoice(argName, listed, value));
}
function wholeInRange(fn, arg, argName, low, high, fallback) {
  const value = singleValue(fn, arg, argName);
  if (isOmitted(value)) return fallback;
  const number = numberOf(value);
  if (Number.isInteger(number) && number >= low && number <= high) return number;
  throw failCall(fn, callTexts.optionRange(argName, low, high, value));
}
function wholeCount(fn, arg, argName) {
  const value = singleValue(fn, arg, argName);
  const number = numberOf(value);
  if (Number.isInteger(number) && number >= 0) {
    if (number > Number.MAX_SAFE_INTEGER) throw failCall(fn, callTexts.countTooLarge(argName, value));
    return number;
  }
  throw failCall(fn, callTexts.countArg(argName, value));
}

// src/cells/shape.ts
function rangeOf(fn, arg, argName) {
  const range = rangeForScan(arg);
  const { cells, rows, columns } = range;
  for (let r = 1; r < rows; r++) {
    const row = cells[r];
    if (!Array.isArray(row) || row.length !== columns) rowOf(fn, range, r, argName);
  }
  return range;
}
function rangeForScan(arg) {
  if (!Array.isArray(arg)) return { rows: 1, columns: 1, cells: [[arg]] };
  if (arg.length === 0) return { rows: 0, columns: 0, cells: [] };
  if (!Array.isArray(arg[0])) return { rows: 1, columns: arg.length, cells: [arg] };
  return { rows: arg.length, columns: arg[0].length, cells: arg };
}
function rowOf(fn, range, r, argName) {
  const row = range.cells[r];
  if (!Array.isArray(row) || row.length !== range.columns) throw failCall(fn, callTexts.raggedRange(argName));
  return row;
}
function sizeOf(range) {
  return `${range.rows}\xD7${range.columns}`;
}
function requireSameSize(fn, named) {
  const first = named[0].range;
  if (named.every(({ range }) => range.rows === first.rows && range.columns === first.columns)) return;
  throw failCall(fn, callTexts.sizesDiffer(named.map((n) => n.name), named.map((n) => sizeOf(n.range))));
}
function readAt(fn, read, cell, index, range, argName) {
  if (index < range.columns && read.orProblem !== void 0 && typeof cell === "string") {
    const value = read.orProblem(cell);
    if (typeof value === "number") return value;
    if (isHeaderText(cell, value)) return NaN;
    throw problemIn(fn, value, index, range, argName);
  }
  try {
    return read(cell);
  } catch (error) {
    if (error instanceof CellProblem) {
      if (index < range.columns && isHeaderText(cell, error)) return NaN;
      throw problemIn(fn, error, index, range, argName);
    }
    throw error;
  }
}
function isHeaderText(cell, problem) {
  return typeof cell === "string" && (problem.reason === "unknownLabel" || problem.reason === "unreadable") && !isSheetsError(cell) && // Number text the column cannot place ("1.250" with no decimal mark decided) is data, not a header.
  numberReadings(cell) === void 0;
}
function problemIn(fn, problem, index, range, argName) {
  return problemAt(fn, problem, placeOf(index, range.rows, range.columns), argName);
}
var textHits = new Float64Array(2);

// src/metrics/scale.ts
function scoreReader(scale) {
  const { low, high } = scale;
  const orProblem = (cell) => {
    const score = scoreOrProblem(cell, scale);
    if (typeof score !== "number" || score !== score) return score;
    if (score < low || score > high) return new CellProblem(cellTexts.outsideScale(score, low, high), "outOfScale");
    if (!Number.isInteger(score)) return new CellProblem(cellTexts.notWholeScore(score, low, high), "outOfScale");
    return score;
  };
  const read = (cell) => {
    const score = orProblem(cell);
    if (typeof score === "number") return score;
    throw score;
  };
  read.orProblem = orProblem;
  return read;
}
var sharedReaders = /* @__PURE__ */ new Map();
function wholeScoreReader(low, high, family, labels) {
  if (labels) return scoreReader({ low, high, family, labels });
  const key = `${low} ${high} ${family}`;
  let read = sharedReaders.get(key);
  if (!read) sharedReaders.set(key, read = scoreReader({ low, high, family }));
  return read;
}
function histogramOf(observations, low, high) {
  const counts = new Float64Array(high - low + 1);
  for (let i = 0; i < observations.length; i++) counts[observations[i] - low]++;
  return counts;
}
function totalOf(counts) {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  return total;
}
function shareAtLeast(counts, low, threshold) {
  let successes = 0;
  for (let point = Math.max(threshold, low); point - low < counts.length; point++) successes += counts[point - low];
  const n = totalOf(counts);
  return { kind: "proportion", n, successes, value: 100 * successes / n };
}
function meanOfCounts(counts, low) {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    n += counts[i];
    sum += counts[i] * (low + i);
  }
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < counts.length; i++) squares += counts[i] * (low + i - mean) ** 2;
  return { kind: "mean", n, value: mean, variance: n > 1 ? squares / (n - 1) : 0 };
}
function meanOf(values) {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  let mean = sum / n;
  if (!Number.isFinite(mean)) {
    let largest = 0;
    for (let i = 0; i < n; i++) largest = Math.max(largest, Math.abs(values[i]));
    let units = 0;
    for (let i = 0; i < n; i++) units += values[i] / largest;
    mean = largest * (units / n);
  }
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return { kind: "mean", n, value: mean, variance: n > 1 ? squares / (n - 1) : 0 };
}

// src/metrics/flags.ts
var COUNT_NAMES = {
  FCR: ["first_count", "total"],
  REFERRAL_RATE: ["referred_count", "total"],
  TRIAL_CONVERSION: ["paid_count", "trial_count"]
};
function yesShareOf(answers, fn = "FCR") {
  if (answers.length === 0) throw failCall(fn, callTexts.noAnswers());
  let successes = 0;
  for (let i = 0; i < answers.length; i++) successes += answers[i];
  return { kind: "proportion", n: answers.length, successes, value: 100 * successes / answers.length };
}
function shareOfCounts(fn, partArg, totalArg) {
  const [partName, totalName] = COUNT_NAMES[fn] ?? ["count", "total"];
  const part = wholeCount(fn, partArg, partName);
  const total = wholeCount(fn, totalArg, totalName);
  if (total === 0) throw failCall(fn, callTexts.totalNotPositive(totalName));
  if (part > total) throw failCall(fn, callTexts.partAboveTotal(partName, part, totalName, total));
  return { kind: "proportion", n: total, successes: part, value: 100 * part / total };
}

// src/metrics/referral.ts
var PROPOSED_REFERRAL_ANSWERS = [
  "Friend or colleague",
  "Friend",
  "Friends or family",
  "Family",
  "Colleague",
  "Word of mouth",
  "Referral",
  "Referred by a friend",
  "Recommendation",
  "B\u1EA1n b\xE8 gi\u1EDBi thi\u1EC7u",
  "B\u1EA1n b\xE8",
  "Ng\u01B0\u1EDDi quen",
  "Ng\u01B0\u1EDDi quen gi\u1EDBi thi\u1EC7u",
  "Gia \u0111\xECnh",
  "\u0110\u1ED3ng nghi\u1EC7p",
  "\u0110\u01B0\u1EE3c gi\u1EDBi thi\u1EC7u",
  "\u0110\u01B0\u1EE3c b\u1EA1n b\xE8 gi\u1EDBi thi\u1EC7u",
  "Truy\u1EC1n mi\u1EC7ng"
];
function proposeReferralAnswers(cells) {
  const distinct = /* @__PURE__ */ new Set();
  for (const cell of cells) if (typeof cell === "string") distinct.add(cell);
  const held = /* @__PURE__ */ new Set();
  for (const cell of distinct) if (cell.trim() !== "") held.add(foldDiacritics(cell));
  const found = PROPOSED_REFERRAL_ANSWERS.filter((answer) => held.has(foldDiacritics(answer)));
  return found.length > 0 ? found : [...PROPOSED_REFERRAL_ANSWERS];
}
var HEADER_WORDS = ["hear", "source", "channel", "nguon", "biet den", "biet toi", "kenh"];
var ReferralMatcher = class {
  answers;
  known = /* @__PURE__ */ new Map();
  constructor(answers) {
    this.answers = new Set(answers.map(foldDiacritics).filter((a) => a !== ""));
  }
  get size() {
    return this.answers.size;
  }
  /** Whether a first-row cell is the column's title rather than an answer. */
  isHeader(cell) {
    if (typeof cell !== "string") return false;
    const folded2 = foldDiacritics(cell);
    if (folded2 === "" || this.answers.has(folded2)) return false;
    return /[?:]$/.test(folded2) || HEADER_WORDS.some((word) => folded2.includes(word));
  }
  /** One answer cell; throws CellProblem for a cell that is no answer text (TRUE, a date, #N/A). */
  read = (cell) => {
    if (typeof cell === "string") {
      const known = this.known.get(cell);
      if (known !== void 0) return known;
      if (isBlank(cell)) return NaN;
      const code = cell.trim().toUpperCase();
      if (SHEETS_ERRORS.has(code)) throw new CellProblem(cellTexts.sheetsError(code));
      const value = this.answers.has(foldDiacritics(cell)) ? 1 : 0;
      this.known.set(cell, value);
      return value;
    }
    if (typeof cell === "number" && Number.isFinite(cell)) return this.answers.has(String(cell)) ? 1 : 0;
    if (cell === null || cell === void 0) return NaN;
    if (isDateCell(cell) || typeof cell === "boolean" || typeof cell === "number") throw new CellProblem(recordTexts.notASource(cell));
    throw new CellProblem(cellTexts.notAValue());
  };
};
function readReferralFlag(cell) {
  try {
    return readFlag(cell);
  } catch (error) {
    if (error instanceof CellProblem && typeof cell === "string" && !SHEETS_ERRORS.has(cell.trim().toUpperCase()) && Number.isNaN(numberOf(cell))) {
      throw new CellProblem(recordTexts.referralNeedsAnswers(cell));
    }
    throw error;
  }
}

// src/mapping/defaults.ts
var MAPPING_VERSION = 2;
var DEFAULT_SCALES = { csat: { scale: 5 }, ces: { scale: 7, method: "mean" } };
function referralAnswersFor(mapping, sourceCells = []) {
  return mapping.referralAnswers && mapping.referralAnswers.length > 0 ? [...mapping.referralAnswers] : proposeReferralAnswers(sourceCells);
}

export {
  foldCase,
  foldDiacritics,
  dateText,
  orderProvedBy,
  wallOfText,
  dateOrderOfLocale,
  CellProblem,
  placeOf,
  describePlace,
  showValue,
  cellTexts,
  callTexts,
  TranslatedError,
  failCall,
  recordTexts,
  foldLabel,
  isNonAnswer,
  numberedAnswer,
  verbalScore,
  labelScales,
  scaleProvedBy,
  labelTableOf,
  SHEETS_ERRORS,
  YES_WORDS,
  NO_WORDS,
  numberInText,
  isBlank,
  isDateCell,
  readScore,
  readNumber,
  readFlag,
  readDate,
  MIN_DATE_MS,
  MAX_DATE_MS,
  inDateRange,
  FIELD_IDS,
  FIELD_INFO,
  MIN_CONFIDENCE,
  DETECTION_SAMPLE_ROWS,
  HEADER_SEARCH_ROWS,
  FAMILY_FIELDS,
  FIELD_LABELS,
  reasons,
  mappingMessages,
  maybeColumnsText,
  sheetUseTexts,
  isOmitted,
  singleValue,
  numberChoice,
  wordChoice,
  wholeInRange,
  rangeOf,
  rangeForScan,
  requireSameSize,
  readAt,
  problemIn,
  wholeScoreReader,
  histogramOf,
  shareAtLeast,
  meanOfCounts,
  meanOf,
  yesShareOf,
  shareOfCounts,
  proposeReferralAnswers,
  ReferralMatcher,
  readReferralFlag,
  MAPPING_VERSION,
  DEFAULT_SCALES,
  referralAnswersFor
};
