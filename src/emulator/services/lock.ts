/**
 * LockService: document, script and user locks shared by every execution in the emulator.
 * https://developers.google.com/apps-script/reference/lock/lock
 * - tryLock(ms) returns false after the timeout; waitLock(ms) throws; neither really waits here:
 *   a timed-out attempt advances the emulator clock by `ms` instead.
 * - "Locks are released automatically when the script terminates": the emulator releases every lock
 *   an execution holds when `call()` / a trigger run ends.
 * - The timeout text is the one Apps Script throws (reported by users; not printed in the docs).
 *
 * Contention is simulated two ways: `emulator.locks.holdElsewhere('document')` (another execution
 * holds the lock until `releaseElsewhere`), or an armed fault on `Lock.tryLock` / `Lock.waitLock`
 * (`faults.arm('Lock.waitLock', lockTimeoutError)`): an armed fault makes tryLock return false and
 * makes waitLock throw the armed error.
 */
import type { EmulatorContext } from '../context';
import type { SettableClock } from './clock';
import { appsScriptError } from './errors';

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';
export const lockTimeoutError = (): Error => appsScriptError(LOCK_TIMEOUT);

export type LockKind = 'document' | 'script' | 'user';
const ELSEWHERE = -1;

/** Who holds each lock: an execution id, ELSEWHERE (simulated other process), or nobody. */
export class LockTable {
  private readonly holders = new Map<LockKind, number>();
  /** The execution now running; set by the emulator around each call. */
  currentExecution = 0;

  holdElsewhere(kind: LockKind): void {
    this.holders.set(kind, ELSEWHERE);
  }

  releaseElsewhere(kind: LockKind): void {
    if (this.holders.get(kind) === ELSEWHERE) this.holders.delete(kind);
  }

  holder(kind: LockKind): number | undefined {
    return this.holders.get(kind);
  }

  acquire(kind: LockKind): boolean {
    const holder = this.holders.get(kind);
    if (holder !== undefined && holder !== this.currentExecution) return false;
    this.holders.set(kind, this.currentExecution);
    return true;
  }

  release(kind: LockKind): void {
    if (this.holders.get(kind) === this.currentExecution) this.holders.delete(kind);
  }

  /** End of an execution: Apps Script drops every lock it held. */
  releaseAllOf(execution: number): void {
    for (const [kind, holder] of this.holders) if (holder === execution) this.holders.delete(kind);
  }
}

export function createLockService(ctx: EmulatorContext, table: LockTable, clock: SettableClock): GoogleAppsScript.Lock.LockService {
  return {
    getDocumentLock() {
      ctx.enter('LockService', 'getDocumentLock');
      // "null if called from a script that is not bound to a document or an add-on":
      // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
      if (!ctx.auth.inDocument) return null as unknown as GoogleAppsScript.Lock.Lock;
      return lockOf(ctx, table, clock, 'document');
    },
    getScriptLock() {
      ctx.enter('LockService', 'getScriptLock');
      return lockOf(ctx, table, clock, 'script');
    },
    getUserLock() {
      ctx.enter('LockService', 'getUserLock');
      return lockOf(ctx, table, clock, 'user');
    },
  };
}

function lockOf(ctx: EmulatorContext, table: LockTable, clock: SettableClock, kind: LockKind): GoogleAppsScript.Lock.Lock {
  let held = false;
  const attempt = (timeoutInMillis: number): boolean => {
    if (table.acquire(kind)) {
      held = true;
      return true;
    }
    clock.advance(Math.max(0, Number(timeoutInMillis) || 0));
    return false;
  };
  return {
    tryLock(timeoutInMillis) {
      try {
        ctx.enter('Lock', 'tryLock');
      } catch {
        clock.advance(Math.max(0, Number(timeoutInMillis) || 0));
        return false;
      }
      return attempt(timeoutInMillis);
    },
    waitLock(timeoutInMillis) {
      ctx.enter('Lock', 'waitLock');
      if (!attempt(timeoutInMillis)) throw lockTimeoutError();
    },
    hasLock() {
      ctx.enter('Lock', 'hasLock');
      return held && table.holder(kind) === table.currentExecution;
    },
    releaseLock() {
      ctx.enter('Lock', 'releaseLock');
      // "This method has no effect if the lock has not been acquired."
      if (held) table.release(kind);
      held = false;
    },
  };
}
