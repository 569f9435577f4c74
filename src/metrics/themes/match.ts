import { foldDiacritics } from '../../cells/fold';
import { BUILT_IN_THEMES, type ThemeSource } from './dictionary';

/**
 * Finding themes in one comment: words and phrases of a theme dictionary matched as whole words,
 * the longest match first ("vị trí" is location, not "vị" taste), Vietnamese with or without its
 * marks, English inflections by `word*` prefixes, and a negation close before a match ("không
 * sạch", "not clean") marking that mention negative. Cost O(words · longest word) per comment,
 * no backtracking regex.
 *
 * @example
 *   const dict = compileThemes();
 *   mentionsIn('Nhân viên không nhiệt tình, chờ lâu', dict)
 *   // [{ theme: 'staff', negative: true }, { theme: 'waiting', negative: false }]
 */

export interface Theme {
  id: string;
  en: string;
  vi: string;
}

interface Term {
  theme: number;
  /** One word written with Vietnamese marks: without its marks it is too ambiguous ("ồn" → "on") for English text. */
  markedSyllable: boolean;
  /** Words as written (marks kept), lower case. */
  marked: string[];
  /** The same words without marks. */
  plain: string[];
  /** The last word is a prefix (`wait*`). */
  prefix: boolean;
  money: boolean;
}

export interface ThemeDictionary {
  themes: Theme[];
  /** First word → terms starting with it, for text with Vietnamese marks and without. */
  byMarked: Map<string, Term[]>;
  byPlain: Map<string, Term[]>;
  /** Single-word prefixes (`wait*`), by the prefix without marks. */
  prefixes: Map<string, Term[]>;
  longestPrefix: number;
  moneyThemes: number[];
}

export interface Mention {
  theme: string;
  negative: boolean;
}

/** A word of a comment with where it stands and which clause it is in. */
export interface Word {
  marked: string;
  plain: string;
  start: number;
  end: number;
  clause: number;
}

// Letters and digits, with an inner apostrophe (isn't, don't). Linear: no nested quantifiers over the same text.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const CLAUSE_BREAK = /[.,;:!?()\n\r…]/;
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'nhung', 'tuy', 'song']);
const MONEY_UNIT = /^\d+(?:[.,]\d+)*(?:k|đ|d|vnd|vnđ|tr|usd)$/;
const MONEY_WORDS = new Set(['k', 'đ', 'd', 'vnd', 'vnđ', 'đồng', 'nghìn', 'ngàn', 'triệu', 'tr', 'usd', 'dollar', 'dollars', 'bucks']);
const NEGATORS = new Set([
  'not', 'no', 'never', 'without', 'hardly', 'nothing', 'nor', 'none', 'cannot',
  'không', 'chẳng', 'chả', 'chưa', 'đừng', 'ko', 'k', 'kg', 'hông', 'hok', 'khong', 'chang', 'chua',
]);
const NEGATION_WINDOW = 3;

/** The words of a comment, lower case, with clause numbers (a comma, full stop or "but" starts a new clause). */
export function wordsOf(text: string): Word[] {
  const lower = text.normalize('NFC').toLowerCase();
  const words: Word[] = [];
  let clause = 0;
  let last = 0;
  for (const match of lower.matchAll(WORD)) {
    const start = match.index;
    if (CLAUSE_BREAK.test(lower.slice(last, start))) clause++;
    const marked = match[0];
    const plain = foldDiacritics(marked);
    if (CLAUSE_WORDS.has(plain)) clause++;
    words.push({ marked, plain, start, end: start + marked.length, clause });
    last = start + marked.length;
  }
  return words;
}

function isNegator(word: Word): boolean {
  return NEGATORS.has(word.marked) || word.marked.endsWith("n't") || word.marked.endsWith('n’t');
}

