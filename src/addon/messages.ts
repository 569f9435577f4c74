import type { Lang } from '../cells/types';

/**
 * Every user-facing string of the add-on's menu, sidebar server and dashboard sheet, in English
 * and Vietnamese, keyed. The sidebar page has its own module (sidebar/messages.ts).
 */
type Text = Record<Lang, string>;
const kb = (bytes: number) => (Math.ceil(bytes / 102.4) / 10).toFixed(1);

export const menuTexts = {
  setUp: { en: 'Set up metrics', vi: 'Thiết lập chỉ số' },
  buildDashboard: { en: 'Build dashboard', vi: 'Tạo bảng điều khiển' },
  emailReports: { en: 'Email reports', vi: 'Báo cáo qua email' },
  alerts: { en: 'Alerts for unhappy answers', vi: 'Cảnh báo câu trả lời chưa hài lòng' },
  help: { en: 'Help', vi: 'Trợ giúp' },
  sidebarTitle: { en: 'CX Metrics', vi: 'CX Metrics' },
  helpTitle: { en: 'CX Metrics: help', vi: 'CX Metrics: trợ giúp' },
  helpBody: {
    en: 'Set up metrics finds the survey, ticket and customer columns in your sheets and shows the metrics. Build dashboard adds a sheet of live formulas and charts. You can also type the functions yourself, e.g. =NPS(C2:C).',
    vi: 'Thiết lập chỉ số tìm các cột khảo sát, phiếu hỗ trợ và khách hàng trong trang tính và hiển thị chỉ số. Tạo bảng điều khiển thêm một trang tính gồm công thức trực tiếp và biểu đồ. Bạn cũng có thể tự gõ hàm, ví dụ =NPS(C2:C).',
  },
} satisfies Record<string, Text>;

export const serverTexts = {
  badPeriod: (text: string, forms: string): Text => ({
    en: `“${text}” is not a period. Type one of these forms: ${forms}.`,
    vi: `“${text}” không phải là một kỳ. Hãy nhập theo một trong các dạng: ${forms}.`,
  }),
  badRequest: (path: string, problem: string): Text => ({
    en: `The sidebar sent something the add-on cannot read (${path}: ${problem}). Close the sidebar and open it again.`,
    vi: `Thanh bên gửi dữ liệu tiện ích không đọc được (${path}: ${problem}). Hãy đóng thanh bên rồi mở lại.`,
  }),
  sheetMissing: (name: string): Text => ({
    en: `The sheet “${name}” is not in this spreadsheet any more. Go back to step 1 and pick your data sheets again.`,
    vi: `Trang tính “${name}” không còn trong bảng tính. Hãy quay lại bước 1 và chọn lại trang dữ liệu.`,
  }),
  noMapping: (): Text => ({
    en: 'Nothing is set up yet. Open Set up metrics and finish steps 1 to 3 first.',
    vi: 'Chưa có thiết lập nào. Hãy mở Thiết lập chỉ số và hoàn thành bước 1 đến 3 trước.',
  }),
  badMapping: (message: string): Text => ({
    en: `${message}`,
    vi: `${message}`,
  }),
  nothingToBuild: (): Text => ({
    en: 'None of the mapped columns gives a metric yet. Open Set up metrics and pick the score columns.',
    vi: 'Chưa có cột nào đã gán cho ra chỉ số. Hãy mở Thiết lập chỉ số và chọn các cột điểm.',
  }),
  /** Permanent: saving again cannot help, only a smaller mapping can. */
  tooBig: (bytes: number, limit: number): Text => ({
    en: `This setup is too large to save: ${kb(bytes)} KB, and a spreadsheet keeps at most ${kb(limit)} KB for it. Trying again will not help: pick fewer data sheets, or give them shorter names, then save.`,
    vi: `Thiết lập này quá lớn để lưu: ${kb(bytes)} KB, trong khi bảng tính chỉ giữ tối đa ${kb(limit)} KB. Thử lại cũng không được: hãy chọn ít trang dữ liệu hơn hoặc đặt tên trang ngắn hơn, rồi lưu.`,
  }),
  /** Permanent: the column is past the sheet's last column, so it holds nothing to read. */
  columnBeyond: (field: Text, letter: string, sheet: string, lastLetter: string): Text => ({
    en: lastLetter
      ? `Column ${letter} for “${field.en}” is past the last column of “${sheet}”, which ends at column ${lastLetter}. Pick a column from A to ${lastLetter}.`
      : `Column ${letter} for “${field.en}” cannot be used: the sheet “${sheet}” is empty. Pick a sheet that holds your data.`,
    vi: lastLetter
      ? `Cột ${letter} cho “${field.vi}” nằm sau cột cuối của “${sheet}” (trang kết thúc ở cột ${lastLetter}). Hãy chọn một cột từ A đến ${lastLetter}.`
      : `Không dùng được cột ${letter} cho “${field.vi}”: trang tính “${sheet}” trống. Hãy chọn trang có dữ liệu.`,
  }),
  /** Permanent: a permission the person has not granted; retrying cannot help. */
  permission: (detail: string): Text => ({
    en: `CX Metrics is not allowed to do this (${detail}). Open the add-on from the Extensions menu again and allow what Google's permission screen asks for.`,
    vi: `CX Metrics chưa được phép làm việc này (${detail}). Hãy mở lại tiện ích từ menu Tiện ích mở rộng và cho phép các quyền mà màn hình cấp quyền của Google yêu cầu.`,
  }),
  /** Permanent: a sheet was deleted while the add-on worked on it. */
  sheetDeleted: (detail: string): Text => ({
    en: `A sheet the add-on was using has been deleted (${detail}). Go back to step 1 and pick your data sheets again.`,
    vi: `Một trang tính tiện ích đang dùng đã bị xoá (${detail}). Hãy quay lại bước 1 và chọn lại trang dữ liệu.`,
  }),
  /** Permanent: a fault in the add-on's own code (a TypeError and the like); no retry can fix it. */
  bug: (detail: string): Text => ({
    en: `CX Metrics ran into a fault of its own (${detail}). Trying again will not help: please report it from Extensions → CX Metrics → Help, saying what you clicked.`,
    vi: `CX Metrics gặp lỗi của chính tiện ích (${detail}). Thử lại sẽ không giúp được: hãy báo lỗi qua Tiện ích mở rộng → CX Metrics → Trợ giúp và cho biết bạn đã bấm gì.`,
  }),
  service: (detail: string): Text => ({
    en: `Google Sheets did not complete the request (${detail}). Wait a moment and try again.`,
    vi: `Google Trang tính chưa hoàn tất yêu cầu (${detail}). Hãy đợi một lát rồi thử lại.`,
  }),
};

