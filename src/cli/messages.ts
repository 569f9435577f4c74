/**
 * Every user-facing string of the command line, in English and Vietnamese, in one place, so
 * wording and translation change here and nowhere else. Report wording lives in
 * src/report/messages.ts and mapping wording in src/mapping/messages.ts; this file holds only
 * what the terminal adds around them. Source errors (src/cli/sources) arrive already worded.
 */
import type { Lang } from '../cells/types';

const en = {
  // Usage errors (exit code 2).
  unknownCommand: (name: string) => `Unknown command: ${name}. Commands: detect, metrics, report (see cx-metrics --help).`,
  badOption: (detail: string, command: string) => `${detail} (see cx-metrics ${command} --help)`,
  optionNotFor: (option: string, command: string | undefined) =>
    command ? `Option --${option} does not apply to ${command} (see cx-metrics ${command} --help)` : `Option --${option} needs a command: detect, metrics or report`,
  badPeriod: (text: string, forms: string) =>
    `--period "${text}" is not a period. Use one of: ${forms} (all data, a year, a quarter, a month, an ISO week, any day of a Monday-to-Sunday week, or a date range with both ends included and the end not before the start)`,
  badChoice: (option: string, text: string, choices: readonly string[]) => `--${option} must be one of ${choices.join(', ')}, not "${text}"`,
  badLocale: (text: string) => `--locale "${text}" is not a locale; give it as Sheets names them, e.g. vi_VN or en_US`,
  mappingFileMissing: (path: string) => `Mapping file not found: ${path}`,
  noGroupColumn: (by: string, headers: string) => `No mapped sheet has a field or column called "${by}". Columns: ${headers}`,
  duplicateSheet: (name: string) => `Two inputs hold a sheet called "${name}"; rename one file so each sheet name is unique`,
  emptyFolder: (path: string) => `${path} holds no .csv, .tsv, .xlsx or .parquet files`,
  // Data errors (exit code 1).
  mappingInvalid: (path: string, problem: string) => `${path}: ${problem}`,
  mappingForbiddenKey: (path: string, field: string) =>
    `${path}: the field "${field}" is refused (names like __proto__ and constructor are never mapping fields); remove it, or save the mapping again with cx-metrics detect --out`,
  columnBeyond: (field: string, letter: string, sheet: string, last: string) =>
    `The mapping puts "${field}" in column ${letter} of the sheet "${sheet}", which has columns only up to ${last}; fix the column in the mapping file, or save it again with cx-metrics detect --out`,
  headerBeyond: (sheet: string, row: number, rows: number) =>
    `The mapping says the header of the sheet "${sheet}" is on row ${row.toLocaleString('en-US')}, but the sheet has ${rows.toLocaleString('en-US')} rows; set headerRow in the mapping file to the header's row (1 for the first row, 0 for none)`,
  mappingMigrated: (path: string) => `${path} holds an older mapping; using it as updated. Save it again with cx-metrics detect --out to silence this.`,
  sheetMissing: (name: string, sheets: string) => `The mapping names the sheet "${name}", which the input does not have. Sheets: ${sheets}`,
  nothingMapped: 'No survey, ticket, subscription or activity columns were found, so there is nothing to compute. Check the file, or give a mapping with --mapping.',
  unexpected: (message: string) =>
    `Unexpected error: ${message}. This is a fault in cx-metrics, not in your data; please report it with the command you ran (CX_METRICS_DEBUG=1 shows the details).`,
  cannotWrite: (path: string, why: string) => `Cannot write ${path}: ${why}`,
  outIsFolder: 'it is a folder; name a file, e.g. --out mapping.json',
  outNoFolder: 'its folder does not exist; create it first or name a file in an existing folder',
  outDenied: 'permission denied; name a file in a folder you can write to',
  outOther: (code: string) => `the system refused (${code}); name another file`,
  // Output.
  saved: (what: string, path: string) => `${what} saved to ${path}`,
  mappingWord: 'Mapping',
  reportWord: 'HTML report',
  demoTitle: (title: string) => `(no input given: using the bundled demo workbook "${title}")`,
  headerRow: (row: number) => (row === 0 ? 'no header row' : `header row ${row}`),
  readAs: (encoding: string) => `read as ${encoding}`,
  datesRead: 'Dates',
  familyWord: { survey: 'survey answers', tickets: 'support tickets', subscriptions: 'subscriptions', activity: 'activity' } as Record<string, string>,
  columns: { field: 'Field', column: 'Column', header: 'Header', confidence: 'Confidence', samples: 'Examples' },
  metricColumns: { metric: 'Metric', value: 'Value', n: 'n', previous: 'Previous', change: 'Change', note: 'Significance' },
  groupAll: 'All',
  surveysTogether: (sheets: readonly string[], shared: readonly string[]) =>
    `Survey answers from ${sheets.length} sheets (${sheets.map((s) => `“${s}”`).join(', ')}): each one's own figures` +
    (shared.length ? `, and “All surveys” over all their answers for ${shared.join(', ')}.` : `; they share no question, so there is no “All surveys” figure.`),
  groupColumn: 'Group',
  otherCandidates: (field: string, chosen: string, others: readonly string[]) =>
    `${field}: column ${chosen} was chosen, but ${others.map((o) => `column ${o}`).join(', ')} could be it too. If another is the one, save the mapping (detect … --out mapping.json), change the column in it and run again with --mapping mapping.json.`,
  candidateWarning: (line: string) => `warning: ${line}`,
  noMetrics: 'No metric has data for this period.',
  periodLine: (period: string, previous: string) => `${period} (compared with ${previous})`,
  noDataHint: (latest: string) => `Try --period ${latest} (the latest month with data) or --period all.`,
  coverageColumn: 'Coverage',
  lostWarning: (details: string) => `warning: ${details}`,
  lostRefused: (count: number) =>
    `${count === 1 ? 'A metric' : `${count} metrics`} left out more than 5% of ${count === 1 ? 'its' : 'their'} cells (see the warnings above). Fix the cells named there, or run again with --accept-missing to accept the numbers as they are.`,
  dateOrderAssumed: (where: string, example: string, month: number, day: number) =>
    `warning: ${where}: dates such as ${example} could be day first or month first, and nothing in the column says which; they were read month first (${example} as month ${month}, day ${day}). If they are day first, run again with --date-order dmy or --locale vi_VN, or save the date order in the mapping (cx-metrics detect --date-order dmy --out mapping.json).`,
  columnOfFile: (file: string, letter: string, field: string) => `${file}, column ${letter} (${field})`,
  dateOrderFewCells: (facts: string, order: 'dmy' | 'mdy', count: number) =>
    `warning: ${facts} If the dates are ${order === 'dmy' ? 'month first' : 'day first'}, correct ${count === 1 ? 'that cell' : 'those cells'} in the file; if ${order === 'dmy' ? 'day first' : 'month first'} is right, confirm it with --date-order ${order} (or save it in the mapping: cx-metrics detect --date-order ${order} --out mapping.json) and this warning goes.`,
  groupsShareWarnings: (by: string, count: number) =>
    `warning: with --by ${by}, ${count === 1 ? 'the warning above holds' : 'the warnings above hold'} for every group: each group is counted from the same columns, and its dates are read in the order their whole column decided, not by its own rows.`,
};