/** The dictionary ready for matching: the built-in themes, extended or joined by `extra`. */
export function compileThemes(extra: readonly ThemeSource[] = []): ThemeDictionary {
  const sources = mergeSources(BUILT_IN_THEMES, extra);
  const dict: ThemeDictionary = {
    themes: sources.map(({ id, en, vi }) => ({ id, en, vi })),
    byMarked: new Map(),
    byPlain: new Map(),
    prefixes: new Map(),
    longestPrefix: 0,
    moneyThemes: [],
  };
  sources.forEach((source, theme) => {
    const seen = new Set<string>();
    for (const raw of source.words.split('|')) {
      const phrase = raw.trim().toLowerCase().normalize('NFC');
      if (phrase === '' || seen.has(phrase)) continue;
      seen.add(phrase);
      if (phrase === '#money') {
        dict.moneyThemes.push(theme);
        continue;
      }
      const prefix = phrase.endsWith('*');
      const marked = wordsOf(prefix ? phrase.slice(0, -1) : phrase).map((w) => w.marked);
      if (marked.length === 0) continue;
      const plain = marked.map(foldDiacritics);
      const term: Term = { theme, markedSyllable: marked.length === 1 && marked[0] !== plain[0], marked, plain, prefix, money: false };
      if (prefix && marked.length === 1) {
        push(dict.prefixes, term.plain[0], term);
        dict.longestPrefix = Math.max(dict.longestPrefix, term.plain[0].length);
      } else {
        push(dict.byMarked, term.marked[0], term);
        push(dict.byPlain, term.plain[0], term);
      }
    }
  });
  return dict;
}

