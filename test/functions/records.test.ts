import { describe, expect, it } from 'vitest';
import { CHURN, CUSTOMER_CHURN, CUSTOMER_RETENTION, RETENTION } from '../../src/functions/churn';
import { ACTIVITY_CHURN, CX_COHORT } from '../../src/functions/cohort';
import { REFERRAL_RATE } from '../../src/functions/flags';
import { CX_BY, CX_TREND } from '../../src/functions/trend';
import { withSheetEnv } from '../../src/functions/env';

const HCM = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US' };
const VI = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' };
const column = (cells: unknown[]) => cells.map((cell) => [cell]);
/** Midnight of a local day in Ho Chi Minh City, as Sheets passes a date cell there. */
const day = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

describe('CHURN from per-customer flags (the IBM Telco sample shape)', () => {
  // 7,043 customers, 1,869 with Churn = "Yes": the published 26.54%.
  const flags = column(Array.from({ length: 7043 }, (_, i) => (i < 1869 ? 'Yes' : 'No')));

  it('gives the published 26.54%, and the three-count form is unchanged', () => {
    withSheetEnv(HCM, () => {
      expect(CHURN(flags)).toBeCloseTo(26.54, 2);
      expect(CHURN(flags) as number).toBeCloseTo((100 * 1869) / 7043, 12);
      expect(CHURN(100, 90, 0)).toBe(10);
      expect(RETENTION(200, 220, 40)).toBe(90);
    });
  });

  it('by contract type through CX_BY, and by month through CX_TREND', () => {
    withSheetEnv(HCM, () => {
      const churned = column(['Yes', 'No', 'No', 'Yes', 'Yes', 'No']);
      const contract = column(['Month-to-month', 'Two year', 'Month-to-month', 'Month-to-month', 'One year', 'Two year']);
      expect(CX_BY('CHURN', churned, contract)).toEqual([
        ['Month-to-month', 3, (100 * 2) / 3],
        ['Two year', 2, 0],
        ['One year', 1, 100],
      ]);
      const dates = column([day('2026-09-03'), day('2026-09-20'), day('2026-10-01'), day('2026-10-02'), day('2026-10-30'), day('2026-10-31')]);
      expect(CX_TREND('churn', churned, dates)).toEqual([
        [day('2026-09-01'), 2, 50],
        [day('2026-10-01'), 4, 50],
      ]);
    });
  });

  it('says which forms it takes when given two of three counts, in the sheet language', () => {
    withSheetEnv(HCM, () => expect(() => CHURN(100, 90)).toThrow('CHURN: give one range of churned yes/no flags, or three counts: start, end and new'));
    withSheetEnv(VI, () => expect(() => CHURN(column(['Có', 'có lẽ']))).toThrow('CHURN: "có lẽ" không phải câu trả lời có/không'));
  });
});

/**
 * The spec's worked example: 100 customers active on 1 October, 7 of them left during October,
 * 12 joined during October (2 of whom also left in October), and 5 who had left before October.
 */
function octoberCustomers(): { joined: unknown[][]; left: unknown[][] } {
  const joined: unknown[] = ['Joined'];
  const left: unknown[] = ['Cancelled'];
  for (let i = 0; i < 100; i++) {
    joined.push(day(`2025-${String(1 + (i % 12)).padStart(2, '0')}-15`));
    left.push(i < 7 ? day(`2026-10-${String(1 + i * 4).padStart(2, '0')}`) : i < 10 ? day('2026-11-02') : '');
  }
  for (let i = 0; i < 12; i++) {
    joined.push(day(`2026-10-${String(1 + i * 2).padStart(2, '0')}`));
    left.push(i < 2 ? day('2026-10-28') : '');
  }
  for (let i = 0; i < 5; i++) {
    joined.push(day('2025-06-01'));
    left.push(day(`2026-09-${String(10 + i).padStart(2, '0')}`));
  }
  return { joined: column(joined), left: column(left) };
}

