/**
 * Utilities: dates, sleep, ids, encodings, digests and minimal blobs.
 * https://developers.google.com/apps-script/reference/utilities/utilities
 * - formatDate takes Java SimpleDateFormat patterns (see format-date.ts).
 * - sleep(ms) advances the emulator clock instead of waiting; "the maximum allowed value is 300000".
 * - Byte[] values are Java's signed bytes (-128..127), as Apps Script returns them.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../context';
import type { SettableClock } from './clock';
import { appsScriptError, enumOf, fromBytesOrString, notEmulated, toSignedBytes } from './errors';
import { formatJavaDate } from './format-date';

type U = typeof GoogleAppsScript.Utilities;
type Charset = 'UTF_8' | 'US_ASCII';

const DIGESTS: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const HMACS: Record<string, string> = { HMAC_MD5: 'md5', HMAC_SHA_1: 'sha1', HMAC_SHA_256: 'sha256', HMAC_SHA_384: 'sha384', HMAC_SHA_512: 'sha512' };

export function createUtilities(ctx: EmulatorContext, clock: SettableClock): GoogleAppsScript.Utilities.Utilities {
  const bytes = (data: number[] | string, charset?: unknown) => fromBytesOrString(data, charset as Charset | undefined);
  const utilities = {
    Charset: enumOf<U['Charset']>('US_ASCII', 'UTF_8'),
    DigestAlgorithm: enumOf<U['DigestAlgorithm']>('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'),
    MacAlgorithm: enumOf<U['MacAlgorithm']>('HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512'),
    RsaAlgorithm: enumOf<U['RsaAlgorithm']>('RSA_SHA_1', 'RSA_SHA_256'),
    formatDate(date: Date, timeZone: string, format: string) {
      ctx.enter('Utilities', 'formatDate');
      if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) throw appsScriptError('Invalid argument: date');
      return formatJavaDate(date, String(timeZone), String(format));
    },
    formatString(template: string, ...args: unknown[]) {
      ctx.enter('Utilities', 'formatString');
      return formatString(template, args);
    },
    sleep(milliseconds: number) {
      ctx.enter('Utilities', 'sleep');
      if (!(milliseconds >= 0) || milliseconds > 300_000) throw appsScriptError(`Emulator: sleep(${milliseconds}) is outside 0..300000 ms`);
      clock.advance(milliseconds);
    },
    getUuid() {
      ctx.enter('Utilities', 'getUuid');
      return randomUUID();
    },
    base64Encode(data: number[] | string, charset?: unknown) {
      ctx.enter('Utilities', 'base64Encode');
      return bytes(data, charset).toString('base64');
    },
    base64EncodeWebSafe(data: number[] | string, charset?: unknown) {
      ctx.enter('Utilities', 'base64EncodeWebSafe');
      return bytes(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode(encoded: string) {
      ctx.enter('Utilities', 'base64Decode');
      return toSignedBytes(Buffer.from(String(encoded), 'base64'));
    },
    base64DecodeWebSafe(encoded: string) {
      ctx.enter('Utilities', 'base64DecodeWebSafe');
      return toSignedBytes(Buffer.from(String(encoded), 'base64url'));
    },
    computeDigest(algorithm: unknown, value: number[] | string, charset?: unknown) {
      ctx.enter('Utilities', 'computeDigest');
      const name = DIGESTS[String(algorithm)];
      if (!name) return notEmulated(`Utilities.computeDigest(${String(algorithm)})`);
      return toSignedBytes(createHash(name).update(bytes(value, charset)).digest());
    },
    computeHmacSignature(algorithm: unknown, value: number[] | string, key: number[] | string, charset?: unknown) {
      ctx.enter('Utilities', 'computeHmacSignature');
      const name = HMACS[String(algorithm)];
      return toSignedBytes(createHmac(name, bytes(key, charset)).update(bytes(value, charset)).digest());
    },
    computeHmacSha256Signature(value: number[] | string, key: number[] | string, charset?: unknown) {
      ctx.enter('Utilities', 'computeHmacSha256Signature');
      return toSignedBytes(createHmac('sha256', bytes(key, charset)).update(bytes(value, charset)).digest());
    },
    newBlob(data: number[] | string, contentType?: string, name?: string) {
      ctx.enter('Utilities', 'newBlob');
      return newBlob(bytes(data), contentType ?? null, name ?? null);
    },
    computeRsaSha1Signature: () => notEmulated('Utilities.computeRsaSha1Signature'),
    computeRsaSha256Signature: () => notEmulated('Utilities.computeRsaSha256Signature'),
    computeRsaSignature: () => notEmulated('Utilities.computeRsaSignature'),
    gzip: () => notEmulated('Utilities.gzip'),
    ungzip: () => notEmulated('Utilities.ungzip'),
    zip: () => notEmulated('Utilities.zip'),
    unzip: () => notEmulated('Utilities.unzip'),
    parseCsv: () => notEmulated('Utilities.parseCsv'),
    parseDate: () => notEmulated('Utilities.parseDate'),
  };
  return utilities as unknown as GoogleAppsScript.Utilities.Utilities;
}

/** Java's String.format for the common cases: %s %d %f %.Nf %%. */
function formatString(template: string, args: unknown[]): string {
  let index = 0;
  return String(template).replace(/%(\.(\d+))?([sdf%])/g, (_, __, digits: string | undefined, kind: string) => {
    if (kind === '%') return '%';
    const value = args[index++];
    if (kind === 'd') return String(Math.trunc(Number(value)));
    if (kind === 'f') return Number(value).toFixed(digits === undefined ? 6 : Number(digits));
    return String(value);
  });
}

/** A minimal Blob: bytes, a content type and a name. */
export function newBlob(data: Buffer, contentType: string | null, name: string | null): GoogleAppsScript.Base.Blob {
  let buffer = data;
  let type = contentType;
  let blobName = name;
  const blob = {
    getBytes: () => toSignedBytes(buffer),
    getDataAsString: (charset?: string) => buffer.toString(charset && /ascii/i.test(charset) ? 'latin1' : 'utf8'),
    setDataFromString: (text: string) => ((buffer = Buffer.from(String(text), 'utf8')), blob),
    setBytes: (bytes: number[]) => ((buffer = fromBytesOrString(bytes)), blob),
    getContentType: () => type,
    setContentType: (t: string | null) => ((type = t), blob),
    setContentTypeFromExtension: () => notEmulated('Blob.setContentTypeFromExtension'),
    getName: () => blobName,
    setName: (n: string) => ((blobName = n), blob),
    isGoogleType: () => false,
    copyBlob: () => newBlob(Buffer.from(buffer), type, blobName),
    getBlob: () => blob,
    getAs: (t: string) => (t === type ? blob : notEmulated(`Blob.getAs(${t})`)),
  };
  return blob as unknown as GoogleAppsScript.Base.Blob;
}
