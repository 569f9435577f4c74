import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommentTally, type CommentEntry } from '../../src/report/comments';
import { GroupedCommentTally, MAX_COMMENTS, type CommentGroup } from '../../src/report/comment-groups';

/**
 * The comment tally (src/report/comments.ts) that buildReport and the command line's SQL path
 * share: DuckDB streams the comment rows in no particular order, so the detractors and themes
 * sections must not depend on the order the rows come in, only on each row's place in the file.
 */

const TEXTS = ['Waited too long for a reply', 'wifi yếu quá', 'Nhân viên không nhiệt tình', 'card declined again', 'Great tea, fast delivery', 'Giá hơi đắt', 'wifi yếu, chờ lâu', 'ok'];

function sections(rows: CommentEntry[], index: number) {
  const tally = new CommentTally(index);
  for (const row of rows) tally.add(row);
  return { detractors: tally.detractorsSection(rows.length, true), themes: tally.themesSection() };
}

const row = fc.record({
  period: fc.integer({ min: 3, max: 6 }),
  day: fc.oneof(fc.integer({ min: 20_300, max: 20_305 }), fc.constant(NaN)),
  score: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(NaN)),
  text: fc.constantFrom(...TEXTS),
  segment: fc.constantFrom('', 'Store', 'Zalo'),
  email: fc.constantFrom('', 'a@x.vn', 'b@x.vn'),
});

/** The rows as the SQL path's groups: one per period, day, NPS answer and text, with its count, latest place and first places. */
function groupsOf(rows: readonly CommentEntry[]): CommentGroup[] {
  const groups = new Map<string, CommentEntry[]>();
  for (const r of rows) {
    const key = JSON.stringify([r.period, String(r.day), String(r.score), r.text]);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((list) => {
    const sorted = [...list].sort((a, b) => a.order - b.order);
    const { period, day, score, text } = sorted[0];
    return { period, day, score, text, count: list.length, latest: sorted[sorted.length - 1].order, earliest: sorted.slice(0, MAX_COMMENTS).map(({ order, segment, email }) => ({ order, segment, email })) };
  });
}

function sectionsOfGroups(groups: CommentGroup[], rows: number, index: number) {
  const tally = new GroupedCommentTally(index);
  for (const group of groups) tally.addGroup(group);
  return { detractors: tally.detractorsSection(rows, true), themes: tally.themesSection() };
}

describe('the comment tally', () => {
  it('gives the same detractors and themes from the rows grouped by period, day, answer and text, added once each with their count, in any order (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 120 }), fc.infiniteStream(fc.nat()), (generated, keys) => {
        const rows = generated.map((r, order) => ({ ...r, order }));
        const groups = groupsOf(rows)
          .map((g) => ({ g, key: keys.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map(({ g }) => g);
        expect(sectionsOfGroups(groups, rows.length, 5)).toEqual(sections(rows, 5));
      }),
      { numRuns: 200 },
    );
  });

  it('given seven detractor rows of one day and text as one group, shows their five earliest rows, with their own segment and email', () => {
    const rows: CommentEntry[] = Array.from({ length: 7 }, (_, k) => ({ period: 2, day: 40, score: 3, text: 'Waited too long', order: 10 + k, segment: k === 1 ? 'Store' : '', email: `c${k}@x.vn` }));
    const { detractors, themes } = sectionsOfGroups(groupsOf(rows), 7, 2);
    expect(detractors!.withComment).toBe(7);
    expect(detractors!.comments.map((c) => c.email)).toEqual(['c0@x.vn', 'c1@x.vn', 'c2@x.vn', 'c3@x.vn', 'c4@x.vn']);
    expect(detractors!.comments[1].segment).toBe('Store');
    expect(themes!.comments).toBe(7);
    expect(themes!.detractors[0]).toMatchObject({ comments: 7, share: 100 });
  });

  it('gives the same sections when each group carries only its rows among the period\'s five newest detractor comments, as the SQL path finds them (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 120 }), (generated) => {
        const rows = generated.map((r, order) => ({ ...r, order }));
        // The newest detractor comments of period 5: latest day (none last), lowest score, first row.
        const newest = rows
          .filter((r) => r.period === 5 && r.text && r.score <= 6)
          .sort((a, b) => (b.day === b.day ? b.day : -Infinity) - (a.day === a.day ? a.day : -Infinity) || a.score - b.score || a.order - b.order)
          .slice(0, MAX_COMMENTS)
          .map((r) => r.order);
        const groups = groupsOf(rows).map((g) => ({ ...g, earliest: g.earliest.filter((e) => newest.includes(e.order)) }));
        expect(sectionsOfGroups(groups, rows.length, 5)).toEqual(sections(rows, 5));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same detractors and themes whatever order the rows come in (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 80 }), fc.infiniteStream(fc.nat()), (generated, keys) => {
        const rows = generated.map((r, order) => ({ ...r, order }));
        const shuffled = rows.map((r) => ({ r, key: keys.next().value as number })).sort((a, b) => a.key - b.key).map(({ r }) => r);
        expect(sections(shuffled, 5)).toEqual(sections(rows, 5));
      }),
      { numRuns: 200 },
    );
  });

  it('given more detractor comments than it shows, keeps the five newest: lowest score first on a day, then the earliest row', () => {
    const rows: CommentEntry[] = [
      { period: 1, day: 10, score: 3, text: 'late', order: 0 },
      { period: 1, day: 12, score: 6, text: 'rude', order: 1, email: 'a@x.vn' },
      { period: 1, day: 12, score: 2, text: 'cold tea', order: 2, segment: 'Store' },
      { period: 1, day: 12, score: 6, text: 'slow', order: 3 },
      { period: 1, day: NaN, score: 0, text: 'no date', order: 4 },
      { period: 1, day: 11, score: 5, text: 'meh', order: 5 },
      { period: 1, day: 12, score: 9, text: 'promoter, not shown', order: 6 },
      { period: 0, day: 1, score: 0, text: 'the month before, not shown', order: 7 },
    ];
    const { detractors } = sections([...rows].reverse(), 1);
    expect(detractors!.withComment).toBe(6);
    expect(detractors!.comments.map((c) => c.comment)).toEqual(['cold tea', 'rude', 'slow', 'meh', 'late']);
    expect(detractors!.comments[0]).toEqual({ date: '1970-01-13', score: 2, comment: 'cold tea', segment: 'Store' });
    expect(detractors!.comments[1].email).toBe('a@x.vn');
  });

  it("given a theme mentioned on the period's newest day by two rows, its example is the later row", () => {
    const rows: CommentEntry[] = [
      { period: 2, day: 40, score: 2, text: 'Waited too long, first', order: 0 },
      { period: 2, day: 41, score: 1, text: 'Waited too long, second', order: 1 },
      { period: 2, day: 41, score: 3, text: 'Waited too long, third', order: 2 },
      { period: 2, day: NaN, score: 3, text: 'Waited too long, undated', order: 3 },
      { period: 1, day: 30, score: 2, text: 'Waited too long, before', order: 4 },
    ];
    const { themes } = sections([rows[2], rows[0], rows[4], rows[3], rows[1]], 2);
    const waiting = themes!.detractors.find((t) => t.theme.id === 'waiting')!;
    expect(waiting).toMatchObject({ comments: 4, share: 100, previousShare: 100, example: 'Waited too long, third' });
    expect(themes!.comments).toBe(4);
  });
});