export type CliMessages = typeof en;

const vi: CliMessages = {
  unknownCommand: (name) => `Lệnh không tồn tại: ${name}. Các lệnh: detect, metrics, report (xem cx-metrics --help).`,
  badOption: (detail, command) => `${detail} (xem cx-metrics ${command} --help)`,
  optionNotFor: (option, command) =>
    command ? `Tùy chọn --${option} không dùng cho lệnh ${command} (xem cx-metrics ${command} --help)` : `Tùy chọn --${option} cần một lệnh: detect, metrics hoặc report`,
  badPeriod: (text, forms) =>
    `--period "${text}" không phải là một kỳ. Dùng một trong: ${forms} (toàn bộ dữ liệu, một năm, một quý, một tháng, một tuần ISO, một ngày bất kỳ của tuần thứ Hai–Chủ nhật, hoặc một khoảng ngày tính cả hai đầu, ngày cuối không trước ngày đầu)`,
  badChoice: (option, text, choices) => `--${option} phải là một trong ${choices.join(', ')}, không phải "${text}"`,
  badLocale: (text) => `--locale "${text}" không phải là một ngôn ngữ vùng; hãy ghi như Sheets ghi, vd. vi_VN hoặc en_US`,
  mappingFileMissing: (path) => `Không tìm thấy tệp ánh xạ: ${path}`,
  noGroupColumn: (by, headers) => `Không trang tính nào được ánh xạ có trường hoặc cột "${by}". Các cột: ${headers}`,
  duplicateSheet: (name) => `Hai đầu vào cùng có trang tính "${name}"; hãy đổi tên một tệp để mỗi tên là duy nhất`,
  emptyFolder: (path) => `${path} không có tệp .csv, .tsv, .xlsx hay .parquet nào`,
  mappingInvalid: (path, problem) => `${path}: ${problem}`,
  mappingForbiddenKey: (path, field) =>
    `${path}: trường "${field}" bị từ chối (tên như __proto__ và constructor không bao giờ là trường ánh xạ); hãy xóa nó, hoặc lưu lại ánh xạ bằng cx-metrics detect --out`,
  columnBeyond: (field, letter, sheet, last) =>
    `Ánh xạ đặt "${field}" ở cột ${letter} của trang tính "${sheet}", nhưng trang chỉ có cột đến ${last}; hãy sửa cột trong tệp ánh xạ, hoặc lưu lại bằng cx-metrics detect --out`,
  headerBeyond: (sheet, row, rows) =>
    `Ánh xạ nói tiêu đề của trang tính "${sheet}" ở hàng ${row.toLocaleString('vi-VN')}, nhưng trang chỉ có ${rows.toLocaleString('vi-VN')} hàng; hãy đặt headerRow trong tệp ánh xạ là hàng tiêu đề (1 cho hàng đầu, 0 nếu không có)`,
  mappingMigrated: (path) => `${path} chứa ánh xạ phiên bản cũ; đang dùng bản đã cập nhật. Lưu lại bằng cx-metrics detect --out để tắt thông báo này.`,
  sheetMissing: (name, sheets) => `Ánh xạ nêu trang tính "${name}", nhưng đầu vào không có. Các trang tính: ${sheets}`,
  nothingMapped: 'Không tìm thấy cột khảo sát, yêu cầu hỗ trợ, thuê bao hay hoạt động nào nên không có gì để tính. Hãy kiểm tra tệp, hoặc đưa ánh xạ bằng --mapping.',
  unexpected: (message) =>
    `Lỗi ngoài dự kiến: ${message}. Đây là lỗi của cx-metrics, không phải của dữ liệu; hãy báo lỗi kèm lệnh đã chạy (CX_METRICS_DEBUG=1 cho xem chi tiết).`,
  cannotWrite: (path, why) => `Không ghi được ${path}: ${why}`,
  outIsFolder: 'đó là một thư mục; hãy nêu một tệp, vd. --out mapping.json',
  outNoFolder: 'thư mục chứa nó không tồn tại; hãy tạo trước hoặc nêu một tệp trong thư mục có sẵn',
  outDenied: 'không có quyền; hãy nêu một tệp trong thư mục bạn ghi được',
  outOther: (code) => `hệ thống từ chối (${code}); hãy nêu tệp khác`,
  saved: (what, path) => `Đã lưu ${what} vào ${path}`,
  mappingWord: 'ánh xạ',
  reportWord: 'báo cáo HTML',
  demoTitle: (title) => `(không có đầu vào: dùng sổ tính mẫu đi kèm "${title}")`,
  headerRow: (row) => (row === 0 ? 'không có hàng tiêu đề' : `hàng tiêu đề ${row}`),
  readAs: (encoding) => `đọc theo bảng mã ${encoding}`,
  datesRead: 'Ngày tháng',
  familyWord: { survey: 'câu trả lời khảo sát', tickets: 'yêu cầu hỗ trợ', subscriptions: 'thuê bao', activity: 'hoạt động' },
  columns: { field: 'Trường', column: 'Cột', header: 'Tiêu đề', confidence: 'Độ tin cậy', samples: 'Ví dụ' },
  metricColumns: { metric: 'Chỉ số', value: 'Giá trị', n: 'n', previous: 'Kỳ trước', change: 'Thay đổi', note: 'Ý nghĩa thống kê' },
  groupAll: 'Tất cả',
  surveysTogether: (sheets, shared) =>
    `Câu trả lời khảo sát từ ${sheets.length} trang (${sheets.map((s) => `“${s}”`).join(', ')}): số liệu riêng của từng trang` +
    (shared.length ? `, và “Tất cả khảo sát” trên mọi câu trả lời cho ${shared.join(', ')}.` : `; các trang không có câu hỏi chung, nên không có số liệu “Tất cả khảo sát”.`),
  groupColumn: 'Nhóm',
  otherCandidates: (field, chosen, others) =>
    `${field}: đã chọn cột ${chosen}, nhưng ${others.map((o) => `cột ${o}`).join(', ')} cũng có thể là trường này. Nếu đúng là cột khác, hãy lưu ánh xạ (detect … --out mapping.json), sửa cột trong đó rồi chạy lại với --mapping mapping.json.`,
  candidateWarning: (line) => `cảnh báo: ${line}`,
  noMetrics: 'Không chỉ số nào có dữ liệu trong kỳ này.',
  periodLine: (period, previous) => `${period} (so với ${previous})`,
  noDataHint: (latest) => `Thử --period ${latest} (tháng gần nhất có dữ liệu) hoặc --period all.`,
  coverageColumn: 'Độ phủ',
  lostWarning: (details) => `cảnh báo: ${details}`,
  lostRefused: (count) =>
    `${count === 1 ? 'Một chỉ số' : `${count} chỉ số`} bỏ qua hơn 5% số ô (xem cảnh báo ở trên). Hãy sửa các ô được nêu, hoặc chạy lại với --accept-missing để chấp nhận các con số như hiện có.`,
  dateOrderAssumed: (where, example, month, day) =>
    `cảnh báo: ${where}: ngày như ${example} có thể đọc ngày trước tháng hoặc tháng trước ngày, và không có gì trong cột cho biết cách nào; chúng đã được đọc tháng trước ngày (${example} là tháng ${month}, ngày ${day}). Nếu ngày đứng trước, hãy chạy lại với --date-order dmy hoặc --locale vi_VN, hoặc lưu thứ tự ngày trong ánh xạ (cx-metrics detect --date-order dmy --out mapping.json).`,
  columnOfFile: (file, letter, field) => `${file}, cột ${letter} (${field})`,
  dateOrderFewCells: (facts, order, count) =>
    `cảnh báo: ${facts} Nếu ngày tháng thật ra là ${order === 'dmy' ? 'tháng trước ngày' : 'ngày trước tháng'}, hãy sửa ${count === 1 ? 'ô đó' : 'các ô đó'} trong tệp; nếu ${order === 'dmy' ? 'ngày trước tháng' : 'tháng trước ngày'} là đúng, hãy xác nhận bằng --date-order ${order} (hoặc lưu trong ánh xạ: cx-metrics detect --date-order ${order} --out mapping.json) và cảnh báo này sẽ không còn.`,
  groupsShareWarnings: (by, count) =>
    `cảnh báo: với --by ${by}, ${count === 1 ? 'cảnh báo trên' : 'các cảnh báo trên'} áp dụng cho mọi nhóm: mỗi nhóm được tính từ cùng các cột, và ngày tháng của nhóm được đọc theo thứ tự mà cả cột đã quyết định, không theo riêng các hàng của nhóm.`,
};

