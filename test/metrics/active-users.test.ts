import { describe, expect, it } from 'vitest';
import { activeUsersAsOf, activeUsersByMonth, asOfDay, readActivity } from '../../src/metrics/active-users';
import { dayOfDate, isoDate } from '../../src/cells/calendar';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const column = (cells: unknown[]) => cells.map((cell) => [cell]);

// A week of a tea shop's app log, hand-counted. Windows end on 2026-04-20:
// day = 04-20, week = 04-14…04-20, 30 days = 03-22…04-20.
const log: [string, string][] = [
  ['ann', '2026-04-20'],
  ['bob', '2026-04-20'],
  ['ann', '2026-04-19'],
  ['ann', '2026-04-20'], // ann twice on one day counts once
  ['cara', '2026-04-14'], // first day of the week
  ['dan', '2026-04-13'], // just before the week
  ['eve', '2026-03-21'], // just before the 30 days
  ['fay', '2026-03-22'], // first of the 30 days
];
const users = column(log.map(([user]) => user));
const dates = column(log.map(([, iso]) => day(iso)));

describe('activeUsersAsOf', () => {
  it('counts distinct users on the day, the 7 days and the 30 days ending on the latest date', () => {
    const counts = activeUsersAsOf(readActivity('MAU', users, dates, 'UTC'));
    expect(isoDate(counts.asOf)).toBe('2026-04-20');
    expect(counts.dau).toBe(2); // ann, bob
    expect(counts.wau).toBe(3); // + cara
    expect(counts.mau).toBe(5); // + dan, fay
    // user-days in the 30 days: ann 2, bob 1, cara 1, dan 1, fay 1 = 6; mean DAU = 6/30
    expect(counts.stickiness).toBeCloseTo((100 * (6 / 30)) / 5, 12);
  });

  it('ends the windows on as_of when given', () => {
    const activity = readActivity('MAU', users, dates, 'UTC');
    const counts = activeUsersAsOf(activity, asOfDay('MAU', day('2026-04-14'), activity, 'UTC'));
    expect(counts.dau).toBe(1); // cara
    expect(counts.wau).toBe(2); // cara, dan
    expect(counts.mau).toBe(4); // cara, dan, eve, fay
    expect(asOfDay('MAU', '2026-04-14', activity, 'UTC')).toBe(dayOfDate(2026, 4, 14));
    expect(asOfDay('MAU', [['']], activity, 'UTC')).toBe(activity.lastDay);
  });

  it('compares ids as trimmed, case-sensitive text, numbers as their text', () => {
    const ids = column([' ann ', 'ann', 'Ann', 42, '42', ' 42', 4.5, '4.5']);
    const same = column(Array(8).fill(day('2026-04-20')));
    expect(activeUsersAsOf(readActivity('DAU', ids, same, 'UTC')).dau).toBe(4); // ann, Ann, 42, 4.5
  });

  it('leaves out rows without a user or without a date, and skips the date of a blank user', () => {
    const ids = column(['ann', '', 'bob', null, 'cara']);
    const when = column([day('2026-04-20'), 'not a date', '', day('2026-04-20'), day('2026-04-20')]);
    const counts = activeUsersAsOf(readActivity('DAU', ids, when, 'UTC'));
    expect(counts.dau).toBe(2); // ann, cara
  });

  it('reads ISO date text in the spreadsheet zone', () => {
    const counts = activeUsersAsOf(readActivity('DAU', column(['ann', 'bob']), column(['2026-04-01 00:30', '2026-03-31T23:30']), 'Asia/Ho_Chi_Minh'));
    expect(isoDate(counts.asOf)).toBe('2026-04-01');
    expect(counts.dau).toBe(1);
    expect(counts.mau).toBe(2);
  });
});

