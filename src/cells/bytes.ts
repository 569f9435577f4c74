/**
 * Bytes in the UTF-8 encoding of `text` (a lone surrogate counts as the 3-byte replacement).
 * Apps Script's V8 runtime has no TextEncoder or Buffer, and its limits (property values, mail
 * bodies) are in bytes, where a Vietnamese letter takes 2 or 3: so the add-on and the report
 * count bytes with this one function.
 * @example utf8Length('Giá') // 4
 */
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
