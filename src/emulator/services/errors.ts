/**
 * How emulated services fail and name things the way Apps Script does.
 *
 * Apps Script throws service errors as `Error`s named `Exception`, so `String(e)` reads
 * `Exception: Service invoked too many times for one day: email.` as it does in the execution log.
 */

/** An error as an Apps Script service throws it: `name` is `Exception`, the message is Apps Script's text. */
export function appsScriptError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** For the few Apps Script methods the emulator does not model: fail loudly, never silently. */
export function notEmulated(what: string): never {
  throw appsScriptError(`Emulator: ${what} is not emulated; add it in src/emulator/services if the add-on needs it`);
}

/**
 * An Apps Script enum as the emulator represents it: each member's value is its own name, so
 * `ScriptApp.AuthMode.FULL === 'FULL'` and `String(ScriptApp.AuthMode.FULL)` prints `FULL` as Apps Script does.
 */
export function enumOf<T>(...names: string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as T;
}

/** Bytes in the UTF-8 encoding of a string: how Apps Script measures its storage limits. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Java's signed bytes (-128..127), which is how Apps Script returns `Byte[]`. */
export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

export function fromBytesOrString(data: number[] | string, charset: 'UTF_8' | 'US_ASCII' = 'UTF_8'): Buffer {
  if (typeof data === 'string') return Buffer.from(data, charset === 'US_ASCII' ? 'latin1' : 'utf8');
  return Buffer.from(data.map((b) => b & 0xff));
}
