/**
 * Detection across a workbook: every sheet's columns, then the best sheet for each family of
 * data (survey answers, support tickets, subscription counts, activity events).
 *
 * A sheet's score for a family is the sum of the confidences of the family's core fields it
 * holds (FAMILY_FIELDS). Activity is the exception: a sheet counts as an activity log only when
 * it has a user id and a date and none of the other families' fields, since survey and ticket
 * sheets have dates and ids too.
 */
import type { Cell, Lang } from '../cells/types';
import { FAMILY_FIELDS, MIN_CONFIDENCE, type Family, type FieldId } from './fields';
import { detectColumns, proposedColumns, type DetectOptions, type SheetDetection } from './detect';
import { sheetUseTexts } from './messages';

export interface SheetSample {
  name: string;
  /** Header row first, bounded: see DETECTION_SAMPLE_ROWS. */
  values: readonly (readonly Cell[])[];
}

export interface FamilyChoice {
  sheetName: string;
  score: number;
  /** The family's core fields found on that sheet. */
  fields: FieldId[];
  /** Other sheets that hold the same family, best first. */
  alternatives: { sheetName: string; score: number }[];
}

/** Why a sheet of the workbook or file of the folder is not used. */
export type SheetSkipReason =
  /** No data rows. */
  | 'empty'
  /** None of the columns a metric needs (maybe a date or a segment, listed in `found`). */
  | 'nothingFound'
  /** Columns that fit a metric by their values only ("maybe"), none with a header that says so. */
  | 'maybeOnly'
  /** It holds a family another sheet was chosen for (`instead`). */
  | 'sameKind';

/** What a workbook run does with one sheet: used for some kinds of data, or not, and why. */
export interface SheetUse {
  sheetName: string;
  /** The kinds of data the sheet is used for; empty when it is not used. */
  uses: SheetUseKind[];
  /** Why it is not used (only when `uses` is empty). */
  reason?: SheetSkipReason;
  /** sameKind: the family it holds and the sheet chosen for it. */
  instead?: { family: Family; sheetName: string };
  /** maybeOnly: the fields its values alone point to; nothingFound: the few fields it does hold. */
  found?: { field: FieldId; letter: string; header: string }[];
}

/** What a used sheet gives: a family, or journey stages or referral sources read from any sheet. */
export type SheetUseKind = Family | 'journey' | 'referrals';

export interface WorkbookDetection {
  sheets: SheetDetection[];
  families: Partial<Record<Family, FamilyChoice>>;
  /** Every sheet, in the order given: what it is used for, or why not (never dropped without a word). */
  uses: SheetUse[];
}

const FAMILIES: readonly Family[] = ['survey', 'tickets', 'subscriptions', 'activity', 'customers'];

export function detectWorkbook(sheets: readonly SheetSample[], lang: Lang = 'en', options: DetectOptions = {}): WorkbookDetection {
  const detections = sheets.map((sheet) => detectColumns(sheet.name, sheet.values, lang, options));
  const families: Partial<Record<Family, FamilyChoice>> = {};
  for (const family of FAMILIES) {
    const ranked = detections
      .map((detection) => ({ detection, score: familyScore(detection, family) }))
      .filter((entry) => entry.score >= MIN_CONFIDENCE)
      .sort((a, b) => b.score - a.score);
    if (ranked.length === 0) continue;
    const [best, ...rest] = ranked;
    families[family] = {
      sheetName: best.detection.sheetName,
      score: round(best.score),
      fields: FAMILY_FIELDS[family].filter((field) => best.detection.fields[field] && !best.detection.fields[field]!.maybe),
      alternatives: rest.map((entry) => ({ sheetName: entry.detection.sheetName, score: round(entry.score) })),
    };
  }
  return { sheets: detections, families, uses: detections.map((detection) => useOf(detection, families)) };
}

/**
 * The detection with every survey sheet used, not only the best one: what the command line does
 * with a folder of exports or a workbook of several Forms sheets, whose report gives each survey
 * sheet's own figures and, for a question two or more ask, the "All surveys" figure (issue 11).
 * A sheet passed over only because another was chosen for survey answers becomes used for them;
 * the family's choice (its scales come first) stays the best sheet.
 */
