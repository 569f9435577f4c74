import { describe, expect, it } from 'vitest';
import { decideDateOrder, FEW_PROOF_SHARE, restsOnFewCells, textsOf } from '../../src/cells/decide';

/**
 * When a column's values decide its day/month order, the decision says how much rests on it
 * (docs/metrics.md, "When a few cells decide"): the cells proving the order, the day/month cells
 * proving neither, and of those the ones the other order would move to another month. The order
 * rests on a few cells when the proving cells are fewer than FEW_PROOF_SHARE (10%) of the moved
 * dates and the moved dates are more than half of the column's day/month dates.
 */
const monthFirstLooking = (n: number) => Array.from({ length: n }, (_, i) => `11/${(i % 4) + 1}/2019 9:${String(i % 60).padStart(2, '0')}`);

describe('a date order decided by a few cells', () => {
  it('given one 13/11/2019 among 38 dates like 11/1/2019, the order is day first and rests on that one cell', () => {
    const cells = [...monthFirstLooking(20), '13/11/2019 9:00:00', ...monthFirstLooking(18)];
    const decision = decideDateOrder(textsOf(cells));
    expect(decision).toMatchObject({ order: 'dmy', by: 'values', evidence: { text: '13/11/2019 9:00:00', index: 20 } });
    expect(decision.tally).toEqual({ proving: 1, proofs: [{ text: '13/11/2019 9:00:00', index: 20 }], ambiguous: 38, moved: 38, example: { text: '11/1/2019 9:00', index: 0 }, confirmed: false });
    expect(restsOnFewCells(decision)).toBe(true);
  });

  it('the share is the rule: 1 proving cell against 10 moved dates is enough, against 11 it is few', () => {
    expect(FEW_PROOF_SHARE).toBe(0.1);
    expect(restsOnFewCells(decideDateOrder(textsOf(['13/11/2019', ...monthFirstLooking(10)])))).toBe(false);
    expect(restsOnFewCells(decideDateOrder(textsOf(['13/11/2019', ...monthFirstLooking(11)])))).toBe(true);
    expect(restsOnFewCells(decideDateOrder(textsOf(['13/11/2019', '14/11/2019', ...monthFirstLooking(21)])))).toBe(true);
    expect(restsOnFewCells(decideDateOrder(textsOf(['13/11/2019', '14/11/2019', ...monthFirstLooking(20)])))).toBe(false);
  });

  it('dates the other order would keep in their month (1/1, 2/2) are not moved: when they are most, nothing is said', () => {
    const same = Array.from({ length: 30 }, (_, i) => `${(i % 12) + 1}/${(i % 12) + 1}/2019`);
    const decision = decideDateOrder(textsOf(['13/11/2019', ...same, ...monthFirstLooking(12)]));
    expect(decision.tally).toMatchObject({ proving: 1, ambiguous: 42, moved: 12 });
    expect(restsOnFewCells(decision)).toBe(false);
  });

  it('a month-first column proven by one 11/13/2019 is the same rule the other way', () => {
    const decision = decideDateOrder(textsOf([...monthFirstLooking(30), '11/13/2019']));
    expect(decision.order).toBe('mdy');
    expect(restsOnFewCells(decision)).toBe(true);
  });

  it('a setting that says the same order confirms it; one that says the other does not (the values still decide)', () => {
    const cells = ['13/11/2019', ...monthFirstLooking(30)];
    expect(decideDateOrder(textsOf(cells), undefined, 'dmy').tally?.confirmed).toBe(true);
    expect(restsOnFewCells(decideDateOrder(textsOf(cells), undefined, 'dmy'))).toBe(false);
    const contrary = decideDateOrder(textsOf(cells), undefined, 'mdy');
    expect(contrary.order).toBe('dmy');
    expect(restsOnFewCells(contrary)).toBe(true);
  });

  it('weighted texts count rows: one date part on 30 rows is 30 proving cells', () => {
    const texts = ['13/11/2019', ...monthFirstLooking(40)];
    const weighted = decideDateOrder((visit) => texts.forEach((text, i) => visit(text, i, i === 0 ? 30 : 1)));
    expect(weighted.tally).toMatchObject({ proving: 30, moved: 40 });
    expect(restsOnFewCells(weighted)).toBe(false);
  });

  it('nothing rests on a few cells when nothing proves the order, or when the column proves both', () => {
    expect(restsOnFewCells(decideDateOrder(textsOf(monthFirstLooking(30))))).toBe(false);
    expect(restsOnFewCells(decideDateOrder(textsOf(['13/11/2019', '11/13/2019', ...monthFirstLooking(30)])))).toBe(false);
  });
});
