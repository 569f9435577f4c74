import { describe, expect, it } from 'vitest';
import {
  MAX_PLACES,
  describeRef,
  leftOutCount,
  lostCount,
  lostShare,
  mergeCoverage,
  newCoverage,
  noteLeftOut,
  noteUsed,
} from '../../src/cells/coverage';

describe('coverage: what a number is made of', () => {
  it('counts used and left-out cells, keeping the first places of each reason', () => {
    const cov = newCoverage();
    noteUsed(cov, 52);
    noteLeftOut(cov, 'header', { sheet: 'Form Responses 1', column: 'C', row: 1 });
    noteLeftOut(cov, 'blank');
    for (let row = 13; row < 13 + MAX_PLACES + 2; row++) noteLeftOut(cov, 'unreadable', { sheet: 'Form Responses 1', column: 'C', row });
    expect(cov.leftOut.unreadable!.count).toBe(MAX_PLACES + 2);
    expect(cov.leftOut.unreadable!.places.map((p) => ('row' in p ? p.row : 0))).toEqual([13, 14, 15]);
    expect(lostCount(cov)).toBe(5);
    expect(leftOutCount(cov)).toBe(6);
    expect(lostShare(cov)).toBeCloseTo(5 / 57, 12);
  });

  it('counts a no-answer as considered but not lost', () => {
    const cov = newCoverage();
    noteUsed(cov, 9);
    noteLeftOut(cov, 'noAnswer');
    expect(lostCount(cov)).toBe(0);
    expect(lostShare(cov)).toBe(0);
  });

  it('merges parts: counts add, places stay in order up to the limit', () => {
    const a = newCoverage();
    const b = newCoverage();
    noteUsed(a, 3);
    noteUsed(b, 4);
    noteLeftOut(a, 'outOfScale', { file: 'a.csv', line: 7 });
    noteLeftOut(b, 'outOfScale', { file: 'b.csv', line: 2 }, 2);
    const all = mergeCoverage(a, b);
    expect(all.used).toBe(7);
    expect(all.leftOut.outOfScale).toEqual({ count: 3, places: [{ file: 'a.csv', line: 7 }, { file: 'b.csv', line: 2 }] });
    expect(a.leftOut.outOfScale!.count).toBe(1);
  });

  it('names places as people find them, in both languages', () => {
    expect(describeRef({ sheet: "Bob's data", column: 'C', row: 13 }, 'en')).toBe("'Bob''s data'!C13");
    expect(describeRef({ file: 'survey.csv', line: 14 }, 'en')).toBe('survey.csv, line 14');
    expect(describeRef({ file: 'survey.csv', line: 14, column: 'B' }, 'vi')).toBe('survey.csv, dòng 14, cột B');
  });

  it('has nothing lost on an empty coverage', () => {
    expect(lostShare(newCoverage())).toBe(0);
  });
});
