/**
 * Session: who runs the script and in which time zone and language.
 * https://developers.google.com/apps-script/reference/base/session
 * The emulator has one user, who is both the active and the effective user.
 */
import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../context';

export interface SessionOptions {
  user: () => string;
  userLocale: () => string;
  scriptTimeZone: () => string;
}

export function createSession(ctx: EmulatorContext, o: SessionOptions): GoogleAppsScript.Base.Session {
  const userOf = (): GoogleAppsScript.Base.User => {
    // "the user's email address is not available in any context that allows a script to run without
    // that user's authorization, like a simple onOpen(e) … or a custom function": getEmail() is ''.
    const mode = ctx.auth.mode;
    const email = mode === 'LIMITED' || mode === 'CUSTOM_FUNCTION' ? '' : o.user();
    return { getEmail: () => (ctx.enter('User', 'getEmail'), email), getUserLoginId: () => email };
  };
  return {
    getActiveUser() {
      ctx.enter('Session', 'getActiveUser');
      return userOf();
    },
    getEffectiveUser() {
      ctx.enter('Session', 'getEffectiveUser');
      return userOf();
    },
    getActiveUserLocale() {
      ctx.enter('Session', 'getActiveUserLocale');
      return o.userLocale();
    },
    getScriptTimeZone() {
      ctx.enter('Session', 'getScriptTimeZone');
      return o.scriptTimeZone();
    },
    getTemporaryActiveUserKey() {
      ctx.enter('Session', 'getTemporaryActiveUserKey');
      // Stable per user, opaque, like Apps Script's key (which rotates every 30 days).
      return createHash('sha256').update(`temporary-key:${o.user()}`).digest('base64url').slice(0, 43);
    },
    // Deprecated in Apps Script; kept because the types still list them.
    getTimeZone: () => o.scriptTimeZone(),
    getUser: () => userOf(),
  };
}
