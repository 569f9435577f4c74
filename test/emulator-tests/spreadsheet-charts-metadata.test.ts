import { describe, expect, it } from 'vitest';
import { Charts } from '../../src/emulator/spreadsheet/index';
import { fixture } from '../../src/emulator/spreadsheet/testing';

const book = () =>
  fixture([
    { name: 'Dashboard', rows: [['Month', 'NPS', 'CSAT'], ['Jan', 30, 80], ['Feb', 35, 82]] },
    { name: 'Survey', rows: [] },
  ]);

// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
describe('embedded charts', () => {
  it('are recorded as specs: type, A1 ranges, options, position', () => {
    const { sheet, charts } = book();
    const dash = sheet('Dashboard');
    const chart = dash
      .newChart()
      .setChartType(Charts.ChartType.COLUMN as unknown as GoogleAppsScript.Charts.ChartType)
      .addRange(dash.getRange('A1:C3'))
      .setOption('isStacked', true)
      .setOption('title', 'NPS by month')
      .setPosition(5, 1, 0, 0)
      .build();
    expect(dash.getCharts()).toHaveLength(0);
    dash.insertChart(chart);
    expect(charts('Dashboard')).toEqual([
      {
        chartId: 1,
        type: 'COLUMN',
        ranges: ['Dashboard!A1:C3'],
        options: { isStacked: true, title: 'NPS by month' },
        position: { row: 5, column: 1, offsetX: 0, offsetY: 0 },
      },
    ]);
    expect(String(Charts.ChartType.LINE)).toBe('LINE');
  });

  it('are read back, modified, updated and removed', () => {
    const { sheet, charts } = book();
    const dash = sheet('Dashboard');
    dash.insertChart(dash.newChart().asLineChart().addRange(dash.getRange('A1:B3')).setPosition(1, 5, 10, 0).build());
    const [chart] = dash.getCharts();
    expect(chart.getOptions().get('title')).toBeNull();
    expect(chart.getContainerInfo().getAnchorColumn()).toBe(5);
    expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B3']);
    dash.updateChart(chart.modify().setChartType(Charts.ChartType.PIE as unknown as GoogleAppsScript.Charts.ChartType).setOption('title', 'Share').build());
    expect(charts('Dashboard')).toMatchObject([{ type: 'PIE', ranges: ['Dashboard!A1:B3'], options: { title: 'Share' } }]);
    dash.removeChart(dash.getCharts()[0]);
    expect(charts('Dashboard')).toEqual([]);
  });

  it('quote sheet names with spaces in their ranges', () => {
    const f = fixture([{ name: 'CX Dashboard', rows: [['a', 1]] }]);
    const s = f.sheet('CX Dashboard');
    s.insertChart(s.newChart().addRange(s.getRange('A1:B1')).build());
    expect(f.charts('CX Dashboard')[0].ranges).toEqual(["'CX Dashboard'!A1:B1"]);
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
describe('developer metadata', () => {
  it('finds a sheet by key after it was renamed', () => {
    const { ss, sheet } = book();
    sheet('Dashboard').addDeveloperMetadata('cx.dashboard', 'v1');
    sheet('Dashboard').setName('My dashboard');
    const found = ss.createDeveloperMetadataFinder().withKey('cx.dashboard').find();
    expect(found).toHaveLength(1);
    expect(found[0].getValue()).toBe('v1');
    expect(found[0].getLocation().getLocationType()).toBe('SHEET' as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType);
    expect(found[0].getLocation().getSheet()?.getName()).toBe('My dashboard');
  });

  it('keeps spreadsheet and sheet metadata apart, with visibility', () => {
    const { ss, sheet, app } = book();
    ss.addDeveloperMetadata('cx.version', '3', app.DeveloperMetadataVisibility.PROJECT);
    sheet('Survey').addDeveloperMetadata('cx.source');
    expect(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), String(m.getVisibility())])).toEqual([['cx.version', '3', 'PROJECT']]);
    expect(sheet('Survey').getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['cx.source', null]]);
    expect(sheet('Dashboard').createDeveloperMetadataFinder().withKey('cx.source').find()).toEqual([]);
    expect(ss.createDeveloperMetadataFinder().find()).toHaveLength(2);
  });

  it('is removed with its sheet, or on remove()', () => {
    const { ss, sheet } = book();
    sheet('Survey').addDeveloperMetadata('cx.source', 'form');
    sheet('Dashboard').addDeveloperMetadata('cx.dashboard');
    ss.deleteSheet(sheet('Survey'));
    expect(ss.createDeveloperMetadataFinder().withKey('cx.source').find()).toEqual([]);
    ss.createDeveloperMetadataFinder().withKey('cx.dashboard').find()[0].remove();
    expect(ss.createDeveloperMetadataFinder().find()).toEqual([]);
  });
});