export function cliMessages(lang: Lang): CliMessages {
  return lang === 'vi' ? vi : en;
}

// Help is long prose, kept as whole texts per language so a translator sees it in context.
const GLOBAL_OPTIONS_EN = `Input:
  FILE_OR_SHEET      a .csv/.tsv/.xlsx/.parquet file, a folder of them (one sheet per file), several files,
                     or a Google Sheet id or URL. Without one: the bundled demo workbook.
Global options:
  --credentials KEY  service-account key file (JSON) for Google Sheets; default: application default credentials
  --time-zone ZONE   IANA zone for dates in files (e.g. Asia/Ho_Chi_Minh); default UTC. Google Sheets use their own.
  --locale L         the files' locale (vi_VN, en_US): day or month first, decimal comma or point, for
                     columns whose values do not show it. Google Sheets use their own.
  --lang en|vi       language of the output (default en)
  --progress         show a progress bar on stderr even when it is not a terminal
  -h, --help         this help;  -V, --version  the version`;

const GLOBAL_OPTIONS_VI = `Đầu vào:
  FILE_OR_SHEET      tệp .csv/.tsv/.xlsx/.parquet, một thư mục chứa chúng (mỗi tệp một trang tính), nhiều tệp,
                     hoặc id/URL của Google Sheet. Không có: sổ tính mẫu đi kèm.
Tùy chọn chung:
  --credentials KEY  tệp khóa tài khoản dịch vụ (JSON) cho Google Sheets; mặc định: thông tin xác thực mặc định
  --time-zone ZONE   múi giờ IANA cho ngày tháng trong tệp (vd. Asia/Ho_Chi_Minh); mặc định UTC
  --locale L         ngôn ngữ vùng của tệp (vi_VN, en_US): ngày hay tháng trước, dấu phẩy hay chấm thập phân,
                     cho các cột mà giá trị không cho biết. Google Sheets dùng của chính nó.
  --lang en|vi       ngôn ngữ đầu ra (mặc định en)
  --progress         hiện thanh tiến độ trên stderr kể cả khi không phải terminal
  -h, --help         trợ giúp này;  -V, --version  phiên bản`;

