import type { Lang } from '../../cells/types';
import { describeSheetUse, FIELD_IDS, FIELD_LABELS, maybeColumnsText, type Mapping, type WorkbookDetection } from '../../mapping/index';
import type { CliMessages } from '../messages';
import { renderTable } from './table';
import { dataRangeLines } from '../../report/coverage-text';
import { metricName } from '../../report/display';
import type { DataRange } from '../../report/types';

/**
 * The detected mapping as a person reads it: per mapped sheet, what data it holds, the header
 * row, and per field the column, its header, how sure detection is and a few example values
 * (the wizard's review step, in the terminal); then the columns that fit only by their values
 * (maybe, not used unless mapped) and every sheet not used, with the reason. A text file's line also says how it was decoded.
 */
export function formatDetection(
  detection: WorkbookDetection,
  mapping: Mapping,
  lang: Lang,
  m: CliMessages,
  encodings: ReadonlyMap<string, string> = new Map(),
  dateOrders: ReadonlyMap<string, readonly string[]> = new Map(),
  dataRanges: readonly DataRange[] = [],
  dateWarnings: ReadonlyMap<string, readonly string[]> = new Map(),
): string {
  const parts: string[] = [];
  for (const source of mapping.sources) {
    const sheet = detection.sheets.find((s) => s.sheetName === source.sheetName);
    const chosen = Object.entries(detection.families).filter(([, choice]) => choice.sheetName === source.sheetName).map(([family]) => family);
    // A second survey sheet is used for survey answers too, though the family's choice is the first.
    if (!chosen.includes('survey') && detection.uses.some((use) => use.sheetName === source.sheetName && use.uses.includes('survey'))) chosen.unshift('survey');
    const families = chosen.map((family) => m.familyWord[family] ?? family);
    const encoding = encodings.get(source.sheetName);
    const how = [m.headerRow(source.headerRow), ...(encoding ? [m.readAs(encoding)] : [])].join(', ');
    parts.push(`${source.sheetName}: ${families.join(', ')} (${how})\n`);
    const rows = FIELD_IDS.filter((field) => source.columns[field]).map((field) => {
      const match = sheet?.fields[field];
      return [
        FIELD_LABELS[field][lang],
        source.columns[field]!,
        oneLine(match?.header ?? '', 40),
        match ? `${Math.round(match.confidence * 100)}%` : '',
        (match?.samples ?? []).slice(0, 3).map((s) => oneLine(s, 24)).join(' | '),
      ];
    });
    const c = m.columns;
    parts.push(renderTable([c.field, c.column, c.header, c.confidence, c.samples], rows, new Set([3])));
    const maybes = Object.values(sheet?.fields ?? {}).filter((match) => match.maybe && !source.columns[match.field]);
    if (maybes.length > 0) parts.push(`${maybeColumnsText(maybes, lang)}\n`);
    const others = otherCandidateLines(detection, source, lang, m);
    if (others.length > 0) parts.push(others.map((line) => `${line}\n`).join(''));
    // How day/month date text will be read, and why (the values, --date-order, or the default).
    const dates = dateOrders.get(source.sheetName) ?? [];
    // And when a few cells decided that order for many dates, the warning under it.
    const warned = dates.map((line) => `${m.datesRead}: ${line}\n`).join('') + (dateWarnings.get(source.sheetName) ?? []).map((line) => `${line}\n`).join('');
    if (warned) parts.push(warned);
    // The data's own first and last day ("data runs 2026-09-02 → 2026-10-28").
    const range = dataRanges.filter((r) => r.sheet === source.sheetName);
    if (range.length) parts.push(dataRangeLines(range, lang).map((line) => `${line}\n`).join(''));
  }
  // Several survey sheets: each gives its own figures, and "All surveys" the questions they share.
  const surveys = surveySources(detection, mapping);
  if (surveys.length > 1) parts.push(`${m.surveysTogether(surveys.map((ds) => ds.sheetName), sharedQuestions(surveys, lang))}\n`);
  // Every other sheet or file, with the reason it is not used: nothing is dropped without a word.
  const unused = detection.uses.filter((use) => !mapping.sources.some((source) => source.sheetName === use.sheetName));
  if (unused.length > 0) parts.push(unused.map((use) => describeSheetUse(use, lang)).join('\n') + '\n');
  return parts.join('\n');
}

/** The answer columns whose choice decides a headline number. */
const SCORE_FIELDS = ['nps', 'csat', 'ces'] as const;

/**
 * A score column chosen among several that fit (three "On a scale of 0-10, how would you rate …"
 * questions): one line per NPS, CSAT or CES field of the source, naming the others with their
 * whole header and how to choose another, so the choice is never silent. `detect` prints them
 * under the table; `metrics` and `report` without a mapping file give them as warnings.
 */
export function otherCandidateLines(detection: WorkbookDetection, source: Mapping['sources'][number], lang: Lang, m: CliMessages): string[] {
  const sheet = detection.sheets.find((s) => s.sheetName === source.sheetName);
  return SCORE_FIELDS.flatMap((field) => {
    const match = sheet?.fields[field];
    if (!match || match.letter !== source.columns[field] || match.alternatives.length === 0) return [];
    const named = match.alternatives.slice(0, 3).map((alt) => `${alt.letter}${alt.header ? ` “${oneLine(alt.header, 80)}”` : ''} (${Math.round(alt.confidence * 100)}%)`);
    return [m.otherCandidates(FIELD_LABELS[field][lang], `${match.letter}${match.header ? ` “${oneLine(match.header, 80)}”` : ''}`, named)];
  });
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** The mapped sheets used for survey answers, in the mapping's order. */
function surveySources(detection: WorkbookDetection, mapping: Mapping): Mapping['sources'] {
  const surveyed = new Set(detection.uses.filter((use) => use.uses.includes('survey')).map((use) => use.sheetName));
  return mapping.sources.filter((ds) => surveyed.has(ds.sheetName));
}

/** The survey metrics two or more of the sheets give (their NPS, CSAT or CES column mapped), by name. */
function sharedQuestions(surveys: Mapping['sources'], lang: Lang): string[] {
  const metrics = { nps: ['NPS'], csat: ['CSAT', 'CSAT_AVG'], ces: ['CES'] } as const;
  return (Object.keys(metrics) as (keyof typeof metrics)[])
    .filter((field) => surveys.filter((ds) => ds.columns[field]).length > 1)
    .flatMap((field) => metrics[field].map((id) => metricName(id, lang)));
}
