import { describe, expect, it } from 'vitest';
import { assessMaturity, DEFAULT_TARGETS, RUBRIC, rubricMarkdown, type MaturityEvidence } from '../../src/report/maturity';

/** Evidence with plenty of observations (n = 100) unless said otherwise. */
const measured = (value: number, n = 100, previous?: number) => ({ value, n, ...(previous !== undefined ? { previous: { value: previous, n } } : {}) });

const allLevels: MaturityEvidence = {
  RESPONSES: measured(120, 120),
  ART: measured(6),
  FCR: measured(82),
  CSAT: measured(88),
  CES: measured(5.9),
  CHURN: measured(3, 100, 4),
  RETENTION: measured(92),
  NPS: measured(55),
  REFERRAL_RATE: measured(25),
};

describe('CX maturity assessment', () => {
  it('reaches level 5 (breakthrough) when every level is evidenced', () => {
    const result = assessMaturity(allLevels);
    expect(result.level).toBe(5);
    expect(result.levels.every((l) => l.status === 'met')).toBe(true);
    expect(result.missing).toEqual([]);
  });

  it('stops at the first level not met, even when higher levels are met', () => {
    // ART 30 h misses responsiveness (≤ 24 h), so good CSAT and NPS do not count.
    const result = assessMaturity({ ...allLevels, ART: measured(30) });
    expect(result.level).toBe(1);
    expect(result.levels[1].status).toBe('not-met');
    expect(result.levels[1].criteria[0]).toMatchObject({ metric: 'ART', status: 'not-met', actual: 30, targetValue: 24 });
  });

  it('treats missing and thin evidence as missing, not as failure', () => {
    const { FCR: _fcr, ...noFcr } = allLevels;
    const result = assessMaturity({ ...noFcr, CES: measured(6, 12) });
    expect(result.level).toBe(1);
    expect(result.levels[1].status).toBe('missing');
    expect(result.missing.map((c) => [c.metric, c.missingReason])).toEqual([['FCR', 'no-data'], ['CES', 'too-few']]);
  });

  it('accepts either falling churn or high retention for the proactive level', () => {
    const fallingOnly = assessMaturity({ ...allLevels, RETENTION: measured(80) });
    expect(fallingOnly.levels[3].status).toBe('met');
    const retentionOnly = assessMaturity({ ...allLevels, CHURN: measured(5, 100, 4) });
    expect(retentionOnly.levels[3].status).toBe('met');
    const neither = assessMaturity({ ...allLevels, CHURN: measured(5, 100, 4), RETENTION: measured(80) });
    expect(neither.level).toBe(3);
    expect(neither.levels[3].status).toBe('not-met');
  });

  it('uses the targets a user overrides and keeps the defaults for the rest', () => {
    const strict = assessMaturity(allLevels, { nps: 60 });
    expect(strict.level).toBe(4);
    expect(strict.targets).toEqual({ ...DEFAULT_TARGETS, nps: 60 });
    expect(assessMaturity(allLevels, { nps: Number.NaN }).targets.nps).toBe(DEFAULT_TARGETS.nps);
  });

  it('needs at least the target number of responses for level 1', () => {
    const result = assessMaturity({ RESPONSES: measured(12, 12) });
    expect(result.level).toBe(0);
    expect(result.levels[0].criteria[0]).toMatchObject({ status: 'not-met', actual: 12 });
  });
});

describe('the published rubric', () => {
  it('has the five levels in order with the default targets of the brief', () => {
    expect(RUBRIC.map((l) => l.id)).toEqual(['communication', 'responsiveness', 'commitment', 'proactive', 'breakthrough']);
    expect(DEFAULT_TARGETS).toMatchObject({ artHours: 24, fcr: 70, csat: 80, ces: 5.5, retention: 90, nps: 50, referralRate: 20 });
  });

  it('renders as a Markdown table in English and Vietnamese', () => {
    const en = rubricMarkdown('en');
    expect(en.split('\n')[0]).toBe('| Level | Name | What it means | Evidence (all needed unless “or”) |');
    expect(en).toContain('| 2 | Responsiveness |');
    expect(en).toContain('Average resolution time (ART) ≤ 24 h; First contact resolution (FCR) ≥ 70%');
    expect(en).toContain('Customer churn lower than the period before, or Customer retention ≥ 90%');
    const vi = rubricMarkdown('vi');
    for (const name of ['Giao tiếp', 'Đáp ứng', 'Cam kết', 'Chủ động', 'Đột phá']) expect(vi).toContain(`| ${name} |`);
    expect(vi).toContain('Mức độ dễ dàng (CES) ≥ 5,5');
    expect(rubricMarkdown('en', { artHours: 12 })).toContain('≤ 12 h');
  });
});
