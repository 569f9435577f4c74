import type { Cell, Lang } from '../../cells/types';
import {
  DETECTION_SAMPLE_ROWS,
  HEADER_SEARCH_ROWS,
  describeSheetUse,
  detectWorkbook,
  mappingFromDetection,
  withEverySurvey,
  type Mapping,
  type WorkbookDetection,
} from '../../mapping/index';
import type { Source } from '../sources/index';

/**
 * The mapping the add-on's wizard would propose for this source: the same bounded sample per
 * sheet (header search rows plus DETECTION_SAMPLE_ROWS, as readDetectionSample reads it in
 * Apps Script), the same detectWorkbook, the same mappingFromDetection ("automatic mapping").
 */
export async function detectSource(
  source: Source,
  lang: Lang,
  timeZone: string,
): Promise<{ detection: WorkbookDetection; mapping: Mapping; samples: { name: string; values: Cell[][] }[] }> {
  const samples: { name: string; values: Cell[][] }[] = [];
  // One sheet at a time: each CSV sample opens its file, and a Google tab loads whole.
  for (const sheet of source.sheets) samples.push({ name: sheet.name, values: await sheet.sample(HEADER_SEARCH_ROWS + DETECTION_SAMPLE_ROWS) });
  // Sample dates shown as the sidebar shows them: the local day in the data's zone.
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  // Every survey sheet is read (each on its own, and "All surveys" where two or more ask the same question).
  const detection = withEverySurvey(detectWorkbook(samples, lang, { formatDate: (date) => day.format(date) }));
  return { detection, mapping: mappingFromDetection(detection), samples };
}

/** A message followed by each sheet's reason for not being used, one per line. */
export function unusedSheetsNote(message: string, detection: WorkbookDetection, lang: Lang): string {
  const lines = detection.uses.filter((use) => use.uses.length === 0).map((use) => `  ${describeSheetUse(use, lang)}`);
  return [message, ...lines].join('\n');
}
