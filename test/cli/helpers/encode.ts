/**
 * Writing test files in the encodings people's exports come in. The code-page encoders invert
 * the platform's own TextDecoder (decoding each byte 0x80–0xFF), so a test never carries a
 * table of its own; Windows-1258 is written the way Windows does it: letters it has whole as one
 * byte, others as the base letter (â, ơ…) followed by its tone mark.
 */
export type TestEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

export const TEST_ENCODINGS: readonly TestEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258', 'windows-1252'];

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

function codePage(name: 'windows-1258' | 'windows-1252'): Map<string, number> {
  const decoder = new TextDecoder(name);
  const bytes = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) bytes.set(decoder.decode(Uint8Array.of(b), { stream: true }), b);
  return bytes;
}
const PAGES = { 'windows-1258': codePage('windows-1258'), 'windows-1252': codePage('windows-1252') };

function singleByte(text: string, name: 'windows-1258' | 'windows-1252'): Buffer {
  const page = PAGES[name];
  const out: number[] = [];
  const put = (ch: string): boolean => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (page.has(ch)) out.push(page.get(ch)!);
    else return false;
    return true;
  };
  for (const ch of text.normalize('NFC')) {
    if (put(ch)) continue;
    const parts = [...ch.normalize('NFD')];
    const tone = parts.find((p) => TONES.test(p));
    const base = parts.filter((p) => p !== tone).join('').normalize('NFC');
    if (name === 'windows-1258' && tone && put(base) && put(tone)) continue;
    throw new Error(`${JSON.stringify(ch)} cannot be written in ${name}`);
  }
  return Buffer.from(out);
}

export function encodeText(text: string, encoding: TestEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    default:
      return singleByte(text, encoding);
  }
}
