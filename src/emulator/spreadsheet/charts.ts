/**
 * Embedded charts, recorded as specs {type, ranges (A1), options, position} rather than drawn.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 * Enum values are their names, as in Apps Script (`String(Charts.ChartType.LINE) === 'LINE'`).
 */
import { quoteSheetName } from './a1';
import { enterOn, type Env } from './env';
import { rangeFromA1 } from './lookup';
import type { ChartSpec, SheetModel } from './model';
import type { EmulatedRange } from './range';

const names = <T extends string>(...keys: T[]) => Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as { [K in T]: K });

/** The `Charts` global's enums the add-on uses. */
export const Charts = Object.freeze({
  ChartType: names('AREA', 'BAR', 'COLUMN', 'COMBO', 'HISTOGRAM', 'LINE', 'PIE', 'SCATTER', 'TABLE', 'STEPPED_AREA'),
  Position: names('TOP', 'RIGHT', 'BOTTOM', 'NONE'),
  ChartMergeStrategy: names('MERGE_COLUMNS', 'MERGE_ROWS'),
  ChartHiddenDimensionStrategy: names('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'),
});

function rangeA1(range: EmulatedRange): string {
  const { sheet, a1 } = range.__location();
  return `${quoteSheetName(sheet.name)}!${a1}`;
}

export class EmulatedChartBuilder {
  private type = 'COLUMN';
  private ranges: EmulatedRange[] = [];
  private options: Record<string, unknown> = {};
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };

  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel,
    private readonly chartId = 0,
    from?: { spec: ChartSpec; ranges: EmulatedRange[] },
  ) {
    if (from) {
      this.type = from.spec.type;
      this.ranges = [...from.ranges];
      this.options = { ...from.spec.options };
      this.position = { ...from.spec.position };
    }
  }

  private enter(method: string): this {
    enterOn(this.env, 'EmbeddedChartBuilder', method, this.sheet);
    return this;
  }

  addRange(range: EmulatedRange): this {
    this.enter('addRange').ranges.push(range);
    return this;
  }

  removeRange(range: EmulatedRange): this {
    this.enter('removeRange').ranges = this.ranges.filter((r) => rangeA1(r) !== rangeA1(range));
    return this;
  }

  clearRanges(): this {
    this.enter('clearRanges').ranges = [];
    return this;
  }

  getRanges(): EmulatedRange[] {
    return this.enter('getRanges').ranges.slice();
  }

  setChartType(type: unknown): this {
    this.enter('setChartType').type = String(type);
    return this;
  }

  getChartType(): string {
    return this.enter('getChartType').type;
  }

  /** Options use Google Charts names, e.g. `setOption('isStacked', true)`, `setOption('title', 'NPS')`. */
  setOption(option: string, value: unknown): this {
    this.enter('setOption').options[option] = value;
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.enter('setPosition').position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  setNumHeaders(headers: number): this {
    this.enter('setNumHeaders').options.numHeaders = headers;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): this {
    this.enter('setTransposeRowsAndColumns').options.transposeRowsAndColumns = transpose;
    return this;
  }

  setMergeStrategy(strategy: unknown): this {
    this.enter('setMergeStrategy').options.mergeStrategy = String(strategy);
    return this;
  }

  // Typed builders (asLineChart() etc.) are the same builder with the type set.
  asLineChart(): this { return this.enter('asLineChart').withType('LINE'); }
  asColumnChart(): this { return this.enter('asColumnChart').withType('COLUMN'); }
  asBarChart(): this { return this.enter('asBarChart').withType('BAR'); }
  asPieChart(): this { return this.enter('asPieChart').withType('PIE'); }
  asAreaChart(): this { return this.enter('asAreaChart').withType('AREA'); }
  setTitle(title: string): this { this.enter('setTitle').options.title = title; return this; }
  setStacked(): this { this.enter('setStacked').options.isStacked = true; return this; }
  setColors(colors: string[]): this { this.enter('setColors').options.colors = [...colors]; return this; }
  setLegendPosition(position: unknown): this { this.enter('setLegendPosition').options['legend.position'] = String(position).toLowerCase(); return this; }

  private withType(type: string): this {
    this.type = type;
    return this;
  }

  build(): EmulatedEmbeddedChart {
    this.enter('build');
    const spec: ChartSpec = { chartId: this.chartId, type: this.type, ranges: this.ranges.map(rangeA1), options: { ...this.options }, position: { ...this.position } };
    return new EmulatedEmbeddedChart(this.env, this.sheet, spec, this.ranges.slice());
  }
}

export class EmulatedEmbeddedChart {
  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel,
    private spec: ChartSpec,
    private readonly ranges?: EmulatedRange[],
  ) {}

  private enter(method: string): void {
    enterOn(this.env, 'EmbeddedChart', method, this.sheet);
  }

  /** Null until the chart is inserted into a sheet. */
  getChartId(): number | null {
    this.enter('getChartId');
    return this.spec.chartId || null;
  }

  getType(): string {
    this.enter('getType');
    return this.spec.type;
  }

  getOptions(): { get(option: string): unknown } {
    this.enter('getOptions');
    const options = { ...this.spec.options };
    return { get: (option: string) => options[option] ?? null };
  }

  getRanges(): unknown[] {
    this.enter('getRanges');
    return this.sources();
  }

  /** The chart's ranges; charts read back from a sheet re-resolve their recorded A1. */
  private sources(): EmulatedRange[] {
    if (this.ranges) return this.ranges.slice();
    return this.spec.ranges.map((a1) => rangeFromA1(this.env, this.sheet, a1) as unknown as EmulatedRange);
  }

  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number } {
    this.enter('getContainerInfo');
    const p = { ...this.spec.position };
    return { getAnchorRow: () => p.row, getAnchorColumn: () => p.column, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
  }

  modify(): EmulatedChartBuilder {
    this.enter('modify');
    return new EmulatedChartBuilder(this.env, this.sheet, this.spec.chartId, { spec: this.spec, ranges: this.sources() });
  }

  /** The recorded spec (uncounted, for the Sheet and tests). */
  __spec(): ChartSpec {
    return { ...this.spec, ranges: [...this.spec.ranges], options: { ...this.spec.options }, position: { ...this.spec.position } };
  }

  __attach(chartId: number): void {
    this.spec = { ...this.spec, chartId };
  }
}
