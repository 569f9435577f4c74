import { CellProblem } from '../cells/errors';
import { failCall, type Text } from '../cells/messages';
import { isOmitted, wholeInRange } from '../cells/options';
import { isBlank, readScore, SHEETS_ERRORS } from '../cells/read';
import { problemIn, rangeOf, requireSameSize, type Range } from '../cells/shape';
import type { Cell, RangeArg } from '../cells/types';
import { foldDiacritics } from '../cells/fold';
import type { ThemeSource } from '../metrics/themes/dictionary';
import { compileThemes, type ThemeDictionary } from '../metrics/themes/match';
import { themeLabels, themeTexts } from '../metrics/themes/messages';
import { emergingPhrases } from '../metrics/themes/phrases';
import { themeTable, type ScoreKind } from '../metrics/themes/table';
import type { FunctionDoc } from './catalog';
import { inSheetLang, languageOrEnglish } from './localize';

/**
 * CX_THEMES and CX_PHRASES: what customers talk about in a column of comments, in English and
 * Vietnamese (see src/metrics/themes). Comments are text (numbers count as text); blanks are
 * skipped; TRUE/FALSE, dates and Sheets errors are errors naming the cell.
 */

/** Themes table: theme, comments, share %, negative %, and with scores the NPS (or mean) of those customers vs everyone else. */
export function CX_THEMES(comments: RangeArg, scores?: RangeArg, topN?: unknown, themes?: RangeArg): (string | number)[][] {
  return inSheetLang(() => {
    const fn = 'CX_THEMES';
    const lang = languageOrEnglish();
    const top = wholeInRange(fn, topN, 'top_n', 1, 100, 10);
    const dict = dictionaryOf(fn, themes);
    const commentRange = rangeOf(fn, comments, 'comments');
    const scoreRange = isOmitted(scores) ? undefined : rangeOf(fn, scores, 'scores');
    if (scoreRange) requireSameSize(fn, [{ name: 'comments', range: commentRange }, { name: 'scores', range: scoreRange }]);
    const { texts, scoreList } = readComments(fn, commentRange, scoreRange);
    if (texts.length === 0) throw failCall(fn, themeTexts.noComments());
    const kind = scoreKindOf(scoreList);
    const table = themeTable(texts, scoreList, kind, dict);
    const label = (t: Text) => t[lang];
    const header: (string | number)[] = [label(themeLabels.theme), label(themeLabels.mentions), label(themeLabels.share), label(themeLabels.negative)];
    if (scoreList) header.push(label(kind === 'nps' ? themeLabels.npsOf : themeLabels.meanOf), label(themeLabels.others), label(themeLabels.difference));
    const rows: (string | number)[][] = [header];
    for (const row of table.rows.slice(0, top)) {
      const line: (string | number)[] = [row.theme[lang], row.mentions, row.share, row.negativeShare];
      if (scoreList) {
        const s = row.score;
        line.push(s ? s.value : '', s && s.others !== undefined ? s.others : '', s && s.others !== undefined ? s.value - s.others : '');
      }
      rows.push(line);
    }
    const rest: (string | number)[] = [label(themeLabels.noTheme), table.withoutTheme, (100 * table.withoutTheme) / table.comments, ''];
    if (scoreList) rest.push('', '', '');
    rows.push(rest);
    return rows;
  });
}

/** Emerging phrases: 2–3-word phrases in at least 3 comments that no theme covers yet. */
export function CX_PHRASES(comments: RangeArg, topN?: unknown, themes?: RangeArg): (string | number)[][] {
  return inSheetLang(() => {
    const fn = 'CX_PHRASES';
    const lang = languageOrEnglish();
    const top = wholeInRange(fn, topN, 'top_n', 1, 100, 10);
    const dict = dictionaryOf(fn, themes);
    const { texts } = readComments(fn, rangeOf(fn, comments, 'comments'), undefined);
    if (texts.length === 0) throw failCall(fn, themeTexts.noComments());
    const phrases = emergingPhrases(texts, dict, { top });
    return [[themeLabels.phrase[lang], themeLabels.mentions[lang]], ...phrases.map((p) => [p.phrase, p.comments])];
  });
}

/** A comment cell as text: '' for blanks; numbers as text; anything else is a CellProblem. */
function commentOf(cell: Cell): string {
  if (isBlank(cell)) return '';
  if (typeof cell === 'string') {
    if (SHEETS_ERRORS.has(cell.trim().toUpperCase())) throw new CellProblem({ en: `the cell holds the error ${cell.trim()}`, vi: `ô chứa lỗi ${cell.trim()}` });
    return cell;
  }
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  throw new CellProblem(themeTexts.notAComment(cell));
}

/**
 * The non-blank comments and, with scores, each one's score (NaN when blank). The first row is a
 * header when its score is text that is not a number (`Comment | Score`), as the other functions do.
 */
