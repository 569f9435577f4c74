#!/usr/bin/env node
import { createRequire as __cxCreateRequire } from 'node:module';
const require = __cxCreateRequire(import.meta.url);

// src/cells/numbers.ts
var CURRENCY_BEFORE = /^(?:[$€£¥₫]|us\$|usd|vnd|vnđ|eur)\s*/i;
var CURRENCY_AFTER = /(?:[$€£¥₫đ]|usd|vnd|vnđ|eur)$/i;
var SPACED = /\s/;
var SPACED_G = /\s/g;
var SPACE_GROUPS = /^[+-]?\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?$/;
var PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
var DIGITS_AND_MARKS = /^[+-]?\d[\d.,]*$|^[+-]?[.,]\d+$/;
function numberReadings(text) {
  let t = text.trim();
  if (PLAIN.test(t)) {
    const n = Number(t);
    if (/^[+-]?\d{1,3}\.\d{3}$/.test(t)) return { point: n, comma: Number(t.replace(".", "")) };
    return { point: n, comma: t.includes(".") ? NaN : n };
  }
  let scale = 1;
  if (t.endsWith("%")) {
    scale = 0.01;
    t = t.slice(0, -1).trimEnd();
  }
  t = withoutCurrency(t);
  if (SPACED.test(t)) {
    if (!SPACE_GROUPS.test(t)) return void 0;
    t = t.replace(SPACED_G, "");
  }
  if (!DIGITS_AND_MARKS.test(t)) return void 0;
  return { point: grouped(t, ".", ",") * scale, comma: grouped(t, ",", ".") * scale };
}
function withoutCurrency(text) {
  const before = text.replace(CURRENCY_BEFORE, "");
  if (before !== text) return before;
  const after = CURRENCY_AFTER.exec(text);
  return after ? text.slice(0, after.index).trimEnd() : text;
}
function grouped(text, decimal, group) {
  const sign = text[0] === "-" ? -1 : 1;
  const body = text[0] === "-" || text[0] === "+" ? text.slice(1) : text;
  const at = body.indexOf(decimal);
  if (at !== body.lastIndexOf(decimal)) return NaN;
  const whole = at < 0 ? body : body.slice(0, at);
  const fraction = at < 0 ? "" : body.slice(at + 1);
  if (fraction.includes(group) || at >= 0 && fraction === "") return NaN;
  if (whole.includes(group)) {
    const parts = whole.split(group);
    if (!/^\d{1,3}$/.test(parts[0]) || parts.slice(1).some((p) => !/^\d{3}$/.test(p))) return NaN;
  } else if (whole !== "" && !/^\d+$/.test(whole)) return NaN;
  const digits = whole.split(group).join("") || "0";
  return sign * Number(fraction ? `${digits}.${fraction}` : digits);
}
function markProvedBy(readings) {
  const point = readings.point === readings.point;
  const comma = readings.comma === readings.comma;
  if (point && !comma) return ".";
  if (comma && !point) return ",";
  return void 0;
}
function numberWithMark(readings, mark) {
  return mark === "." ? readings.point : readings.comma;
}
function isAmbiguous(readings) {
  return readings.point === readings.point && readings.comma === readings.comma && readings.point !== readings.comma;
}
function decimalMarkOfLocale(locale) {
  if (!locale) return ".";
  try {
    const part = new Intl.NumberFormat(locale.replace("_", "-")).formatToParts(1.5).find((p) => p.type === "decimal");
    return part?.value === "," ? "," : ".";
  } catch {
    return /^vi/i.test(locale) ? "," : ".";
  }
}

export {
  numberReadings,
  markProvedBy,
  numberWithMark,
  isAmbiguous,
  decimalMarkOfLocale
};
