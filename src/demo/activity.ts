/**
 * App activity log: one row per user per active day (sometimes two events), oldest first.
 * About 28,000 rows: enough for DAU/WAU/MAU and stickiness, small enough for a quick `npm start`.
 */
import type { SheetData } from './types';
import type { Random } from './random';
import { daysInMonth, demoMonths, localTime } from './time';

export const ACTIVITY_SHEET = 'Activity';

export const ACTIVITY_HEADERS = ['User ID', 'Date', 'Event'] as const;

const EVENTS: readonly (readonly [string, number])[] = [
  ['open_app', 50],
  ['place_order', 20],
  ['track_order', 20],
  ['write_review', 5],
  ['invite_friend', 5],
];

export function activitySheet(random: Random): SheetData {
  // Daily habit per user: a few daily drinkers, many weekly ones, a long tail of occasional ones.
  const habits: number[] = [];
  const rows: unknown[][] = [];
  for (const month of demoMonths()) {
    const target = 300 + 22 * month.index;
    while (habits.length < target) {
      habits.push(random.weighted([[0.5, 15], [0.15, 35], [0.04, 50]] as const));
    }
    for (let day = 1; day <= daysInMonth(month.year, month.month); day++) {
      const weekday = new Date(Date.UTC(month.year, month.month - 1, day)).getUTCDay();
      const weekendFactor = weekday === 0 || weekday === 6 ? 0.7 : 1;
      const today: [number, Date, string][] = [];
      habits.forEach((habit, user) => {
        if (!random.chance(habit * weekendFactor)) return;
        const events = random.chance(0.15) ? 2 : 1;
        for (let e = 0; e < events; e++) {
          const at = localTime(month.year, month.month, day, random.int(6, 23), random.int(0, 59), random.int(0, 59));
          today.push([user, at, random.weighted(EVENTS)]);
        }
      });
      today.sort((a, b) => a[1].getTime() - b[1].getTime());
      for (const [user, at, event] of today) rows.push([`U${String(user + 1).padStart(4, '0')}`, at, event]);
    }
  }
  return { name: ACTIVITY_SHEET, rows: [[...ACTIVITY_HEADERS], ...rows], frozenRows: 1 };
}
