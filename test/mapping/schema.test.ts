import { describe, expect, it } from 'vitest';
import { MAPPING_VERSION, type Mapping } from '../../src/mapping';
import { parseStoredMapping, serializeMapping } from '../../src/mapping/schema';

const mapping: Mapping = {
  version: MAPPING_VERSION,
  sources: [
    { sheetName: 'Form Responses 1', sheetId: 0, headerRow: 1, columns: { timestamp: 'A', nps: 'C', csat: 'D', segment: 'F' } },
    { sheetName: 'Support tickets', sheetId: 123456, headerRow: 1, columns: { ticketOpened: 'B', ticketResolved: 'C', firstContact: 'D' } },
  ],
  scales: { csat: { scale: 5, threshold: 4 }, ces: { scale: 7, method: 'mean' } },
};

const stored = (value: unknown) => JSON.stringify(value);

describe('the saved mapping', () => {
  it('round-trips: what is saved reads back the same', () => {
    const text = serializeMapping(mapping);
    expect(parseStoredMapping(text)).toEqual({ ok: true, mapping });
    expect(text.length).toBeLessThan(9 * 1024); // one document property holds 9 KB
  });

  it('nothing saved yet: "missing", with the way to create one', () => {
    for (const nothing of [null, undefined, '', '  ']) {
      const result = parseStoredMapping(nothing);
      expect(result).toMatchObject({ ok: false, reason: 'missing', canMigrate: false });
    }
    expect(parseStoredMapping(null)).toMatchObject({ message: { en: expect.stringContaining('Set up metrics') } });
  });

  it('a damaged value (cut-off JSON) is explained, never thrown', () => {
    const result = parseStoredMapping(serializeMapping(mapping).slice(0, 40));
    expect(result).toMatchObject({ ok: false, reason: 'corrupt', canMigrate: false });
    if (!result.ok) {
      expect(result.message.en).toContain('not valid JSON');
      expect(result.message.vi).toContain('không phải JSON hợp lệ');
    }
  });

  it('a bad column letter names its path in both languages', () => {
    const broken = { ...mapping, sources: [{ ...mapping.sources[0], columns: { nps: 'c1' } }] };
    const result = parseStoredMapping(stored(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('corrupt');
      expect(result.message.en).toContain('mapping.sources.0.columns.nps: expected a column letter');
      expect(result.message.vi).toContain('mapping.sources.0.columns.nps: expected a column letter');
    }
  });

  it.each([
    ['an unknown field', { ...mapping, sources: [{ ...mapping.sources[0], columns: { happiness: 'C' } }] }, 'mapping.sources.0.columns'],
    ['a CSAT threshold above its scale', { ...mapping, scales: { ...mapping.scales, csat: { scale: 5, threshold: 6 } } }, 'mapping.scales.csat.threshold: threshold is above the scale'],
    ['a fractional header row', { ...mapping, sources: [{ ...mapping.sources[0], headerRow: 1.5 }] }, 'mapping.sources.0.headerRow'],
    ['an array instead of a mapping', [1, 2], 'mapping: expected object, received array'],
    ['a number', 42, 'mapping: expected object, received number'],
  ])('%s is corrupt, with its path', (_, value, path) => {
    const result = parseStoredMapping(stored(value));
    expect(result).toMatchObject({ ok: false, reason: 'corrupt', message: { en: expect.stringContaining(path) } });
  });

  it('a mapping from a newer add-on is not guessed at', () => {
    const result = parseStoredMapping(stored({ ...mapping, version: MAPPING_VERSION + 1 }));
    expect(result).toMatchObject({ ok: false, reason: 'corrupt', canMigrate: false, message: { en: expect.stringContaining('newer version') } });
  });

  it('an old version-1 mapping is recognised and migrated for review', () => {
    const v1 = { version: 1, sheetName: 'Form Responses 1', headerRow: 1, columns: { timestamp: 'A', nps: 'C', ces: 'E' }, cesScale: 5 };
    const result = parseStoredMapping(stored(v1));
    expect(result).toMatchObject({ ok: false, reason: 'old-version', canMigrate: true });
    if (!result.ok) {
      expect(result.migrated).toEqual({
        version: 2,
        sources: [{ sheetName: 'Form Responses 1', sheetId: null, headerRow: 1, columns: { timestamp: 'A', nps: 'C', ces: 'E' } }],
        scales: { csat: { scale: 5 }, ces: { scale: 5, method: 'mean' } },
      });
      expect(parseStoredMapping(serializeMapping(result.migrated!))).toMatchObject({ ok: true });
    }
  });

  it('an old version that cannot be read says so and offers a reset', () => {
    const result = parseStoredMapping(stored({ version: 1, sheet: 42 }));
    expect(result).toMatchObject({ ok: false, reason: 'old-version', canMigrate: false });
    expect(result).not.toHaveProperty('migrated');
  });

  it('never throws, whatever is stored', () => {
    const junk = ['{', 'null', 'true', '"text"', '{"version":"2"}', '{"version":2,"sources":null}', '\u0000', '[[[[[]]]]]', '{"version":NaN}', '{"__proto__":{"version":2}}'];
    for (const text of junk) {
      const result = parseStoredMapping(text);
      expect(result.ok).toBe(false);
    }
  });

  it('saving an invalid mapping is refused, so it can always be read back', () => {
    const invalid = { ...mapping, sources: [{ ...mapping.sources[0], columns: { nps: 'c' } }] } as unknown as Mapping;
    expect(() => serializeMapping(invalid)).toThrow();
  });
});

describe('reading settings saved per source (issue 10)', () => {
  const base = { version: 2, scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } } };
  const source = { sheetName: 'Form Responses 1', sheetId: 0, headerRow: 1, columns: { timestamp: 'A', csat: 'C', ticketDuration: 'D' } };

  it('a mapping saved before them reads as it was (built-in labels, order from the values and locale)', () => {
    const result = parseStoredMapping(JSON.stringify({ ...base, sources: [source] }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.mapping.sources[0]).toEqual(source);
  });

  it('keeps a label → score table per score column, the date order and the duration unit', () => {
    const withSettings = { ...source, labels: { csat: { Tốt: 4, 'Rất tốt': 5 } }, dateOrder: 'dmy', durationUnit: 'minutes' };
    const result = parseStoredMapping(JSON.stringify({ ...base, sources: [withSettings] }));
    expect(result.ok && result.mapping.sources[0]).toEqual(withSettings);
  });

  it('refuses a label score off every scale and an unknown date order, naming the field', () => {
    const bad = parseStoredMapping(JSON.stringify({ ...base, sources: [{ ...source, labels: { csat: { Tốt: 40 } } }] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message.en).toContain('mapping.sources.0.labels.csat.Tốt');
    const order = parseStoredMapping(JSON.stringify({ ...base, sources: [{ ...source, dateOrder: 'ymd' }] }));
    expect(!order.ok && order.message.en).toContain('mapping.sources.0.dateOrder');
  });
});
