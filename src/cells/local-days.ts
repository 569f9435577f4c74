import { localDay, MS_PER_DAY as DAY_MS, steadyOffsetOn } from './calendar';

// A module constant, not the import: tsx and Node's CommonJS interop read an imported binding
// through a getter call, once per instant in the hot path.
const MS_PER_DAY = DAY_MS;

/** UTC days LocalDays remembers: about 22 years either side of the first instant it is given. */
const SPAN = 1 << 14;
/** Zones whose LocalDays is shared (a spreadsheet has one; tests and the CLI a few). */
const MAX_SHARED = 8;
const shared = new Map<string, LocalDays>();

/** Instants outside the table after which it is centred again. */
const RECENTRE_AFTER = 1024;

/** Marks a remembered day whose offset changes during it. */
const CHANGES = Infinity;

/**
 * `localDay` for a million instants in one zone. localDay is a call taking a double, which V8
 * boxes into a fresh heap number whenever it does not inline the call, plus a Map lookup: in the
 * =MAU pass that was garbage collection worth a third of the time. Here the offset of each UTC
 * day is kept in a typed array, so the usual instant costs an array read and a division with
 * nothing allocated. Days with a clock change, or far from the first instant, ask localDay.
 * @example new LocalDays('Asia/Ho_Chi_Minh').of(Date.parse('2026-03-31T18:30Z')) // 20544, as localDay
 */
export class LocalDays {
  /**
   * The one LocalDays of a zone, shared by every reader (what it learns, a zone's offset on a UTC
   * day, never changes): a million-row function recalculated over and over allocates and fills
   * its 128 KB table once, not once per call.
   */
  static in(timeZone: string): LocalDays {
    let days = shared.get(timeZone);
    if (!days) {
      if (shared.size >= MAX_SHARED) shared.clear();
      days = new LocalDays(timeZone);
      shared.set(timeZone, days);
    }
    return days;
  }

  /** Offset in ms of UTC day firstUtcDay + slot; NaN when not learned yet, CHANGES on a clock-change day. */
  private readonly offsets = new Float64Array(SPAN).fill(NaN);
  private firstUtcDay = NaN;
  /** Instants outside the table since it was centred. */
  private outside = 0;

  constructor(readonly timeZone: string) {}

  /** The local day of an instant, exactly localDay(epochMs, timeZone); NaN for NaN. */
  of(epochMs: number): number {
    const slot = Math.floor(epochMs / MS_PER_DAY) - this.firstUtcDay;
    if (slot >= 0 && slot < SPAN) {
      const offset = this.offsets[slot];
      if (offset === offset && offset !== CHANGES) return Math.floor((epochMs + offset) / MS_PER_DAY);
    }
    return this.learn(epochMs);
  }

  /**
   * `of(date.getTime())` for a Date cell. A call that V8 does not inline boxes a double argument
   * into a fresh heap number; a Date is already an object, so a loop over a million Date cells
   * allocates nothing here whether or not the call is inlined.
   */
  ofDate(date: Date): number {
    const epochMs = date.getTime();
    const slot = Math.floor(epochMs / MS_PER_DAY) - this.firstUtcDay;
    if (slot >= 0 && slot < SPAN) {
      const offset = this.offsets[slot];
      if (offset === offset && offset !== CHANGES) return Math.floor((epochMs + offset) / MS_PER_DAY);
    }
    return this.learn(epochMs);
  }

  private learn(epochMs: number): number {
    const utcDay = Math.floor(epochMs / MS_PER_DAY);
    if (!Number.isFinite(utcDay)) return localDay(epochMs, this.timeZone);
    if (this.firstUtcDay !== this.firstUtcDay) this.firstUtcDay = utcDay - SPAN / 2;
    let slot = utcDay - this.firstUtcDay;
    // Shared across calls, the table may have been centred on a stray date (an as_of in 1950):
    // after many instants outside it, it starts again around the instants now asked for.
    if (!(slot >= 0 && slot < SPAN) && ++this.outside >= RECENTRE_AFTER) {
      this.offsets.fill(NaN);
      this.firstUtcDay = utcDay - SPAN / 2;
      this.outside = 0;
      slot = SPAN / 2;
    }
    if (slot >= 0 && slot < SPAN && this.offsets[slot] !== this.offsets[slot]) {
      const offset = steadyOffsetOn(utcDay, this.timeZone);
      this.offsets[slot] = offset === offset ? offset : CHANGES;
    }
    return localDay(epochMs, this.timeZone);
  }
}
