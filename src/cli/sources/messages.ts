/**
 * What the file readers (CSV, XLSX, Parquet) say to a person, in English and Vietnamese, in one place.
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
  unclosedQuote: (file: string, line: number) => `${file}: line ${line}: a quoted field is never closed (missing " before the end of the file); add the closing quote`,
  badQuote: (file: string, line: number, what: QuoteProblem) =>
    `${file}: line ${line}: ${what === 'afterClosing' ? 'text after a closing quote' : 'a quote inside an unquoted field'}; quote the whole field and double any " inside it`,
  // Opening what was named (exit code 2).
  notSheetsAddress: (arg: string) => `Not a Google Sheets address: ${arg} (expected https://docs.google.com/spreadsheets/d/ID/…)`,
  fileNotFound: (arg: string) => `File not found: ${arg}`,
  isFolder: (arg: string) => `${arg} is a folder; name a .csv or .xlsx file inside it`,
  unsupportedFormat: (arg: string) => `${arg}: this format is not supported; save it as .xlsx or .csv`,
  unknownZone: (zone: string) => `Unknown time zone: ${zone} (use an IANA name such as Asia/Ho_Chi_Minh)`,
  // Google Sheets.
  credentialsMissing: (path: string) => `Credentials file not found: ${path}`,
  notCredentials: (path: string) => `${path} is not a Google credentials file (expected the JSON key of a service account)`,
  noDefaultCredentials: () => 'No Google credentials found: pass --credentials with a service-account key file, or run `gcloud auth application-default login`',
  noSpreadsheet: (id: string) => `No spreadsheet with id ${id} exists (check the id or URL)`,
  apiDisabled: (message: string) => `The Google Sheets API is not enabled for the Cloud project of these credentials (enable it in the Google Cloud console): ${message}`,
  notShared: (id: string, who: string | undefined) => `The spreadsheet ${id} is not shared with ${who ?? 'the account of these credentials'} (share it, or use other credentials)`,
  credentialsRejected: (message: string) => `Google rejected the credentials (${message}); check the key file or sign in again`,
  requestRefused: (id: string, message: string) => `The Sheets API refused the request for ${id}: ${message}`,
  rateLimited: (tries: number) => `The Sheets API is rate-limiting these credentials and still refused after ${tries} tries; wait a minute and run again`,
  unreachable: (message: string) => `Could not reach the Sheets API (${message}); check the network and try again`,
  apiFailed: (status: number, tries: number, message: string) =>
    `The Sheets API failed with HTTP ${status} after ${tries} ${tries === 1 ? 'try' : 'tries'}; try again later (${message})`,
  parquetUnreadable: (file: string, why: string) => `${file} is not a readable Parquet file (${why}); export it again, or as CSV`,
};

/** What is wrong with a quote in a CSV line. */
export type QuoteProblem = 'afterClosing' | 'insideUnquoted';

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
  unclosedQuote: (file, line) => `${file}: dòng ${line}: một trường trong ngoặc kép không bao giờ được đóng (thiếu " trước cuối tệp); hãy thêm dấu ngoặc kép đóng`,
  badQuote: (file, line, what) =>
    `${file}: dòng ${line}: ${what === 'afterClosing' ? 'có chữ sau dấu ngoặc kép đóng' : 'có dấu ngoặc kép trong một trường không đặt trong ngoặc kép'}; hãy đặt cả trường trong ngoặc kép và viết đôi mọi dấu " bên trong`,
  notSheetsAddress: (arg) => `Không phải địa chỉ Google Sheets: ${arg} (cần dạng https://docs.google.com/spreadsheets/d/ID/…)`,
  fileNotFound: (arg) => `Không tìm thấy tệp: ${arg}`,
  isFolder: (arg) => `${arg} là một thư mục; hãy nêu một tệp .csv hoặc .xlsx trong đó`,
  unsupportedFormat: (arg) => `${arg}: định dạng này chưa được hỗ trợ; hãy lưu lại dạng .xlsx hoặc .csv`,
  unknownZone: (zone) => `Múi giờ không tồn tại: ${zone} (hãy dùng tên IANA như Asia/Ho_Chi_Minh)`,
  credentialsMissing: (path) => `Không tìm thấy tệp thông tin xác thực: ${path}`,
  notCredentials: (path) => `${path} không phải tệp thông tin xác thực Google (cần tệp khóa JSON của một tài khoản dịch vụ)`,
  noDefaultCredentials: () =>
    'Không tìm thấy thông tin xác thực Google: hãy dùng --credentials với tệp khóa của tài khoản dịch vụ, hoặc chạy `gcloud auth application-default login`',
  noSpreadsheet: (id) => `Không có bảng tính nào có id ${id} (hãy kiểm tra id hoặc URL)`,
  apiDisabled: (message) => `Google Sheets API chưa được bật cho dự án Cloud của thông tin xác thực này (hãy bật trong Google Cloud console): ${message}`,
  notShared: (id, who) => `Bảng tính ${id} chưa được chia sẻ với ${who ?? 'tài khoản của thông tin xác thực này'} (hãy chia sẻ, hoặc dùng thông tin xác thực khác)`,
  credentialsRejected: (message) => `Google từ chối thông tin xác thực (${message}); hãy kiểm tra tệp khóa hoặc đăng nhập lại`,
  requestRefused: (id, message) => `Sheets API từ chối yêu cầu cho ${id}: ${message}`,
  rateLimited: (tries) => `Sheets API đang giới hạn tốc độ cho thông tin xác thực này và vẫn từ chối sau ${tries} lần thử; hãy đợi một phút rồi chạy lại`,
  unreachable: (message) => `Không kết nối được Sheets API (${message}); hãy kiểm tra mạng rồi thử lại`,
  apiFailed: (status, tries, message) => `Sheets API lỗi HTTP ${status} sau ${tries} lần thử; hãy thử lại sau (${message})`,
  parquetUnreadable: (file, why) => `${file} không phải tệp Parquet đọc được (${why}); hãy xuất lại tệp, hoặc xuất ra CSV`,
};

export function sourceMessages(lang: Lang | undefined): SourceMessages {
  return lang === 'vi' ? vi : en;
}
