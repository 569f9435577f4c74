import type * as z from '../mapping/zod';
import { TranslatedError } from '../cells/messages';
import { langOfLocale, type Lang } from '../cells/types';
import { serverTexts } from './messages';

/**
 * A function the sidebar calls through google.script.run: its argument is parsed with the
 * contract's zod schema, its result checked against the result schema, and any failure becomes
 * an Error whose message says, in the person's language, what to do: google.script.run hands
 * that message to the page's failure handler.
 * https://developers.google.com/apps-script/guides/html/communication#failure_handlers
 */
export function endpoint<A extends z.ZodMiniType, R extends z.ZodMiniType>(args: A, result: R, body: (input: z.infer<A>, lang: Lang) => z.input<R>): (raw?: unknown) => z.infer<R> {
  return (raw?: unknown) => {
    const asked = (raw as { lang?: unknown } | undefined)?.lang;
    const lang: Lang = asked === 'vi' || asked === 'en' ? asked : userLang();
    const parsed = args.safeParse(raw ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(serverTexts.badRequest(issue.path.join('.') || 'argument', issue.message)[lang]);
    }
    try {
      return result.parse(body(parsed.data, lang));
    } catch (error) {
      throw new Error(plainMessage(error, lang));
    }
  };
}

/** The person's language from their Google account locale; English when it cannot be read. */
export function userLang(): Lang {
  try {
    return langOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** A failure the person can act on, already in both languages. */
export class PlainError extends TranslatedError {}

/**
 * What the person reads: the add-on's own problems in their language; an Apps Script error that no
 * retry can fix (a missing permission, a deleted sheet) said as permanent; anything else as a
 * passing service problem. Only the message, never a stack.
 */
function plainMessage(error: unknown, lang: Lang): string {
  if (error instanceof TranslatedError) return error.texts[lang];
  const detail = firstLine(error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string' ? (error as Error).message : String(error));
  if (/do not have permission|authorization is required/i.test(detail)) return serverTexts.permission(detail)[lang];
  if (/has been deleted|sheet .* (?:not found|does not exist)/i.test(detail)) return serverTexts.sheetDeleted(detail)[lang];
  // JavaScript's own errors come from the add-on's code, never from a Google service (those are
  // plain Errors/Exceptions): telling the person to wait and retry would send them round in circles.
  if (isCodeFault(error)) return serverTexts.bug(detail)[lang];
  return serverTexts.service(detail)[lang];
}

/** The first line, at most 200 characters: a message that carries a stack or a dump stops there. */
function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0].trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** A TypeError, RangeError, ReferenceError or SyntaxError, by name (the error may come from another realm). */
export function isCodeFault(error: unknown): boolean {
  const name = error && typeof error === 'object' ? (error as { name?: unknown }).name : undefined;
  return name === 'TypeError' || name === 'RangeError' || name === 'ReferenceError' || name === 'SyntaxError';
}