/** Built-in themes first; an extra theme whose name or id matches one (either language, any marks) adds its words to it. */
function mergeSources(builtIn: readonly ThemeSource[], extra: readonly ThemeSource[]): ThemeSource[] {
  const merged = builtIn.map((t) => ({ ...t }));
  for (const theme of extra) {
    const key = foldDiacritics(theme.en);
    const known = merged.find((t) => [t.id, t.en, t.vi].some((name) => foldDiacritics(name) === key) || foldDiacritics(theme.vi) === foldDiacritics(t.vi));
    if (known) known.words += '|' + theme.words;
    else merged.push({ ...theme });
  }
  return merged;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A match of a term over words `start`…`end − 1`. */
export interface Match {
  theme: number;
  start: number;
  end: number;
}

function termMatches(term: Term, words: readonly Word[], at: number, marked: boolean): boolean {
  const wanted = marked ? term.marked : term.plain;
  if (at + wanted.length > words.length) return false;
  for (let k = 0; k < wanted.length; k++) {
    const word = marked ? words[at + k].marked : words[at + k].plain;
    const last = k === wanted.length - 1;
    if (last && term.prefix ? !word.startsWith(wanted[k]) : word !== wanted[k]) return false;
    if (k > 0 && words[at + k].clause !== words[at].clause) return false;
  }
  return true;
}

/** Whether the comment is written with Vietnamese marks: then words are matched with their marks. */
function hasMarks(words: readonly Word[]): boolean {
  return words.some((w) => w.marked !== w.plain && !/^\d/.test(w.marked));
}

// Common Vietnamese words typed without marks; two of them say a comment without marks is Vietnamese.
const VIETNAMESE_WITHOUT_MARKS = new Set(['khong', 'duoc', 'nhung', 'rat', 'qua', 'cua', 'voi', 'minh', 'nay', 'thi', 'cung', 'nhieu', 'lam', 'nen', 'hon', 'nhan', 'vien', 'quan', 'mon', 'ngon', 'dep', 'toi', 'em', 'anh', 'chi', 'hoi', 'bi', 'roi', 'nhe']);

// One-syllable words that stay clear without their marks; most do not ("hoi" is hơi, hỏi or hôi).
const CLEAR_WITHOUT_MARKS = new Set(['gia', 're', 'sach', 'cham', 'rong', 'tuoi', 'thom', 'ngot', 'cay', 'beo', 'gion', 'mac', 'chat']);

/** Whether a comment without marks reads as Vietnamese typed without them. */
function looksVietnamese(words: readonly Word[]): boolean {
  let hints = 0;
  for (const w of words) if (VIETNAMESE_WITHOUT_MARKS.has(w.plain) && ++hints >= 2) return true;
  return false;
}

/**
 * Every theme match in the words, longest first at each place; a place covered by a match is not
 * matched again. Several themes may share one phrase ("hóa đơn": price and payment).
 */
export function matchesIn(words: readonly Word[], text: string, dict: ThemeDictionary): Match[] {
  const marked = hasMarks(words);
  const index = marked ? dict.byMarked : dict.byPlain;
  // Without marks, one-syllable Vietnamese words only count in Vietnamese text ("re" is "rẻ" there, not in English).
  const vietnameseWithoutMarks = !marked && looksVietnamese(words);
  const matches: Match[] = [];
  let i = 0;
  while (i < words.length) {
    let best = 0;
    let themes: number[] = [];
    const consider = (term: Term, length: number) => {
      if (length > best) {
        best = length;
        themes = [term.theme];
      } else if (length === best && !themes.includes(term.theme)) themes.push(term.theme);
    };
    for (const term of index.get(marked ? words[i].marked : words[i].plain) ?? []) {
      const allowed = marked || !term.markedSyllable || (vietnameseWithoutMarks && CLEAR_WITHOUT_MARKS.has(term.plain[0]));
      if (allowed && termMatches(term, words, i, marked)) consider(term, term.marked.length);
    }
    const plain = words[i].plain;
    for (let length = Math.min(plain.length, dict.longestPrefix); length >= 3 && best === 0; length--) {
      for (const term of dict.prefixes.get(plain.slice(0, length)) ?? []) consider(term, 1);
    }
    if (best === 0 && dict.moneyThemes.length > 0 && isMoney(words, i, text)) {
      best = 1;
      themes = dict.moneyThemes;
    }
    for (const theme of themes) matches.push({ theme, start: i, end: i + best });
    i += Math.max(1, best);
  }
  return matches;
}

/** `50k`, `120.000đ`, `15 usd`, `$15`, `50 nghìn`. */
function isMoney(words: readonly Word[], i: number, text: string): boolean {
  const word = words[i].marked;
  if (MONEY_UNIT.test(word)) return true;
  if (!/^\d/.test(word)) return false;
  const next = words[i + 1];
  if (next && next.clause === words[i].clause && MONEY_WORDS.has(next.marked) && next.start - words[i].end <= 1) return true;
  const before = text.normalize('NFC').slice(Math.max(0, words[i].start - 2), words[i].start);
  return before.includes('$') || before.includes('€') || before.includes('£');
}

/** Whether a negation stands within a few words before the match, in the same clause, outside other matches. */
function negated(words: readonly Word[], match: Match, covered: Uint8Array): boolean {
  for (let k = match.start - 1; k >= 0 && k >= match.start - NEGATION_WINDOW; k--) {
    if (words[k].clause !== words[match.start].clause) return false;
    if (!covered[k] && isNegator(words[k])) return true;
  }
  return false;
}

/** The themes one comment mentions, each once, negative when any of its mentions is negated. */
export function mentionsIn(text: string, dict: ThemeDictionary): Mention[] {
  // A report's comments repeat ("Great tea, fast delivery" ten thousand times): each distinct text is matched once.
  let known = MENTIONS.get(dict);
  if (!known) MENTIONS.set(dict, (known = new Map()));
  const cached = known.get(text);
  if (cached) return cached;
  const found = mentionsOnce(text, dict);
  if (known.size < MAX_REMEMBERED) known.set(text, found);
  return found;
}

/** Distinct texts remembered per dictionary (the matches are a pure function of the text). */
const MAX_REMEMBERED = 50_000;
const MENTIONS = new WeakMap<ThemeDictionary, Map<string, Mention[]>>();

function mentionsOnce(text: string, dict: ThemeDictionary): Mention[] {
  const words = wordsOf(text);
  const matches = matchesIn(words, text, dict);
  const covered = new Uint8Array(words.length);
  for (const m of matches) for (let k = m.start; k < m.end; k++) covered[k] = 1;
  const byTheme = new Map<number, boolean>();
  for (const m of matches) byTheme.set(m.theme, (byTheme.get(m.theme) ?? false) || negated(words, m, covered));
  return [...byTheme.entries()].sort((a, b) => a[0] - b[0]).map(([theme, negative]) => ({ theme: dict.themes[theme].id, negative }));
}
