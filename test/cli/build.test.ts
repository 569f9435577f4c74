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

  it("keeps zod (the mapping file's parser) and DuckDB's JavaScript out of what every run loads: they load for --mapping or detect --out, and for large files", async () => {
    // Every file dist/cli.mjs imports statically, and theirs: what Node compiles and runs before the command starts.
    const loaded = new Map<string, string>();
    const visit = async (path: string) => {
      if (loaded.has(path)) return;
      const code = await readFile(path, 'utf8');
      loaded.set(path, code);
      // `import {…} from "./cli/x.mjs"`, `export {…} from "./cli/x.mjs"` and `import "./cli/x.mjs"`; not `import("…")`.
      for (const [, chunk] of code.matchAll(/^(?:(?:import|export)\b[^;(]*?from\s*|import\s*)"(\.\/[^"]+)"/gm)) await visit(join(path, '..', chunk));
    };
    await visit(bin);
    expect(loaded.size).toBeGreaterThan(1);
    for (const [path, code] of loaded) {
      expect(code, path).not.toMatch(/\$ZodType|\b_zod\b/);
      expect(code, path).not.toMatch(/\bDuckDBInstance = class\b/);
    }
    const all = await readdir(join(dir, 'cli'));
    const lazy = await Promise.all(all.map((name) => readFile(join(dir, 'cli', name), 'utf8')));
    expect(lazy.some((code) => /\$ZodType/.test(code))).toBe(true);
    expect(lazy.some((code) => /\bDuckDBInstance = class\b/.test(code))).toBe(true);
  });

  it('saves a mapping and reads it back from the bundle (the parser loaded on demand)', async () => {
    const mapping = join(dir, 'mapping.json');
    const saved = spawnSync(bin, ['detect', '--out', mapping], { encoding: 'utf8' });
    expect(saved.status).toBe(0);
    expect(JSON.parse(await readFile(mapping, 'utf8')).version).toBe(2);
    const run = spawnSync(bin, ['metrics', '--mapping', mapping, '--period', '2026-10', '--format', 'csv'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^,NPS,points,/m);
  });

  it('runs a command from the bundle', () => {
    const run = spawnSync(bin, ['metrics', '--period', '2026-10', '--format', 'csv'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^,NPS,points,103,44\.66/m);
  });
});
