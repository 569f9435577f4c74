import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay, wallClockIn } from '../../src/cells/calendar';
import type { DateOrder } from '../../src/cells/dates';
import type { DateOrderDecision } from '../../src/cells/decide';
import { readDate } from '../../src/cells/read';
import { csvCell } from '../../src/cli/sources/csv-cells';
import { dateGroupOf, dateKeyOf, whyGroupReadsApart } from '../../src/cli/sql/date-keys';
import { openDuck, type Duck } from '../../src/cli/sql/duck';

/**
 * The SQL path groups a date column's texts by their date part (src/cli/sql/date-keys.ts) and reads
 * each group's first text only. That is right only if every text of a group reads, in the column's
 * order, to the day of its date part: the grouping's patterns must take no text the reader reads
 * otherwise (an impossible clock time, a year the reader would refuse, a form it does not know).
 */
const ZONE = 'Asia/Ho_Chi_Minh';
let duck: Duck;
beforeAll(async () => {
  duck = await openDuck();
});
afterAll(() => duck.close());

/** Each text's group key, as DuckDB computes it over a CSV's text column. */
async function keysOf(texts: readonly string[]): Promise<string[]> {
  const values = texts.map((t, i) => `(${i}, '${t.replace(/'/g, "''")}')`).join(', ');
  const rows = await duck.rows(`SELECT ${dateKeyOf('c0', 'text')} FROM (VALUES ${values}) t(i, c0) ORDER BY i`);
  return rows.map((r) => String(r[0]));
}

/** The local day the date reader reads a CSV cell to in `order`, NaN when it does not read it. */
function dayRead(text: string, order: DateOrder, zone = ZONE): number {
  try {
    return localDay(readDate(csvCell(text, zone), wallClockIn(zone), order), zone);
  } catch {
    return NaN;
  }
}

describe('grouping Parquet times by their day or quarter hour as numbers', () => {
  it('gives every time the key dateKeyOf gives it, around midnight, quarter hours and before 1970 (property)', async () => {
    const ms = fc.oneof(fc.integer({ min: -2_208_988_800_000, max: 4_102_444_800_000 }), fc.integer({ min: -3, max: 3 }).chain((d) => fc.constantFrom(-1, 0, 1, 899_999, 900_000).map((e) => Date.UTC(2026, 9, 13) + d * 86_400_000 + e)));
    await fc.assert(
      fc.asyncProperty(fc.array(ms, { minLength: 1, maxLength: 40 }), fc.constantFrom('wallTime' as const, 'instant' as const), async (times, kind) => {
        const { group, keyOf } = dateGroupOf('c0', kind)!;
        const values = [...times.map((t, i) => `(${i}, ${t}::DOUBLE)`), `(${times.length}, NULL)`].join(', ');
        const rows = await duck.rows(`SELECT ${dateKeyOf('c0', kind)}, ${keyOf('g')} FROM (SELECT i, c0, ${group} AS g FROM (VALUES ${values}) t(i, c0)) ORDER BY i`);
        for (const [direct, grouped] of rows) expect(grouped).toBe(direct);
      }),
      { numRuns: 30 },
    );
  });

  it('groups text by its key', () => {
    expect(dateGroupOf('c0', 'text')!.group).toBe(dateKeyOf('c0', 'text'));
  });
});

