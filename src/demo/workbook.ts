/**
 * The demo workbook `npm start`, the emulator tests and the CLI run on: a year and more of a
 * small tea shop's customer data, generated from a seed so it is the same everywhere.
 *
 * @example demoWorkbook().sheets.map((s) => s.name)
 *   // ['Form Responses 1', 'Khảo sát', 'Support tickets', 'Subscriptions', 'Activity']
 */
import type { WorkbookData } from './types';
import { mulberry32 } from './random';
import { DEMO_TIME_ZONE } from './time';
import { formResponsesSheet } from './survey';
import { vietnameseSurveySheet } from './vietnamese';
import { ticketsSheet } from './tickets';
import { subscriptionsSheet } from './subscriptions';
import { activitySheet } from './activity';

export const DEMO_SEED = 2026;

export function demoWorkbook(seed: number = DEMO_SEED): WorkbookData {
  // One stream per sheet, so adding a column to one sheet leaves the others' data unchanged.
  const stream = (offset: number) => mulberry32((seed * 7919 + offset) >>> 0);
  return {
    name: 'Sen Viet Tea: customer data (demo)',
    timeZone: DEMO_TIME_ZONE,
    locale: 'en_US',
    sheets: [
      formResponsesSheet(stream(1)),
      vietnameseSurveySheet(stream(2)),
      ticketsSheet(stream(3)),
      subscriptionsSheet(stream(4)),
      activitySheet(stream(5)),
    ],
  };
}
