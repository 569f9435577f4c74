/**
 * Dropdowns (data validation), conditional-format colour scales and merged cells, recorded on
 * the sheet model as Sheets keeps them:
 * - https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 *   (requireValueInList / requireValueInRange with a dropdown, setAllowInvalid, setHelpText);
 *   Range.setDataValidation(null) and clearDataValidations remove the rule.
 * - https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 *   (gradient min/mid/max points with an InterpolationType) and Sheet.setConditionalFormatRules,
 *   which replaces every rule of the sheet.
 * - https://developers.google.com/apps-script/reference/spreadsheet/range#merge (merge keeps the
 *   top-left value only; a range overlapping part of a merge cannot be merged or broken apart:
 *   "You must select all cells in a merged range to merge or unmerge them.").
 * Enum values are their names, as in Apps Script.
 */
import { quoteSheetName, formatA1 } from './a1';
import { enterOn, type Env } from './env';
import { exception } from './errors';
import { contains, type Rect, type SheetModel } from './model';
import type { EmulatedRange } from './range';

const names = <T extends string>(...keys: T[]) => Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as { [K in T]: K });

export const DataValidationCriteria = names('VALUE_IN_LIST', 'VALUE_IN_RANGE', 'NUMBER_BETWEEN', 'TEXT_CONTAINS', 'CHECKBOX', 'CUSTOM_FORMULA');
export const InterpolationType = names('NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX');

/** A validation rule as recorded: the list, or the A1 of the range whose values it offers. */
export interface ValidationSpec {
  criteria: 'VALUE_IN_LIST' | 'VALUE_IN_RANGE';
  list?: string[];
  /** Sheet-qualified A1 of the source range. */
  rangeA1?: string;
  source?: { sheet: SheetModel; rect: Rect };
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string;
}

export interface GradientPoint {
  color: string;
  type: keyof typeof InterpolationType;
  value: string;
}

export interface ConditionalRuleSpec {
  ranges: { sheet: SheetModel; rect: Rect; a1: string }[];
  gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint };
}

/** Sheets' limit on a dropdown's own list; longer lists must come from a range. */
export const MAX_LIST_ITEMS = 500;

export class EmulatedDataValidation {
  constructor(readonly spec: Readonly<ValidationSpec>) {}
  getCriteriaType(): string {
    return this.spec.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.criteria === 'VALUE_IN_LIST' ? [[...(this.spec.list ?? [])], this.spec.showDropdown] : [this.spec.rangeA1, this.spec.showDropdown];
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string {
    return this.spec.helpText;
  }
  copy(): EmulatedDataValidationBuilder {
    return new EmulatedDataValidationBuilder(this.spec);
  }
}

export class EmulatedDataValidationBuilder {
  private spec: ValidationSpec | undefined;
  private allowInvalid = true;
  private helpText = '';

  constructor(from?: Readonly<ValidationSpec>) {
    if (from) {
      this.spec = { ...from };
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }

  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values)) throw exception("The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.");
    if (values.length > MAX_LIST_ITEMS) {
      throw exception(`The data validation rule has more items than the limit of ${MAX_LIST_ITEMS}. Use the "Dropdown (from a range)" criteria instead.`);
    }
    this.spec = { criteria: 'VALUE_IN_LIST', list: values.map(String), showDropdown, allowInvalid: this.allowInvalid, helpText: this.helpText };
    return this;
  }

  requireValueInRange(range: EmulatedRange, showDropdown = true): this {
    const { sheet, rect, a1 } = range.__location();
    this.spec = { criteria: 'VALUE_IN_RANGE', rangeA1: `${quoteSheetName(sheet.name)}!${a1}`, source: { sheet, rect }, showDropdown, allowInvalid: this.allowInvalid, helpText: this.helpText };
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = Boolean(allowInvalidData);
    return this;
  }

  setHelpText(helpText: string): this {
    this.helpText = String(helpText);
    return this;
  }

  build(): EmulatedDataValidation {
    if (!this.spec) throw exception('The data validation rule needs criteria before it can be built.');
    return new EmulatedDataValidation({ ...this.spec, allowInvalid: this.allowInvalid, helpText: this.helpText });
  }
}

export class EmulatedConditionalFormatRule {
  constructor(readonly spec: ConditionalRuleSpec) {}
  getRanges(): unknown[] {
    return this.spec.ranges.map((r) => r.a1);
  }
}

