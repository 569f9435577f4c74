/**
 * How well the comment themes find what people wrote about, measured on human-labelled restaurant
 * reviews (../shared/corpora: VLSP 2018 in Vietnamese, SemEval-2016 Task 5 in English), never
 * copied into the repo. Each theme maps to the corpora's aspect categories; a review (VLSP) or a
 * sentence (SemEval) is predicted to have a category when a theme mapped to it is mentioned.
 * Precision, recall and F1 per category group and overall (micro-averaged over review × group).
 *
 * The dictionary was written with the VLSP training set and the first half of the SemEval file
 * in view; the VLSP dev set and the second SemEval half are the held-out measures.
 *
 *   node --import tsx scripts/themes-eval.ts          # prints the table
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath } from './shared-dir';
import { CsvParser } from '../src/cli/sources/csv-parser';
import { compileThemes, mentionsIn, type ThemeDictionary } from '../src/metrics/themes/match';

/** Category groups of the corpora, and the themes that evidence each. */
export const GROUPS: Record<string, { categories: (c: string) => boolean; themes: string[] }> = {
  price: { categories: (c) => c.endsWith('#PRICES'), themes: ['price'] },
  'food and drink quality': { categories: (c) => c === 'FOOD#QUALITY' || c === 'DRINKS#QUALITY', themes: ['taste', 'quality'] },
  'menu and choice': { categories: (c) => c.endsWith('#STYLE&OPTIONS') || c.endsWith('#STYLE_OPTIONS'), themes: ['choice'] },
  service: { categories: (c) => c === 'SERVICE#GENERAL', themes: ['staff', 'waiting'] },
  ambience: { categories: (c) => c === 'AMBIENCE#GENERAL', themes: ['ambience', 'cleanliness'] },
  location: { categories: (c) => c === 'LOCATION#GENERAL', themes: ['location'] },
};

export interface Example {
  text: string;
  categories: string[];
}

export interface Score {
  group: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusScore {
  corpus: string;
  part: string;
  examples: number;
  overall: Score;
  groups: Score[];
}


/** VLSP 2018 restaurant reviews: one review per row, a polarity in each aspect column it has. */
export function readVlsp(file: 'train' | 'dev'): Example[] {
  const text = readFileSync(sharedPath('corpora', 'vlsp2018-restaurant', `${file}.csv`), 'utf8');
  const parser = new CsvParser(',', `${file}.csv`);
  const records = [...parser.push(text), ...parser.end()].map((r) => r.fields);
  const [header, ...rows] = records;
  return rows.map((row) => ({ text: row[0], categories: header.slice(1).filter((_, k) => (row[k + 1] ?? '').trim() !== '') }));
}

/** SemEval-2016 restaurant sentences with their opinion categories, in file order. */
export function readSemEval(): Example[] {
  const xml = readFileSync(sharedPath('corpora', 'semeval2016-restaurants-en', 'dev.xml'), 'utf8');
  const examples: Example[] = [];
  for (const sentence of xml.split('<sentence ').slice(1)) {
    const text = /<text>([\s\S]*?)<\/text>/.exec(sentence)?.[1] ?? '';
    const categories = [...sentence.matchAll(/category="([^"]+)"/g)].map((m) => m[1]);
    examples.push({ text: unescapeXml(text), categories });
  }
  return examples;
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function score(group: string, tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { group, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Scores the themes on labelled examples. */
export function evaluate(corpus: string, part: string, examples: readonly Example[], dict: ThemeDictionary = compileThemes()): CorpusScore {
  const counts = Object.keys(GROUPS).map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (const example of examples) {
    const mentioned = new Set(mentionsIn(example.text, dict).map((m) => m.theme));
    Object.values(GROUPS).forEach((group, k) => {
      const predicted = group.themes.some((t) => mentioned.has(t));
      const actual = example.categories.some(group.categories);
      if (predicted && actual) counts[k].tp++;
      else if (predicted) counts[k].fp++;
      else if (actual) counts[k].fn++;
    });
  }
  const groups = Object.keys(GROUPS).map((name, k) => score(name, counts[k].tp, counts[k].fp, counts[k].fn));
  const sum = (key: 'tp' | 'fp' | 'fn') => counts.reduce((s, c) => s + c[key], 0);
  return { corpus, part, examples: examples.length, overall: score('overall', sum('tp'), sum('fp'), sum('fn')), groups };
}

/** Every measure: both parts of both corpora. */
export function evaluateAll(): CorpusScore[] {
  const dict = compileThemes();
  const semEval = readSemEval();
  const half = Math.floor(semEval.length / 2);
  return [
    evaluate('VLSP 2018 (vi)', 'train (dictionary built with it in view)', readVlsp('train'), dict),
    evaluate('VLSP 2018 (vi)', 'dev (held out)', readVlsp('dev'), dict),
    evaluate('SemEval-2016 (en)', 'first half (dictionary built with it in view)', semEval.slice(0, half), dict),
    evaluate('SemEval-2016 (en)', 'second half (held out)', semEval.slice(half), dict),
  ];
}

const pct = (x: number) => x.toFixed(2);

/** The scores as a Markdown table. */
export function scoreTable(scores: readonly CorpusScore[]): string {
  const lines = ['| corpus | part | examples | group | precision | recall | F1 |', '|---|---|---|---|---|---|---|'];
  for (const s of scores) {
    for (const g of [s.overall, ...s.groups]) {
      lines.push(`| ${s.corpus} | ${s.part} | ${s.examples} | ${g.group} | ${pct(g.precision)} | ${pct(g.recall)} | ${pct(g.f1)} |`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(scoreTable(evaluateAll()));
}
