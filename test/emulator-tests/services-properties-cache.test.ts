import { describe, expect, it } from 'vitest';
import { createHarness } from '../../src/emulator/services/harness';
import { STORE_FULL, VALUE_TOO_LARGE } from '../../src/emulator/services/properties';

describe('PropertiesService', () => {
  it('keeps the three stores apart and stores every value as a string', () => {
    const { globals } = createHarness();
    const doc = globals.PropertiesService.getDocumentProperties();
    doc.setProperty('hour', 8 as unknown as string);
    globals.PropertiesService.getUserProperties().setProperty('hour', '9');
    expect(doc.getProperty('hour')).toBe('8');
    expect(globals.PropertiesService.getUserProperties().getProperty('hour')).toBe('9');
    expect(globals.PropertiesService.getScriptProperties().getProperty('hour')).toBeNull();
  });

  it('sets, lists and deletes properties, and getProperties returns a copy', () => {
    const { globals } = createHarness();
    const props = globals.PropertiesService.getScriptProperties();
    props.setProperties({ a: '1', b: '2' }).setProperty('c', '3');
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'c']);
    const copy = props.getProperties();
    copy.a = 'changed';
    expect(props.getProperty('a')).toBe('1');
    props.deleteProperty('a');
    expect(props.getProperties()).toEqual({ b: '2', c: '3' });
    props.setProperties({ z: '26' }, true);
    expect(props.getProperties()).toEqual({ z: '26' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 KB with Apps Script’s text and keeps the old value', () => {
    const { globals } = createHarness();
    const props = globals.PropertiesService.getDocumentProperties();
    props.setProperty('mapping', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('mapping', 'x'.repeat(9 * 1024 + 1))).toThrow(VALUE_TOO_LARGE);
    // Multi-byte text counts in UTF-8 bytes: 3,073 × 3 bytes is over 9,216.
    expect(() => props.setProperty('vi', 'ệ'.repeat(3073))).toThrow('Argument too large: value');
    expect(props.getProperty('mapping')).toHaveLength(9 * 1024);
  });

  it('refuses to grow a store past 500 KB, all or nothing', () => {
    const { globals } = createHarness();
    const props = globals.PropertiesService.getUserProperties();
    const value = 'v'.repeat(9000);
    for (let i = 0; i < 56; i += 1) props.setProperty(`k${String(i).padStart(2, '0')}`, value);
    expect(() => props.setProperties({ big1: value, big2: value })).toThrow(STORE_FULL);
    expect(props.getKeys()).toHaveLength(56);
    expect(String(captureError(() => props.setProperty('one-more', value)))).toBe(
      'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });

  it('counts every call and throws an armed fault; a test can plant a corrupt value', () => {
    const h = createHarness();
    h.state.properties.document.poke('mapping', '{not json');
    const props = h.globals.PropertiesService.getDocumentProperties();
    expect(props.getProperty('mapping')).toBe('{not json');
    h.ctx.faults.arm('Properties.getProperty', () => new Error('Service unavailable'));
    expect(() => props.getProperty('mapping')).toThrow('Service unavailable');
    expect(props.getProperty('mapping')).toBe('{not json');
    expect(h.ctx.calls.count('Properties.getProperty')).toBe(3);
    expect(h.ctx.calls.count('PropertiesService.getDocumentProperties')).toBe(1);
  });
});

describe('CacheService', () => {
  it('expires entries by the emulator clock: 600 seconds by default', () => {
    const h = createHarness();
    const cache = h.globals.CacheService.getScriptCache();
    cache.put('preview', 'NPS 42');
    h.clock.advance(599_000);
    expect(cache.get('preview')).toBe('NPS 42');
    h.clock.advance(1_000);
    expect(cache.get('preview')).toBeNull();
  });

  it('honours a given expiration and caps it at 6 hours', () => {
    const h = createHarness();
    const cache = h.globals.CacheService.getUserCache();
    cache.put('short', 'a', 5);
    cache.put('long', 'b', 100_000);
    h.clock.advance(5_000);
    expect(cache.get('short')).toBeNull();
    h.clock.advance(6 * 3600_000 - 5_001);
    expect(cache.get('long')).toBe('b');
    h.clock.advance(1);
    expect(cache.get('long')).toBeNull();
  });

  it('putAll, getAll (found keys only), remove and removeAll', () => {
    const { globals } = createHarness();
    const cache = globals.CacheService.getDocumentCache()!;
    cache.putAll({ a: '1', b: '2', c: '3' });
    expect(cache.getAll(['a', 'b', 'missing'])).toEqual({ a: '1', b: '2' });
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  it('refuses a value over 100 KB and a key over 250 characters', () => {
    const { globals } = createHarness();
    const cache = globals.CacheService.getScriptCache();
    expect(() => cache.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.put('k'.repeat(251), 'x')).toThrow('Argument too large: key');
    cache.put('k', 'x'.repeat(100 * 1024));
    expect(cache.get('k')).toHaveLength(100 * 1024);
  });

  it('keeps the 900 entries farthest from expiry when more than 1,000 are written', () => {
    const h = createHarness();
    const cache = h.globals.CacheService.getScriptCache();
    for (let i = 1; i <= 1001; i += 1) cache.put(`k${i}`, 'v', i);
    expect(h.state.caches.script.size()).toBe(900);
    expect(cache.get('k1')).toBeNull();
    expect(cache.get('k1001')).toBe('v');
  });
});

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
