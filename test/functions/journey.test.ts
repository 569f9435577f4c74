import { describe, expect, it } from 'vitest';
import { withSheetEnv } from '../../src/functions/env';
import { CX_FUNNEL } from '../../src/functions/journey';
import { funnelOfStages } from '../../src/report/journey';

const EN = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US' };
const VI = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' };
const column = (cells: unknown[]) => cells.map((cell) => [cell]);

// A shop's "Journey stage" column: each customer's furthest stage, typed in either language.
const stages = column(['Journey stage', 'Purchase', '3. Mua', 'awareness', 'Nhận thức', 'GIU CHAN', 'Advocacy', '', 'Consideration', 'Purchase', 'not sure']);

describe('CX_FUNNEL', () => {
  it('counts customers at each stage and who reached it, with the share of the stage before, skipping the header and blanks', () => {
    const table = withSheetEnv(EN, () => CX_FUNNEL(stages));
    expect(table.slice(0, 6).map((row) => row.slice(0, 3))).toEqual([
      ['Stage', 'At this stage', 'Reached'],
      ['Awareness', 2, 8],
      ['Consideration', 1, 6],
      ['Purchase', 3, 5],
      ['Retention', 1, 2],
      ['Advocacy', 1, 1],
    ]);
    expect(table[1][3]).toBe('');
    expect(table[3][3]).toBeCloseTo((100 * 5) / 6, 12);
    // "not sure" names no stage: counted on a last row, not dropped.
    expect(table[6]).toEqual(['Not a stage (left out)', 1, '', '']);
  });

  it('is the count the monthly email’s funnel makes of the same cells', () => {
    const funnel = funnelOfStages(stages.slice(1).map((row) => row[0]))!;
    const table = withSheetEnv(EN, () => CX_FUNNEL(stages));
    expect(table.slice(1, 6).map((row) => [row[1], row[2]])).toEqual(funnel.stages.map((s) => [s.atStage, s.reached]));
    expect(table[6][1]).toBe(funnel.unmatched);
  });

  it('speaks the sheet’s language, and has no unmatched row when every answer is a stage', () => {
    const table = withSheetEnv(VI, () => CX_FUNNEL(column(['Mua', 'Ủng hộ'])));
    expect(table.map((row) => row[0])).toEqual(['Giai đoạn', 'Nhận thức', 'Cân nhắc', 'Mua', 'Giữ chân', 'Ủng hộ']);
    expect(table[3][2]).toBe(2);
  });

  it('says what it needs when no cell names a stage', () => {
    expect(() => withSheetEnv(EN, () => CX_FUNNEL(column(['Stage', '', 'maybe'])))).toThrow('CX_FUNNEL: no journey stages in the range');
    expect(() => withSheetEnv(VI, () => CX_FUNNEL(column(['', ''])))).toThrow('không có giai đoạn hành trình nào');
  });
});