describe('CUSTOMER_CHURN and CUSTOMER_RETENTION from join and cancel dates', () => {
  const { joined, left } = octoberCustomers();

  it('give October churn 7% and retention 93%', () => {
    withSheetEnv(HCM, () => {
      expect(CUSTOMER_CHURN(joined, left, 'month', day('2026-10-31'))).toBe(7);
      expect(CUSTOMER_RETENTION(joined, left, 'month', day('2026-10-31'))).toBe(93);
      // Default as_of is the latest date (2 November): the latest complete month is still October.
      expect(CUSTOMER_CHURN(joined, left)).toBe(7);
      // Mid-November, November is not complete yet: October is measured.
      expect(CUSTOMER_CHURN(joined, left, 'month', '2026-11-15')).toBe(7);
      // September: 105 at its start (the 100 and the 5 who left in September).
      expect(CUSTOMER_CHURN(joined, left, 'month', '2026-09-30')).toBeCloseTo((100 * 5) / 105, 12);
    });
  });

  it('count days in the spreadsheet\'s time zone: a cancel at 23:30 on 30 September in Ho Chi Minh City is September', () => {
    const joinedAt = column([day('2026-01-05'), day('2026-01-05')]);
    const leftAt = column([new Date('2026-09-30T16:30:00Z'), new Date('2026-09-30T17:30:00Z')]); // 23:30 Sep 30, 00:30 Oct 1 local
    withSheetEnv(HCM, () => expect(CUSTOMER_CHURN(joinedAt, leftAt, 'month', '2026-09-30')).toBe(50));
    withSheetEnv({ timeZone: 'UTC', locale: 'en_US' }, () => expect(CUSTOMER_CHURN(joinedAt, leftAt, 'month', '2026-09-30')).toBe(100));
  });

  it('name the cell of a cancel before the join, in both languages', () => {
    const j = column(['Joined', day('2026-01-05'), day('2026-02-01')]);
    const l = column(['Left', '', day('2026-01-03')]);
    const formulaCell = { formula: '=CUSTOMER_CHURN(Customers!B1:B3, Customers!C1:C3)', sheetName: 'CX Dashboard' };
    withSheetEnv({ ...HCM, formulaCell }, () =>
      expect(() => CUSTOMER_CHURN(j, l)).toThrow(
        'CUSTOMER_CHURN: left 2026-01-03 is before joined 2026-02-01: a customer cannot cancel before joining (row 3 of left, cell Customers!C3)',
      ),
    );
    withSheetEnv({ ...VI, formulaCell: { ...formulaCell, formula: '=CUSTOMER_RETENTION(Customers!B1:B3, Customers!C1:C3)' } }, () =>
      expect(() => CUSTOMER_RETENTION(j, l)).toThrow('CUSTOMER_RETENTION: ngày rời 2026-01-03 trước ngày tham gia 2026-02-01: khách hàng không thể hủy trước khi tham gia (hàng 3 của left, ô Customers!C3)'),
    );
  });

  it('refuse a cancel without a join, bad dates, unequal ranges and a period nobody was in', () => {
    withSheetEnv(HCM, () => {
      expect(() => CUSTOMER_CHURN(column([day('2026-01-05'), '']), column(['', day('2026-03-01')]))).toThrow(
        'CUSTOMER_CHURN: a left date has no joined date beside it (row 2 of left)',
      );
      expect(() => CUSTOMER_CHURN(column([day('2026-01-05'), 'soon']), column(['', '']))).toThrow('CUSTOMER_CHURN: "soon" is not a date');
      expect(() => CUSTOMER_CHURN(column([day('2026-01-05')]), column(['', '']))).toThrow('CUSTOMER_CHURN: joined and left must be the same size, not 1×1 and 2×1');
      expect(() => CUSTOMER_CHURN(column(['Joined', '']), column(['Left', '']))).toThrow('CUSTOMER_CHURN: no customers with a joined date in the ranges');
      expect(() => CUSTOMER_CHURN(column([day('2026-03-05')]), column(['']), 'month', '2026-03-31')).toThrow(
        'CUSTOMER_CHURN: no customers were active at the start of the period beginning 2026-03-01 (joined before it, not yet left)',
      );
      expect(() => CUSTOMER_CHURN(joined, left, 'fortnight')).toThrow('CUSTOMER_CHURN: period must be "day", "week", "month", "quarter" or "year", not "fortnight"');
      expect(() => CUSTOMER_CHURN(joined, left, 'month', 'tomorrow')).toThrow('CUSTOMER_CHURN: as_of must be a date such as 2026-03-31, not "tomorrow"');
    });
  });
});