const DATE_ORDER_EN = `  --date-order O     dmy or mdy: day first (13/10/2026) or month first (10/13/2026) for dates whose
                     values do not show it (none above 12); saved in the mapping`;
const DATE_ORDER_VI = `  --date-order O     dmy hoặc mdy: ngày trước (13/10/2026) hay tháng trước (10/13/2026) cho ngày tháng mà
                     giá trị không cho biết (không số nào lớn hơn 12); được lưu trong ánh xạ`;

const HELP: Record<Lang, Record<'main' | 'detect' | 'metrics' | 'report', string>> = {
  en: {
    main: `cx-metrics: customer-experience metrics from CSV, XLSX or Google Sheets

Usage: cx-metrics <command> [FILE_OR_SHEET...] [options]

Commands:
  detect    find the columns (the sidebar's detection) and print or save the mapping
  metrics   the period's metrics as a table, JSON or CSV, overall or by segment
  report    the monthly report as the email carries it: text to stdout, HTML to a file

${GLOBAL_OPTIONS_EN}

Exit codes: 0 ok, 1 a problem with the data, 2 the command was used wrongly.`,
    detect: `Usage: cx-metrics detect [FILE_OR_SHEET...] [--out mapping.json]

Finds which column holds which field, as the add-on's wizard does, and prints it.
  --out FILE         save the mapping as JSON (for metrics/report --mapping)
${DATE_ORDER_EN}

${GLOBAL_OPTIONS_EN}`,
    metrics: `Usage: cx-metrics metrics [FILE_OR_SHEET...] [options]

The period's metrics, computed exactly as the add-on's report computes them.
  --mapping FILE     use a saved mapping instead of detecting the columns
  --period P         all, 2026 (a year), 2026-Q3, 2026-10, 2026-W41 or any day of that week,
                     2026-09-01..2026-10-31 (both ends included); default: the latest complete
                     month with data (all when nothing is dated)
  --accept-missing   exit 0 even when a metric left out more than 5% of its cells
  --by NAME          one row per group: a field (segment) or a column header (Channel)
  --format F         table (default), json (stable keys, sorted, unrounded) or csv
${DATE_ORDER_EN}

JSON: { by, dataRanges: [{ sheet, first, last }], groups?: [{ group, rows, metrics }], metrics: [{ id,
unit, higherIsBetter, scale, n, value, previous: { n, value } | null, change, test, pValue,
significant, lowN, coverage: { used, lostShare, leftOut: { REASON: { count, places } } } }], period,
previousPeriod, source: { title, timeZone }, version }

Cells left out are counted per metric by reason, with the first places (sheet cells or file lines);
a metric that lost more than 5% of its non-blank cells is warned about on stderr and makes the
command exit 1 (after printing) unless --accept-missing is given.

${GLOBAL_OPTIONS_EN}`,
    report: `Usage: cx-metrics report [FILE_OR_SHEET...] [options]

The report the add-on emails: the plain text goes to stdout.
  --out FILE         also write the HTML version to FILE
  --mapping FILE     use a saved mapping instead of detecting the columns
  --period P         as for metrics: all, 2026, 2026-Q3, 2026-10, 2026-W41, 2026-09-01..2026-10-31;
                     default: the latest complete month with data
  --accept-missing   exit 0 even when a metric left out more than 5% of its cells
${DATE_ORDER_EN}

${GLOBAL_OPTIONS_EN}`,
  },
  vi: {
    main: `cx-metrics: chỉ số trải nghiệm khách hàng từ CSV, XLSX hoặc Google Sheets

Cách dùng: cx-metrics <lệnh> [FILE_OR_SHEET...] [tùy chọn]

Lệnh:
  detect    tìm các cột (như trình hướng dẫn của tiện ích) và in hoặc lưu ánh xạ
  metrics   các chỉ số của kỳ dưới dạng bảng, JSON hoặc CSV, tổng hoặc theo phân khúc
  report    báo cáo như trong email: văn bản ra stdout, HTML ra tệp

${GLOBAL_OPTIONS_VI}

Mã thoát: 0 thành công, 1 lỗi dữ liệu, 2 dùng lệnh sai.`,
    detect: `Cách dùng: cx-metrics detect [FILE_OR_SHEET...] [--out mapping.json]

Tìm cột nào chứa trường nào, như trình hướng dẫn của tiện ích, và in ra.
  --out FILE         lưu ánh xạ dạng JSON (cho metrics/report --mapping)
${DATE_ORDER_VI}

${GLOBAL_OPTIONS_VI}`,
    metrics: `Cách dùng: cx-metrics metrics [FILE_OR_SHEET...] [tùy chọn]

Các chỉ số của kỳ, tính đúng như báo cáo của tiện ích.
  --mapping FILE     dùng ánh xạ đã lưu thay vì tự tìm cột
  --period P         all, 2026 (một năm), 2026-Q3, 2026-10, 2026-W41 hoặc một ngày bất kỳ của tuần đó,
                     2026-09-01..2026-10-31 (tính cả hai đầu); mặc định: tháng trọn vẹn gần nhất
                     có dữ liệu (all khi không có ngày)
  --accept-missing   thoát với mã 0 kể cả khi một chỉ số bỏ qua hơn 5% số ô
  --by NAME          mỗi nhóm một hàng: một trường (segment) hoặc tiêu đề cột (Kênh)
  --format F         table (mặc định), json (khóa cố định, sắp xếp, không làm tròn) hoặc csv
${DATE_ORDER_VI}

${GLOBAL_OPTIONS_VI}`,
    report: `Cách dùng: cx-metrics report [FILE_OR_SHEET...] [tùy chọn]

Báo cáo tiện ích gửi qua email: văn bản ra stdout.
  --out FILE         ghi thêm bản HTML vào FILE
  --mapping FILE     dùng ánh xạ đã lưu thay vì tự tìm cột
  --period P         như lệnh metrics: all, 2026, 2026-Q3, 2026-10, 2026-W41, 2026-09-01..2026-10-31;
                     mặc định: tháng trọn vẹn gần nhất có dữ liệu
  --accept-missing   thoát với mã 0 kể cả khi một chỉ số bỏ qua hơn 5% số ô
${DATE_ORDER_VI}

${GLOBAL_OPTIONS_VI}`,
  },
};

export function helpText(lang: Lang, topic: 'main' | 'detect' | 'metrics' | 'report'): string {
  return HELP[lang][topic] + '\n';
}
