import { describe, expect, it } from 'vitest';
import { DAU, MAU } from '../../src/functions/active-users';
import { CUSTOMER_CHURN } from '../../src/functions/churn';
import { ACTIVITY_CHURN } from '../../src/functions/cohort';
import { withSheetEnv } from '../../src/functions/env';

/**
 * `as_of` typed as the sheet writes dates (metrics-spec.md 1.2): `02/09/2026` in a vi_VN sheet is
 * 2 September, in an en_US sheet 9 February; `13/09/2026` proves day first anywhere; month names
 * (`31-Jul-18`) read in every locale. A text that is no date in its order is an error naming
 * as_of and saying how to write it.
 */
const VI = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' };
const US = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US' };
const column = (cells: unknown[]) => cells.map((cell) => [cell]);
const at = (iso: string) => new Date(`${iso}T03:00:00Z`); // 10:00 in Ho Chi Minh City

// Sign-ins: ann on 2 February, bob on 9 February, cara on 2 September, dan on 9 September.
const users = column(['ann', 'bob', 'cara', 'dan']);
const dates = column([at('2026-02-02'), at('2026-02-09'), at('2026-09-02'), at('2026-09-09')]);

describe('as_of as date text', () => {
  it('is day first in a vi_VN sheet and month first in an en_US sheet, as the dates would be', () => {
    withSheetEnv(VI, () => expect(DAU(users, dates, '02/09/2026')).toBe(1)); // 2 September: cara
    withSheetEnv(VI, () => expect(MAU(users, dates, '09/09/2026')).toBe(2)); // 11 Aug … 9 Sep: cara, dan
    withSheetEnv(US, () => expect(MAU(users, dates, '02/09/2026')).toBe(2)); // 11 Jan … 9 Feb: ann, bob
  });

  it('a day above 12 proves its order whatever the locale, and month names read everywhere', () => {
    withSheetEnv(US, () => expect(MAU(users, dates, '13/09/2026')).toBe(2)); // 13 September
    withSheetEnv(VI, () => expect(DAU(users, dates, '9-Sep-26')).toBe(1));
    withSheetEnv(VI, () => expect(DAU(users, dates, '2 tháng 9, 2026')).toBe(1));
  });

  it('reads the same way in CUSTOMER_CHURN and ACTIVITY_CHURN', () => {
    // Four customers on 1 August; one leaves on 10 August: August churn 25%.
    const joined = column([at('2026-01-05'), at('2026-02-05'), at('2026-03-05'), at('2026-04-05')]);
    const left = column(['', at('2026-08-10'), '', '']);
    // as_of 05/09/2026 is 5 September in vi_VN: the latest complete month is August.
    withSheetEnv(VI, () => expect(CUSTOMER_CHURN(joined, left, 'month', '05/09/2026')).toBe(25));
    // In en_US it is 9 May: April is the latest complete month, nobody left in it.
    withSheetEnv(US, () => expect(CUSTOMER_CHURN(joined, left, 'month', '05/09/2026')).toBe(0));
    // ann, bob active in February; nobody in March: March churn from the log is 100%.
    withSheetEnv(VI, () => expect(ACTIVITY_CHURN(users, dates, 'month', '01/04/2026')).toBe(100));
  });

  it('that is no date in its order is an error naming as_of, in the sheet language', () => {
    withSheetEnv(VI, () =>
      expect(() => MAU(users, dates, '31/02/2026')).toThrow(
        'MAU: as_of "31/02/2026" không phải là ngày khi đọc ngày trước tháng như bảng tính này ghi ngày; hãy ghi 2026-03-31 hoặc DATE(2026; 3; 31)',
      ),
    );
    withSheetEnv(US, () =>
      expect(() => DAU(users, dates, '02/31/2026')).toThrow(
        'DAU: as_of "02/31/2026" is not a date when read month first, as this spreadsheet writes dates; write it as 2026-03-31 or DATE(2026, 3, 31)',
      ),
    );
    withSheetEnv(US, () => expect(() => DAU(users, dates, 'next Monday')).toThrow('DAU: as_of must be a date such as 2026-03-31, not "next Monday"'));
  });
});
