/**
 * Every user-facing string of the mapping module, in English and Vietnamese, in one place.
 */
import type { Lang } from '../cells/types';
import type { FieldId, ValueKind } from './fields';

export const FIELD_LABELS: Record<FieldId, Record<Lang, string>> = {
  timestamp: { en: 'Date / timestamp', vi: 'Ngày / dấu thời gian' },
  customerId: { en: 'Customer or user ID', vi: 'Mã khách hàng / người dùng' },
  email: { en: 'Email', vi: 'Email' },
  nps: { en: 'NPS answer (0–10)', vi: 'Điểm NPS (0–10)' },
  csat: { en: 'CSAT answer', vi: 'Điểm hài lòng (CSAT)' },
  ces: { en: 'CES answer', vi: 'Điểm dễ dàng (CES)' },
  segment: { en: 'Segment (channel, plan, region…)', vi: 'Phân khúc (kênh, gói, khu vực…)' },
  ticketOpened: { en: 'Ticket opened', vi: 'Thời điểm mở yêu cầu' },
  ticketResolved: { en: 'Ticket resolved', vi: 'Thời điểm giải quyết' },
  firstContact: { en: 'Resolved on first contact', vi: 'Giải quyết ngay lần đầu' },
  referral: { en: 'Referral (flag or source)', vi: 'Giới thiệu (có/không hoặc nguồn)' },
  trialStarted: { en: 'Trials started', vi: 'Lượt dùng thử' },
  trialConverted: { en: 'Trial converted', vi: 'Dùng thử chuyển đổi' },
  journeyStage: { en: 'Journey stage', vi: 'Giai đoạn hành trình' },
  subsStart: { en: 'Customers at start', vi: 'Khách hàng đầu kỳ' },
  subsEnd: { en: 'Customers at end', vi: 'Khách hàng cuối kỳ' },
  subsNew: { en: 'New customers', vi: 'Khách hàng mới' },
  comment: { en: 'Comment', vi: 'Góp ý' },
  churned: { en: 'Customer churned (yes/no)', vi: 'Khách hàng đã rời bỏ (có/không)' },
  customerJoined: { en: 'Customer joined (date)', vi: 'Ngày khách hàng tham gia' },
  customerLeft: { en: 'Customer left / cancelled (date)', vi: 'Ngày khách hàng rời / hủy' },
  ticketDuration: { en: 'Ticket handling time', vi: 'Thời gian xử lý yêu cầu' },
};

const KIND_WORDS: Record<ValueKind, Record<Lang, string>> = {
  date: { en: 'dates', vi: 'ngày tháng' },
  id: { en: 'identifiers', vi: 'mã định danh' },
  email: { en: 'email addresses', vi: 'địa chỉ email' },
  nps: { en: 'whole numbers 0–10', vi: 'số nguyên 0–10' },
  csat: { en: 'ratings on a 1–5, 1–7 or 1–10 scale', vi: 'điểm trên thang 1–5, 1–7 hoặc 1–10' },
  ces: { en: 'whole numbers 1–7', vi: 'số nguyên 1–7' },
  category: { en: 'a few repeated labels', vi: 'vài nhãn lặp lại' },
  flag: { en: 'yes/no answers', vi: 'câu trả lời có/không' },
  count: { en: 'whole counts', vi: 'số đếm nguyên' },
  flagOrCount: { en: 'yes/no answers or counts', vi: 'có/không hoặc số đếm' },
  source: { en: 'sources, yes/no answers or counts', vi: 'nguồn, có/không hoặc số đếm' },
  stage: { en: 'journey stages', vi: 'giai đoạn hành trình' },
  text: { en: 'free-text answers', vi: 'câu trả lời tự do' },
  duration: { en: 'lengths of time', vi: 'khoảng thời gian' },
};

