/**
 * Folding text for matching what people type against lists of known words (answer labels,
 * non-answers, referral answers, theme words). One place, so every matcher agrees on what
 * "the same text" means. Each is O(length) with no backtracking regex.
 */

/** Whitespace foldCase would change: two in a row, or one that is not a plain space. */
const SPACES_TO_FOLD = /\s\s|[^\S ]/;

/**
 * Case, spacing and Unicode form folded, diacritics kept: `"  Rất  HÀI lòng "` (NFD or NFC) →
 * `"rất hài lòng"`. For labels whose marks carry meaning ("hài lòng" is not "hai long" to a reader,
 * but a typist may use either form of the same marks).
 * @example foldCase('Very  Satisfied ') // "very satisfied"
 */
export function foldCase(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  // Replacing runs of spaces is most of the cost, and most texts have none to fold: only a run
  // of two or more, or a space other than ' ', changes anything.
  return (SPACES_TO_FOLD.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
}

/**
 * foldCase with diacritics removed too (đ → d): `"Bạn bè giới thiệu"` → `"ban be gioi thieu"`,
 * so Vietnamese typed without marks still matches ("nhan vien" = "nhân viên").
 * @example foldDiacritics('Nhân Viên') // "nhan vien"
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
