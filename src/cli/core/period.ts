import { dayOfLocalDate } from '../../report/period';
import type { PeriodChoice } from '../../report/types';
import { usageError } from '../errors';
import type { CliMessages } from '../messages';

/**
 * `--period`: `2026-10` is that calendar month; `2026-10-05` is the Monday-to-Sunday week
 * holding that day (the report's weekly period). Anything else is a usage error.
 */
export function parsePeriod(text: string, m: CliMessages): PeriodChoice {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  const start = month ? `${text}-01` : text;
  try {
    dayOfLocalDate(start); // checks the calendar: 2026-13 and 2026-02-30 are refused
  } catch {
    throw usageError(m.badPeriod(text));
  }
  return { kind: month ? 'month' : 'week', start };
}
