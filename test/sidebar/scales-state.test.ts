import { describe, expect, it } from 'vitest';
import type { SheetDetectionT, WizardMapping } from '../../src/addon/api';
import { serializeMapping, parseStoredMapping } from '../../src/mapping/schema';
import { mergeSaved, scaleOfColumn, withColumn, withScale } from '../../sidebar/state';

/** The wizard's scale rules without a browser: what a person picks in step 2, what is saved. */

const SHEET = 'Form Responses 1';
const mapping: WizardMapping = {
  version: 2,
  sources: [{ sheetName: SHEET, sheetId: 0, headerRow: 1, columns: { nps: 'C', csat: 'D', ces: 'E' } }],
  scales: { csat: { scale: 10 }, ces: { scale: 5, method: 'mean' } },
};
const column = (letter: string, csat: 3 | 5 | 7 | 10, ces: 5 | 7) => ({ letter, header: letter, samples: [], scales: { csat, ces } });
const detection: SheetDetectionT[] = [
  { sheet: SHEET, headerRow: 1, isFormsResponses: true, fields: [], columns: [column('C', 10, 7), column('D', 10, 7), column('E', 5, 5), column('F', 5, 7)] },
];

describe('answer scales in the wizard state', () => {
  it('a changed CSAT scale drops a threshold set for the old one, so the new top two boxes apply', () => {
    const withThreshold = { ...mapping, scales: { ...mapping.scales, csat: { scale: 10 as const, threshold: 8 } } };
    expect(withScale(withThreshold, 'csat', { scale: 5 }).scales.csat).toEqual({ scale: 5 });
    expect(withScale(withThreshold, 'csat', { scale: 10 }).scales.csat).toEqual({ scale: 10, threshold: 8 });
    expect(parseStoredMapping(serializeMapping(withThreshold))).toEqual({ ok: true, mapping: withThreshold });
  });

  it('the CES scale and method change one at a time, and what is saved reads back the same', () => {
    const changed = withScale(withScale(mapping, 'ces', { method: 'percent' }), 'ces', { scale: 7 });
    expect(changed.scales.ces).toEqual({ scale: 7, method: 'percent' });
    expect(parseStoredMapping(serializeMapping(changed))).toEqual({ ok: true, mapping: changed });
  });

  it('picking another column proposes the scale its answers are on', () => {
    expect(scaleOfColumn(detection, SHEET, 'csat', 'F')).toBe(5);
    expect(scaleOfColumn(detection, SHEET, 'ces', 'E')).toBe(5);
    expect(scaleOfColumn(detection, SHEET, 'csat', null)).toBeNull();
    expect(scaleOfColumn(detection, 'Other sheet', 'csat', 'D')).toBeNull();
    expect(withColumn(mapping, SHEET, 'csat', 'F').sources[0].columns.csat).toBe('F');
  });

  it('a saved setup keeps its scales, unless the answers now go above them', () => {
    const savedOnDefaults = { ...mapping, scales: { csat: { scale: 5 as const }, ces: { scale: 7 as const, method: 'percent' as const } } };
    // CSAT answers reach 10, so the old default 5 cannot be right; the saved CES 7 still fits 1–5 answers.
    expect(mergeSaved(mapping, savedOnDefaults, detection).scales).toEqual({ csat: { scale: 10 }, ces: { scale: 7, method: 'percent' } });
    expect(mergeSaved(mapping, null, detection)).toBe(mapping);
  });
});