export class EmulatedConditionalFormatRuleBuilder {
  private ranges: ConditionalRuleSpec['ranges'] = [];
  private gradient: ConditionalRuleSpec['gradient'] = {};

  private point(color: string, type: unknown, value: unknown): GradientPoint {
    const t = String(type) as GradientPoint['type'];
    if (!(t in InterpolationType)) throw exception(`Invalid argument: type`);
    return { color: String(color), type: t, value: value === undefined || value === null ? '' : String(value) };
  }

  setGradientMinpoint(color: string): this {
    this.gradient.min = this.point(color, 'MIN', '');
    return this;
  }
  setGradientMaxpoint(color: string): this {
    this.gradient.max = this.point(color, 'MAX', '');
    return this;
  }
  setGradientMinpointWithValue(color: string, type: unknown, value: string): this {
    this.gradient.min = this.point(color, type, value);
    return this;
  }
  setGradientMidpointWithValue(color: string, type: unknown, value: string): this {
    this.gradient.mid = this.point(color, type, value);
    return this;
  }
  setGradientMaxpointWithValue(color: string, type: unknown, value: string): this {
    this.gradient.max = this.point(color, type, value);
    return this;
  }
  setRanges(ranges: EmulatedRange[]): this {
    this.ranges = ranges.map((r) => {
      const { sheet, rect, a1 } = r.__location();
      return { sheet, rect, a1: `${quoteSheetName(sheet.name)}!${a1}` };
    });
    return this;
  }
  build(): EmulatedConditionalFormatRule {
    if (!this.gradient.min || !this.gradient.max) throw exception('The conditional format rule needs a condition or a gradient before it can be built.');
    if (this.ranges.length === 0) throw exception('The conditional format rule needs at least one range.');
    return new EmulatedConditionalFormatRule({ ranges: this.ranges.slice(), gradient: { ...this.gradient } });
  }
}

// ---- merges --------------------------------------------------------------------------------

const overlaps = (a: Rect, b: Rect) =>
  a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
const inside = (inner: Rect, outer: Rect) =>
  inner.row >= outer.row && inner.column >= outer.column && inner.row + inner.numRows <= outer.row + outer.numRows && inner.column + inner.numColumns <= outer.column + outer.numColumns;

const PARTIAL_MERGE = 'You must select all cells in a merged range to merge or unmerge them.';

/** Range.merge on the model: other cells' values are cleared, merges inside the range absorbed. */
export function mergeCells(env: Env, sheet: SheetModel, rect: Rect, clear: (rect: Rect) => void): void {
  for (const m of sheet.merges) if (overlaps(m, rect) && !inside(m, rect)) throw exception(PARTIAL_MERGE);
  sheet.merges = sheet.merges.filter((m) => !inside(m, rect));
  if (rect.numRows === 1 && rect.numColumns === 1) return;
  if (rect.numColumns > 1) clear({ row: rect.row, column: rect.column + 1, numRows: 1, numColumns: rect.numColumns - 1 });
  if (rect.numRows > 1) clear({ row: rect.row + 1, column: rect.column, numRows: rect.numRows - 1, numColumns: rect.numColumns });
  sheet.merges.push({ ...rect });
  env.book.touch();
}

export function breakApart(env: Env, sheet: SheetModel, rect: Rect): void {
  for (const m of sheet.merges) if (overlaps(m, rect) && !inside(m, rect)) throw exception(PARTIAL_MERGE);
  sheet.merges = sheet.merges.filter((m) => !inside(m, rect));
  env.book.touch();
}

/** The validation rule on one cell (the last rule set over it), or undefined. */
export function validationAt(sheet: SheetModel, row: number, column: number): ValidationSpec | undefined {
  for (let i = sheet.validations.length - 1; i >= 0; i -= 1) if (contains(sheet.validations[i].rect, row, column)) return sheet.validations[i].rule ?? undefined;
  return undefined;
}

export function setValidation(env: Env, sheet: SheetModel, rect: Rect, rule: ValidationSpec | null): void {
  sheet.validations = sheet.validations.filter((v) => !inside(v.rect, rect));
  sheet.validations.push({ rect: { ...rect }, rule });
  env.book.touch();
}

export function enterRule(env: Env, sheet: SheetModel, method: string): void {
  enterOn(env, 'Range', method, sheet);
}

export { formatA1 };
