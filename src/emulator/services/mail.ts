/**
 * MailApp with an outbox: every message is kept in memory and, when the emulator has an outbox
 * directory, written as message-N.json (all fields), message-N.html and message-N.txt.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 *
 * Quota (https://developers.google.com/apps-script/guides/services/quotas): 100 email recipients per
 * day for consumer accounts (1,500 for Workspace; set `dailyQuota`). Every address in to, cc and bcc
 * counts. "Quotas are per user and reset 24 hours after the first request." A send that needs more
 * recipients than remain throws Apps Script's text, `Service invoked too many times for one day: email.`
 * A malformed address throws `Invalid email: <address>`; no recipient throws
 * `Failed to send email: no recipient` (texts as Apps Script shows them, reported by users).
 *
 * Body size: the same quotas page limits "Email body size" to 200 KB per message for consumer
 * accounts (400 KB for Workspace). A larger body throws `Limit Exceeded: Email Body Size.` (the
 * text users report). The emulator counts the UTF-8 bytes of the plain and the HTML body together,
 * the stricter reading, so a message it sends is one Apps Script sends.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmulatorContext } from '../context';
import { utf8Length } from '../../cells/bytes';
import { appsScriptError } from './errors';

export const MAIL_QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
export const CONSUMER_DAILY_RECIPIENTS = 100;
export const MAIL_BODY_TOO_LARGE = 'Limit Exceeded: Email Body Size.';
export const CONSUMER_BODY_BYTES = 200 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface OutboxMessage {
  /** 1-based, the N in message-N.json. */
  number: number;
  sentAt: string;
  from: string;
  name?: string;
  replyTo?: string;
  noReply: boolean;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  /** Paths of the written files when the outbox has a directory. */
  files?: { json: string; html: string; txt: string };
}

export class Outbox {
  readonly messages: OutboxMessage[] = [];
  private windowStart: number | undefined;
  private used = 0;

  constructor(
    readonly dir: string | undefined,
    public dailyQuota = CONSUMER_DAILY_RECIPIENTS,
  ) {}

  remaining(now: number): number {
    this.roll(now);
    return this.dailyQuota - this.used;
  }

  /** Take `recipients` from today's quota, or throw Apps Script's quota error. */
  spend(recipients: number, now: number): void {
    this.roll(now);
    if (this.used + recipients > this.dailyQuota) throw appsScriptError(MAIL_QUOTA_EXCEEDED);
    this.windowStart ??= now;
    this.used += recipients;
  }

  add(message: Omit<OutboxMessage, 'number' | 'files'>): OutboxMessage {
    const saved: OutboxMessage = { ...message, number: this.messages.length + 1 };
    if (this.dir) {
      mkdirSync(this.dir, { recursive: true });
      const base = join(this.dir, `message-${saved.number}`);
      saved.files = { json: `${base}.json`, html: `${base}.html`, txt: `${base}.txt` };
      writeFileSync(saved.files.json, JSON.stringify(saved, null, 2) + '\n');
      writeFileSync(saved.files.html, saved.htmlBody ?? `<pre>${escapeHtml(saved.body)}</pre>\n`);
      writeFileSync(saved.files.txt, saved.body);
    }
    this.messages.push(saved);
    return saved;
  }

  private roll(now: number): void {
    if (this.windowStart !== undefined && now - this.windowStart >= DAY_MS) {
      this.windowStart = undefined;
      this.used = 0;
    }
  }
}

const ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

/** "a@x.com, Ann <b@y.com>" → ["a@x.com", "b@y.com"], or throw for a malformed address. */
export function parseAddresses(list: string | undefined): string[] {
  if (!list) return [];
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const address = /<([^>]*)>\s*$/.exec(part)?.[1]?.trim() ?? part;
      if (!ADDRESS.test(address)) throw appsScriptError(`Invalid email: ${address}`);
      return address;
    });
}

type Message = GoogleAppsScript.Mail.MailAdvancedParameters;

export function createMailApp(ctx: EmulatorContext, outbox: Outbox, sender: () => string): GoogleAppsScript.Mail.MailApp {
  const send = (m: Message) => {
    const to = parseAddresses(m.to);
    const cc = parseAddresses(m.cc);
    const bcc = parseAddresses(m.bcc);
    const recipients = to.length + cc.length + bcc.length;
    if (recipients === 0) throw appsScriptError('Failed to send email: no recipient');
    if (m.replyTo) parseAddresses(m.replyTo);
    if (utf8Length(String(m.body ?? '')) + utf8Length(String(m.htmlBody ?? '')) > CONSUMER_BODY_BYTES) throw appsScriptError(MAIL_BODY_TOO_LARGE);
    const now = ctx.clock.now();
    outbox.spend(recipients, now.getTime());
    outbox.add({
      sentAt: now.toISOString(),
      from: sender(),
      ...(m.name !== undefined && { name: String(m.name) }),
      ...(m.replyTo !== undefined && { replyTo: String(m.replyTo) }),
      noReply: Boolean(m.noReply),
      to,
      cc,
      bcc,
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      ...(m.htmlBody !== undefined && { htmlBody: String(m.htmlBody) }),
    });
  };
  return {
    sendEmail(...args: unknown[]) {
      ctx.enter('MailApp', 'sendEmail');
      if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) return send(args[0] as Message);
      if (args.length === 4 && typeof args[3] === 'string') {
        // sendEmail(to, replyTo, subject, body)
        const [to, replyTo, subject, body] = args as string[];
        return send({ to, replyTo, subject, body });
      }
      const [to, subject, body, options] = args as [string, string, string, Message | undefined];
      return send({ ...(options ?? {}), to, subject, body });
    },
    getRemainingDailyQuota() {
      ctx.enter('MailApp', 'getRemainingDailyQuota');
      return outbox.remaining(ctx.clock.now().getTime());
    },
  } as GoogleAppsScript.Mail.MailApp;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
