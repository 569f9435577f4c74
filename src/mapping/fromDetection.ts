/**
 * The mapping the wizard proposes from a workbook detection: one data source per sheet that
 * was chosen for a family (survey, tickets, subscriptions, activity), holding the fields detected
 * there with enough confidence and a header that says so (not the "maybe" fields), and the CSAT and CES answer scales detected on them (scales.ts).
 * `npm start` applies it as "automatic mapping".
 */
import type { WorkbookDetection } from './workbook';
import type { SheetDetection } from './detect';
import { foldLabel, isNonAnswer } from '../cells/labels';
import { readFlag } from '../cells/read';
import { GOOD_BAD } from './sniff';
import { proposeReferralAnswers } from '../metrics/referral';
import { proposedColumns } from './detect';
import { MAPPING_VERSION } from './defaults';
import type { DataSource, Mapping } from './schema';
import { scalesFromDetections } from './scales';

export function mappingFromDetection(detection: WorkbookDetection, sheetIds: Readonly<Record<string, number>> = {}): Mapping {
  // Every sheet the workbook detection uses: chosen for a family, or holding journey stages or referrals.
  const chosen = new Set(detection.uses.filter((use) => use.uses.length > 0).map((use) => use.sheetName));
  const sources: DataSource[] = detection.sheets
    .filter((sheet) => chosen.has(sheet.sheetName))
    .map((sheet) => ({
      sheetName: sheet.sheetName,
      sheetId: sheetIds[sheet.sheetName] ?? null,
      headerRow: sheet.headerRow,
      // A "maybe" (values alone, no header word) is never mapped on its own: the person picks it.
      columns: proposedColumns(sheet) as DataSource['columns'],
      ...proposedLabels(sheet),
    }));
  // The survey sheet's questions set the scales; another chosen sheet only when it has none.
  const surveyFirst = [...detection.sheets].sort((a, b) => Number(b.sheetName === detection.families.survey?.sheetName) - Number(a.sheetName === detection.families.survey?.sheetName));
  const scales = scalesFromDetections(surveyFirst.filter((sheet) => chosen.has(sheet.sheetName)));
  const referralAnswers = referralAnswersFromSamples(detection.sheets.filter((sheet) => chosen.has(sheet.sheetName)));
  return { version: MAPPING_VERSION, sources, scales, ...(referralAnswers ? { referralAnswers } : {}) };
}

/**
 * The referral answers to propose when a referral column holds text sources ("Friend or
 * colleague", "Facebook") rather than yes/no flags: those of the bilingual list the samples hold
 * (the whole list when they hold none), for the person to confirm in step 2. Undefined for flags.
 */
export function referralAnswersFromSamples(sheets: readonly SheetDetection[]): string[] | undefined {
  const samples = sheets.flatMap((sheet) => sheet.fields.referral?.samples ?? []);
  const isFlag = (text: string) => {
    try {
      readFlag(text);
      return true;
    } catch {
      return false;
    }
  };
  if (samples.length === 0 || samples.every(isFlag)) return undefined;
  return proposeReferralAnswers(samples);
}

/**
 * The label table to propose for a helpdesk's satisfaction rating of `good` / `bad` (Zendesk,
 * HubSpot), which no built-in label set scores: good 5 and bad 1 on the 1–5 CSAT scale, so CSAT
 * is the share rated good (the helpdesks' own satisfaction score); "Offered" (asked, not
 * answered) is a non-answer. Shown and editable in sidebar step 2. Nothing for other columns.
 */
export function proposedLabels(sheet: SheetDetection): Pick<DataSource, 'labels'> {
  const match = sheet.fields.csat;
  if (!match || match.maybe) return {};
  const rated = match.samples.filter((sample) => GOOD_BAD.has(foldLabel(sample)));
  if (rated.length === 0 || !match.samples.every((sample) => rated.includes(sample) || isNonAnswer(sample))) return {};
  const csat: Record<string, number> = {};
  for (const [label, score] of GOOD_BAD) csat[rated.find((sample) => foldLabel(sample) === label) ?? label] = score;
  return { labels: { csat } };
}
