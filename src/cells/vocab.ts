/**
 * The words every reader knows (metrics-spec.md section 1.1–1.2), as data: answer labels of the
 * verbal scales, non-answers and month names, in English and Vietnamese. Written lower-case NFC,
 * compared after foldCase (src/cells/fold.ts). Kept as compact strings, expanded once on first
 * use, because dist/Code.js is compiled on every custom-function call.
 */

/** A verbal answer scale: `labels[score − 1]` lists the labels of that score, `/`-separated. */
export interface LabelSet {
  /** The metric family the labels answer. */
  family: 'csat' | 'ces';
  /** The top of the 1…high scale the set fixes. */
  high: number;
  labels: readonly string[];
}

export const LABEL_SETS: readonly LabelSet[] = [
  {
    family: 'csat',
    high: 5,
    labels: [
      'very dissatisfied/rất không hài lòng/hoàn toàn không hài lòng',
      'dissatisfied/không hài lòng',
      'neutral/neither satisfied nor dissatisfied/bình thường/trung lập',
      'satisfied/hài lòng',
      'very satisfied/rất hài lòng/hoàn toàn hài lòng',
    ],
  },
  {
    family: 'ces',
    high: 7,
    labels: [
      'strongly disagree/hoàn toàn không đồng ý',
      'disagree/không đồng ý',
      'somewhat disagree/hơi không đồng ý',
      'neither agree nor disagree/trung lập/không đồng ý cũng không phản đối',
      'somewhat agree/hơi đồng ý',
      'agree/đồng ý',
      'strongly agree/hoàn toàn đồng ý',
    ],
  },
  {
    family: 'ces',
    high: 5,
    labels: ['strongly disagree/hoàn toàn không đồng ý', 'disagree/không đồng ý', 'neutral/trung lập', 'agree/đồng ý', 'strongly agree/hoàn toàn đồng ý'],
  },
  {
    family: 'ces',
    high: 5,
    labels: ['very difficult/rất khó', 'difficult/khó', 'neither/bình thường', 'easy/dễ', 'very easy/rất dễ'],
  },
];

/**
 * Answers that say "no answer": skipped and counted, never an error (metrics-spec.md section 1).
 * A helpdesk's `Offered` / `Not Offered` satisfaction rating means the survey went unanswered.
 */
export const NON_ANSWERS: ReadonlySet<string> = new Set(
  "n/a|n / a|na|n.a.|-|—|–|--|?|don't know|dont know|do not know|not sure|no answer|no opinion|prefer not to say|not applicable|none|không biết|không trả lời|không ý kiến|không có ý kiến|không rõ|không áp dụng|chưa rõ|offered|not offered|unoffered".split('|'),
);

/** English month names and their abbreviations, 1-based by index. */
export const MONTHS_EN = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec'.split('|');
