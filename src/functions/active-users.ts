import { failCall } from '../cells/messages';
import type { RangeArg } from '../cells/types';
import { activeInWindow, activeUsersAsOf, activeUserTexts, asOfDay, readActivity, type ActiveUsers } from '../metrics/active-users';
import type { FunctionDoc } from './catalog';
import { sheetTimeZone } from './env';
import { inSheetLang } from './localize';

/** Reads the events and counts the windows ending on as_of, in the spreadsheet's time zone. */
function activeUsers(fn: string, users: RangeArg, dates: RangeArg, asOf: unknown): ActiveUsers {
  const timeZone = sheetTimeZone();
  const activity = readActivity(fn, users, dates, timeZone);
  return activeUsersAsOf(activity, asOfDay(fn, asOf, activity, timeZone));
}

/** Reads the events and counts the distinct users of the `days` days ending on as_of. */
function activeOver(fn: string, days: number, users: RangeArg, dates: RangeArg, asOf: unknown): number {
  const timeZone = sheetTimeZone();
  const activity = readActivity(fn, users, dates, timeZone);
  return activeInWindow(activity, asOfDay(fn, asOf, activity, timeZone), days);
}

/** Distinct users active on the as_of day (default: the latest date). */
export function DAU(users: RangeArg, dates: RangeArg, as_of?: unknown): number {
  return inSheetLang(() => activeOver('DAU', 1, users, dates, as_of));
}

/** Distinct users active in the 7 days ending on as_of. */
export function WAU(users: RangeArg, dates: RangeArg, as_of?: unknown): number {
  return inSheetLang(() => activeOver('WAU', 7, users, dates, as_of));
}

/** Distinct users active in the 30 days ending on as_of. */
export function MAU(users: RangeArg, dates: RangeArg, as_of?: unknown): number {
  return inSheetLang(() => activeOver('MAU', 30, users, dates, as_of));
}

/** 100 · average DAU over the 30 days ending on as_of / MAU. */
export function STICKINESS(users: RangeArg, dates: RangeArg, as_of?: unknown): number {
  return inSheetLang(() => {
    const counts = activeUsers('STICKINESS', users, dates, as_of);
    // An as_of far from the data leaves nobody in the window: there is no ratio to give.
    if (counts.mau === 0) throw failCall('STICKINESS', activeUserTexts.noActiveUsers(counts.asOf));
    return counts.stickiness;
  });
}

const USERS_PARAM = {
  name: 'users',
  type: 'string[][]',
  description: 'Who was active, one user id or email per row, e.g. A2:A. Blank rows are skipped.',
};
const DATES_PARAM = {
  name: 'dates',
  type: 'Date[][]',
  description: 'When each of those users was active, same size as users, e.g. B2:B.',
};
const AS_OF_PARAM = {
  name: 'as_of',
  type: 'Date',
  optional: true,
  description: 'The last day to count, e.g. DATE(2026,3,31) or a cell with a date. Default: the latest date in dates.',
};

export const docs = (): FunctionDoc[] => [
  {
    name: 'DAU',
    summary: 'Daily active users: how many different users were active on one day (the latest day unless you give as_of).',
    params: [USERS_PARAM, DATES_PARAM, AS_OF_PARAM],
    returns: '{number} the number of different users active that day',
    example: '=DAU(A2:A, B2:B)',
  },
  {
    name: 'WAU',
    summary: 'Weekly active users: how many different users were active in the 7 days ending on the latest day (or as_of).',
    params: [USERS_PARAM, DATES_PARAM, AS_OF_PARAM],
    returns: '{number} the number of different users active in those 7 days',
    example: '=WAU(A2:A, B2:B, DATE(2026,3,31))',
  },
  {
    name: 'MAU',
    summary: 'Monthly active users: how many different users were active in the 30 days ending on the latest day (or as_of).',
    params: [USERS_PARAM, DATES_PARAM, AS_OF_PARAM],
    returns: '{number} the number of different users active in those 30 days',
    example: '=MAU(A2:A, B2:B)',
  },
  {
    name: 'STICKINESS',
    summary: 'How often monthly users come back: average daily users over 30 days as a % of monthly users (DAU/MAU).',
    params: [USERS_PARAM, DATES_PARAM, AS_OF_PARAM],
    returns: '{number} stickiness from 0 to 100 (100 = every user came every day)',
    example: '=STICKINESS(A2:A, B2:B)',
  },
];