// An order log: ann and bob order in September; ann and dan in October; cara in August and October.
const orderUsers = column(['ann', 'bob', 'ann', 'dan', 'cara', 'cara', 'bob']);
const orderDates = column([day('2026-09-02'), day('2026-09-10'), day('2026-10-05'), day('2026-10-20'), day('2026-08-11'), day('2026-10-09'), day('2026-11-03')]);

describe('ACTIVITY_CHURN from an order log', () => {
  it('is the % of last period\'s customers who did not come back this period', () => {
    withSheetEnv(HCM, () => {
      // October: of September's ann and bob, bob did not order → 50%.
      expect(ACTIVITY_CHURN(orderUsers, orderDates, 'month', '2026-10-31')).toBe(50);
      // Default as_of 3 November: November is not complete, October is measured.
      expect(ACTIVITY_CHURN(orderUsers, orderDates)).toBe(50);
      // September: of August's cara, none ordered in September → 100%.
      expect(ACTIVITY_CHURN(orderUsers, orderDates, 'month', '2026-09-30')).toBe(100);
    });
  });

  it('says when nobody was active the period before', () => {
    withSheetEnv(HCM, () =>
      expect(() => ACTIVITY_CHURN(orderUsers, orderDates, 'month', '2026-08-31')).toThrow(
        'ACTIVITY_CHURN: no users were active in the period before the one beginning 2026-08-01',
      ),
    );
    withSheetEnv(VI, () => expect(() => ACTIVITY_CHURN(column(['ann']), column([true]))).toThrow('ACTIVITY_CHURN: TRUE không phải là ngày'));
  });
});

describe('CX_COHORT', () => {
  it('spills one row per cohort: start, size, % active in period 0, 1, …, blank where not reached', () => {
    withSheetEnv(HCM, () => {
      expect(CX_COHORT(orderUsers, orderDates, 'month', 4)).toEqual([
        [day('2026-08-01'), 1, 100, 0, 100, 0], // cara: Aug, Oct, not in November (reached: the log runs to 3 Nov)
        [day('2026-09-01'), 2, 100, 50, 50, ''], // ann (Sep, Oct), bob (Sep, Nov); December not reached
        [day('2026-10-01'), 1, 100, 0, '', ''], // dan
        [day('2026-11-01'), 0, '', '', '', ''], // nobody new in November
      ]);
      expect(CX_COHORT(orderUsers, orderDates)[0]).toHaveLength(2 + 12);
    });
  });

  it('names the first user without a date when the dates range holds none, in both languages', () => {
    const formulaCell = { formula: '=CX_COHORT(Orders!A2:A4, Orders!C2:C4)', sheetName: 'CX Dashboard' };
    withSheetEnv({ ...HCM, formulaCell }, () =>
      expect(() => CX_COHORT(column(['', 'ann', 'bob']), column(['', '', '']))).toThrow(
        'CX_COHORT: this user has no date beside it, and no user in the range has one: a cohort needs the date of each activity (row 2 of dates, cell Orders!C3)',
      ),
    );
    withSheetEnv(VI, () => expect(() => CX_COHORT(column(['ann']), column(['']))).toThrow(/^CX_COHORT: người dùng này không có ngày bên cạnh/));
    withSheetEnv(HCM, () => {
      expect(() => CX_COHORT(orderUsers, orderDates, 'month', 0)).toThrow('CX_COHORT: periods must be a whole number from 1 to 120, not 0');
      expect(() => CX_COHORT(column(['', '']), column(['', '']))).toThrow('CX_COHORT: no users with dates in the ranges');
    });
  });
});