describe('the spreadsheet time zone', () => {
  // 18:30 UTC on March 31 is 01:30 on April 1 in Ho Chi Minh City (UTC+7).
  const ids = column(['ann', 'bob', 'cara']);
  const instants = column([new Date('2026-03-31T18:30:00Z'), new Date('2026-03-31T10:00:00Z'), new Date('2026-04-01T09:00:00Z')]);

  it('counts local days: the 18:30Z event is on April 1 in Asia/Ho_Chi_Minh, March 31 in UTC', () => {
    const local = activeUsersAsOf(readActivity('DAU', ids, instants, 'Asia/Ho_Chi_Minh'));
    expect(isoDate(local.asOf)).toBe('2026-04-01');
    expect(local.dau).toBe(2); // ann, cara
    const utc = activeUsersAsOf(readActivity('DAU', ids, instants, 'UTC'));
    expect(utc.dau).toBe(1); // cara only
  });

  it('puts the event in April for monthly counts', () => {
    const local = activeUsersByMonth(readActivity('MAU', ids, instants, 'Asia/Ho_Chi_Minh'));
    expect(local.map((m) => [isoDate(m.monthStart), m.mau])).toEqual([
      ['2026-03-01', 1],
      ['2026-04-01', 2],
    ]);
    const utc = activeUsersByMonth(readActivity('MAU', ids, instants, 'UTC'));
    expect(utc.map((m) => [isoDate(m.monthStart), m.mau])).toEqual([
      ['2026-03-01', 2],
      ['2026-04-01', 1],
    ]);
  });
});

describe('activeUsersByMonth', () => {
  it('lists every month from first to last with MAU and the average DAU over the month', () => {
    const ids = column(['ann', 'ann', 'bob', 'ann', 'cara', 'ann']);
    const when = column(['2026-01-05', '2026-01-05', '2026-01-05', '2026-01-20', '2026-03-02', '2026-03-31'].map(day));
    const months = activeUsersByMonth(readActivity('MAU', ids, when, 'UTC'));
    expect(months.map((m) => isoDate(m.monthStart))).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(months.map((m) => m.mau)).toEqual([2, 0, 2]);
    // January: user-days ann 01-05, bob 01-05, ann 01-20 = 3 over 31 days; March: 2 over 31
    expect(months[0].dauAverage).toBeCloseTo(3 / 31, 12);
    expect(months[1].dauAverage).toBe(0);
    expect(months[2].dauAverage).toBeCloseTo(2 / 31, 12);
  });
});

