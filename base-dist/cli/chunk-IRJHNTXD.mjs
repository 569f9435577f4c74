#!/usr/bin/env node
import { createRequire as __cxCreateRequire } from 'node:module';
const require = __cxCreateRequire(import.meta.url);

// src/cells/coverage.ts
var LEFT_OUT_REASONS = [
  "blank",
  "header",
  "noAnswer",
  /** Text or a value the reader cannot read at all (a typo, "Tốt" in a score column, mojibake). */
  "unreadable",
  /** A number outside the scale or not whole (11 on 0–10, 7.5 as an NPS answer). */
  "outOfScale",
  /** A label nobody gave a score (not in the built-in lists nor the mapping's label table). */
  "unknownLabel",
  /** The row's date is missing or unreadable, so the value cannot be placed in a period. */
  "noDate",
  /** A ticket resolved before it was opened. */
  "beforeOpened",
  /** A ticket with no resolved time yet (still open). */
  "open",
  /** Inconsistent with another row (a customer id on two contradictory rows, join after cancel). */
  "conflict"
];
var SKIP_REASONS = /* @__PURE__ */ new Set(["blank", "header", "noAnswer", "open"]);
var MAX_PLACES = 3;
function newCoverage() {
  return { used: 0, leftOut: {} };
}
function noteUsed(coverage, count = 1) {
  coverage.used += count;
}
function noteLeftOut(coverage, reason, ref, count = 1) {
  const entry = coverage.leftOut[reason] ??= { count: 0, places: [] };
  entry.count += count;
  if (ref && entry.places.length < MAX_PLACES) entry.places.push(ref);
}
function lostCount(coverage) {
  let lost = 0;
  for (const reason of LEFT_OUT_REASONS) if (!SKIP_REASONS.has(reason)) lost += coverage.leftOut[reason]?.count ?? 0;
  return lost;
}
function leftOutCount(coverage) {
  let count = 0;
  for (const reason of LEFT_OUT_REASONS) if (reason !== "blank") count += coverage.leftOut[reason]?.count ?? 0;
  return count;
}
function lostShare(coverage) {
  const lost = lostCount(coverage);
  const considered = coverage.used + lost + (coverage.leftOut.noAnswer?.count ?? 0);
  return considered === 0 ? 0 : lost / considered;
}
var LOSS_WARNING_SHARE = 0.05;
function describeRef(ref, lang) {
  if ("sheet" in ref) return `${quoteSheet(ref.sheet)}!${ref.column}${ref.row}`;
  const line = lang === "vi" ? `d\xF2ng ${ref.line}` : `line ${ref.line}`;
  return `${ref.file}, ${line}${ref.column ? lang === "vi" ? `, c\u1ED9t ${ref.column}` : `, column ${ref.column}` : ""}`;
}
function describePlaces(refs, lang) {
  const vi = lang === "vi";
  const parts = [];
  for (let i = 0; i < refs.length; ) {
    const first = refs[i];
    let end = i + 1;
    while (end < refs.length && sameHome(refs[end], first)) end++;
    const group = refs.slice(i, end);
    i = end;
    if (group.length === 1) parts.push(describeRef(first, lang));
    else if ("sheet" in first) parts.push(`${quoteSheet(first.sheet)}!${group.map((r) => `${r.column}${r.row}`).join(", ")}`);
    else {
      const lines = group;
      if (lines.every((r) => r.column === first.column)) {
        const column = first.column ? vi ? `, c\u1ED9t ${first.column}` : `, column ${first.column}` : "";
        parts.push(`${first.file}${column}, ${vi ? "d\xF2ng" : "lines"} ${lines.map((r) => r.line).join(", ")}`);
      } else {
        const column = (r) => r.column ? vi ? ` (c\u1ED9t ${r.column})` : ` (column ${r.column})` : "";
        parts.push(`${first.file}, ${lines.map((r) => `${vi ? "d\xF2ng" : "line"} ${r.line}${column(r)}`).join(", ")}`);
      }
    }
  }
  return parts.join(", ");
}
var sameHome = (a, b) => "sheet" in a ? "sheet" in b && a.sheet === b.sheet : "file" in b && a.file === b.file;
function quoteSheet(name) {
  return `'${name.replace(/'/g, "''")}'`;
}
var REASON_TEXTS = {
  blank: { en: "blank", vi: "tr\u1ED1ng" },
  header: { en: "header", vi: "ti\xEAu \u0111\u1EC1" },
  noAnswer: { en: "no answer (N/A)", vi: "kh\xF4ng tr\u1EA3 l\u1EDDi (N/A)" },
  unreadable: { en: "could not be read", vi: "kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c" },
  outOfScale: { en: "outside the scale", vi: "ngo\xE0i thang \u0111i\u1EC3m" },
  unknownLabel: { en: "answer with no score", vi: "c\xE2u tr\u1EA3 l\u1EDDi ch\u01B0a c\xF3 \u0111i\u1EC3m" },
  noDate: { en: "no readable date", vi: "kh\xF4ng c\xF3 ng\xE0y \u0111\u1ECDc \u0111\u01B0\u1EE3c" },
  beforeOpened: { en: "resolved before opened", vi: "x\u1EED l\xFD xong tr\u01B0\u1EDBc khi m\u1EDF" },
  open: { en: "still open", vi: "ch\u01B0a x\u1EED l\xFD xong" },
  conflict: { en: "contradicts another row", vi: "m\xE2u thu\u1EABn v\u1EDBi h\xE0ng kh\xE1c" }
};

export {
  LEFT_OUT_REASONS,
  MAX_PLACES,
  newCoverage,
  noteUsed,
  noteLeftOut,
  lostCount,
  leftOutCount,
  lostShare,
  LOSS_WARNING_SHARE,
  describeRef,
  describePlaces,
  quoteSheet,
  REASON_TEXTS
};
