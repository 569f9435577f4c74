import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldCase, foldDiacritics } from '../../src/cells/fold';

describe('folding text for matching', () => {
  it('folds case, spacing and NFC/NFD but keeps the marks', () => {
    const nfd = 'Rất  HÀI lòng '.normalize('NFD');
    expect(foldCase(nfd)).toBe('rất hài lòng');
    expect(foldCase(nfd)).toBe(foldCase('rất hài lòng'.normalize('NFC')));
    expect(foldCase('hai long')).not.toBe(foldCase('hài lòng'));
  });

  it('removes diacritics and đ for matching text typed without marks', () => {
    expect(foldDiacritics('Bạn bè giới thiệu')).toBe('ban be gioi thieu');
    expect(foldDiacritics('ĐƯỢC  Đấy')).toBe('duoc day');
    expect(foldDiacritics('nhan vien')).toBe(foldDiacritics('nhân viên'.normalize('NFD')));
  });
});

describe('foldCase on any text', () => {
  it('is the plain definition (NFC, lower case, runs of whitespace as one space, trimmed), with or without spaces to fold', () => {
    const piece = fc.constantFrom('a', 'B', 'Rất', 'HÀI'.normalize('NFD'), ' ', '  ', '\t', '\n', '\u00a0', '\u3000', 'x y', "don’t");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(foldCase(text)).toBe(text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
      }),
    );
  });
});
