import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectColumns, detectWorkbook, normalizeText } from '../../src/mapping';
import { isEmailText, splitCamelCase } from '../../src/mapping/text';
import { numberInText } from '../../src/cells/read';

/**
 * Detection and reading run inside Apps Script's time limits, on whatever people paste into a
 * sheet. No regex there may be worse than linear (issue 15): a cell holds up to 50,000
 * characters, and a quadratic pattern over 200 such answers took 154 s. The bound is the test's
 * timeout, not a timed assertion: with a backtracking pattern these runs take minutes.
 */
const CELL_MAX = 50_000;
const HOSTILE_TIMEOUT_MS = 30_000;

const capitals = 'A'.repeat(CELL_MAX);
const digitsThenLetter = `${'1'.repeat(CELL_MAX - 1)}x`;
const dotsAfterAt = `a@${'.'.repeat(CELL_MAX - 3)} `;
const mixedCase = 'AB'.repeat(CELL_MAX / 2);
const dottedRun = `${'a.'.repeat(CELL_MAX / 2 - 1)}@ `;

describe('detection on hostile cells finishes in linear time', () => {
  it(
    'given 200 answers of 50,000 capitals under 50,000-capital headers, detectColumns answers',
    () => {
      const header = [capitals, 'Comments', 'Score', 'Email', 'Mixed'];
      const rows = Array.from({ length: 200 }, (_, i) => [capitals, i % 2 ? dottedRun : capitals, digitsThenLetter, dotsAfterAt, mixedCase]);
      const detection = detectColumns('Hostile', [header, ...rows]);
      // None of these texts is a number or a date, so nothing is an NPS answer or a timestamp.
      expect(detection.fields.nps).toBeUndefined();
      expect(detection.fields.timestamp).toBeUndefined();
      expect(detection.sampledRows).toBe(200);
    },
    HOSTILE_TIMEOUT_MS,
  );

  it(
    'given a workbook of such sheets, detectWorkbook answers',
    () => {
      const sheet = [['Timestamp', capitals], ...Array.from({ length: 200 }, () => [digitsThenLetter, capitals])];
      const detection = detectWorkbook([{ name: 'A', values: sheet }, { name: capitals.slice(0, 100), values: sheet }]);
      expect(detection.sheets).toHaveLength(2);
    },
    HOSTILE_TIMEOUT_MS,
  );

  it(
    'reading a 50,000-digit text that is not a number gives NaN at once',
    () => {
      for (let i = 0; i < 200; i++) expect(numberInText(digitsThenLetter)).toBeNaN();
      expect(numberInText(`${'1'.repeat(10)}.5`)).toBe(1111111111.5);
    },
    HOSTILE_TIMEOUT_MS,
  );
});

/** The patterns the linear code replaced, kept here only as the meaning to hold it to on short text. */
const oldNormalizeCamel = (text: string) => text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
const oldEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

describe('the linear rewrites mean what the old patterns meant', () => {
  it('normalizeText splits runs of capitals as before: "HTTPServer" → "http server", "CustomerID" → "customer id"', () => {
    expect(normalizeText('HTTPServer')).toBe('http server');
    expect(normalizeText('CustomerID')).toBe('customer id');
    expect(normalizeText('NPSScore')).toBe('nps score');
    expect(normalizeText('SeniorCitizen')).toBe('senior citizen');
  });

  it('splitCamelCase agrees with the old two-step split on any short text of capitals, small letters and spaces', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Ca-c .]{0,16}$/), (text) => splitCamelCase(text) === oldNormalizeCamel(text)));
  });

  it('isEmailText agrees with the usual email pattern on short texts', () => {
    expect(isEmailText('lan.nguyen@example.vn')).toBe(true);
    expect(isEmailText('a@b.')).toBe(false);
    expect(isEmailText('a@.b')).toBe(false);
    expect(isEmailText('@b.c')).toBe(false);
    expect(isEmailText('a b@c.d')).toBe(false);
    fc.assert(fc.property(fc.stringMatching(/^[ab@. ]{0,10}$/), (text) => isEmailText(text) === oldEmail.test(text)));
  });
});
