import { describe, expect, it } from 'vitest';
import { MAPPING_VERSION, referralAnswersFor, type Mapping } from '../../src/mapping/index';
import { parseStoredMapping, serializeMapping } from '../../src/mapping/schema';
import { PROPOSED_REFERRAL_ANSWERS, proposeReferralAnswers } from '../../src/metrics/referral';

const mapping: Mapping = {
  version: MAPPING_VERSION,
  sources: [{ sheetName: 'Form Responses 1', sheetId: 0, headerRow: 1, columns: { timestamp: 'A', referral: 'F', customerJoined: 'G', customerLeft: 'H', churned: 'I' } }],
  scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
};

describe('the referral answers a mapping counts', () => {
  it('are saved with the mapping and read back', () => {
    const saved = serializeMapping({ ...mapping, referralAnswers: ['Friend or colleague', 'Bạn bè giới thiệu'] });
    const read = parseStoredMapping(saved);
    expect(read.ok && read.mapping.referralAnswers).toEqual(['Friend or colleague', 'Bạn bè giới thiệu']);
    expect(read.ok && read.mapping.sources[0].columns.customerLeft).toBe('H');
  });

  it('are proposed from the bilingual list for a mapping saved before they existed, using those the column holds', () => {
    const old = parseStoredMapping(JSON.stringify(mapping));
    expect(old.ok).toBe(true);
    if (!old.ok) return;
    expect(referralAnswersFor(old.mapping, ['Google', 'friend or colleague', 'Người quen', ''])).toEqual(['Friend or colleague', 'Người quen']);
    expect(referralAnswersFor(old.mapping)).toEqual([...PROPOSED_REFERRAL_ANSWERS]);
    expect(PROPOSED_REFERRAL_ANSWERS).toEqual(expect.arrayContaining(['Friend or colleague', 'Word of mouth', 'Referral', 'Bạn bè giới thiệu', 'Người quen']));
    expect(proposeReferralAnswers(['nguoi QUEN'])).toEqual(['Người quen']);
  });

  it('refuse an empty answer with the path of the field', () => {
    const read = parseStoredMapping(JSON.stringify({ ...mapping, referralAnswers: [''] }));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message.en).toContain('mapping.referralAnswers.0');
  });
});
