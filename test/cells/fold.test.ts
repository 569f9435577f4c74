import { describe, expect, it } from 'vitest';
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
