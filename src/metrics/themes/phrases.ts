import { matchesIn, wordsOf, type ThemeDictionary } from './match';

/**
 * Emerging phrases: the 2–3-word phrases that come back across comments but that no theme covers
 * yet, as candidates for a new theme ("wifi yếu", "card declined"). A phrase counts once per
 * comment; it must stand in at least `minComments` comments, within one clause, not start or end
 * with a filler word, and touch no word a theme already matched. A shorter phrase inside a longer
 * one with the same count is left out. Cost O(words) per comment.
 *
 * @example emergingPhrases(['wifi yếu quá', 'wifi yếu', 'Wifi yếu, chờ lâu'], dict) // [{ phrase: 'wifi yếu', comments: 3 }]
 */
export interface Phrase {
  phrase: string;
  comments: number;
}

// Filler words (compared without marks) that a phrase may hold inside but not start or end with.
const FILLERS = new Set(
  (
    'a an the and or but of to in on at for with is are was were be been being it its this that these those i we you they he she my our your their me us them ' +
    'very so too really just have has had do did does not no as from by if then than there here what which who when where how all any some more most can could ' +
    'would will should also get got one im it s t just even only quite pretty much many lot lots place time here ' +
    'va la cua co thi ma cho voi duoc nhung cac mot nay do rat qua cung nhung da se dang thay minh toi ban em anh chi no ho o trong ngoai khi nen vi de lai ra vao di ' +
    'nhu hon nhat lam nhieu it the vay nua luon thoi a nhe nha ko khong k roi con hay hoac neu thi day kia ay'
  ).split(' '),
);

export function emergingPhrases(comments: readonly string[], dict: ThemeDictionary, options: { minComments?: number; top?: number } = {}): Phrase[] {
  const tally = new PhraseTally(dict);
  for (const comment of comments) tally.add(comment);
  return tally.top(options);
}

/**
 * emergingPhrases one comment at a time: memory grows with the distinct phrases, not with the
 * comments (the command line streams a large export's comments through it). The order comments
 * come in does not change the result.
 */
export class PhraseTally {
  private readonly counts = new Map<string, number>();
  /** Each phrase's forms as written: the one form while every comment writes it alike (most do), else form → count. */
  private readonly surfaces = new Map<string, string | Map<string, number>>();
  // Comments repeat: each distinct text's phrases are found once, then counted per comment.
  private readonly phrasesOf = new Map<string, { key: string; surface: string }[]>();

  constructor(private readonly dict: ThemeDictionary) {}

  /** One comment; or `count` comments of this text (a text that comes back, added once): the same tally as `count` adds of it. */
  add(comment: string, count = 1): void {
    const { counts, surfaces, phrasesOf } = this;
    let phrases = phrasesOf.get(comment);
    if (!phrases) {
      phrases = uncoveredPhrases(comment, this.dict);
      if (phrasesOf.size < 50_000) phrasesOf.set(comment, phrases);
    }
    for (const { key, surface } of phrases) {
      const seen = counts.get(key) ?? 0;
      counts.set(key, seen + count);
      const forms = surfaces.get(key);
      if (forms === undefined) surfaces.set(key, surface);
      else if (typeof forms === 'string') {
        if (forms !== surface) surfaces.set(key, new Map([[forms, seen], [surface, count]]));
      } else forms.set(surface, (forms.get(surface) ?? 0) + count);
    }
  }

  top(options: { minComments?: number; top?: number } = {}): Phrase[] {
    const minComments = options.minComments ?? 3;
    const top = options.top ?? 10;
    const { counts, surfaces } = this;
    const frequent = [...counts.entries()].filter(([, c]) => c >= minComments);
    // A phrase inside a longer frequent one with the same count says nothing more.
    const subsumed = new Set<string>();
    for (const [key, c] of frequent) {
      const words = key.split(' ');
      if (words.length !== 3) continue;
      for (const part of [words.slice(0, 2).join(' '), words.slice(1).join(' ')]) if (counts.get(part) === c) subsumed.add(part);
    }
    const kept = frequent.filter(([key]) => !subsumed.has(key));
    kept.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return kept.slice(0, top).map(([key, c]) => ({ phrase: mostCommon(surfaces.get(key)!), comments: c }));
  }
}

function mostCommon(forms: string | Map<string, number>): string {
  if (typeof forms === 'string') return forms;
  let best = '';
  let bestCount = -1;
  for (const [form, count] of forms) if (count > bestCount || (count === bestCount && form < best)) [best, bestCount] = [form, count];
  return best;
}

/** The two- and three-word phrases of one comment that no theme covers, each once, in reading order. */
function uncoveredPhrases(comment: string, dict: ThemeDictionary): { key: string; surface: string }[] {
  const words = wordsOf(comment);
  const covered = new Uint8Array(words.length);
  for (const m of matchesIn(words, comment, dict)) for (let k = m.start; k < m.end; k++) covered[k] = 1;
  const seen = new Set<string>();
  const out: { key: string; surface: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 2; n <= 3 && i + n <= words.length; n++) {
      const span = words.slice(i, i + n);
      if (span.some((w, k) => covered[i + k] || w.clause !== span[0].clause || /^\d+$/.test(w.plain))) break;
      if (FILLERS.has(span[0].plain) || FILLERS.has(span[n - 1].plain)) continue;
      const key = span.map((w) => w.plain).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, surface: span.map((w) => w.marked).join(' ') });
    }
  }
  return out;
}
