import { spawnSync } from 'node:child_process';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildCli } from '../../scripts/build-cli.mjs';
import { tempDir } from './helpers/run';

/** The `cx-metrics` bin as npm installs it: dist/cli.mjs, runnable on its own. */
let dir = '';
let bin = '';
beforeAll(async () => {
  dir = await tempDir('cx-cli-build-');
  bin = await buildCli(dir);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('build-cli', () => {
  it('writes an executable ESM file with a node shebang and the package version', async () => {
    const code = await readFile(bin, 'utf8');
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const { version } = JSON.parse(await readFile(join(__dirname, '../../package.json'), 'utf8'));
    const run = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });

  it('keeps googleapis and exceljs out of the main file: they load only for Sheets and XLSX inputs', async () => {
    const code = await readFile(bin, 'utf8');
    expect(code).not.toMatch(/from "googleapis"|from "exceljs"/);
    const chunks = await readdir(join(dir, 'cli'));
    expect(chunks.some((name) => name.startsWith('google-sheets-'))).toBe(true);
    expect(chunks.some((name) => name.startsWith('xlsx-'))).toBe(true);
  });

  it('runs a command from the bundle', () => {
    const run = spawnSync(bin, ['metrics', '--period', '2026-10', '--format', 'csv'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^,NPS,points,103,44\.66/m);
  });
});
