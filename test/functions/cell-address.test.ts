import { describe, expect, it } from 'vitest';
import { placeOf } from '../../src/cells/errors';
import { CATALOG } from '../../src/functions/catalog';
import { callArguments, cellOfPlace, parseReference } from '../../src/functions/cell-address';
import { withSheetEnv } from '../../src/functions/env';
import { ART, NPS } from '../../src/functions/index';
import { NAMED_ARGUMENTS } from '../../src/functions/localize';

const env = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US' };

describe('naming the sheet cell of a bad value', () => {
  it('finds the arguments of the one call to the function, in either separator style', () => {
    expect(callArguments("=NPS('Form Responses 1'!C2:C)", 'NPS')).toEqual(["'Form Responses 1'!C2:C"]);
    expect(callArguments('=IFERROR(ART(B2:B; C2:C; "days"); "")', 'ART')).toEqual(['B2:B', 'C2:C', '"days"']);
    expect(callArguments('=CX_TREND("NPS", C2:C, A2:A)', 'NPS')).toBeUndefined(); // "NPS" is only text here
    expect(callArguments('=NPS(A2:A)-NPS(B2:B)', 'NPS')).toBeUndefined(); // two calls: ambiguous
  });

  it('reads plain A1 references, quoted sheet names and open ranges', () => {
    expect(parseReference("'Khảo sát ''2026'''!$C$2:C")).toEqual({ sheet: "Khảo sát '2026'", column: 3, row: 2 });
    expect(parseReference('Tickets!B:B')).toEqual({ sheet: 'Tickets', column: 2, row: 1 });
    expect(parseReference('AA10')).toEqual({ sheet: undefined, column: 27, row: 10 });
    expect(parseReference('SUM(A1:A3)')).toBeUndefined();
  });

  it('turns a place in the range into the sheet cell', () => {
    const twelfth = placeOf(11, 500, 1);
    expect(cellOfPlace("=NPS('Form Responses 1'!C2:C)", 'Dashboard', 'NPS', 0, twelfth)).toBe("'Form Responses 1'!C13");
    expect(cellOfPlace('=NPS(C2:C)', 'Survey', 'NPS', 0, twelfth)).toBe('C13');
    expect(cellOfPlace('=NPS(Survey!B5:D9)', 'Survey', 'NPS', 0, placeOf(7, 5, 3))).toBe('C7');
  });

  it('adds the cell to the message a formula shows, in both languages', () => {
    const scores = [[9], [10], [11]];
    const formulaCell = { formula: "=NPS('Form Responses 1'!C2:C)", sheetName: 'Dashboard' };
    expect(() => withSheetEnv({ ...env, formulaCell }, () => NPS(scores))).toThrow("NPS: 11 is outside the 0–10 scale (row 3 of the range, cell 'Form Responses 1'!C4)");
    expect(() => withSheetEnv({ ...env, locale: 'vi_VN', formulaCell }, () => NPS(scores))).toThrow(/\(hàng 3 của vùng, ô 'Form Responses 1'!C4\)$/);
    // Without a formula to read (a Node caller), the message is the spec's.
    expect(() => withSheetEnv(env, () => NPS(scores))).toThrow('NPS: 11 is outside the 0–10 scale (row 3 of the range)');
  });

  it('names the right argument when a function takes several ranges', () => {
    const opened = [[new Date('2026-03-02T08:00:00Z')], [new Date('2026-03-03T08:00:00Z')]];
    const resolved = [[new Date('2026-03-02T09:00:00Z')], [new Date('2026-03-03T07:00:00Z')]];
    const formulaCell = { formula: "=ART(Tickets!B2:B, Tickets!C2:C)", sheetName: 'CX Dashboard' };
    expect(() => withSheetEnv({ ...env, formulaCell }, () => ART(opened, resolved))).toThrow(/row 2 of resolved, cell Tickets!C3\)$/);
  });

  it('keeps its table of named arguments in the catalog\'s order', () => {
    const sameName = (catalogName: string) =>
      catalogName === 'new_customers' ? 'new' : catalogName === 'durations' ? 'opened' : catalogName === 'churned_or_start' ? 'start' : catalogName;
    for (const [fn, names] of Object.entries(NAMED_ARGUMENTS)) {
      const params = CATALOG.find((f) => f.name === fn)!.params.map((p) => sameName(p.name));
      names.forEach((name, i) => expect(params[i], `${fn} argument ${i + 1}`).toBe(name));
    }
  });
});
