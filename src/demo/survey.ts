/**
 * The English Google Form's response sheet, "Form Responses 1", as Forms writes it:
 * Timestamp first, one column per question, answers appended in time order.
 */
import type { SheetData } from './types';
import type { Random } from './random';
import { daysInMonth, demoMonths, localTime, type DemoMonth } from './time';
import { CHANNEL_NPS_OFFSET, drawCes, drawCsat, drawNpsGroup, drawNpsScore, drawStage, npsTarget, surveyCount } from './story';
import { drawComment, drawEmail, HEARD_FROM } from './people';

export const FORM_SHEET = 'Form Responses 1';

export const FORM_HEADERS = [
  'Timestamp',
  'Email Address',
  'How likely are you to recommend us to a friend or colleague?',
  'How satisfied are you with your purchase?',
  'The company made it easy for me to handle my issue.',
  'Channel',
  'How did you hear about us?',
  "Anything else you'd like to tell us?",
  'Journey stage',
] as const;

const STAGE_EN = {
  awareness: 'Awareness',
  consideration: 'Consideration',
  purchase: 'Purchase',
  retention: 'Retention',
  advocacy: 'Advocacy',
} as const;

/** A random moment in the month, weighted to waking hours; seconds included as Forms does. */
export function drawMoment(random: Random, month: DemoMonth): Date {
  const day = random.int(1, daysInMonth(month.year, month.month));
  const hour = random.weighted([[7, 1], [8, 2], [9, 3], [10, 3], [11, 3], [12, 4], [13, 3], [14, 3], [15, 3], [16, 3], [17, 3], [18, 3], [19, 4], [20, 5], [21, 4], [22, 2], [23, 1]] as const);
  return localTime(month.year, month.month, day, hour, random.int(0, 59), random.int(0, 59));
}

export function formResponsesSheet(random: Random): SheetData {
  const rows: unknown[][] = [];
  for (const month of demoMonths()) {
    const answers: unknown[][] = [];
    const count = surveyCount(month, random);
    for (let i = 0; i < count; i++) {
      const channel = random.weighted([['Website', 40], ['Mobile app', 25], ['Store', 20], ['Phone', 15]] as const);
      const group = drawNpsGroup(random, npsTarget(month) + CHANNEL_NPS_OFFSET[channel]);
      answers.push([
        drawMoment(random, month),
        random.chance(0.12) ? '' : drawEmail(random),
        drawNpsScore(random, group),
        drawCsat(random, group),
        random.chance(0.07) ? '' : drawCes(random, group), // optional question
        random.chance(0.02) ? '' : channel,
        random.chance(0.1) ? '' : random.weighted(HEARD_FROM),
        random.chance(0.6) ? '' : drawComment(random, group, 'en'),
        random.chance(0.05) ? '' : STAGE_EN[drawStage(random, group)],
      ]);
    }
    answers.sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
    rows.push(...answers);
  }
  // Hand edits people make after the fact: a "N/A" for a score, a "N/A", a cleared answer. (A score
  // typed as a word further down is an error naming the cell since metrics-spec.md section 1 says
  // nothing is dropped silently, so the demo, whose dashboard must compute, holds non-answers instead.)
  rows[41][2] = 'N/A';
  rows[97][4] = 'N/A';
  rows[150][3] = '';
  const blank = FORM_HEADERS.map(() => '');
  return { name: FORM_SHEET, rows: [[...FORM_HEADERS], ...rows, blank, [...blank], [...blank]], frozenRows: 1 };
}