export const reasons = {
  header: (words: string, lang: Lang) => (lang === 'vi' ? `tiêu đề có “${words}”` : `header mentions “${words}”`),
  values: (kind: ValueKind, fit: number, filled: number, lang: Lang) => {
    const percent = Math.round(fit * 100);
    return lang === 'vi'
      ? `giá trị giống ${KIND_WORDS[kind].vi} (${percent}% phù hợp, ${filled} ô)`
      : `values look like ${KIND_WORDS[kind].en} (${percent}% fit, ${filled} cells)`;
  },
  fewValues: (lang: Lang) => (lang === 'vi' ? 'chưa đủ dữ liệu để kiểm tra giá trị' : 'too few values to check yet'),
  emptyInSample: (rows: number, lang: Lang) => (lang === 'vi' ? `trống trong cả ${rows} hàng đã xem` : `empty in all ${rows} rows looked at`),
  headerScale: (scale: number, lang: Lang) => (lang === 'vi' ? `tiêu đề ghi thang 1–${scale}` : `header says a 1–${scale} scale`),
  answersUpTo: (top: number, count: number, lang: Lang) =>
    lang === 'vi' ? `câu trả lời cao nhất là ${top} (${count} ô)` : `answers go up to ${top} (${count} cells)`,
  scaleDefault: (scale: number, lang: Lang) =>
    lang === 'vi' ? `chưa đủ câu trả lời để biết thang; dùng thang thường gặp 1–${scale}` : `too few answers to tell; the usual 1–${scale} scale`,
  offScale: (top: number, lang: Lang) =>
    lang === 'vi' ? `có câu trả lời ${top}, ngoài mọi thang cho phép; hãy kiểm tra cột` : `an answer of ${top} is above every allowed scale; check the column`,
  maybe: (lang: Lang) =>
    lang === 'vi'
      ? 'chỉ giá trị giống; tiêu đề không nói vậy nên chưa dùng, hãy chọn nếu đúng'
      : 'only the values fit; no header says so, so it is not used unless you pick it',
  noHeader: (lang: Lang) => (lang === 'vi' ? 'không có hàng tiêu đề; chỉ dựa vào giá trị' : 'no header row; judged by values alone'),
};

type Bilingual = Record<Lang, string>;

export const mappingMessages = {
  missing: (): Bilingual => ({
    en: 'No saved column mapping yet. Run Set up metrics to create one.',
    vi: 'Chưa có cách gán cột nào được lưu. Hãy chạy Thiết lập chỉ số để tạo.',
  }),
  notJson: (): Bilingual => ({
    en: 'The saved column mapping is damaged (not valid JSON). Reset it and run Set up metrics again.',
    vi: 'Cách gán cột đã lưu bị hỏng (không phải JSON hợp lệ). Hãy đặt lại và chạy Thiết lập chỉ số.',
  }),
  invalid: (path: string, problem: string): Bilingual => ({
    en: `The saved column mapping is damaged: ${path}: ${problem}. Fix that field or reset the mapping.`,
    vi: `Cách gán cột đã lưu bị hỏng: ${path}: ${problem}. Hãy sửa mục này hoặc đặt lại cách gán cột.`,
  }),
  newer: (version: number): Bilingual => ({
    en: `The saved column mapping was made by a newer version of the add-on (format ${version}). Update the add-on or reset the mapping.`,
    vi: `Cách gán cột đã lưu được tạo bởi phiên bản tiện ích mới hơn (định dạng ${version}). Hãy cập nhật tiện ích hoặc đặt lại.`,
  }),
  old: (version: number, canMigrate: boolean): Bilingual =>
    canMigrate
      ? {
          en: `The saved column mapping uses an older format (${version}). It can be updated automatically; review it and save.`,
          vi: `Cách gán cột đã lưu dùng định dạng cũ (${version}). Có thể cập nhật tự động; hãy xem lại rồi lưu.`,
        }
      : {
          en: `The saved column mapping uses an older format (${version}) that could not be read. Reset it and run Set up metrics again.`,
          vi: `Cách gán cột đã lưu dùng định dạng cũ (${version}) không đọc được. Hãy đặt lại và chạy Thiết lập chỉ số.`,
        },
};

