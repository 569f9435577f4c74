#!/usr/bin/env node
import { createRequire as __cxCreateRequire } from 'node:module';
const require = __cxCreateRequire(import.meta.url);

// src/cells/calendar.ts
var MS_PER_DAY = 864e5;
var MS_PER_MINUTE = 6e4;
var CHANGES_TODAY = 4 * MS_PER_DAY;
var zones = /* @__PURE__ */ new Map();
var lastZoneName = "";
var lastZone;
function zoneNamed(timeZone) {
  if (timeZone === lastZoneName && lastZone) return lastZone;
  let zone = zones.get(timeZone);
  if (!zone) {
    let format;
    try {
      format = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric"
      });
    } catch {
      throw new RangeError(`calendar: unknown time zone "${timeZone}"`);
    }
    zone = { format, offsetOnDay: /* @__PURE__ */ new Map(), changeAt: /* @__PURE__ */ new Map(), offsetAfter: /* @__PURE__ */ new Map() };
    zones.set(timeZone, zone);
  }
  lastZoneName = timeZone;
  lastZone = zone;
  return zone;
}
function askOffset(zone, epochMs) {
  const seconds = Math.floor(epochMs / 1e3) * 1e3;
  let year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  for (const part of zone.format.formatToParts(seconds)) {
    const value = Number(part.value);
    if (part.type === "year") year = value;
    else if (part.type === "month") month = value;
    else if (part.type === "day") day = value;
    else if (part.type === "hour") hour = value % 24;
    else if (part.type === "minute") minute = value;
    else if (part.type === "second") second = value;
  }
  const wall = new Date(Date.UTC(2e3, month - 1, day, hour, minute, second));
  wall.setUTCFullYear(year);
  return wall.getTime() - seconds;
}
function learnDay(zone, utcDay) {
  const start = utcDay * MS_PER_DAY;
  const before = askOffset(zone, start);
  const after = askOffset(zone, start + MS_PER_DAY - 1);
  if (before === after) {
    zone.offsetOnDay.set(utcDay, before);
    return before;
  }
  let low = start;
  let high = start + MS_PER_DAY - MS_PER_MINUTE;
  while (high - low > MS_PER_MINUTE) {
    const middle = low + Math.floor((high - low) / MS_PER_MINUTE / 2) * MS_PER_MINUTE;
    if (askOffset(zone, middle) === before) low = middle;
    else high = middle;
  }
  zone.changeAt.set(utcDay, high);
  zone.offsetAfter.set(utcDay, after);
  zone.offsetOnDay.set(utcDay, before + CHANGES_TODAY);
  return before + CHANGES_TODAY;
}
function utcOffset(epochMs, timeZone) {
  const zone = zoneNamed(timeZone);
  const utcDay = Math.floor(epochMs / MS_PER_DAY);
  let stored = zone.offsetOnDay.get(utcDay);
  if (stored === void 0) stored = learnDay(zone, utcDay);
  if (stored < CHANGES_TODAY / 2) return stored;
  return epochMs < zone.changeAt.get(utcDay) ? stored - CHANGES_TODAY : zone.offsetAfter.get(utcDay);
}
function steadyOffsetOn(utcDay, timeZone) {
  const zone = zoneNamed(timeZone);
  let stored = zone.offsetOnDay.get(utcDay);
  if (stored === void 0) stored = learnDay(zone, utcDay);
  return stored < CHANGES_TODAY / 2 ? stored : NaN;
}
function steadyOffsetOver(firstDay, lastDay, timeZone) {
  const offset = steadyOffsetOn(firstDay, timeZone);
  if (offset !== offset) return false;
  for (let day = firstDay + 1; day <= lastDay; day++) if (steadyOffsetOn(day, timeZone) !== offset) return false;
  return true;
}
function localDay(epochMs, timeZone) {
  if (!Number.isFinite(epochMs)) return NaN;
  return Math.floor((epochMs + utcOffset(epochMs, timeZone)) / MS_PER_DAY);
}
function wallClockToInstant(wallClockAsUtcMs, timeZone) {
  if (!Number.isFinite(wallClockAsUtcMs)) return NaN;
  const earlier = utcOffset(wallClockAsUtcMs - MS_PER_DAY, timeZone);
  const later = utcOffset(wallClockAsUtcMs + MS_PER_DAY, timeZone);
  const first = Math.max(earlier, later);
  const second = Math.min(earlier, later);
  if (utcOffset(wallClockAsUtcMs - first, timeZone) === first) return wallClockAsUtcMs - first;
  if (utcOffset(wallClockAsUtcMs - second, timeZone) === second) return wallClockAsUtcMs - second;
  return wallClockAsUtcMs - earlier;
}
function wallClockIn(timeZone) {
  zoneNamed(timeZone);
  return (wallClockAsUtcMs) => wallClockToInstant(wallClockAsUtcMs, timeZone);
}
function dayOfDate(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
function monthNumber(dayNumber) {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}
function dateOfDay(dayNumber) {
  const months = monthNumber(dayNumber);
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  return { year, month, day: dayNumber - dayOfDate(year, month, 1) + 1 };
}
function isoDate(dayNumber) {
  const { year, month, day } = dateOfDay(dayNumber);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function periodIndex(dayNumber, period) {
  switch (period) {
    case "day":
      return dayNumber;
    case "week":
      return Math.floor((dayNumber + 3) / 7);
    case "month":
      return monthNumber(dayNumber);
    case "quarter":
      return Math.floor(monthNumber(dayNumber) / 3);
    case "year":
      return Math.floor(monthNumber(dayNumber) / 12);
  }
}
function periodStartDay(index, period) {
  switch (period) {
    case "day":
      return index;
    case "week":
      return index * 7 - 3;
    case "month":
    case "quarter": {
      const months = period === "quarter" ? index * 3 : index;
      const year = Math.floor(months / 12);
      return dayOfDate(year, months - year * 12 + 1, 1);
    }
    case "year":
      return dayOfDate(index, 1, 1);
  }
}

// src/cli/sources/messages.ts
var SAVE_AS_UTF8_EN = 'open it in Excel or Google Sheets and save it again as "CSV UTF-8"';
var SAVE_AS_UTF8_VI = 'h\xE3y m\u1EDF t\u1EC7p b\u1EB1ng Excel ho\u1EB7c Google Sheets v\xE0 l\u01B0u l\u1EA1i d\u1EA1ng "CSV UTF-8"';
var enCount = (n) => n.toLocaleString("en-US");
var viCount = (n) => n.toLocaleString("vi-VN");
var en = {
  readAs: (file, encoding) => `${file}: read as ${encoding}`,
  notText: (file, line, utf8Line, byte) => `${file}: line ${line} holds the byte ${byte}, which is not text in UTF-8 (first wrong at line ${utf8Line}), Windows-1258 or Windows-1252, so the file is damaged or is not a CSV; ${SAVE_AS_UTF8_EN}`,
  controlChar: (file, line, code) => `${file}: line ${line} holds the control character ${code}, which text never holds: the file is damaged, binary, or UTF-16 without its byte-order mark; ${SAVE_AS_UTF8_EN}`,
  replacementChar: (file, line, encoding) => `${file}: line ${line} is not valid ${encoding} (or holds "\uFFFD", left by an earlier wrong conversion), so some characters are lost; ${SAVE_AS_UTF8_EN}`,
  doubleEncoded: (file, line, seen, meant) => `${file}: line ${line}: "${seen}" is text converted twice ("${meant}" read as Windows-1252 and saved again), so labels and headers would not match; export the file again from where it came from, as CSV UTF-8`,
  fieldTooLong: (file, line, max) => `${file}: line ${line}: a field is longer than ${enCount(max)} characters (a spreadsheet cell holds at most 50,000), so this is probably not a CSV, or a quote is missing; check the line`,
  recordTooLong: (file, line, max) => `${file}: line ${line}: the record is longer than ${enCount(max)} characters, so this is probably not a CSV, or a quote is missing; check the line`,
  tooManyColumns: (file, line, max) => `${file}: line ${line} has more than ${enCount(max)} columns, more than a spreadsheet holds; check that the file is a CSV with the right delimiter`,
  notWorkbook: (file, why) => `${file} is not a readable .xlsx workbook (${why}); re-save it from Excel or Sheets`,
  zipBomb: (file, part, size, packed) => `${file}: the part ${part} unpacks to more than ${enCount(size)} bytes from ${enCount(packed)}, which no real workbook does (a "zip bomb" or a damaged file); re-save it from Excel or Sheets, or export the sheet as CSV`,
  partTooLarge: (file, part, max) => `${file}: the part ${part} is larger than ${enCount(max)} bytes unpacked, more than this command reads; export the sheet as CSV, which streams without limit`,
  cellTooLong: (file, sheet, cell, max) => `${file}: sheet "${sheet}", cell ${cell} holds more than ${enCount(max)} characters (a spreadsheet cell holds at most 50,000); the file is damaged or not made by a spreadsheet`,
  cellOutOfSheet: (file, sheet, cell) => `${file}: sheet "${sheet}" names the cell ${cell}, beyond the last row or column a spreadsheet has; the file is damaged; re-save it from Excel or Sheets`,
  unclosedQuote: (file, line) => `${file}: line ${line}: a quoted field is never closed (missing " before the end of the file); add the closing quote`,
  badQuote: (file, line, what) => `${file}: line ${line}: ${what === "afterClosing" ? "text after a closing quote" : "a quote inside an unquoted field"}; quote the whole field and double any " inside it`,
  // Opening what was named (exit code 2).
  notSheetsAddress: (arg) => `Not a Google Sheets address: ${arg} (expected https://docs.google.com/spreadsheets/d/ID/\u2026)`,
  fileNotFound: (arg) => `File not found: ${arg}`,
  isFolder: (arg) => `${arg} is a folder; name a .csv or .xlsx file inside it`,
  unsupportedFormat: (arg) => `${arg}: this format is not supported; save it as .xlsx or .csv`,
  unknownZone: (zone) => `Unknown time zone: ${zone} (use an IANA name such as Asia/Ho_Chi_Minh)`,
  // Google Sheets.
  credentialsMissing: (path) => `Credentials file not found: ${path}`,
  notCredentials: (path) => `${path} is not a Google credentials file (expected the JSON key of a service account)`,
  noDefaultCredentials: () => "No Google credentials found: pass --credentials with a service-account key file, or run `gcloud auth application-default login`",
  noSpreadsheet: (id) => `No spreadsheet with id ${id} exists (check the id or URL)`,
  apiDisabled: (message) => `The Google Sheets API is not enabled for the Cloud project of these credentials (enable it in the Google Cloud console): ${message}`,
  notShared: (id, who) => `The spreadsheet ${id} is not shared with ${who ?? "the account of these credentials"} (share it, or use other credentials)`,
  credentialsRejected: (message) => `Google rejected the credentials (${message}); check the key file or sign in again`,
  requestRefused: (id, message) => `The Sheets API refused the request for ${id}: ${message}`,
  rateLimited: (tries) => `The Sheets API is rate-limiting these credentials and still refused after ${tries} tries; wait a minute and run again`,
  unreachable: (message) => `Could not reach the Sheets API (${message}); check the network and try again`,
  apiFailed: (status, tries, message) => `The Sheets API failed with HTTP ${status} after ${tries} ${tries === 1 ? "try" : "tries"}; try again later (${message})`,
  parquetUnreadable: (file, why) => `${file} is not a readable Parquet file (${why}); export it again, or as CSV`
};
var vi = {
  readAs: (file, encoding) => `${file}: \u0111\u1ECDc theo b\u1EA3ng m\xE3 ${encoding}`,
  notText: (file, line, utf8Line, byte) => `${file}: d\xF2ng ${line} ch\u1EE9a byte ${byte}, kh\xF4ng ph\u1EA3i ch\u1EEF trong UTF-8 (sai t\u1EEB d\xF2ng ${utf8Line}), Windows-1258 hay Windows-1252, n\xEAn t\u1EC7p b\u1ECB h\u1ECFng ho\u1EB7c kh\xF4ng ph\u1EA3i CSV; ${SAVE_AS_UTF8_VI}`,
  controlChar: (file, line, code) => `${file}: d\xF2ng ${line} ch\u1EE9a k\xFD t\u1EF1 \u0111i\u1EC1u khi\u1EC3n ${code}, v\u0103n b\u1EA3n kh\xF4ng bao gi\u1EDD c\xF3: t\u1EC7p b\u1ECB h\u1ECFng, l\xE0 t\u1EC7p nh\u1ECB ph\xE2n, ho\u1EB7c l\xE0 UTF-16 thi\u1EBFu d\u1EA5u th\u1EE9 t\u1EF1 byte (BOM); ${SAVE_AS_UTF8_VI}`,
  replacementChar: (file, line, encoding) => `${file}: d\xF2ng ${line} kh\xF4ng ph\u1EA3i ${encoding} h\u1EE3p l\u1EC7 (ho\u1EB7c ch\u1EE9a "\uFFFD" do m\u1ED9t l\u1EA7n chuy\u1EC3n m\xE3 sai tr\u01B0\u1EDBc \u0111\xF3), n\xEAn m\u1ED9t s\u1ED1 k\xFD t\u1EF1 \u0111\xE3 m\u1EA5t; ${SAVE_AS_UTF8_VI}`,
  doubleEncoded: (file, line, seen, meant) => `${file}: d\xF2ng ${line}: "${seen}" l\xE0 ch\u1EEF b\u1ECB chuy\u1EC3n m\xE3 hai l\u1EA7n ("${meant}" b\u1ECB \u0111\u1ECDc nh\u01B0 Windows-1252 r\u1ED3i l\u01B0u l\u1EA1i), n\xEAn nh\xE3n v\xE0 ti\xEAu \u0111\u1EC1 s\u1EBD kh\xF4ng kh\u1EDBp; h\xE3y xu\u1EA5t l\u1EA1i t\u1EC7p t\u1EEB n\u01A1i g\u1ED1c, d\u1EA1ng CSV UTF-8`,
  fieldTooLong: (file, line, max) => `${file}: d\xF2ng ${line}: m\u1ED9t tr\u01B0\u1EDDng d\xE0i h\u01A1n ${viCount(max)} k\xFD t\u1EF1 (m\u1ED9t \xF4 b\u1EA3ng t\xEDnh ch\u1EE9a t\u1ED1i \u0111a 50.000), n\xEAn c\xF3 l\u1EBD \u0111\xE2y kh\xF4ng ph\u1EA3i CSV, ho\u1EB7c thi\u1EBFu m\u1ED9t d\u1EA5u ngo\u1EB7c k\xE9p; h\xE3y ki\u1EC3m tra d\xF2ng n\xE0y`,
  recordTooLong: (file, line, max) => `${file}: d\xF2ng ${line}: b\u1EA3n ghi d\xE0i h\u01A1n ${viCount(max)} k\xFD t\u1EF1, n\xEAn c\xF3 l\u1EBD \u0111\xE2y kh\xF4ng ph\u1EA3i CSV, ho\u1EB7c thi\u1EBFu m\u1ED9t d\u1EA5u ngo\u1EB7c k\xE9p; h\xE3y ki\u1EC3m tra d\xF2ng n\xE0y`,
  tooManyColumns: (file, line, max) => `${file}: d\xF2ng ${line} c\xF3 h\u01A1n ${viCount(max)} c\u1ED9t, nhi\u1EC1u h\u01A1n m\u1ED9t b\u1EA3ng t\xEDnh ch\u1EE9a \u0111\u01B0\u1EE3c; h\xE3y ki\u1EC3m tra t\u1EC7p l\xE0 CSV v\u1EDBi d\u1EA5u ph\xE2n c\xE1ch \u0111\xFAng`,
  notWorkbook: (file, why) => `${file} kh\xF4ng ph\u1EA3i s\u1ED5 t\xEDnh .xlsx \u0111\u1ECDc \u0111\u01B0\u1EE3c (${why}); h\xE3y l\u01B0u l\u1EA1i t\u1EEB Excel ho\u1EB7c Sheets`,
  zipBomb: (file, part, size, packed) => `${file}: ph\u1EA7n ${part} gi\u1EA3i n\xE9n ra h\u01A1n ${viCount(size)} byte t\u1EEB ${viCount(packed)}, \u0111i\u1EC1u m\xE0 s\u1ED5 t\xEDnh th\u1EADt kh\xF4ng bao gi\u1EDD c\xF3 ("zip bomb" ho\u1EB7c t\u1EC7p h\u1ECFng); h\xE3y l\u01B0u l\u1EA1i t\u1EEB Excel ho\u1EB7c Sheets, ho\u1EB7c xu\u1EA5t trang t\xEDnh ra CSV`,
  partTooLarge: (file, part, max) => `${file}: ph\u1EA7n ${part} l\u1EDBn h\u01A1n ${viCount(max)} byte khi gi\u1EA3i n\xE9n, qu\xE1 m\u1EE9c l\u1EC7nh n\xE0y \u0111\u1ECDc; h\xE3y xu\u1EA5t trang t\xEDnh ra CSV, d\u1EA1ng \u0111\u1ECDc d\u1EA7n kh\xF4ng gi\u1EDBi h\u1EA1n`,
  cellTooLong: (file, sheet, cell, max) => `${file}: trang "${sheet}", \xF4 ${cell} ch\u1EE9a h\u01A1n ${viCount(max)} k\xFD t\u1EF1 (m\u1ED9t \xF4 b\u1EA3ng t\xEDnh ch\u1EE9a t\u1ED1i \u0111a 50.000); t\u1EC7p b\u1ECB h\u1ECFng ho\u1EB7c kh\xF4ng do b\u1EA3ng t\xEDnh t\u1EA1o ra`,
  cellOutOfSheet: (file, sheet, cell) => `${file}: trang "${sheet}" n\xEAu \xF4 ${cell}, v\u01B0\u1EE3t qu\xE1 h\xE0ng ho\u1EB7c c\u1ED9t cu\u1ED1i c\xF9ng c\u1EE7a b\u1EA3ng t\xEDnh; t\u1EC7p b\u1ECB h\u1ECFng; h\xE3y l\u01B0u l\u1EA1i t\u1EEB Excel ho\u1EB7c Sheets`,
  unclosedQuote: (file, line) => `${file}: d\xF2ng ${line}: m\u1ED9t tr\u01B0\u1EDDng trong ngo\u1EB7c k\xE9p kh\xF4ng bao gi\u1EDD \u0111\u01B0\u1EE3c \u0111\xF3ng (thi\u1EBFu " tr\u01B0\u1EDBc cu\u1ED1i t\u1EC7p); h\xE3y th\xEAm d\u1EA5u ngo\u1EB7c k\xE9p \u0111\xF3ng`,
  badQuote: (file, line, what) => `${file}: d\xF2ng ${line}: ${what === "afterClosing" ? "c\xF3 ch\u1EEF sau d\u1EA5u ngo\u1EB7c k\xE9p \u0111\xF3ng" : "c\xF3 d\u1EA5u ngo\u1EB7c k\xE9p trong m\u1ED9t tr\u01B0\u1EDDng kh\xF4ng \u0111\u1EB7t trong ngo\u1EB7c k\xE9p"}; h\xE3y \u0111\u1EB7t c\u1EA3 tr\u01B0\u1EDDng trong ngo\u1EB7c k\xE9p v\xE0 vi\u1EBFt \u0111\xF4i m\u1ECDi d\u1EA5u " b\xEAn trong`,
  notSheetsAddress: (arg) => `Kh\xF4ng ph\u1EA3i \u0111\u1ECBa ch\u1EC9 Google Sheets: ${arg} (c\u1EA7n d\u1EA1ng https://docs.google.com/spreadsheets/d/ID/\u2026)`,
  fileNotFound: (arg) => `Kh\xF4ng t\xECm th\u1EA5y t\u1EC7p: ${arg}`,
  isFolder: (arg) => `${arg} l\xE0 m\u1ED9t th\u01B0 m\u1EE5c; h\xE3y n\xEAu m\u1ED9t t\u1EC7p .csv ho\u1EB7c .xlsx trong \u0111\xF3`,
  unsupportedFormat: (arg) => `${arg}: \u0111\u1ECBnh d\u1EA1ng n\xE0y ch\u01B0a \u0111\u01B0\u1EE3c h\u1ED7 tr\u1EE3; h\xE3y l\u01B0u l\u1EA1i d\u1EA1ng .xlsx ho\u1EB7c .csv`,
  unknownZone: (zone) => `M\xFAi gi\u1EDD kh\xF4ng t\u1ED3n t\u1EA1i: ${zone} (h\xE3y d\xF9ng t\xEAn IANA nh\u01B0 Asia/Ho_Chi_Minh)`,
  credentialsMissing: (path) => `Kh\xF4ng t\xECm th\u1EA5y t\u1EC7p th\xF4ng tin x\xE1c th\u1EF1c: ${path}`,
  notCredentials: (path) => `${path} kh\xF4ng ph\u1EA3i t\u1EC7p th\xF4ng tin x\xE1c th\u1EF1c Google (c\u1EA7n t\u1EC7p kh\xF3a JSON c\u1EE7a m\u1ED9t t\xE0i kho\u1EA3n d\u1ECBch v\u1EE5)`,
  noDefaultCredentials: () => "Kh\xF4ng t\xECm th\u1EA5y th\xF4ng tin x\xE1c th\u1EF1c Google: h\xE3y d\xF9ng --credentials v\u1EDBi t\u1EC7p kh\xF3a c\u1EE7a t\xE0i kho\u1EA3n d\u1ECBch v\u1EE5, ho\u1EB7c ch\u1EA1y `gcloud auth application-default login`",
  noSpreadsheet: (id) => `Kh\xF4ng c\xF3 b\u1EA3ng t\xEDnh n\xE0o c\xF3 id ${id} (h\xE3y ki\u1EC3m tra id ho\u1EB7c URL)`,
  apiDisabled: (message) => `Google Sheets API ch\u01B0a \u0111\u01B0\u1EE3c b\u1EADt cho d\u1EF1 \xE1n Cloud c\u1EE7a th\xF4ng tin x\xE1c th\u1EF1c n\xE0y (h\xE3y b\u1EADt trong Google Cloud console): ${message}`,
  notShared: (id, who) => `B\u1EA3ng t\xEDnh ${id} ch\u01B0a \u0111\u01B0\u1EE3c chia s\u1EBB v\u1EDBi ${who ?? "t\xE0i kho\u1EA3n c\u1EE7a th\xF4ng tin x\xE1c th\u1EF1c n\xE0y"} (h\xE3y chia s\u1EBB, ho\u1EB7c d\xF9ng th\xF4ng tin x\xE1c th\u1EF1c kh\xE1c)`,
  credentialsRejected: (message) => `Google t\u1EEB ch\u1ED1i th\xF4ng tin x\xE1c th\u1EF1c (${message}); h\xE3y ki\u1EC3m tra t\u1EC7p kh\xF3a ho\u1EB7c \u0111\u0103ng nh\u1EADp l\u1EA1i`,
  requestRefused: (id, message) => `Sheets API t\u1EEB ch\u1ED1i y\xEAu c\u1EA7u cho ${id}: ${message}`,
  rateLimited: (tries) => `Sheets API \u0111ang gi\u1EDBi h\u1EA1n t\u1ED1c \u0111\u1ED9 cho th\xF4ng tin x\xE1c th\u1EF1c n\xE0y v\xE0 v\u1EABn t\u1EEB ch\u1ED1i sau ${tries} l\u1EA7n th\u1EED; h\xE3y \u0111\u1EE3i m\u1ED9t ph\xFAt r\u1ED3i ch\u1EA1y l\u1EA1i`,
  unreachable: (message) => `Kh\xF4ng k\u1EBFt n\u1ED1i \u0111\u01B0\u1EE3c Sheets API (${message}); h\xE3y ki\u1EC3m tra m\u1EA1ng r\u1ED3i th\u1EED l\u1EA1i`,
  apiFailed: (status, tries, message) => `Sheets API l\u1ED7i HTTP ${status} sau ${tries} l\u1EA7n th\u1EED; h\xE3y th\u1EED l\u1EA1i sau (${message})`,
  parquetUnreadable: (file, why) => `${file} kh\xF4ng ph\u1EA3i t\u1EC7p Parquet \u0111\u1ECDc \u0111\u01B0\u1EE3c (${why}); h\xE3y xu\u1EA5t l\u1EA1i t\u1EC7p, ho\u1EB7c xu\u1EA5t ra CSV`
};
function sourceMessages(lang) {
  return lang === "vi" ? vi : en;
}

// src/cli/sources/types.ts
var SourceError = class extends Error {
  constructor(message, exitCode, options) {
    super(message, options);
    this.exitCode = exitCode;
    this.name = "SourceError";
  }
  exitCode;
};

// src/cli/sources/zone.ts
function checkTimeZone(timeZone, lang) {
  try {
    utcOffset(0, timeZone);
  } catch {
    throw new SourceError(sourceMessages(lang).unknownZone(timeZone), 2);
  }
}
function wallTimeToDate(year, month, day, hour = 0, minute = 0, second = 0, ms = 0, timeZone = "UTC") {
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const wall = year >= 0 && year < 100 ? new Date(utc).setUTCFullYear(year) : utc;
  return new Date(timeZone === "UTC" ? wall : wallClockToInstant(wall, timeZone));
}
function utcWallToZone(date, timeZone) {
  if (timeZone === "UTC") return date;
  return wallTimeToDate(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
    timeZone
  );
}
var SERIAL_EPOCH = Date.UTC(1899, 11, 30);
function serialToDate(serial, timeZone) {
  return utcWallToZone(new Date(SERIAL_EPOCH + Math.round(serial * 864e5)), timeZone);
}

export {
  MS_PER_DAY,
  utcOffset,
  steadyOffsetOn,
  steadyOffsetOver,
  localDay,
  wallClockToInstant,
  wallClockIn,
  dayOfDate,
  isoDate,
  periodIndex,
  periodStartDay,
  sourceMessages,
  SourceError,
  checkTimeZone,
  wallTimeToDate,
  serialToDate
};