describe('grouping date texts by their date part', () => {
  it('given the timestamps Forms and Excel export, each is grouped by its date, others by their whole text', async () => {
    const cases: Record<string, string> = {
      '10/13/2026 8:15:00': 'D10/13/2026',
      '13/10/2026 08:15': 'D13/10/2026',
      '13/10/2026 8:15': 'D13/10/2026',
      '2/9/2026': 'D2/9/2026',
      '1/2/26 8:15 PM': 'D1/2/26',
      '13.10.2026 23:59:59': 'D13.10.2026',
      '13-10-26, 08:15': 'D13-10-26',
      '2026-10-13 08:15:00': 'F2026-10-13',
      '2026-10-13T08:15': 'F2026-10-13',
      '2026-10-13 08:15:00.123456': 'G2026-10-13',
      '2026-10-13T23:59:59.9': 'G2026-10-13',
      // With an offset or Z: by the quarter hour as written, and the offset.
      '2026-10-13T08:15:00+07:00': 'O2026-10-13T08:1|+07:00',
      '2026-10-13T08:44Z': 'O2026-10-13T08:2|Z',
      '2026-10-13 23:59:59.999-0330': 'O2026-10-13 23:3|-0330',
      '2026-10-13T08:15:00 +07:00': 'V2026-10-13T08:15:00 +07:00',
      '2026-10-13T08:15:00+24:00': 'V2026-10-13T08:15:00+24:00',
      // The reader refuses these clock times, or takes them in forms the grouping leaves to the value.
      '13/10/2026 24:00': 'V13/10/2026 24:00',
      '13/10/2026 8:60': 'V13/10/2026 8:60',
      '1/2/2026 13:15 PM': 'V1/2/2026 13:15 PM',
      '13/10/2026 08:15:00.250': 'V13/10/2026 08:15:00.250',
      '13/10/2026  08:15': 'V13/10/2026  08:15',
      ' 13/10/2026 08:15': 'V 13/10/2026 08:15',
      '13/10-2026 08:15': 'V13/10-2026 08:15',
      // Years the reader might refuse by the time of day (year 1 near midnight) stay whole too.
      '01/01/0001 00:30': 'V01/01/0001 00:30',
      '1/1/2100 8:00': 'V1/1/2100 8:00',
      '2026-10-13 24:00': 'V2026-10-13 24:00',
    };
    expect(await keysOf(Object.keys(cases))).toEqual(Object.values(cases));
  });

  it('every text grouped by a date part reads, in either order, to the day of that date part alone (property)', async () => {
    const part = (max: number) => fc.integer({ min: 0, max }).chain((n) => fc.constantFrom(String(n), String(n).padStart(2, '0')));
    const year = fc.constantFrom('26', '69', '70', '99', '2026', '1900', '1899', '2099', '2100', '0026', '026');
    const sep = fc.constantFrom('/', '-', '.');
    const clock = fc.oneof(
      fc.constant(''),
      fc.tuple(fc.constantFrom(' ', ', ', '  ', 'T', ','), part(25), part(61), fc.option(part(61)), fc.constantFrom('', ' AM', 'PM', ' pm', ' a.m.', '.5', '.123456', '.')).map(
        ([before, h, m, s, after]) => `${before}${h}:${m.padStart(2, '0')}${s === null ? '' : `:${s}`}${after}`,
      ),
    );
    const dayMonth = fc.tuple(part(35), sep, part(35), fc.boolean(), year, clock).map(([a, s, b, same, y, c]) => `${a}${s}${b}${same ? s : '/'}${y}${c}`);
    const iso = fc.tuple(fc.constantFrom('1899', '1900', '2026', '2100'), part(13), part(32), clock).map(([y, m, d, c]) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}${c}`);
    const offset = fc.constantFrom('Z', 'z', '+07:00', '+0700', '-03:30', '+05:45', ' +07:00', '+24:00', '+07');
    const instant = fc.tuple(fc.constantFrom('2026', '2027'), part(12), part(31), fc.constantFrom('T', ' '), part(23), part(59), fc.option(part(59)), fc.constantFrom('', '.5', '.999999'), offset).map(
      ([y, m, d, t, h, mi, s, frac, o]) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}${t}${h.padStart(2, '0')}:${mi.padStart(2, '0')}${s === null ? '' : `:${s.padStart(2, '0')}${frac}`}${o}`,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(dayMonth, iso), { minLength: 1, maxLength: 60 }), async (texts) => {
        const keys = await keysOf(texts);
        texts.forEach((text, i) => {
          const key = keys[i];
          if (key[0] === 'V') return expect(key).toBe(`V${text}`);
          expect(key[0], text).not.toBe('O');
          const date = key.slice(1);
          expect(text.startsWith(date), text).toBe(true);
          // Left as text for the column reader (the CSV cell typing would make ISO text a Date).
          if (key[0] === 'D') expect(csvCell(text, ZONE), text).toBe(text);
          for (const order of ['dmy', 'mdy'] as const) expect(dayRead(text, order), `${text} ${order}`).toEqual(dayRead(date, order));
        });
      }),
      { numRuns: 40 },
    );
  });

  it('every text of a group the SQL path takes reads to the day its first text reads to, instants with offsets too (property)', async () => {
    const part = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    // Around the year's first day and New York's clock changes, at hours where some zone's day starts, dense enough that groups hold several texts.
    const date = fc.constantFrom('2025-12-31', '2026-03-08', '2026-11-01');
    const hour = fc.constantFrom('00', '01', '05', '06', '07', '16', '17', '18', '23');
    const text = fc.tuple(date, fc.constantFrom('T', ' '), hour, part(59), part(59), fc.constantFrom('', '.250'), fc.constantFrom('Z', '+07:00', '-0330', '+05:45', '-05:00', '')).map(
      ([d, t, h, mi, s, frac, o]) => `${d}${t}${h}:${mi}:${s}${frac}${o}`,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 80 }), async (texts) => {
        const keys = await keysOf(texts);
        const groups = new Map<string, string[]>();
        texts.forEach((t, i) => groups.set(keys[i], [...(groups.get(keys[i]) ?? []), t]));
        for (const zone of ['Asia/Ho_Chi_Minh', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/New_York']) {
          for (const [key, members] of groups) {
            const first = dayRead(members[0], 'mdy', zone);
            if (whyGroupReadsApart(key, first, { order: 'mdy', by: 'values' }, zone, true) !== undefined) continue;
            for (const t of members) expect(dayRead(t, 'mdy', zone), `${t} in ${zone} (${key}, first ${members[0]})`).toBe(first);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a group counts as its first text only where every time of its day reads to that day', () => {
    const decision = { order: 'mdy', by: 'values' } as const;
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    const why = (key: string, d: number, zone: string, wholeSeconds = true, given: DateOrderDecision = decision) => whyGroupReadsApart(key, d, given, zone, wholeSeconds);
    expect(why('D3/8/2026', day('2026-03-08'), 'Asia/Ho_Chi_Minh')).toBeUndefined();
    // New York skips 02:00–03:00 on 8 March and repeats 01:00–02:00 on 1 November: each time still reads to its own day.
    expect(why('D3/8/2026', day('2026-03-08'), 'America/New_York')).toBeUndefined();
    expect(why('F2026-11-01', day('2026-11-01'), 'America/New_York')).toBeUndefined();
    // A Parquet wall time may hold fractions of a second, which the check of every second does not cover.
    expect(why('F2026-03-08', day('2026-03-08'), 'America/New_York', false)).toContain('changes its clock around 2026-03-08');
    expect(why('G2026-03-08', day('2026-03-08'), 'America/New_York')).toContain('may fall between seconds');
    expect(why('G2026-03-09', day('2026-03-10'), 'America/New_York')).toContain('not 2026-03-09');
    // Samoa skipped 30 December 2011: its times read to the 31st.
    expect(why('D12/30/2011', day('2011-12-31'), 'Pacific/Apia')).toContain('reads to 2011-12-31, not 2011-12-30');
    expect(why('D12/29/2011', day('2011-12-29'), 'Pacific/Apia')).toBeUndefined();
    // Nuuk skips 23:00–24:00 on 28 March 2026: 23:30 that day reads to 00:30 on the 29th, though 10:00 reads to the 28th.
    expect(why('D3/28/2026', day('2026-03-28'), 'America/Nuuk')).toContain('some times dated 3/28/2026 read to another day');
    expect(why('D3/29/2026', day('2026-03-29'), 'America/Nuuk')).toBeUndefined();
    expect(why('D3/8/2026', day('2026-08-03'), 'Asia/Ho_Chi_Minh')).toContain('not 2026-03-08');
    // No such day in the column's order (month 13), or a column proving both orders: every text of it is unreadable.
    expect(why('D13/10/2026', NaN, 'Asia/Ho_Chi_Minh')).toBeUndefined();
    expect(why('D3/8/2026', NaN, 'Asia/Ho_Chi_Minh', true, { ...decision, conflict: { dayFirst: { text: '13/1/2026', index: 0 }, monthFirst: { text: '1/13/2026', index: 1 } } })).toBeUndefined();
    expect(why('D3/8/2026', NaN, 'Asia/Ho_Chi_Minh')).toContain('reads to no day');
    // UTC quarter hours in India: 18:30Z starts a day there, so 18:15–18:29 is the 13th and 18:30–18:44 the 14th.
    expect(why('O2026-10-13T18:1|Z', day('2026-10-13'), 'Asia/Kolkata')).toBeUndefined();
    expect(why('O2026-10-13T18:2|Z', day('2026-10-14'), 'Asia/Kolkata')).toBeUndefined();
    expect(why('O2026-10-13T18:2|Z', day('2026-10-13'), 'Asia/Kolkata')).toContain('not 2026-10-14');
    // In 1900 Kolkata was 5:21:10 ahead: its midnight, 18:38:50Z, falls inside a quarter hour of UTC texts.
    expect(why('O1900-10-13T18:2|Z', day('1900-10-13'), 'Asia/Kolkata')).toContain('fall on two days');
  });
});