export const dashboardTexts = {
  sheetName: { en: 'CX Dashboard', vi: 'Bảng điều khiển CX' },
  title: { en: 'Customer experience dashboard', vi: 'Bảng điều khiển trải nghiệm khách hàng' },
  subtitle: {
    en: 'Live formulas over your data. Rebuild: Extensions → CX Metrics → Build dashboard.',
    vi: 'Công thức trực tiếp trên dữ liệu. Tạo lại: Tiện ích mở rộng → CX Metrics → Tạo bảng điều khiển.',
  },
  keyMetrics: { en: 'Key metrics', vi: 'Chỉ số chính' },
  metric: { en: 'Metric', vi: 'Chỉ số' },
  value: { en: 'Value', vi: 'Giá trị' },
  source: { en: 'Data', vi: 'Dữ liệu' },
  /** Cells first: the label starts with text the add-on composed, never with the sheet's name. */
  dataLabel: (cells: string, sheet: string): Text => ({ en: `${cells} of ${sheet}`, vi: `${cells} của ${sheet}` }),
  breakdown: { en: 'NPS breakdown', vi: 'Phân bố NPS' },
  funnel: { en: 'Customer journey: who reached each stage', vi: 'Hành trình: số khách đến từng giai đoạn' },
  trend: (metric: string): Text => ({ en: `${metric} by month`, vi: `${metric} theo tháng` }),
  bySegment: (metric: string): Text => ({ en: `${metric} by segment`, vi: `${metric} theo phân khúc` }),
  latest: { en: 'latest row', vi: 'dòng mới nhất' },
  period: { en: 'Period', vi: 'Kỳ' },
  segment: { en: 'Segment', vi: 'Phân khúc' },
  all: { en: 'All', vi: 'Tất cả' },
  periodHint: {
    en: 'Choose a month, quarter, year or All: every figure below follows.',
    vi: 'Chọn tháng, quý, năm hoặc Tất cả: mọi số liệu bên dưới theo kỳ đó.',
  },
  segmentValues: (places: string): Text => ({ en: `Values of ${places}.`, vi: `Các giá trị của ${places}.` }),
  noSegment: { en: 'No segment column: every figure is for All.', vi: 'Không có cột phân khúc: mọi số liệu là Tất cả.' },
  noDates: { en: 'All (no dates)', vi: 'Tất cả (không có ngày)' },
  /** A KPI's segment cell while the selector names a segment its sheet has no column for. */
  allNoSegment: { en: 'All (no segment column)', vi: 'Tất cả (không có cột phân khúc)' },
  n: { en: 'n', vi: 'n' },
  leftOut: { en: 'Left out', vi: 'Bị bỏ qua' },
  why: { en: 'Left out: why, and where (as the email counts)', vi: 'Bị bỏ qua: lý do và vị trí (như email đếm)' },
  coverageHelper: { en: 'Coverage (n, left out, why)', vi: 'Độ bao phủ (n, bị bỏ qua, lý do)' },
  change: { en: 'Change vs previous', vi: 'Thay đổi so với kỳ trước' },
  typical: { en: 'Typical (median)', vi: 'Thông thường (trung vị)' },
  trendTable: { en: 'The period and the 12 before', vi: 'Kỳ này và 12 kỳ trước' },
  lists: { en: 'Lists behind the selectors', vi: 'Danh sách cho ô chọn' },
  selection: { en: 'Selected', vi: 'Đã chọn' },
  noData: { en: 'No data for this period and segment', vi: 'Không có dữ liệu cho kỳ và phân khúc này' },
  /** The KPI table of a workbook whose mapped sheets are customer records only. */
  noKpis: {
    en: 'No survey, ticket or activity column is mapped: the figures from your customer records are below. Map more columns in step 2 of the sidebar to fill this table.',
    vi: 'Chưa chọn cột khảo sát, phiếu hỗ trợ hay hoạt động nào: các số liệu từ danh sách khách hàng nằm ở bên dưới. Hãy chọn thêm cột ở bước 2 của thanh bên để có bảng này.',
  },
  periodLine: { en: 'Period', vi: 'Kỳ' },
  cohorts: { en: 'Cohort retention: % of each month’s new customers still active', vi: 'Giữ chân theo nhóm: % khách mới mỗi tháng còn hoạt động' },
  cohort: { en: 'Cohort', vi: 'Nhóm' },
  cohortSize: { en: 'Size', vi: 'Số khách' },
  monthAfter: (k: number): Text => ({ en: `Month ${k}`, vi: `Tháng ${k}` }),
  segmentCount: { en: 'Segment', vi: 'Phân khúc' },
  recordsTitle: { en: 'Churn, retention and all surveys', vi: 'Rời bỏ, giữ chân và tất cả khảo sát' },
  allSurveys: { en: 'All surveys', vi: 'Tất cả khảo sát' },
  metricNames: {
    NPS: { en: 'NPS', vi: 'NPS' },
    CSAT: { en: 'CSAT %', vi: 'CSAT %' },
    CSAT_AVG: { en: 'CSAT average', vi: 'CSAT trung bình' },
    CES: { en: 'Customer effort (CES)', vi: 'Mức độ dễ dàng (CES)' },
    FCR: { en: 'First-contact resolution %', vi: 'Giải quyết ngay lần đầu %' },
    ART: { en: 'Average resolution time (hours)', vi: 'Thời gian xử lý TB (giờ)' },
    REFERRAL_RATE: { en: 'Referral rate %', vi: 'Tỷ lệ giới thiệu %' },
    TRIAL_CONVERSION: { en: 'Trial conversion %', vi: 'Chuyển đổi dùng thử %' },
    MAU: { en: 'Monthly active users', vi: 'Người dùng hoạt động tháng' },
    DAU: { en: 'Daily active users', vi: 'Người dùng hoạt động ngày' },
    STICKINESS: { en: 'Stickiness (DAU/MAU) %', vi: 'Độ gắn bó (DAU/MAU) %' },
    CHURN: { en: 'Customer churn %', vi: 'Tỷ lệ rời bỏ %' },
    CUSTOMER_CHURN: { en: 'Customer churn, last month %', vi: 'Tỷ lệ rời bỏ tháng trước %' },
    CUSTOMER_RETENTION: { en: 'Customer retention, last month %', vi: 'Tỷ lệ giữ chân tháng trước %' },
    ACTIVITY_CHURN: { en: 'Customers who did not come back %', vi: 'Khách không quay lại %' },
  } as Record<string, Text>,
} satisfies Record<string, unknown>;

/** The Themes sheet (comment themes people can edit). */
export const themesSheetTexts = {
  sheetName: { en: 'Themes', vi: 'Chủ đề' },
  themeHeader: { en: 'Theme', vi: 'Chủ đề' },
  wordsHeader: { en: 'Words (separated by commas; wait* = any ending)', vi: 'Từ khóa (cách nhau bằng dấu phẩy; wait* = mọi đuôi)' },
  howTo: (sheet: string): Text => ({
    en: `Add words to a theme, or a new theme on a new row, then use =CX_THEMES(comments, scores, 10, '${sheet.replace(/'/g, "''")}'!A2:B)`,
    vi: `Thêm từ vào một chủ đề, hoặc chủ đề mới ở hàng mới, rồi dùng =CX_THEMES(bình_luận, điểm, 10, '${sheet.replace(/'/g, "''")}'!A2:B)`,
  }),
  menu: { en: 'Comment themes', vi: 'Chủ đề bình luận' },
};
