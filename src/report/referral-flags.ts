import { readFlag } from '../cells/read';
import type { Cell } from '../cells/types';
import { ReferralMatcher } from '../metrics/referral';

/**
 * A referral column may hold yes/no flags or the acquisition source ("Friend or colleague",
 * "Facebook"). Flags pass through as they are; a source counts as referred when it is one of the
 * mapping's referral answers (compared as REFERRAL_RATE(sources, referral_answers) compares
 * them), any other source as not referred; blanks and cells that are no text stay as they are,
 * for the reader to count or name. Remembered per distinct answer: a million rows hold a handful.
 */
export function referralFlagsFor(answers: readonly string[]): (cell: Cell) => Cell {
  const matcher = new ReferralMatcher(answers);
  const seen = new Map<string, Cell>();
  return (cell) => {
    if (typeof cell !== 'string' || cell.trim() === '') return cell;
    let flag = seen.get(cell);
    if (flag === undefined) {
      try {
        readFlag(cell);
        flag = cell;
      } catch {
        try {
          flag = matcher.read(cell) === 1 ? 'yes' : 'no';
        } catch {
          flag = cell; // a Sheets error: the flag reader names it
        }
      }
      seen.set(cell, flag);
    }
    return flag;
  };
}
