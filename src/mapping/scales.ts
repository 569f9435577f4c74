/**
 * The answer scale of a CSAT or CES column, inferred from its header and its values.
 *
 * CSAT(scores, scale) and CES(scores, scale) read answers on the scale they are given
 * (metrics-spec §2): a 1–10 CSAT question read on the default 1–5 scale is an error, and a 1–5
 * CES question read on 1–7 gives a wrong number. So the mapping records the scale, and this
 * module proposes it:
 *   scale = the smallest allowed scale ≥ max(the header's scale, the highest answer)
 * The header may name a scale ("1–10", "out of 10", "trên thang 10", "5-point"); the answers can
 * only say how far up they go, so a header saying 10 wins over answers that stop at 8, while an
 * answer above the header's scale wins over the header (it would not fit otherwise).
 * Cost: O(n) over the sampled answers.
 *
 * @example inferScale('csat', 'How satisfied are you? (1–10)', profileColumn([8, 9, 6]))
 *   // { scale: 10, confidence: 1, reasons: ['header says a 1–10 scale', 'answers go up to 9 (3 cells)'] }
 */
import type { Lang } from '../cells/types';
import { reasons } from './messages';
import type { ColumnProfile } from './sniff';
import { DEFAULT_SCALES } from './defaults';
import type { CesScale, CsatScale, ScaleSettings } from './schema';
import { normalizeText } from './text';

export const CSAT_SCALES: readonly CsatScale[] = [3, 5, 7, 10];
export const CES_SCALES: readonly CesScale[] = [5, 7];

export interface ScaleGuess<S extends number = number> {
  scale: S;
  /** 0–1: 1 when header and answers agree, low when the default was taken for want of evidence. */
  confidence: number;
  /** Why, in the requested language (scaleReasons words `evidence` in either). */
  reasons: string[];
  evidence: ScaleEvidence;
}

export interface ScaleEvidence {
  /** The allowed scale the header names, or null. */
  header: number | null;
  /** The highest whole answer, or null with fewer than three answers. */
  top: number | null;
  /** Whole answers looked at. */
  answers: number;
}

/** Ways people write a scale in a question, on normalized text ("1–10" → "1 10", "thang điểm 10" → "thang diem 10"). */
const HEADER_SCALE = [
  /(?:^| )[01] (?:to |den |toi )?(\d{1,2})(?: |$)/, // 1-10, 1 to 10, (0-10), từ 1 đến 5
  /(?:^| )out of (\d{1,2})(?: |$)/,
  /(?:^| )scale of (\d{1,2})(?: |$)/,
  /(?:^| )thang (?:diem )?(\d{1,2})(?: |$)/, // trên thang 10, thang điểm 5
  /(?:^| )(\d{1,2}) (?:point|diem)(?: |$)/, // 5-point scale, thang 5 điểm
];

/** The scale a header names, or null; "0–10" counts as 10. */
export function headerScale(header: string): number | null {
  const text = normalizeText(header);
  for (const pattern of HEADER_SCALE) {
    const match = pattern.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}

export function inferScale(field: 'csat', header: string, profile: ColumnProfile, lang?: Lang): ScaleGuess<CsatScale>;
export function inferScale(field: 'ces', header: string, profile: ColumnProfile, lang?: Lang): ScaleGuess<CesScale>;
export function inferScale(field: 'csat' | 'ces', header: string, profile: ColumnProfile, lang: Lang = 'en'): ScaleGuess {
  const allowed: readonly number[] = field === 'csat' ? CSAT_SCALES : CES_SCALES;
  const named = headerScale(header);
  const hint = named !== null && allowed.includes(named) ? named : null;
  const answers = profile.numbers.filter((n) => Number.isInteger(n) && n >= 0);
  // A label set fixes the scale (metrics-spec.md 1.1): CSAT words are 1–5, `4/5` is out of 5.
  const labelTops = field === 'csat' && profile.csatLabels > 0 ? [5, ...profile.labelTops] : profile.labelTops;
  const labelled = answers.length + (field === 'csat' ? profile.csatLabels : profile.cesLabels);
  // Fewer than three answers say little about how high the scale goes (the same bar as kindFit).
  const top = labelled >= 3 && (answers.length > 0 || labelTops.length > 0) ? Math.max(...answers, ...labelTops) : null;
  const evidence: ScaleEvidence = { header: hint, top, answers: labelled };
  const fitting = allowed.find((s) => s >= Math.max(hint ?? 0, top ?? 0));
  // Answers above every allowed scale are not CSAT/CES answers as the spec reads them: the default, and a reason to check.
  const scale = hint === null && top === null ? undefined : fitting;
  let confidence: number;
  if (scale === undefined) confidence = fitting === undefined ? 0.2 : 0.3;
  else if (hint !== null && top !== null) confidence = top <= hint ? 1 : 0.6;
  else if (hint !== null) confidence = 0.8;
  // Answers reaching the top of the scale are strong evidence; answers stopping short of it less so.
  else confidence = top === scale ? 0.9 : 0.6;
  const guess = { scale: scale ?? DEFAULT_SCALES[field].scale, confidence, evidence };
  return { ...guess, reasons: scaleReasons(guess, lang) };
}

/** Why a scale was proposed, in a language: what the header said, how high the answers went. */
export function scaleReasons(guess: { scale: number; evidence: ScaleEvidence }, lang: Lang): string[] {
  const { header, top, answers } = guess.evidence;
  if (header === null && top === null) return [reasons.scaleDefault(guess.scale, lang)];
  const why: string[] = [];
  if (header !== null) why.push(reasons.headerScale(header, lang));
  if (top !== null) why.push(reasons.answersUpTo(top, answers, lang));
  if (top !== null && top > guess.scale) why.push(reasons.offScale(top, lang));
  return why;
}

interface ScaledField {
  scale?: ScaleGuess;
}

/**
 * The mapping's scales from the sheets' detections: the first sheet (in the order given) that
 * holds each field decides its scale; the rest keep the spec's defaults. The CES method cannot
 * be seen in the data, so it stays the default mean.
 */
export function scalesFromDetections(sheets: readonly { fields: { csat?: ScaledField; ces?: ScaledField } }[]): ScaleSettings {
  const csat = sheets.find((sheet) => sheet.fields.csat?.scale)?.fields.csat?.scale?.scale;
  const ces = sheets.find((sheet) => sheet.fields.ces?.scale)?.fields.ces?.scale?.scale;
  return {
    csat: { scale: (csat as CsatScale | undefined) ?? DEFAULT_SCALES.csat.scale },
    ces: { scale: (ces as CesScale | undefined) ?? DEFAULT_SCALES.ces.scale, method: DEFAULT_SCALES.ces.method },
  };
}
