/**
 * The few small interfaces through which the report pipeline touches the outside world
 * (design.md): a key-value store, a mail sender, a clock, a lock and the trigger scheduler.
 * src/addon/apps-script-ports.ts implements them with Apps Script services; tests and the
 * command line can implement them in Node, so the pipeline runs unchanged in both.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export interface OutgoingMail {
  to: string[];
  subject: string;
  htmlBody: string;
  body: string;
  name?: string;
}

export interface MailSender {
  /** How many more recipients may be emailed today. */
  remainingQuota(): number;
  send(mail: OutgoingMail): void;
}

export interface Clock {
  now(): Date;
}

export interface DocumentLock {
  /** True when the lock was acquired within `ms`; false when another run holds it. */
  tryLock(ms: number): boolean;
  release(): void;
}

/** The add-on's own daily trigger: at most one per user and document. */
export interface DailyTrigger {
  /** How many of the add-on's daily triggers exist for this document now. */
  count(): number;
  /** Replace whatever exists with exactly one daily trigger at `hour`. */
  replace(hour: number): void;
  removeAll(): void;
}
