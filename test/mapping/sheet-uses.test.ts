import { describe, expect, it } from 'vitest';
import { describeSheetUse, detectWorkbook, mappingFromDetection, withEverySurvey } from '../../src/mapping';
import { corpus } from '../fixtures/detection-corpus';

/** A folder or workbook: every sheet is used, or named with the reason it is not (issue 11). */
const sheet = (name: string) => {
  const found = corpus.find((s) => s.name === name);
  if (!found) throw new Error(`no corpus sheet ${name}`);
  return { name, values: found.values };
};
const scores = { name: 'Scores', values: [['Score', 'Note'], ...Array.from({ length: 30 }, (_, i) => [(i * 7) % 11, 'x'])] };

describe('detectWorkbook says what it does with every sheet', () => {
  const detection = detectWorkbook([
    sheet('Form Responses 1'),
    sheet('Visit survey'),
    { name: 'Empty', values: [] },
    scores,
    sheet('Employees'),
    sheet('Journey'),
    sheet('zendesk-tickets'),
  ]);
  const lines = (lang: 'en' | 'vi') => detection.uses.map((use) => describeSheetUse(use, lang));

  it('lists every sheet in order, used or not', () => {
    expect(detection.uses.map((u) => u.sheetName)).toEqual(['Form Responses 1', 'Visit survey', 'Empty', 'Scores', 'Employees', 'Journey', 'zendesk-tickets']);
    expect(detection.uses.map((u) => u.uses.length > 0 || u.reason)).toEqual([true, 'sameKind', 'empty', 'maybeOnly', 'maybeOnly', true, true]);
  });

  it('in English', () => {
    expect(lines('en')).toEqual([
      '“Form Responses 1”: used for survey answers.',
      '“Visit survey”: not used — it also holds survey answers, and “Form Responses 1” was chosen for those (more of their columns found). Map this sheet instead if it is the right one.',
      '“Empty”: not used — it has no data rows.',
      '“Scores”: not used — only the values look like NPS answer (0–10) (column A “Score”), and no header says so. Map the column if it is.',
      '“Employees”: not used — only the values look like CSAT answer (column G “Performance Rating”), and no header says so. Map the column if it is.',
      '“Journey”: used for journey stages.',
      '“zendesk-tickets”: used for support tickets.',
    ]);
  });

  it('in Vietnamese', () => {
    expect(lines('vi')[1]).toBe('“Visit survey”: không dùng — trang cũng chứa câu trả lời khảo sát, và “Form Responses 1” đã được chọn cho loại này (tìm thấy nhiều cột hơn). Hãy gán trang này nếu đó mới là trang đúng.');
    expect(lines('vi')[2]).toBe('“Empty”: không dùng — trang không có dòng dữ liệu.');
    expect(lines('vi')[3]).toBe('“Scores”: không dùng — chỉ giá trị giống: Điểm NPS (0–10) (cột A “Score”); không tiêu đề nào nói vậy. Hãy gán cột nếu đúng.');
    expect(lines('vi')[5]).toBe('“Journey”: dùng cho giai đoạn hành trình.');
  });

  it('a sheet with no metric columns says what little it found', () => {
    const inventory = detectWorkbook([{ name: 'Contacts', values: [['Name', 'Email'], ...Array.from({ length: 10 }, (_, i) => [`N${i}`, `p${i}@example.com`])] }]);
    expect(describeSheetUse(inventory.uses[0], 'en')).toBe('“Contacts”: not used — no survey answers, tickets, subscription counts or activity found (only Email (column B “Email”)).');
    expect(describeSheetUse(inventory.uses[0], 'vi')).toBe('“Contacts”: không dùng — không thấy câu trả lời khảo sát, phiếu hỗ trợ, số liệu thuê bao hay hoạt động (chỉ có Email (cột B “Email”)).');
  });

  it('the mapping holds exactly the used sheets, the journey sheet among them', () => {
    expect(mappingFromDetection(detection).sources.map((s) => s.sheetName)).toEqual(['Form Responses 1', 'Journey', 'zendesk-tickets']);
  });

  it('withEverySurvey (the command line): the second survey sheet is used too, the rest as they were', () => {
    const every = withEverySurvey(detection);
    expect(every.uses.map((u) => u.uses.length > 0 || u.reason)).toEqual([true, true, 'empty', 'maybeOnly', 'maybeOnly', true, true]);
    expect(describeSheetUse(every.uses[1], 'en')).toBe('“Visit survey”: used for survey answers.');
    expect(describeSheetUse(every.uses[1], 'vi')).toBe('“Visit survey”: dùng cho câu trả lời khảo sát.');
    expect(every.families.survey?.sheetName).toBe('Form Responses 1');
    expect(mappingFromDetection(every).sources.map((s) => s.sheetName)).toEqual(['Form Responses 1', 'Visit survey', 'Journey', 'zendesk-tickets']);
  });

  it('an order log whose item counts fit 0–10 is still activity: a maybe NPS makes no survey', () => {
    const orders = detectWorkbook([sheet('online-retail')]);
    expect(orders.families.survey).toBeUndefined();
    expect(orders.families.activity?.sheetName).toBe('online-retail');
  });
});
