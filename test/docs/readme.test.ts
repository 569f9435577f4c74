import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, typed by use
import { renderReadme } from '../../scripts/readme.mjs';
import { CATALOG } from '../../src/functions/catalog';

describe('the README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('shows the two Quick start commands', () => {
    expect(readme).toContain('npm ci && npm start\nnpm test\n');
  });

  it('has the function table and rubric generated from their sources, up to date', async () => {
    expect(await renderReadme(readme)).toBe(readme);
    for (const fn of CATALOG) expect(readme).toContain(`| \`${fn.name}(`);
    expect(readme).toMatch(/Breakthrough/);
  });
});