export function withEverySurvey(detection: WorkbookDetection): WorkbookDetection {
  const uses = detection.uses.map((use): SheetUse => (use.reason === 'sameKind' && use.instead?.family === 'survey' ? { sheetName: use.sheetName, uses: ['survey'] } : use));
  return { ...detection, uses };
}

/** Fields the report reads from whatever sheet holds them, outside the families. */
const EXTRA_USES: readonly [FieldId, SheetUseKind][] = [['journeyStage', 'journey'], ['referral', 'referrals']];

function useOf(detection: SheetDetection, families: Partial<Record<Family, FamilyChoice>>): SheetUse {
  const name = detection.sheetName;
  const proposed = proposedColumns(detection);
  const chosenFor = FAMILIES.filter((family) => families[family]?.sheetName === name);
  // A second survey sheet is "the same kind as the chosen one", even when it also asks how they heard of you.
  const other = FAMILIES.find((family) => families[family]?.alternatives.some((alt) => alt.sheetName === name));
  const extras = chosenFor.length > 0 || other ? [] : EXTRA_USES.filter(([field]) => proposed[field]).map(([, kind]) => kind);
  if (chosenFor.length > 0 || extras.length > 0) return { sheetName: name, uses: [...chosenFor, ...extras] };
  const listed = (fields: FieldMatchLike[]) => fields.map((match) => ({ field: match.field, letter: match.letter, header: match.header }));
  if (detection.sampledRows === 0) return { sheetName: name, uses: [], reason: 'empty' };
  if (other) return { sheetName: name, uses: [], reason: 'sameKind', instead: { family: other, sheetName: families[other]!.sheetName } };
  const matches = Object.values(detection.fields);
  const maybes = matches.filter((match) => match.maybe);
  if (maybes.length > 0) return { sheetName: name, uses: [], reason: 'maybeOnly', found: listed(maybes) };
  return { sheetName: name, uses: [], reason: 'nothingFound', found: listed(matches) };
}

type FieldMatchLike = { field: FieldId; letter: string; header: string };

/**
 * The family's score on a sheet: its core fields' confidences, "maybe" fields not counted. A maybe
 * NPS (a count column that fits 0–10) neither makes a survey nor stops an order log being activity.
 */
function familyScore(detection: SheetDetection, family: Family): number {
  const confidence = (field: FieldId) => {
    const match = detection.fields[field];
    return match && !match.maybe ? match.confidence : 0;
  };
  const sum = (fields: readonly FieldId[]) => fields.reduce((total, field) => total + confidence(field), 0);
  if (family !== 'activity') return sum(FAMILY_FIELDS[family]);
  const othersPresent = FAMILIES.some((other) => other !== 'activity' && sum(FAMILY_FIELDS[other]) > 0);
  const core = FAMILY_FIELDS.activity;
  return othersPresent || !core.every((field) => confidence(field) > 0) ? 0 : sum(core);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The sheet's use as one sentence in the person's language (see sheetUseTexts):
 * `“Visit survey”: not used — it also holds survey answers, …`, or without the name (the sidebar
 * shows it under the sheet's name, where ticking decides): `Holds survey answers.`,
 * `Not used — it also holds survey answers, …`.
 */
export function describeSheetUse(use: SheetUse, lang: Lang, options: { withName?: boolean } = {}): string {
  const text = options.withName === false && use.uses.length > 0 ? sheetUseTexts.holds(use.uses, lang) : useText(use, lang);
  return options.withName === false ? text.charAt(0).toUpperCase() + text.slice(1) : `“${use.sheetName}”: ${text}`;
}

function useText(use: SheetUse, lang: Lang): string {
  if (use.uses.length > 0) return sheetUseTexts.used(use.uses, lang);
  switch (use.reason) {
    case 'empty':
      return sheetUseTexts.empty(lang);
    case 'sameKind':
      return sheetUseTexts.sameKind(use.instead!.family, use.instead!.sheetName, lang);
    case 'maybeOnly':
      return sheetUseTexts.maybeOnly(use.found ?? [], lang);
    default:
      return sheetUseTexts.nothingFound(use.found ?? [], lang);
  }
}
