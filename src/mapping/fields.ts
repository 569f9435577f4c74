/**
 * The fields a mapping can hold: what each is, which family of sheet it belongs to, and what
 * its values look like. Header words live in headers.ts; labels for people in messages.ts.
 */

export const FIELD_IDS = [
  'timestamp',
  'customerId',
  'email',
  'nps',
  'csat',
  'ces',
  'segment',
  'ticketOpened',
  'ticketResolved',
  'firstContact',
  'referral',
  'trialStarted',
  'trialConverted',
  'journeyStage',
  'subsStart',
  'subsEnd',
  'subsNew',
  'comment',
  'churned',
  'customerJoined',
  'customerLeft',
  /** Time a ticket took, as a number in the column's unit, h:mm or a duration cell (ART without resolved dates). */
  'ticketDuration',
] as const;

export type FieldId = (typeof FIELD_IDS)[number];

/** Kinds of data a sheet can hold; the workbook detector picks one sheet per family. */
export type Family = 'survey' | 'tickets' | 'subscriptions' | 'activity' | 'customers';

/** What a field's values look like, for value sniffing (see sniff.ts). */
export type ValueKind =
  | 'date'
  | 'id'
  | 'email'
  | 'nps'
  | 'csat'
  | 'ces'
  | 'category'
  | 'flag'
  | 'count'
  | 'flagOrCount'
  | 'source'
  | 'stage'
  | 'text'
  /** Lengths of time: numbers ≥ 0, `2:30`, `2 giờ 30 phút`, duration cells (Dates just after 1899-12-30). */
  | 'duration';

export interface FieldInfo {
  kind: ValueKind;
  /**
   * How far the values alone may carry the field when no header word matches (0–1). Below
   * MIN_CONFIDENCE means "never by values alone": a short text column could be anything.
   */
  valuePrior: number;
}

export const FIELD_INFO: Record<FieldId, FieldInfo> = {
  timestamp: { kind: 'date', valuePrior: 0.6 },
  customerId: { kind: 'id', valuePrior: 0.3 },
  email: { kind: 'email', valuePrior: 0.75 },
  nps: { kind: 'nps', valuePrior: 0.55 },
  csat: { kind: 'csat', valuePrior: 0.45 },
  ces: { kind: 'ces', valuePrior: 0.42 },
  segment: { kind: 'category', valuePrior: 0.3 },
  ticketOpened: { kind: 'date', valuePrior: 0.3 },
  ticketResolved: { kind: 'date', valuePrior: 0.3 },
  firstContact: { kind: 'flag', valuePrior: 0.3 },
  referral: { kind: 'source', valuePrior: 0.25 },
  trialStarted: { kind: 'count', valuePrior: 0.2 },
  trialConverted: { kind: 'flagOrCount', valuePrior: 0.2 },
  journeyStage: { kind: 'stage', valuePrior: 0.6 },
  subsStart: { kind: 'count', valuePrior: 0.2 },
  subsEnd: { kind: 'count', valuePrior: 0.2 },
  subsNew: { kind: 'count', valuePrior: 0.2 },
  comment: { kind: 'text', valuePrior: 0.42 },
  // A customer list: one row per customer with a churned flag, or join and cancel dates.
  churned: { kind: 'flag', valuePrior: 0.2 },
  customerJoined: { kind: 'date', valuePrior: 0.2 },
  customerLeft: { kind: 'date', valuePrior: 0.2 },
  // Durations look like counts or times; only a header says what they are.
  ticketDuration: { kind: 'duration', valuePrior: 0.1 },
};

/** A field below this confidence is not proposed; the user picks it by hand. */
export const MIN_CONFIDENCE = 0.4;

/**
 * Rows of data detection looks at, after the header. The add-on reads each sheet with ONE
 * batched `getRange(1, 1, min(lastRow, DETECTION_SAMPLE_ROWS + HEADER_SEARCH_ROWS), lastColumn)
 * .getValues()`, so detection costs the same on a sheet of 100 rows or 100,000.
 */
export const DETECTION_SAMPLE_ROWS = 200;

/** The header may sit below a title row or two; it is looked for in this many top rows. */
export const HEADER_SEARCH_ROWS = 5;

/** The fields whose presence makes a sheet a member of a family, with the family's core fields. */
export const FAMILY_FIELDS: Record<Family, readonly FieldId[]> = {
  survey: ['nps', 'csat', 'ces'],
  tickets: ['ticketOpened', 'ticketResolved', 'firstContact', 'ticketDuration'],
  subscriptions: ['subsStart', 'subsEnd', 'subsNew'],
  activity: ['customerId', 'timestamp'],
  customers: ['churned', 'customerJoined', 'customerLeft'],
};
