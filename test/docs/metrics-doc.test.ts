import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/functions/catalog';
import { CSAT, NPS, NPS_CI } from '../../src/functions/index';

/** The project's own account of the metrics, in English and Vietnamese, for readers of the README. */
describe('docs/metrics.md and docs/metrics.vi.md', () => {
  const docs = { en: readFileSync('docs/metrics.md', 'utf8'), vi: readFileSync('docs/metrics.vi.md', 'utf8') };

  it('explain every custom function, in both languages', () => {
    for (const fn of CATALOG) {
      expect(docs.en, `${fn.name} in docs/metrics.md`).toMatch(new RegExp(`\\b${fn.name}\\b`));
      expect(docs.vi, `${fn.name} in docs/metrics.vi.md`).toMatch(new RegExp(`\\b${fn.name}\\b`));
    }
  });

  it('give worked examples the engine agrees with', () => {
    const scores = (counts: [number, number][]) => counts.flatMap(([score, n]) => Array.from({ length: n }, () => [score]));
    const nps = scores([[10, 60], [8, 25], [3, 15]]);
    expect(NPS(nps)).toBe(45);
    const [low, high] = NPS_CI(nps)[0];
    expect([Math.round(low), Math.round(high)]).toEqual([29, 58]);
    expect(docs.en).toContain('about 29 to 58 at 95%');
    const csat = scores([[5, 42], [4, 32], [3, 10], [2, 9], [1, 14]]);
    expect(CSAT(csat).toFixed(2)).toBe('69.16');
    expect(docs.en).toContain('**69.16%**');
    expect(docs.vi).toContain('**69,16%**');
  });

  it('are linked from the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('(docs/metrics.md)');
    expect(readme).toContain('(docs/metrics.vi.md)');
  });
});
