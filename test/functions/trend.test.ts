import { describe, expect, it } from 'vitest';
import { CX_BY, CX_TREND } from '../../src/functions/trend';
import { withSheetEnv } from '../../src/functions/env';
import { CATALOG } from '../../src/functions/catalog';

const HCM = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US' };
const column = (cells: unknown[]) => cells.map((cell) => [cell]);

describe('CX_TREND', () => {
  // Survey answers with the timestamps Google Forms writes (Date cells).
  const scores = column([10, 9, 2, 7, 10]);
  const dates = column([
    new Date('2026-01-10T03:00:00Z'),
    new Date('2026-01-31T18:30:00Z'), // February 1, 01:30 in Ho Chi Minh City
    new Date('2026-01-15T03:00:00Z'),
    new Date('2026-03-05T03:00:00Z'),
    new Date('2026-03-06T03:00:00Z'),
  ]);

  it('spills period start (local midnight), n and value, with a blank value for a month without data', () => {
    withSheetEnv(HCM, () => {
      const table = CX_TREND('nps', scores, dates);
      // January: 10, 2 → 0; February: 9 → 100; March: 7, 10 → 50
      expect(table).toEqual([
        [new Date('2025-12-31T17:00:00Z'), 2, 0],
        [new Date('2026-01-31T17:00:00Z'), 1, 100],
        [new Date('2026-02-28T17:00:00Z'), 2, 50],
      ]);
    });
    withSheetEnv(HCM, () => {
      const weekly = CX_TREND('NPS', scores, dates, 'week');
      const empty = weekly.filter((row) => row[1] === 0);
      expect(empty.length).toBeGreaterThan(0);
      expect(empty.every((row) => row[2] === '')).toBe(true);
      expect(weekly.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(5);
    });
  });

  it('names a bad period in the error', () => {
    withSheetEnv(HCM, () => {
      expect(() => CX_TREND('NPS', scores, dates, 'weekly')).toThrow('CX_TREND: period must be "day", "week", "month", "quarter" or "year", not "weekly"');
    });
  });
});

describe('CX_BY', () => {
  it('spills group, n and value, biggest group first', () => {
    const table = CX_BY('CSAT', column([5, 4, 2, 5, 1]), column(['Online', 'Shop', 'Online', 'Online', 'Shop']));
    // Online: 5, 2, 5 → 2 of 3 satisfied; Shop: 4, 1 → 1 of 2
    expect(table).toEqual([
      ['Online', 3, (100 * 2) / 3],
      ['Shop', 2, 50],
    ]);
  });

  it('shows errors in the sheet language', () => {
    withSheetEnv({ timeZone: 'UTC', locale: 'vi' }, () => {
      expect(() => CX_BY('NPS', column([9]), column(['']))).toThrow('CX_BY: không có giá trị nào kèm nhóm trong các vùng');
    });
  });
});

describe('catalog', () => {
  it('documents every function with a summary, example ranges and an example formula', () => {
    for (const name of ['DAU', 'WAU', 'MAU', 'STICKINESS', 'CX_TREND', 'CX_BY']) {
      const doc = CATALOG.find((entry) => entry.name === name);
      expect(doc, name).toBeDefined();
      expect(doc!.example.startsWith(`=${name}(`)).toBe(true);
      expect(doc!.params.every((param) => param.description.length > 10)).toBe(true);
    }
  });
});
