#!/usr/bin/env node
import { createRequire as __cxCreateRequire } from 'node:module';
const require = __cxCreateRequire(import.meta.url);
import {
  wallTimeToDate
} from "./chunk-O7XSXUVU.mjs";
import {
  isAmbiguous,
  numberReadings
} from "./chunk-ABYGTPUV.mjs";

// src/cli/sources/csv-cells.ts
function csvCell(text, timeZone) {
  if (text === "") return "";
  const t = text.trim();
  if (t === "") return text;
  const first = t.charCodeAt(0);
  const digitLike = first >= 48 && first <= 57 || first === 45 || first === 43 || first === 46;
  if (digitLike) {
    if (t.length <= 15 && isDigits(t)) return Number(t);
    const n = toNumber(t);
    if (n !== void 0) return n;
    const d = toDate(t, timeZone);
    if (d) return d;
    return text;
  }
  const upper = t.length <= 5 ? t.toUpperCase() : "";
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return text;
}
var PLAIN = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
var GROUPED = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
var PERCENT = /^([-+]?(?:\d+\.?\d*|\.\d+))%$/;
function toNumber(t) {
  const readings = numberReadings(t);
  if (readings && isAmbiguous(readings)) return void 0;
  if (PLAIN.test(t)) {
    if (countDigits(t) > 15 && !/[.eE]/.test(t)) return void 0;
    return Number(t);
  }
  if (GROUPED.test(t)) return Number(t.replace(/,/g, ""));
  const p = PERCENT.exec(t);
  if (p) return Number(p[1]) / 100;
  return void 0;
}
function isDigits(t) {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
function countDigits(t) {
  let n = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) n++;
  return n;
}
var ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
function toDate(t, timeZone) {
  const m = ISO.exec(t);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const ms = frac ? Number(frac.padEnd(3, "0")) : 0;
    if (!check(+y, +mo, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0))) return void 0;
    if (zone) {
      const offset = zone === "Z" ? 0 : zoneOffsetMs(zone);
      return new Date(Date.UTC(+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms) - offset);
    }
    return wallTimeToDate(+y, +mo, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms, timeZone);
  }
  return void 0;
}
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function check(y, mo, d, h, mi, s) {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]);
}
function zoneOffsetMs(zone) {
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 6e4;
}

export {
  csvCell
};
