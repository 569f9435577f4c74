import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('npm start', () => {
  it('runs the add-on on the demo workbook within a minute, exits 0 and says where the outputs are', () => {
    const run = spawnSync('node', ['--import', 'tsx', 'scripts/demo.ts'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Set up metrics');
    expect(run.stdout).toMatch(/NPS/);
    expect(run.stdout).toContain('report (HTML)');
    const report = readFileSync('out/report.html', 'utf8');
    expect(report).toContain('October 2026');
    expect(existsSync('out/dashboard.csv')).toBe(true);
    // The dashboard drawn as in Sheets: the dropdowns' values, the KPI table, the charts as SVG.
    const drawn = readFileSync('out/dashboard.html', 'utf8');
    expect(drawn).toContain('Key metrics');
    // NPS and CSAT trends, the NPS breakdown, the journey funnel, segments.
    expect(drawn.match(/<svg /g)?.length).toBe(5);
    expect(drawn).toContain('aria-label="Customer journey: who reached each stage"');
    if (existsSync('/usr/bin/chromium')) expect(existsSync('out/dashboard.png')).toBe(true);
    else expect(run.stdout).toContain('Chromium is not installed');
    expect(readFileSync('out/report.txt', 'utf8')).toContain('NPS');
  }, 90_000);
});
