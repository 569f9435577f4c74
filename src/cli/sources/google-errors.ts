import { sourceMessages, type SourceMessages } from './messages';
import { SourceError } from './types';

/**
 * Retries and error sentences for Sheets API calls.
 *
 * googleapis retries by default through gaxios, but gaxios' backoff grows in whole seconds
 * whatever `retryDelay` says (retry.js: retryDelay + (2^n − 1) / 2 × 1000 ms), which tests
 * cannot shorten. So requests go out with `retry: false` and this loop does the backoff:
 * `delayMs`, then ×2 each try, honouring a Retry-After header when the API sends one.
 * Retried: 429 and 5xx (https://developers.google.com/workspace/sheets/api/limits says to
 * retry quota errors with truncated exponential backoff) and lost connections.
 */
export async function withRetry<T>(call: () => Promise<T>, opts: { tries?: number; delayMs?: number } = {}): Promise<T> {
  const tries = opts.tries ?? 4;
  const delayMs = opts.delayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const status = statusOf(e);
      const transient = status === 429 || (status !== undefined && status >= 500) || (status === undefined && isNetworkError(e));
      if (!transient || attempt >= tries) throw Object.assign(asObject(e), { cxAttempts: attempt });
      const retryAfter = Number(headerOf(e, 'retry-after'));
      const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : delayMs * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 60_000)));
    }
  }
}

/** Who the spreadsheet must be shared with, for the 403 sentence. */
export type AccountLookup = () => Promise<string | undefined>;

/** Turns a failed Sheets API call into a SourceError a user can act on, in their language. */
export async function explainSheetsError(e: unknown, spreadsheetId: string, account: AccountLookup, m: SourceMessages = sourceMessages('en')): Promise<SourceError> {
  if (e instanceof SourceError) return e;
  const status = statusOf(e);
  const message = apiMessage(e);
  const tries = (e as { cxAttempts?: number }).cxAttempts ?? 1;
  const cause = { cause: e };
  if (/default credentials/i.test(message)) return new SourceError(m.noDefaultCredentials(), 2, cause);
  switch (status) {
    case 404:
      return new SourceError(m.noSpreadsheet(spreadsheetId), 2, cause);
    case 403: {
      if (/SERVICE_DISABLED|has not been used|is disabled/i.test(message)) return new SourceError(m.apiDisabled(message), 2, cause);
      const who = await account().catch(() => undefined);
      return new SourceError(m.notShared(spreadsheetId, who), 2, cause);
    }
    case 401:
      return new SourceError(m.credentialsRejected(message), 2, cause);
    case 400:
      return new SourceError(m.requestRefused(spreadsheetId, message), 1, cause);
    case 429:
      return new SourceError(m.rateLimited(tries), 1, cause);
    case undefined:
      return new SourceError(m.unreachable(message), 1, cause);
    default:
      return new SourceError(m.apiFailed(status, tries, message), 1, cause);
  }
}

function asObject(e: unknown): object {
  return typeof e === 'object' && e !== null ? e : new Error(String(e));
}

/** HTTP status of a GaxiosError (googleapis' error type), if the server answered. */
function statusOf(e: unknown): number | undefined {
  const err = e as { status?: unknown; response?: { status?: unknown } };
  const status = err?.response?.status ?? err?.status;
  return typeof status === 'number' ? status : undefined;
}

function headerOf(e: unknown, name: string): string | undefined {
  const headers = (e as { response?: { headers?: unknown } })?.response?.headers;
  if (headers && typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

function isNetworkError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|EPIPE|UND_ERR)/.test(code);
}

/** The API's own explanation (its JSON error body), else the error's message. */
function apiMessage(e: unknown): string {
  const data = (e as { response?: { data?: { error?: { message?: unknown; status?: unknown; details?: unknown } } } })?.response
    ?.data;
  const error = data?.error;
  if (error && typeof error.message === 'string') {
    const reasons = JSON.stringify(error.details ?? '');
    return `${error.message}${typeof error.status === 'string' ? ` [${error.status}]` : ''}${/SERVICE_DISABLED/.test(reasons) ? ' SERVICE_DISABLED' : ''}`;
  }
  return e instanceof Error ? e.message : String(e);
}
