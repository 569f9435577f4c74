import { describe, expect, it } from 'vitest';
import { CX_DATES, CX_IN_PERIOD } from '../../src/functions/dates';
import { withSheetEnv } from '../../src/functions/env';

const column = (cells: unknown[]) => cells.map((cell) => [cell]);
const at = (iso: string) => new Date(iso);

describe('CX_DATES: a column of text dates as the dates the engine reads', () => {
  it('reads a vi_VN Forms export day first, in the spreadsheet’s time zone', () => {
    const dates = column(['Dấu thời gian', '02/09/2026 08:27:26', '13/09/2026 9:00:00', at('2026-09-03T03:00:00Z'), '']);
    withSheetEnv({ timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' }, () => {
      // 13/09 proves day first; a header and a blank stay as they are; a Date cell is kept.
      expect(CX_DATES(dates)).toEqual(column(['Dấu thời gian', at('2026-09-02T01:27:26Z'), at('2026-09-13T02:00:00Z'), at('2026-09-03T03:00:00Z'), '']));
    });
  });

  it('takes the mapping’s order when the values leave it open, before the locale', () => {
    const dates = column(['02/09/2026', '05/10/2026']);
    withSheetEnv({ timeZone: 'UTC', locale: 'en_US' }, () => {
      expect(CX_DATES(dates)).toEqual(column([at('2026-02-09T00:00:00Z'), at('2026-05-10T00:00:00Z')]));
      expect(CX_DATES(dates, 'dmy')).toEqual(column([at('2026-09-02T00:00:00Z'), at('2026-10-05T00:00:00Z')]));
    });
  });

  it('never lets a setting override what the values prove', () => {
    withSheetEnv({ timeZone: 'UTC', locale: 'en_US' }, () => {
      expect(CX_DATES(column(['02/09/2026', '25/09/2026']), 'mdy')).toEqual(column([at('2026-09-02T00:00:00Z'), at('2026-09-25T00:00:00Z')]));
    });
  });

  it('gives back as text what is no date, so it falls in no period and the next function names it', () => {
    withSheetEnv({ timeZone: 'UTC', locale: 'vi_VN' }, () => {
      expect(CX_DATES(column(['hôm qua', 46000, '13/09/2026', '09/13/2026']))).toEqual(column(['hôm qua', '46000', '13/09/2026', '09/13/2026']));
    });
  });

  it('refuses an order it does not know, in the sheet’s language', () => {
    withSheetEnv({ timeZone: 'UTC', locale: 'en_US' }, () => expect(() => CX_DATES(column(['02/09/2026']), 'ymd')).toThrow('CX_DATES: date_order must be "auto", "dmy" or "mdy", not "ymd"'));
    withSheetEnv({ timeZone: 'UTC', locale: 'vi_VN' }, () => expect(() => CX_DATES(column(['02/09/2026']), 'ymd')).toThrow('CX_DATES: date_order phải là "auto", "dmy" hoặc "mdy", không phải "ymd"'));
  });
});

describe('CX_IN_PERIOD: the rows of one period, for FILTER', () => {
  const hcm = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' };
  // 1 September and 1 October at local midnight (17:00 UTC the day before).
  const [september, october] = [at('2026-08-31T17:00:00Z'), at('2026-09-30T17:00:00Z')];

  it('keeps September’s day-first text rows, from the first day up to the day after', () => {
    const dates = column(['31/08/2026 23:59:59', '01/09/2026 00:00:00', '30/09/2026 23:59', '13/09/2026', '01/10/2026 00:00', '', 'không rõ', at('2026-09-15T03:00:00Z')]);
    withSheetEnv(hcm, () => expect(CX_IN_PERIOD(dates, september, october)).toEqual(column([false, true, true, true, false, false, false, true])));
  });

  it('reads ambiguous text in the mapping’s order', () => {
    const dates = column(['02/09/2026', '09/02/2026']);
    withSheetEnv({ timeZone: 'UTC', locale: 'en_US' }, () => {
      expect(CX_IN_PERIOD(dates, at('2026-09-01T00:00:00Z'), at('2026-10-01T00:00:00Z'))).toEqual(column([false, true]));
      expect(CX_IN_PERIOD(dates, at('2026-09-01T00:00:00Z'), at('2026-10-01T00:00:00Z'), 'dmy')).toEqual(column([true, false]));
    });
  });

  it('names a start or end that is no date', () => {
    withSheetEnv(hcm, () => expect(() => CX_IN_PERIOD(column(['02/09/2026']), 'tháng 9', october)).toThrow('CX_IN_PERIOD: start phải là một ngày, ví dụ DATE(2026; 9; 1), không phải "tháng 9"'));
    withSheetEnv({ timeZone: 'UTC', locale: 'en_US' }, () => expect(() => CX_IN_PERIOD(column(['02/09/2026']), september, '')).toThrow('CX_IN_PERIOD: end must be a date such as DATE(2026, 9, 1), not ""'));
  });
});
