/**
 * Installable triggers as data, and when clock triggers are due.
 * https://developers.google.com/apps-script/guides/triggers/installable
 *
 * A daily trigger "at 8" fires at 8:00 plus `nearMinute` in its time zone (Apps Script picks some
 * minute in 8:00-8:59 and keeps it; the emulator picks `nearMinute`, or 0, so runs are repeatable).
 * Without atHour, it fires at the wall time it was created. Hourly and minutely triggers fire every
 * n units from their creation.
 */
import { zonedTime, wallTime } from './timezone';

export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT' | 'ON_EVENT_UPDATED';
export type TriggerSourceName = 'CLOCK' | 'SPREADSHEETS' | 'DOCUMENTS' | 'FORMS' | 'CALENDAR';

export type ClockSchedule =
  | { kind: 'once'; at: number }
  | {
      kind: 'every';
      unit: 'minutes' | 'hours' | 'days' | 'weeks' | 'months';
      n: number;
      hour?: number;
      minute?: number;
      /** 0 = Sunday … 6 = Saturday */
      weekDay?: number;
      monthDay?: number;
      timeZone: string;
    };

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: TriggerEventType;
  source: TriggerSourceName;
  /** The spreadsheet id for spreadsheet triggers; null for clock triggers, as Apps Script returns. */
  sourceId: string | null;
  user: string;
  /** The document the add-on created the trigger in (add-on limits count per document). */
  documentId: string;
  createdAt: number;
  schedule?: ClockSchedule;
  lastFiredAt?: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export class TriggerTable {
  readonly triggers: TriggerRecord[] = [];
  private nextId = 7_340_000_000_000_000;

  newId(): string {
    this.nextId += 1;
    return String(this.nextId);
  }

  add(trigger: TriggerRecord): void {
    this.triggers.push(trigger);
  }

  remove(id: string): boolean {
    const index = this.triggers.findIndex((t) => t.id === id);
    if (index >= 0) this.triggers.splice(index, 1);
    return index >= 0;
  }

  find(id: string): TriggerRecord | undefined {
    return this.triggers.find((t) => t.id === id);
  }

  /** The earliest clock run due at or before `until`, if any. */
  nextDue(until: number): { trigger: TriggerRecord; at: number } | null {
    let best: { trigger: TriggerRecord; at: number } | null = null;
    for (const trigger of this.triggers) {
      if (!trigger.schedule) continue;
      const at = nextOccurrence(trigger.schedule, trigger.lastFiredAt ?? trigger.createdAt, trigger.createdAt);
      if (at !== null && at <= until && (!best || at < best.at)) best = { trigger, at };
    }
    return best;
  }
}

/** The first run of `schedule` strictly after `after` (ms), for a trigger created at `createdAt`. */
export function nextOccurrence(schedule: ClockSchedule, after: number, createdAt: number): number | null {
  if (schedule.kind === 'once') return schedule.at > after ? schedule.at : null;
  const { unit, n, timeZone } = schedule;
  if (unit === 'minutes' || unit === 'hours') {
    const step = n * (unit === 'minutes' ? MINUTE : HOUR);
    return createdAt + (Math.floor((after - createdAt) / step) + 1) * step;
  }
  const created = wallTime(new Date(createdAt), timeZone);
  const hour = schedule.hour ?? created.hour;
  const minute = schedule.hour === undefined ? created.minute : schedule.minute ?? 0;
  let candidate: (k: number) => number;
  let approxStep: number;
  if (unit === 'months') {
    const day = schedule.monthDay ?? created.day;
    candidate = (k) => zonedTime(timeZone, created.year, created.month + k, day, hour, minute).getTime();
    approxStep = 28 * 24 * HOUR;
  } else {
    let firstDay = created.day;
    if (unit === 'weeks' && schedule.weekDay !== undefined) firstDay += (schedule.weekDay - created.weekday + 7) % 7;
    const days = unit === 'weeks' ? 7 * n : n;
    candidate = (k) => zonedTime(timeZone, created.year, created.month, firstDay + k * days, hour, minute).getTime();
    approxStep = days * 24 * HOUR;
  }
  const floor = Math.max(after, createdAt);
  let k = Math.max(0, Math.floor((floor - candidate(0)) / approxStep) - 2);
  while (candidate(k) <= floor) k += 1;
  return candidate(k);
}

/**
 * The event object a time-driven trigger passes to its handler, in UTC as Apps Script sends it.
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 */
export function clockEvent(at: Date, triggerUid: string, authMode: string): Record<string, unknown> {
  const jan1 = Date.UTC(at.getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((at.getTime() - jan1) / (24 * HOUR)) + 1;
  return {
    authMode,
    'day-of-month': at.getUTCDate(),
    'day-of-week': at.getUTCDay() === 0 ? 7 : at.getUTCDay(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    month: at.getUTCMonth() + 1,
    second: at.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': Math.ceil((dayOfYear + new Date(jan1).getUTCDay()) / 7),
    year: at.getUTCFullYear(),
  };
}
