import { compileThemes, mentionsIn, type ThemeDictionary } from '../metrics/themes/match';
import { emergingPhrases } from '../metrics/themes/phrases';
import { themeTable } from '../metrics/themes/table';
import { textOf } from './columns';
import type { Cell } from '../cells/types';
import type { ThemeMention, ThemesSection } from './types';

/**
 * "What customers talk about" in the report: the top themes in the period's detractor comments
 * (NPS 0–6) and in its promoter comments (9–10), each with its share of that group's comments, the
 * change from the period before (in points of share), and one example comment (the newest). Also
 * the emerging phrases of the period's comments that no theme covers yet.
 */

const TOP = 3;
const DETRACTOR_MAX = 6;
const PROMOTER_MIN = 9;

interface Group {
  comments: string[];
  /** Row of each comment, for the newest example. */
  rows: number[];
}

function groupOf(scores: Float64Array, periods: Float64Array, comments: readonly Cell[], index: number, inGroup: (score: number) => boolean): Group {
  const group: Group = { comments: [], rows: [] };
  for (let i = 0; i < scores.length; i++) {
    if (periods[i] !== index || !inGroup(scores[i])) continue;
    const text = textOf(comments[i]);
    if (!text) continue;
    group.comments.push(text);
    group.rows.push(i);
  }
  return group;
}

function mentionsOf(current: Group, previous: Group, days: Float64Array, dict: ThemeDictionary): ThemeMention[] {
  if (current.comments.length === 0) return [];
  const now = themeTable(current.comments, undefined, 'mean', dict);
  const before = previous.comments.length > 0 ? themeTable(previous.comments, undefined, 'mean', dict) : undefined;
  // A million rows hold far fewer distinct comments: each is matched once.
  const themesOf = new Map<string, Set<string>>();
  const mentions = (comment: string) => {
    let themes = themesOf.get(comment);
    if (!themes) themesOf.set(comment, (themes = new Set(mentionsIn(comment, dict).map((m) => m.theme))));
    return themes;
  };
  return now.rows.slice(0, TOP).map((row) => {
    const earlier = before?.rows.find((r) => r.theme.id === row.theme.id);
    // The newest comment of the group that mentions the theme.
    let example = '';
    let exampleDay = -Infinity;
    current.comments.forEach((comment, k) => {
      const day = days[current.rows[k]];
      if (day >= exampleDay && mentions(comment).has(row.theme.id)) {
        example = comment;
        exampleDay = day;
      }
    });
    return {
      theme: row.theme,
      comments: row.mentions,
      share: row.share,
      negativeShare: row.negativeShare,
      ...(before ? { previousShare: earlier ? earlier.share : 0 } : {}),
      example,
    };
  });
}

/** The section, or undefined when the period has no comments at all. */
export function themesSection(scores: Float64Array, periods: Float64Array, days: Float64Array, comments: readonly Cell[], index: number): ThemesSection | undefined {
  const dict = compileThemes();
  const detractor = (s: number) => s <= DETRACTOR_MAX;
  const promoter = (s: number) => s >= PROMOTER_MIN;
  const detractors = groupOf(scores, periods, comments, index, detractor);
  const promoters = groupOf(scores, periods, comments, index, promoter);
  const all: string[] = [];
  for (let i = 0; i < comments.length; i++) if (periods[i] === index && textOf(comments[i])) all.push(textOf(comments[i]));
  if (all.length === 0) return undefined;
  return {
    comments: all.length,
    detractorComments: detractors.comments.length,
    promoterComments: promoters.comments.length,
    detractors: mentionsOf(detractors, groupOf(scores, periods, comments, index - 1, detractor), days, dict),
    promoters: mentionsOf(promoters, groupOf(scores, periods, comments, index - 1, promoter), days, dict),
    emerging: emergingPhrases(all, dict, { top: TOP }).map((p) => ({ phrase: p.phrase, comments: p.comments })),
  };
}
