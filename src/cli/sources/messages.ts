/**
 * What the file readers (CSV, XLSX) say to a person, in English and Vietnamese, in one place.
 * Each problem names the file and the line (or sheet and cell) and says what to do.
 */
import type { Lang } from '../../cells/types';

const SAVE_AS_UTF8_EN = 'open it in Excel or Google Sheets and save it again as "CSV UTF-8"';
const SAVE_AS_UTF8_VI = 'hãy mở tệp bằng Excel hoặc Google Sheets và lưu lại dạng "CSV UTF-8"';

const enCount = (n: number) => n.toLocaleString('en-US');
const viCount = (n: number) => n.toLocaleString('vi-VN');

const en = {
  readAs: (file: string, encoding: string) => `${file}: read as ${encoding}`,
  notText: (file: string, line: number, utf8Line: number, byte: string) =>
    `${file}: line ${line} holds the byte ${byte}, which is not text in UTF-8 (first wrong at line ${utf8Line}), Windows-1258 or Windows-1252, so the file is damaged or is not a CSV; ${SAVE_AS_UTF8_EN}`,
  controlChar: (file: string, line: number, code: string) =>
    `${file}: line ${line} holds the control character ${code}, which text never holds: the file is damaged, binary, or UTF-16 without its byte-order mark; ${SAVE_AS_UTF8_EN}`,
  replacementChar: (file: string, line: number, encoding: string) =>
    `${file}: line ${line} is not valid ${encoding} (or holds "�", left by an earlier wrong conversion), so some characters are lost; ${SAVE_AS_UTF8_EN}`,
  doubleEncoded: (file: string, line: number, seen: string, meant: string) =>
    `${file}: line ${line}: "${seen}" is text converted twice ("${meant}" read as Windows-1252 and saved again), so labels and headers would not match; export the file again from where it came from, as CSV UTF-8`,
  fieldTooLong: (file: string, line: number, max: number) =>
    `${file}: line ${line}: a field is longer than ${enCount(max)} characters (a spreadsheet cell holds at most 50,000), so this is probably not a CSV, or a quote is missing; check the line`,
  recordTooLong: (file: string, line: number, max: number) =>
    `${file}: line ${line}: the record is longer than ${enCount(max)} characters, so this is probably not a CSV, or a quote is missing; check the line`,
  tooManyColumns: (file: string, line: number, max: number) =>
    `${file}: line ${line} has more than ${enCount(max)} columns, more than a spreadsheet holds; check that the file is a CSV with the right delimiter`,
  notWorkbook: (file: string, why: string) => `${file} is not a readable .xlsx workbook (${why}); re-save it from Excel or Sheets`,
  zipBomb: (file: string, part: string, size: number, packed: number) =>
    `${file}: the part ${part} unpacks to more than ${enCount(size)} bytes from ${enCount(packed)}, which no real workbook does (a "zip bomb" or a damaged file); re-save it from Excel or Sheets, or export the sheet as CSV`,
  partTooLarge: (file: string, part: string, max: number) =>
    `${file}: the part ${part} is larger than ${enCount(max)} bytes unpacked, more than this command reads; export the sheet as CSV, which streams without limit`,
  cellTooLong: (file: string, sheet: string, cell: string, max: number) =>
    `${file}: sheet "${sheet}", cell ${cell} holds more than ${enCount(max)} characters (a spreadsheet cell holds at most 50,000); the file is damaged or not made by a spreadsheet`,
  cellOutOfSheet: (file: string, sheet: string, cell: string) =>
    `${file}: sheet "${sheet}" names the cell ${cell}, beyond the last row or column a spreadsheet has; the file is damaged; re-save it from Excel or Sheets`,
};

export type SourceMessages = typeof en;

const vi: SourceMessages = {
  readAs: (file, encoding) => `${file}: đọc theo bảng mã ${encoding}`,
  notText: (file, line, utf8Line, byte) =>
    `${file}: dòng ${line} chứa byte ${byte}, không phải chữ trong UTF-8 (sai từ dòng ${utf8Line}), Windows-1258 hay Windows-1252, nên tệp bị hỏng hoặc không phải CSV; ${SAVE_AS_UTF8_VI}`,
  controlChar: (file, line, code) =>
    `${file}: dòng ${line} chứa ký tự điều khiển ${code}, văn bản không bao giờ có: tệp bị hỏng, là tệp nhị phân, hoặc là UTF-16 thiếu dấu thứ tự byte (BOM); ${SAVE_AS_UTF8_VI}`,
  replacementChar: (file, line, encoding) =>
    `${file}: dòng ${line} không phải ${encoding} hợp lệ (hoặc chứa "�" do một lần chuyển mã sai trước đó), nên một số ký tự đã mất; ${SAVE_AS_UTF8_VI}`,
  doubleEncoded: (file, line, seen, meant) =>
    `${file}: dòng ${line}: "${seen}" là chữ bị chuyển mã hai lần ("${meant}" bị đọc như Windows-1252 rồi lưu lại), nên nhãn và tiêu đề sẽ không khớp; hãy xuất lại tệp từ nơi gốc, dạng CSV UTF-8`,
  fieldTooLong: (file, line, max) =>
    `${file}: dòng ${line}: một trường dài hơn ${viCount(max)} ký tự (một ô bảng tính chứa tối đa 50.000), nên có lẽ đây không phải CSV, hoặc thiếu một dấu ngoặc kép; hãy kiểm tra dòng này`,
  recordTooLong: (file, line, max) =>
    `${file}: dòng ${line}: bản ghi dài hơn ${viCount(max)} ký tự, nên có lẽ đây không phải CSV, hoặc thiếu một dấu ngoặc kép; hãy kiểm tra dòng này`,
  tooManyColumns: (file, line, max) =>
    `${file}: dòng ${line} có hơn ${viCount(max)} cột, nhiều hơn một bảng tính chứa được; hãy kiểm tra tệp là CSV với dấu phân cách đúng`,
  notWorkbook: (file, why) => `${file} không phải sổ tính .xlsx đọc được (${why}); hãy lưu lại từ Excel hoặc Sheets`,
  zipBomb: (file, part, size, packed) =>
    `${file}: phần ${part} giải nén ra hơn ${viCount(size)} byte từ ${viCount(packed)}, điều mà sổ tính thật không bao giờ có ("zip bomb" hoặc tệp hỏng); hãy lưu lại từ Excel hoặc Sheets, hoặc xuất trang tính ra CSV`,
  partTooLarge: (file, part, max) =>
    `${file}: phần ${part} lớn hơn ${viCount(max)} byte khi giải nén, quá mức lệnh này đọc; hãy xuất trang tính ra CSV, dạng đọc dần không giới hạn`,
  cellTooLong: (file, sheet, cell, max) =>
    `${file}: trang "${sheet}", ô ${cell} chứa hơn ${viCount(max)} ký tự (một ô bảng tính chứa tối đa 50.000); tệp bị hỏng hoặc không do bảng tính tạo ra`,
  cellOutOfSheet: (file, sheet, cell) =>
    `${file}: trang "${sheet}" nêu ô ${cell}, vượt quá hàng hoặc cột cuối cùng của bảng tính; tệp bị hỏng; hãy lưu lại từ Excel hoặc Sheets`,
};

export function sourceMessages(lang: Lang | undefined): SourceMessages {
  return lang === 'vi' ? vi : en;
}
