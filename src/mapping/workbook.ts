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
import { detectColumns, type DetectOptions, type SheetDetection } from './detect';

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

export interface WorkbookDetection {
  sheets: SheetDetection[];
  families: Partial<Record<Family, FamilyChoice>>;
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
      fields: FAMILY_FIELDS[family].filter((field) => best.detection.fields[field]),
      alternatives: rest.map((entry) => ({ sheetName: entry.detection.sheetName, score: round(entry.score) })),
    };
  }
  return { sheets: detections, families };
}

function familyScore(detection: SheetDetection, family: Family): number {
  const sum = (fields: readonly FieldId[]) => fields.reduce((total, field) => total + (detection.fields[field]?.confidence ?? 0), 0);
  if (family !== 'activity') return sum(FAMILY_FIELDS[family]);
  const othersPresent = FAMILIES.some((other) => other !== 'activity' && sum(FAMILY_FIELDS[other]) > 0);
  const core = FAMILY_FIELDS.activity;
  return othersPresent || !core.every((field) => detection.fields[field]) ? 0 : sum(core);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
