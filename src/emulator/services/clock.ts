import type { EmulatorClock } from '../context';

/**
 * The emulator's clock. It never moves on its own: tests set it, `Utilities.sleep` and lock waits
 * advance it, and `runTriggers` walks it forward, so a run is the same on every machine.
 * Given a function, it follows that function (plus any `advance`) until `setNow` pins it.
 */
export class SettableClock implements EmulatorClock {
  private source: () => Date;
  private offsetMs = 0;

  constructor(now?: Date | (() => Date)) {
    const start = now ?? new Date();
    this.source = typeof start === 'function' ? start : fixed(start);
  }

  now(): Date {
    return new Date(this.source().getTime() + this.offsetMs);
  }

  setNow(date: Date): void {
    this.source = fixed(date);
    this.offsetMs = 0;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

function fixed(date: Date): () => Date {
  const ms = date.getTime();
  return () => new Date(ms);
}
