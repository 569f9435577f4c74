import { describe, expect, it } from 'vitest';
import { DAU, MAU, STICKINESS, WAU } from '../../src/functions/active-users';
import { withSheetEnv } from '../../src/functions/env';

const HCM = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US' };
const UTC = { timeZone: 'UTC', locale: 'en_US' };
const column = (cells: unknown[]) => cells.map((cell) => [cell]);

// Sign-ins of a shop's loyalty app, as Sheets passes them (Date cells).
const users = column(['ann', 'bob', 'cara', 'ann', 'dan']);
const dates = column([
  new Date('2026-03-31T18:30:00Z'), // April 1, 01:30 in Ho Chi Minh City; still March 31 in UTC
  new Date('2026-04-01T03:00:00Z'), // April 1 everywhere here
  new Date('2026-03-28T05:00:00Z'), // March 28
  new Date('2026-03-26T05:00:00Z'), // March 26
  new Date('2026-03-02T05:00:00Z'), // March 2: 31 days before April 1, outside its 30 days
]);

describe('DAU, WAU, MAU and STICKINESS in a spreadsheet in Asia/Ho_Chi_Minh', () => {
  it('count users on local days ending on the latest date', () => {
    withSheetEnv(HCM, () => {
      expect(DAU(users, dates)).toBe(2); // ann, bob on April 1
      expect(WAU(users, dates)).toBe(3); // March 26 … April 1: ann, bob, cara
      expect(MAU(users, dates)).toBe(3); // March 3 … April 1: dan is out
      // user-days: ann (Mar 26, Apr 1), bob, cara = 4; mean DAU 4/30; MAU 3
      expect(STICKINESS(users, dates)).toBeCloseTo((100 * (4 / 30)) / 3, 12);
    });
  });

  it('differ from UTC days, proving the sheet zone is used', () => {
    withSheetEnv(UTC, () => {
      expect(DAU(users, dates)).toBe(1); // only bob on April 1 in UTC
      expect(MAU(users, dates)).toBe(3);
    });
  });

  it('end on as_of when given, as a date cell or ISO text', () => {
    withSheetEnv(HCM, () => {
      expect(DAU(users, dates, '2026-03-28')).toBe(1);
      expect(MAU(users, dates, new Date('2026-03-27T17:00:00Z'))).toBe(3); // March 28 local: cara, ann, dan
      expect(DAU(users, dates, [['']])).toBe(2);
    });
  });
});

describe('errors', () => {
  it('are exact, start with the function name and follow the sheet language', () => {
    withSheetEnv(HCM, () => {
      expect(() => MAU(column(['a', 'b']), column([new Date()]))).toThrow('MAU: users and dates must be the same size, not 2×1 and 1×1');
      expect(() => WAU(users, dates, 'next week')).toThrow('WAU: as_of must be a date such as 2026-03-31, not "next week"');
      expect(() => DAU(column(['']), column(['']))).toThrow('DAU: no users with dates in the ranges');
      expect(() => STICKINESS(users, dates, '2020-01-01')).toThrow('STICKINESS: no active users in the 30 days ending 2020-01-01');
    });
    withSheetEnv({ timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' }, () => {
      expect(() => DAU(column(['']), column(['']))).toThrow('DAU: không có người dùng nào kèm ngày trong các vùng');
      expect(() => MAU(column(['ann', false]), column([new Date(), new Date()]))).toThrow('MAU: FALSE không phải mã người dùng (hàng 2 của users)');
    });
  });

  it('never answer 0 for an empty window when as_of is far away, except as a true count', () => {
    withSheetEnv(HCM, () => {
      expect(MAU(users, dates, '2030-01-01')).toBe(0);
    });
  });
});
