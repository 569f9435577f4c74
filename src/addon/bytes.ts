/**
 * Apps Script measures property values in UTF-8 bytes (9 KB per value, 500 KB per store:
 * https://developers.google.com/apps-script/guides/services/quotas), and the V8 runtime has no
 * TextEncoder or Buffer, so the add-on counts bytes itself. Vietnamese letters take 2 or 3 bytes
 * each, so a check in characters lets through values Apps Script refuses.
 */
export const PROPERTY_VALUE_BYTES = 9 * 1024;

/** Bytes in the UTF-8 encoding of `text` (a lone surrogate counts as the 3-byte replacement). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
