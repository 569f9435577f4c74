import { describe, expect, it } from 'vitest';
import type { DetectedField } from '../../src/addon/api';
import { confidenceLevel } from '../../sidebar/state';
import { MESSAGES as messages } from '../../sidebar/messages';

/** What step 2's badge says for a field, without a browser. */
const field = (over: Partial<DetectedField>): DetectedField => ({ field: 'nps', letter: 'B', confidence: 0.55, label: { en: 'NPS', vi: 'NPS' }, ...over });

describe('step 2: how sure detection is, in words', () => {
  it('a column that fits only by its values stays unticked and reads "Maybe" / "Chưa chắc"', () => {
    const level = confidenceLevel(field({ maybe: true }), null);
    expect(level).toBe('maybe');
    expect(messages.en.confidence[level]).toBe('Maybe');
    expect(messages.vi.confidence[level]).toBe('Chưa chắc');
    expect(messages.vi.maybeHint('B (Score)')).toContain('trừ khi bạn chọn');
  });

  it('once the person picks that column it is theirs; a field nothing points to is "Not found"', () => {
    expect(confidenceLevel(field({ maybe: true }), 'B')).toBe('medium');
    expect(confidenceLevel(field({ maybe: true }), 'C')).toBe('manual');
    expect(confidenceLevel(field({ letter: null, confidence: 0 }), null)).toBe('none');
  });
});
