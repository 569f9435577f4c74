import { describe, expect, it } from 'vitest';
import { nextReport_ } from '../../src/addon/reports-server';
import { DEFAULT_TARGETS } from '../../src/report/maturity';
import { MESSAGES } from '../../sidebar/messages';
import { checkDraft, emptyReports, hourText, periodText, splitRecipients } from '../../sidebar/reports-state';

/** The panel's form rules and wording, without a browser: what a person types, what is saved. */

const en = MESSAGES.en;
const draft = (patch: Partial<ReturnType<typeof emptyReports>['draft']> = {}) => ({ ...emptyReports('en').draft, ...patch });

describe('recipients as typed', () => {
  it('splits on lines, commas, semicolons and spaces, dropping repeats whatever their case', () => {
    expect(splitRecipients(' a@shop.vn,\nB@shop.vn; b@shop.vn  c@shop.vn\n\n')).toEqual(['a@shop.vn', 'B@shop.vn', 'c@shop.vn']);
  });

  it('a header smuggled on a second line is named, not saved', () => {
    expect(checkDraft(draft({ recipients: 'a@b.com\nBcc: x@y.z' }), DEFAULT_TARGETS, en)).toEqual({ ok: false, field: 'recipients', message: en.badAddress('Bcc:') });
  });

  it('accepts 50 addresses and refuses 51, and none', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@shop.example`).join('\n');
    expect(checkDraft(draft({ recipients: many(50) }), DEFAULT_TARGETS, en).ok).toBe(true);
    expect(checkDraft(draft({ recipients: many(51) }), DEFAULT_TARGETS, en)).toMatchObject({ ok: false, message: en.tooMany(51, 50) });
    expect(checkDraft(draft({ recipients: '  ' }), DEFAULT_TARGETS, en)).toMatchObject({ ok: false, message: en.noRecipients });
  });

  it('builds the schedule the server stores, with targets left blank as their defaults', () => {
    const checked = checkDraft(draft({ recipients: 'boss@shop.vn', kind: 'weekly', weekday: 5, hour: 17, lang: 'vi', targets: { ...draft().targets, fcr: '75,5' } }), DEFAULT_TARGETS, en);
    expect(checked).toEqual({
      ok: true,
      schedule: { version: 1, enabled: true, recipients: ['boss@shop.vn'], frequency: { kind: 'weekly', weekday: 5 }, hour: 17, lang: 'vi' },
      targets: { ...DEFAULT_TARGETS, fcr: 75.5 },
    });
  });

  it('a target out of range names the target and its range', () => {
    const checked = checkDraft(draft({ recipients: 'boss@shop.vn', targets: { ...draft().targets, nps: '150' } }), DEFAULT_TARGETS, en);
    expect(checked).toEqual({ ok: false, field: 'nps', message: en.badTarget(en.targetNames.nps, -100, 100) });
  });
});

describe('how periods and hours read', () => {
  it('in English and Vietnamese', () => {
    expect(hourText(8)).toBe('08:00');
    expect(periodText('month:2026-10-01', en)).toBe('October 2026');
    expect(periodText('week:2026-10-05', en)).toBe('week of Oct 5, 2026');
    expect(periodText('month:2026-10-01', MESSAGES.vi)).toBe('tháng 10 năm 2026');
    expect(periodText('nonsense', en)).toBe('nonsense');
  });
});

describe('what the status line promises', () => {
  const monthly = { version: 1 as const, enabled: true, recipients: ['a@b.vn'], frequency: { kind: 'monthly' as const, day: 1 }, hour: 8, lang: 'en' as const };
  const nov5 = (hour: number) => ({ year: 2026, month: 11, day: 5, weekday: 4, hour });

  it('a due, unsent month goes with the next daily run', () => {
    expect(nextReport_(monthly, nov5(7), [])).toEqual({ period: 'month:2026-10-01', on: '2026-11-05' });
    expect(nextReport_(monthly, nov5(10), [])).toEqual({ period: 'month:2026-10-01', on: '2026-11-06' });
  });

  it('once sent, the next month goes on its day, across the year end', () => {
    expect(nextReport_(monthly, nov5(10), ['month:2026-10-01'])).toEqual({ period: 'month:2026-11-01', on: '2026-12-01' });
    const dec = { year: 2026, month: 12, day: 29, weekday: 2, hour: 9 };
    expect(nextReport_({ ...monthly, frequency: { kind: 'monthly', day: 28 } }, dec, ['month:2026-11-01'])).toEqual({ period: 'month:2026-12-01', on: '2027-01-28' });
  });

  it('weekly: the week after the last one sent goes on the chosen weekday', () => {
    const weekly = { ...monthly, frequency: { kind: 'weekly' as const, weekday: 1 } };
    // Thursday 5 Nov 2026: the week of 26 Oct was due on Monday 2 Nov.
    expect(nextReport_(weekly, nov5(10), ['week:2026-10-26'])).toEqual({ period: 'week:2026-11-02', on: '2026-11-09' });
  });
});

describe('recipients with hidden characters', () => {
  it('names the hidden character and shows where it is, in both languages', () => {
    for (const lang of ['en', 'vi'] as const) {
      const checked = checkDraft({ ...emptyReports(lang).draft, recipients: 'boss\u202e@shop.vn' }, DEFAULT_TARGETS, MESSAGES[lang]);
      expect(checked).toMatchObject({ ok: false, field: 'recipients' });
      const message = checked.ok ? '' : checked.message;
      expect(message).toContain('boss⟨U+202E⟩@shop.vn');
      expect(message).toContain(lang === 'en' ? 'invisible or direction-changing' : 'ký tự ẩn');
    }
  });
});
