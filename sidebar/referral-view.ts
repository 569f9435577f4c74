import { h } from './dom';
import type { Messages } from './messages';
import type { State } from './state';

/**
 * The referral answers under the referral field of step 2: which answers of a "How did you hear
 * about us?" column count as a referral (REFERRAL_RATE's referral_answers). The wizard proposes
 * them from a bilingual list; the person edits them, one per line, and they are saved with the
 * mapping (one list for the whole mapping, like the scales). Shown only for a text source column.
 */
export function referralAnswersControl(state: State, t: Messages, chosen: string | null, id: string, onChange: (answers: string[]) => void): HTMLElement | null {
  const answers = state.mapping?.referralAnswers;
  if (!state.mapping || chosen === null || !answers) return null;
  const areaId = `${id}-answers`;
  return h(
    'div',
    { className: 'referral-answers' },
    h('label', { for: areaId, className: 'scale-label' }, t.referralAnswersLabel),
    h(
      'textarea',
      {
        id: areaId,
        className: 'textarea',
        rows: Math.min(6, Math.max(2, answers.length)),
        'data-referral-answers': 'true',
        onchange: (e: Event) => onChange(answersOf((e.target as HTMLTextAreaElement).value)),
      },
      answers.join('\n'),
    ),
    h('p', { className: 'meta' }, t.referralAnswersHelp),
  );
}

/** One answer per line, trimmed, blanks and repeats left out. */
export function answersOf(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()).filter((line) => line !== ''))];
}