describe('ACTIVITY_CHURN and CX_COHORT on ranges that do not fit', () => {
  it('refuse users and dates of different sizes and a period they do not know, in both languages', () => {
    const users = column(['ann', 'bob']);
    const dates = column([day('2026-09-02')]);
    withSheetEnv(HCM, () => {
      expect(() => ACTIVITY_CHURN(users, dates)).toThrow('ACTIVITY_CHURN: users and dates must be the same size, not 2×1 and 1×1');
      expect(() => CX_COHORT(users, dates)).toThrow('CX_COHORT: users and dates must be the same size, not 2×1 and 1×1');
      expect(() => CX_COHORT(orderUsers, orderDates, 'fortnight')).toThrow('CX_COHORT: period must be "day", "week", "month", "quarter" or "year", not "fortnight"');
      expect(() => ACTIVITY_CHURN(orderUsers, orderDates, 'fortnight')).toThrow('ACTIVITY_CHURN: period must be "day", "week", "month", "quarter" or "year", not "fortnight"');
    });
    withSheetEnv(VI, () => {
      expect(() => ACTIVITY_CHURN(users, dates)).toThrow('ACTIVITY_CHURN: users và dates phải cùng kích thước, không phải 2×1 và 1×1');
      expect(() => CX_COHORT(orderUsers, orderDates, 'fortnight')).toThrow('CX_COHORT: period phải là "day", "week", "month", "quarter" hoặc "year", không phải "fortnight"');
    });
  });
});

describe('REFERRAL_RATE from a "How did you hear about us?" column', () => {
  const sources = column(['How did you hear about us?', 'Friend or colleague', 'Facebook', 'friend  OR colleague', 'Google', '', 'Bạn bè giới thiệu', 'ban be GIOI thieu']);

  it('counts answers equal to the referral answers, ignoring case, spaces and diacritics, the header skipped', () => {
    withSheetEnv(HCM, () => {
      expect(REFERRAL_RATE(sources, 'Friend or colleague')).toBeCloseTo((100 * 2) / 6, 12); // 2 of the 6 answers
      expect(REFERRAL_RATE(sources, column(['Friend or colleague', 'Bạn bè giới thiệu']))).toBeCloseTo((100 * 4) / 6, 12);
      // the other forms are unchanged
      expect(REFERRAL_RATE(column(['yes', 'no', 'có', 'không']))).toBe(50);
      expect(REFERRAL_RATE(3, 12)).toBe(25);
    });
  });

  it('without the answers, a text answer is an error that suggests them', () => {
    withSheetEnv(HCM, () =>
      expect(() => REFERRAL_RATE(column(['yes', 'Friend or colleague']))).toThrow(
        'REFERRAL_RATE: "Friend or colleague" is not a yes/no answer; for a "How did you hear about us?" column, give the answers that count as referral, e.g. =REFERRAL_RATE(G2:G, "Friend or colleague") (row 2 of the range)',
      ),
    );
    // (Below the first row: text in the range's first row is its header.)
    withSheetEnv(VI, () => expect(() => REFERRAL_RATE(column(['có', 'Người quen']))).toThrow(/^REFERRAL_RATE: "Người quen" không phải câu trả lời có\/không; với cột/));
    withSheetEnv(HCM, () => {
      expect(() => REFERRAL_RATE(sources, column(['', '']))).toThrow('REFERRAL_RATE: referral_answers holds no answer text; give one or more, e.g. "Friend or colleague"');
      expect(() => REFERRAL_RATE(column(['Friend', true]), 'Friend')).toThrow('REFERRAL_RATE: TRUE is not an answer text (row 2 of the range)');
      expect(() => REFERRAL_RATE(column(['', '']), 'Friend')).toThrow('REFERRAL_RATE: no answers in the range');
    });
  });
});