describe('problems', () => {
  it('needs ranges of the same size', () => {
    expect(() => readActivity('MAU', column(['a', 'b', 'c']), column([day('2026-04-01'), day('2026-04-02')]), 'UTC')).toThrow(
      'MAU: users and dates must be the same size, not 3×1 and 2×1',
    );
  });

  it('names a bad cell and its place', () => {
    expect(() => readActivity('DAU', column(['ann', true]), column([day('2026-04-01'), day('2026-04-01')]), 'UTC')).toThrow('DAU: TRUE is not a user id (row 2 of users)');
    expect(() => readActivity('DAU', column([day('2026-04-01')]), column([day('2026-04-01')]), 'UTC')).toThrow('DAU: the date 2026-04-01 12:00 is not a user id (in users)');
    expect(() => readActivity('DAU', column(['ann', '#N/A']), column([day('2026-04-01'), day('2026-04-01')]), 'UTC')).toThrow('DAU: the cell holds the error #N/A (row 2 of users)');
    expect(() => readActivity('WAU', column(['ann', 'bob']), column([day('2026-04-01'), 'yesterday']), 'UTC')).toThrow(
      'WAU: "yesterday" is not a date (use a date cell or text like 2026-03-01) (row 2 of dates)',
    );
    expect(() => readActivity('WAU', column(['ann', NaN]), column([day('2026-04-01'), day('2026-04-01')]), 'UTC')).toThrow('WAU: NaN is not a number a cell can hold (row 2 of users)');
  });

  it('checks every cell, also those outside the 30 days a window counts, in row order', () => {
    // Row 2 is months before the window (only the window's users are interned), yet its bad cell is the error.
    const when = column([day('2026-04-20'), day('2025-01-01'), day('2026-04-20')]);
    const mau = (ids: unknown[], dates = when) => {
      const activity = readActivity('MAU', column(ids), dates, 'UTC');
      return activeUsersAsOf(activity, asOfDay('MAU', undefined, activity, 'UTC')).mau;
    };
    expect(() => mau(['ann', true, 'bob'])).toThrow('MAU: TRUE is not a user id (row 2 of users)');
    expect(() => mau(['ann', ' #REF! ', 'bob'])).toThrow('MAU: the cell holds the error #REF! (row 2 of users)');
    expect(() => mau(['ann', Infinity, 'bob'])).toThrow(/^MAU: .*\(row 2 of users\)$/);
    expect(() => mau(['ann', 'cara', 'bob'], column([day('2026-04-20'), 'last year', day('2026-04-20')]))).toThrow(/^MAU: .*\(row 2 of dates\)$/);
    expect(() => mau(['ann', 'cara', 'bob'], column([day('2026-04-20'), new Date(NaN), day('2026-04-20')]))).toThrow(/^MAU: .*\(row 2 of dates\)$/);
    // The first bad cell wins: a bad date in row 1 before a bad user in row 2; a row's user before its date.
    // (Text such as 'soon' in row 1 would be the range's header, so row 1 holds an error value.)
    expect(() => mau(['ann', true, 'bob'], column(['#REF!', day('2025-01-01'), day('2026-04-20')]))).toThrow(/^MAU: .*\(row 1 of dates\)$/);
    expect(() => mau([false, 'cara', 'bob'], column(['#REF!', day('2025-01-01'), day('2026-04-20')]))).toThrow('MAU: FALSE is not a user id (row 1 of users)');
    // Ids that only look unusual: '#' inside or first but no Sheets error, a no-break space to trim, numbers.
    const ids = ['#42', '\u00a0ann', 'ann', 42, '42', ' bob', '', null];
    expect(mau(ids, column(Array(ids.length).fill(day('2026-04-20'))))).toBe(4); // #42, ann, 42, bob
  });

  it('reports uneven rows or ranges of another size before any bad cell, users before dates', () => {
    const d = day('2026-04-20');
    expect(() => readActivity('MAU', [[true], ['ann'], ['ann', 'bob']], [[d], [d], [d]], 'UTC')).toThrow('MAU: users has rows of different lengths');
    expect(() => readActivity('MAU', [[true], ['ann'], ['bob']], [[d], [d], 'x'], 'UTC')).toThrow('MAU: dates has rows of different lengths');
    expect(() => readActivity('MAU', [['ann'], null, ['bob']], [[d], [d], [d, d]], 'UTC')).toThrow('MAU: users has rows of different lengths');
    expect(() => readActivity('MAU', [[true], ['ann']], [[d], [d], [d]], 'UTC')).toThrow('MAU: users and dates must be the same size, not 2×1 and 3×1');
    expect(() => readActivity('MAU', [['ann'], [true]], [[d], [d]], 'UTC')).toThrow('MAU: TRUE is not a user id (row 2 of users)');
  });

  it('counts the same after every event was interned (by month) as with the window alone', () => {
    const activity = readActivity('MAU', users, dates, 'UTC');
    const before = activeUsersAsOf(activity);
    activeUsersByMonth(activity);
    expect(activeUsersAsOf(activity)).toEqual(before);
    expect(activity.userCount).toBe(6);
    expect(activity.users.length).toBe(log.length);
  });

  it('refuses ranges with no user and date pair', () => {
    expect(() => readActivity('MAU', column(['', 'ann']), column([day('2026-04-01'), '']), 'UTC')).toThrow('MAU: no users with dates in the ranges');
  });

  it('refuses an as_of that is not a date', () => {
    const activity = readActivity('MAU', users, dates, 'UTC');
    expect(() => asOfDay('MAU', 'soon', activity, 'UTC')).toThrow('MAU: as_of must be a date such as 2026-03-31, not "soon"');
    expect(() => asOfDay('MAU', 45000, activity, 'UTC')).toThrow('MAU: as_of must be a date such as 2026-03-31, not 45000');
    expect(() => asOfDay('MAU', [[1], [2]], activity, 'UTC')).toThrow('MAU: as_of must be a single value, not a range');
  });
});

describe('at scale', () => {
  it('counts every one of 100 000 users across a million events', () => {
    const n = 1_000_000;
    const ids: unknown[][] = new Array(n);
    const when: unknown[][] = new Array(n);
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (let i = 0; i < n; i++) {
      // Scattered but reproducible: every user appears, days in no order.
      ids[i] = [`user${(i * 7919) % 100_000}`];
      when[i] = [new Date(start + ((i * 104_729) % 365) * 86_400_000 + (i % 86_400) * 1000)];
    }
    const activity = readActivity('MAU', ids, when, 'Asia/Ho_Chi_Minh');
    const months = activeUsersByMonth(activity);
    const counts = activeUsersAsOf(activity);
    expect(activity.userCount).toBe(100_000);
    expect(months.length).toBeGreaterThanOrEqual(12);
    expect(counts.mau).toBeGreaterThan(0);
  });
});
