import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE_LIMIT_KB, BUNDLE_TARGET_KB, ENGINE_LIMIT_KB, LAZY_PARTS, PART_LIMIT_KB } from '../../scripts/addon-bundle.mjs';
import { CATALOG } from '../../src/functions/catalog';
import { BUNDLE_PATH, ENGINE_PATH } from './helpers';
import { COVERAGE_TEXTS, DATE_ORDER_TEXTS, messagesFor } from '../../src/report/messages';

/**
 * Apps Script compiles every script file of the project on every custom-function call, so the
 * size of dist/Code.js is a cost every =NPS pays (issue 18); dist/Engine.html, the rest, is
 * compiled only by executions that need it. These hold both budgets; `npm run bench bundle`
 * says what each part weighs.
 */
describe('dist/Code.js size', () => {
  const code = readFileSync(BUNDLE_PATH, 'utf8');
  const kb = Buffer.byteLength(code) / 1024;

  it(`stays within today's limit of ${BUNDLE_LIMIT_KB} KB (target ${BUNDLE_TARGET_KB} KB)`, () => {
    expect(BUNDLE_LIMIT_KB).toBeGreaterThanOrEqual(BUNDLE_TARGET_KB);
    expect(kb, `dist/Code.js is ${kb.toFixed(1)} KB: make room before adding code (npm run bench bundle)`).toBeLessThanOrEqual(BUNDLE_LIMIT_KB);
  });

  it("carries each function's help once, as the JSDoc Sheets reads, not again as run-time data", () => {
    for (const fn of CATALOG) {
      expect(code.split(fn.summary).length - 1, fn.name).toBe(1);
    }
  });
});

describe('the lazily loaded parts', () => {
  it(`dist/Engine.html stays within its limit of ${ENGINE_LIMIT_KB} KB (compiled by every sidebar call, menu item and trigger run)`, () => {
    const kb = Buffer.byteLength(readFileSync(ENGINE_PATH, 'utf8')) / 1024;
    expect(kb, `dist/Engine.html is ${kb.toFixed(1)} KB: make room before adding code (npm run bench bundle)`).toBeLessThanOrEqual(ENGINE_LIMIT_KB);
  });

  for (const [part, { functions }] of Object.entries(LAZY_PARTS)) {
    it(`dist/${part}.html stays within its limit of ${PART_LIMIT_KB[part]} KB (compiled by every call of ${functions.join(', ')})`, () => {
      const kb = Buffer.byteLength(readFileSync(`dist/${part}.html`, 'utf8')) / 1024;
      expect(kb, `dist/${part}.html is ${kb.toFixed(1)} KB: make room before adding code (npm run bench bundle)`).toBeLessThanOrEqual(PART_LIMIT_KB[part]);
    });
  }
});

describe("dist/Coverage.html, the report's count without the email's words", () => {
  const part = readFileSync('dist/Coverage.html', 'utf8');
  // The email's own sentences (longer than a word, so none can be there by chance).
  const emailWords = (lang: 'en' | 'vi') =>
    Object.entries({ ...messagesFor(lang), ...DATE_ORDER_TEXTS[lang] })
      .filter(([key, value]) => typeof value === 'string' && value.length >= 12 && !(key in COVERAGE_TEXTS[lang]))
      .map(([, value]) => value as string);

  it('says its coverage lines in both languages', () => {
    for (const lang of ['en', 'vi'] as const) {
      expect(part).toContain(COVERAGE_TEXTS[lang].metric.NPS);
      expect(part).toContain(COVERAGE_TEXTS[lang].weeklyActiveUsers);
    }
  });

  it("leaves out the words of the email it never writes (they were 17 KB of its 130)", () => {
    for (const lang of ['en', 'vi'] as const) {
      const words = emailWords(lang);
      expect(words.length).toBeGreaterThan(10);
      for (const text of words) expect(part, text).not.toContain(text);
    }
  });
});