/** The kinds of data a sheet is used for, as a person says them. */
export const USE_LABELS: Record<'survey' | 'tickets' | 'subscriptions' | 'activity' | 'customers' | 'journey' | 'referrals', Record<Lang, string>> = {
  survey: { en: 'survey answers', vi: 'câu trả lời khảo sát' },
  customers: { en: 'a customer list (churn)', vi: 'danh sách khách hàng (rời bỏ)' },
  tickets: { en: 'support tickets', vi: 'phiếu hỗ trợ' },
  subscriptions: { en: 'subscription counts', vi: 'số liệu thuê bao' },
  activity: { en: 'activity', vi: 'hoạt động' },
  journey: { en: 'journey stages', vi: 'giai đoạn hành trình' },
  referrals: { en: 'referrals', vi: 'nguồn giới thiệu' },
};

type UseKind = keyof typeof USE_LABELS;
interface FoundColumn { field: FieldId; letter: string; header: string }

const columnList = (found: readonly FoundColumn[], lang: Lang) =>
  found.map((f) => `${FIELD_LABELS[f.field][lang]} (${lang === 'vi' ? 'cột' : 'column'} ${f.letter}${f.header ? ` “${f.header.length > 40 ? `${f.header.slice(0, 39)}…` : f.header}”` : ''})`).join(', ');

/** Columns that only look like fields by their values, for "maybe, not used unless mapped" lines. */
export function maybeColumnsText(found: readonly FoundColumn[], lang: Lang): string {
  return lang === 'vi'
    ? `Chưa chắc, chưa dùng trừ khi bạn gán: ${columnList(found, lang)} (chỉ giá trị giống; tiêu đề không nói vậy).`
    : `Maybe, not used unless you map it: ${columnList(found, lang)} (only the values fit; no header says so).`;
}

/**
 * One line per sheet of a workbook or file of a folder: what it is used for, or why not
 * (issue 11: nothing dropped without a word), after the sheet's name. Shown by the CLI and
 * the sidebar's step 1; describeSheetUse puts the name in front.
 */
export const sheetUseTexts = {
  /** The sidebar's step 1, where the person ticks the sheets: what the sheet holds. */
  holds: (uses: readonly UseKind[], lang: Lang) =>
    lang === 'vi' ? `chứa ${uses.map((u) => USE_LABELS[u].vi).join(', ')}.` : `holds ${uses.map((u) => USE_LABELS[u].en).join(', ')}.`,
  used: (uses: readonly UseKind[], lang: Lang) =>
    lang === 'vi' ? `dùng cho ${uses.map((u) => USE_LABELS[u].vi).join(', ')}.` : `used for ${uses.map((u) => USE_LABELS[u].en).join(', ')}.`,
  empty: (lang: Lang) => (lang === 'vi' ? `không dùng — trang không có dòng dữ liệu.` : `not used — it has no data rows.`),
  nothingFound: (found: readonly FoundColumn[], lang: Lang) =>
    lang === 'vi'
      ? `không dùng — không thấy câu trả lời khảo sát, phiếu hỗ trợ, số liệu thuê bao hay hoạt động${found.length ? ` (chỉ có ${columnList(found, lang)})` : ''}.`
      : `not used — no survey answers, tickets, subscription counts or activity found${found.length ? ` (only ${columnList(found, lang)})` : ''}.`,
  maybeOnly: (found: readonly FoundColumn[], lang: Lang) =>
    lang === 'vi'
      ? `không dùng — chỉ giá trị giống: ${columnList(found, lang)}; không tiêu đề nào nói vậy. Hãy gán cột nếu đúng.`
      : `not used — only the values look like ${columnList(found, lang)}, and no header says so. Map the column if it is.`,
  sameKind: (kind: UseKind, chosen: string, lang: Lang) =>
    lang === 'vi'
      ? `không dùng — trang cũng chứa ${USE_LABELS[kind].vi}, và “${chosen}” đã được chọn cho loại này (tìm thấy nhiều cột hơn). Hãy gán trang này nếu đó mới là trang đúng.`
      : `not used — it also holds ${USE_LABELS[kind].en}, and “${chosen}” was chosen for those (more of their columns found). Map this sheet instead if it is the right one.`,
};