function readComments(fn: string, comments: Range, scores: Range | undefined): { texts: string[]; scoreList?: number[] } {
  const texts: string[] = [];
  const scoreList: number[] | undefined = scores ? [] : undefined;
  const columns = comments.columns;
  for (let r = 0; r < comments.rows; r++) {
    for (let c = 0; c < columns; c++) {
      const index = r * columns + c;
      const scoreCell = scores?.cells[r][c];
      if (r === 0 && typeof scoreCell === 'string' && !isBlank(scoreCell) && Number.isNaN(Number(scoreCell.trim().replace(',', '.')))) continue;
      let text: string;
      try {
        text = commentOf(comments.cells[r][c]).trim();
      } catch (error) {
        if (error instanceof CellProblem) throw problemIn(fn, error, index, comments, 'comments');
        throw error;
      }
      if (text === '') continue;
      texts.push(text);
      if (scoreList && scores) {
        let score: number;
        try {
          score = readScore(scoreCell);
        } catch (error) {
          if (error instanceof CellProblem) throw problemIn(fn, error, index, scores, 'scores');
          throw error;
        }
        scoreList.push(score);
      }
    }
  }
  return { texts, scoreList };
}

/** NPS when every score is a whole 0–10 answer and some are above 7 (a 0–10 question); else the mean. */
function scoreKindOf(scores: readonly number[] | undefined): ScoreKind {
  if (!scores) return 'mean';
  let high = false;
  for (const s of scores) {
    if (s !== s) continue;
    if (!Number.isInteger(s) || s < 0 || s > 10) return 'mean';
    if (s > 7) high = true;
  }
  return high ? 'nps' : 'mean';
}

const HEADER_WORDS = new Set(['theme', 'themes', 'chu de', 'words', 'keywords', 'tu khoa', 'tu']);

/**
 * The built-in dictionary, extended by a themes range of two columns (name, words separated by
 * commas, semicolons or line breaks). A name that is a built-in theme (either language) adds to it.
 */
function dictionaryOf(fn: string, themes: RangeArg | undefined): ThemeDictionary {
  if (isOmitted(themes)) return compileThemes();
  const range = rangeOf(fn, themes, 'themes');
  if (range.columns < 2) throw failCall(fn, themeTexts.themesShape());
  const extra: ThemeSource[] = [];
  range.cells.forEach((row, r) => {
    const name = typeof row[0] === 'string' ? row[0].trim() : isBlank(row[0]) ? '' : String(row[0]);
    const words = typeof row[1] === 'string' ? row[1] : '';
    if (name === '') return;
    if (r === 0 && HEADER_WORDS.has(foldDiacritics(name))) return;
    const list = words.split(/[,;\n|]/).map((w) => w.trim()).filter(Boolean);
    if (list.length === 0) throw failCall(fn, themeTexts.themeWithoutWords(name));
    extra.push({ id: `custom:${foldDiacritics(name)}`, en: name, vi: name, words: list.join('|') });
  });
  return compileThemes(extra);
}

const COMMENTS_PARAM = { name: 'comments', type: 'string[][]', description: 'The customers\' comments, e.g. G2:G. Blanks are skipped.' };
const THEMES_PARAM = {
  name: 'themes',
  type: 'string[][]',
  optional: true,
  description: 'Your own themes: two columns, a name and its words separated by commas, e.g. Themes!A2:B. A built-in name adds words to it.',
};

export const docs = (): FunctionDoc[] => [
  {
    name: 'CX_THEMES',
    summary:
      'What customers talk about (price, staff, waiting, delivery, quality, taste, cleanliness…), in English and Vietnamese with or without accents: comments per theme, their share, how many are negative, and with scores the NPS of those customers against everyone else.',
    params: [
      COMMENTS_PARAM,
      { name: 'scores', type: 'number[][]', optional: true, description: 'Each comment\'s score, same size, e.g. C2:C (0–10 gives NPS, other scales the average).' },
      { name: 'top_n', type: 'number', optional: true, description: 'How many themes to list, 1–100; default 10.' },
      THEMES_PARAM,
    ],
    returns: '{Array} a header row, one row per theme (most mentioned first), then the comments with no known theme',
    example: '=CX_THEMES(G2:G, C2:C)',
  },
  {
    name: 'CX_PHRASES',
    summary: 'Phrases of 2–3 words that keep coming back in comments but no theme covers yet: candidates for a new theme.',
    params: [COMMENTS_PARAM, { name: 'top_n', type: 'number', optional: true, description: 'How many phrases to list, 1–100; default 10.' }, THEMES_PARAM],
    returns: '{Array} a header row, then phrase and number of comments, most frequent first',
    example: '=CX_PHRASES(G2:G)',
  },
];
