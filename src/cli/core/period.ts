import { parsePeriodText, PERIOD_FORMS } from '../../report/period';
import type { PeriodChoice } from '../../report/types';
import { usageError } from '../errors';
import type { CliMessages } from '../messages';

/**
 * `--period` in any form of metrics-spec.md section 6 (`all`, `2026`, `2026-Q3`, `2026-10`,
 * `2026-W41` or a day of that week, `2026-09-01..2026-10-31`), parsed by the report's one
 * parser. Anything else is a usage error that lists the accepted forms.
 */
export function parsePeriod(text: string, m: CliMessages): PeriodChoice {
  const period = parsePeriodText(text);
  if (!period) throw usageError(m.badPeriod(text, PERIOD_FORMS.join(', ')));
  return period;
}
