import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, alertEmail, answerId, flagAnswer, groupBursts, thresholdProblem, type Answer } from '../../src/report/alerts';

const answer = (over: Partial<Answer> = {}): Answer => ({ id: 'r1', sheetName: 'Form Responses 1', sheetId: 0, row: 14, at: Date.parse('2026-10-13T02:15:00Z'), ...over });

describe('which answers are unhappy enough to tell someone now', () => {
  it('flags NPS ≤ 6, CSAT ≤ 2 on 5 and CES ≤ 3 on 7 by default, and nothing else', () => {
    expect(flagAnswer(answer({ nps: 6 }), DEFAULT_THRESHOLDS)!.reasons).toEqual([{ metric: 'NPS', score: 6, scale: 10 }]);
    expect(flagAnswer(answer({ nps: 7, csat: 3, ces: 4 }), DEFAULT_THRESHOLDS)).toBeUndefined();
    expect(flagAnswer(answer({ nps: 9, csat: 2, ces: 3 }), DEFAULT_THRESHOLDS)!.reasons.map((r) => r.metric)).toEqual(['CSAT', 'CES']);
    expect(flagAnswer(answer({}), DEFAULT_THRESHOLDS)).toBeUndefined();
  });

  it('lets each metric be turned off or its threshold changed', () => {
    const t = { ...DEFAULT_THRESHOLDS, NPS: { on: false, max: 6, scale: 10 }, CSAT: { on: true, max: 3, scale: 5 } };
    expect(flagAnswer(answer({ nps: 0 }), t)).toBeUndefined();
    expect(flagAnswer(answer({ csat: 3 }), t)!.reasons[0]).toEqual({ metric: 'CSAT', score: 3, scale: 5 });
  });

  it('refuses a threshold outside its scale, in both languages', () => {
    expect(thresholdProblem('NPS', { on: true, max: 10, scale: 10 }, 'en')).toBe('The NPS alert threshold must be a whole number from 0 to 9, not 10.');
    expect(thresholdProblem('CSAT', { on: true, max: 0, scale: 5 }, 'vi')).toBe('Ngưỡng cảnh báo CSAT phải là số nguyên từ 1 đến 4, không phải 0.');
    expect(thresholdProblem('CES', { on: true, max: 2.5, scale: 7 }, 'en')).toMatch(/not 2.5/);
    expect(thresholdProblem('NPS', DEFAULT_THRESHOLDS.NPS, 'en')).toBeUndefined();
  });
});

describe('a stable id per answer', () => {
  it('is the same for the same row content, different for an edited row or another sheet', () => {
    const row = [new Date('2026-10-13T02:15:00Z'), 'a@x.example', 3, 'Slow'];
    expect(answerId(0, row)).toBe(answerId(0, [...row]));
    expect(answerId(0, row)).not.toBe(answerId(0, [...row.slice(0, 3), 'Slow!']));
    expect(answerId(0, row)).not.toBe(answerId(1, row));
    expect(answerId(0, [3])).not.toBe(answerId(0, ['3']));
    expect(answerId(7, row)).toMatch(/^s7-[0-9a-f]{16}$/);
  });

  it('rarely collides on distinct rows (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 12 }), { minLength: 50, maxLength: 200 }), (texts) => {
        const ids = new Set(texts.map((t) => answerId(0, [t])));
        expect(ids.size).toBe(texts.length);
      }),
      { numRuns: 50 },
    );
  });
});

describe('bursts become one email', () => {
  const at = (minutes: number, row: number) => ({ ...answer({ row, at: minutes * 60_000, nps: 2 }), reasons: [{ metric: 'NPS' as const, score: 2, scale: 10 }] });
  it('sends up to three answers in 15 minutes one by one, and more than three together', () => {
    expect(groupBursts([at(0, 2), at(5, 3), at(14, 4)]).map((g) => g.length)).toEqual([1, 1, 1]);
    expect(groupBursts([at(0, 2), at(5, 3), at(10, 4), at(14, 5), at(40, 6)]).map((g) => g.map((a) => a.row))).toEqual([[2, 3, 4, 5], [6]]);
  });

  it('never loses or repeats an answer (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(600), { maxLength: 40 }), (minutes) => {
        const flagged = minutes.map((m, i) => at(m, i + 2));
        const rows = groupBursts(flagged).flat().map((a) => a.row).sort((x, y) => x - y);
        expect(rows).toEqual(flagged.map((a) => a.row).sort((x, y) => x - y));
      }),
    );
  });
});

describe('the alert email', () => {
  const flagged = flagAnswer(answer({ nps: 3, segment: 'Chi nhánh Quận 1', comment: 'Chờ lâu quá', email: 'lan@x.example' }), DEFAULT_THRESHOLDS)!;

  it('says what happened in the subject, in the recipient\'s language', () => {
    expect(alertEmail([flagged], 'vi').subject).toBe('Khách hàng chấm 3/10 — Chi nhánh Quận 1');
    expect(alertEmail([flagged], 'en').subject).toBe('A customer scored 3/10 — Chi nhánh Quận 1');
    expect(alertEmail([flagged, flagged, flagged, flagged], 'en').subject).toBe('4 unhappy answers in a few minutes');
  });

  it('holds the score, comment, segment, contact, time and a link to the row', () => {
    const { text, html } = alertEmail([flagged], 'en', 'https://docs.google.com/spreadsheets/d/abc/edit#gid=5', () => '2026-10-13 09:15');
    expect(text).toContain('“Chờ lâu quá”');
    expect(text).toContain('lan@x.example');
    expect(text).toContain('answered 2026-10-13 09:15');
    expect(text).toContain('Form Responses 1, row 14');
    expect(text).toContain('https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A14');
    // Escaped like every attribute: = and & as entities, which mail clients read back as the link.
    expect(html).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit#gid&#61;0&amp;range&#61;A14"');
  });

  it('escapes and bounds whatever the sheet holds, and strips bidirectional controls from the subject', () => {
    const hostile = flagAnswer(answer({ nps: 0, segment: '<b>x</b>\u202e evil', comment: '<script>alert(1)</script>' + 'x'.repeat(60_000) }), DEFAULT_THRESHOLDS)!;
    const mail = alertEmail([hostile], 'en', 'javascript:alert(1)');
    expect(mail.html).not.toMatch(/<script|<b>|javascript:/i);
    expect(mail.subject).not.toContain('\u202e');
    expect(mail.html.length).toBeLessThan(5000);
    expect(mail.text).not.toContain('Open the answer');
  });
});
