import type { Lang } from '../cells/types';

type Text = Record<Lang, string>;

const METRIC_WORD: Record<string, Text> = {
  NPS: { en: 'recommend', vi: 'giới thiệu' },
  CSAT: { en: 'satisfaction', vi: 'hài lòng' },
  CES: { en: 'ease', vi: 'dễ dàng' },
};

/** Every text of the unhappy-answer alerts, in English and Vietnamese. */
export const alertTexts = {
  /** `NPS 3/10`, `CSAT 2/5 (satisfaction)`. */
  score: (metric: string, score: string, scale: string): Text => ({
    en: metric === 'NPS' ? `${score}/${scale}` : `${score}/${scale} ${METRIC_WORD[metric].en}`,
    vi: metric === 'NPS' ? `${score}/${scale}` : `${METRIC_WORD[metric].vi} ${score}/${scale}`,
  }),
  subjectOne: (score: string, segment: string): Text => ({
    en: `A customer scored ${score}${segment ? ` — ${segment}` : ''}`,
    vi: `Khách hàng chấm ${score}${segment ? ` — ${segment}` : ''}`,
  }),
  subjectMany: (count: string): Text => ({
    en: `${count} unhappy answers in a few minutes`,
    vi: `${count} khách hàng chưa hài lòng trong vài phút`,
  }),
  answered: { en: 'answered', vi: 'trả lời lúc' },
  row: { en: 'row', vi: 'hàng' },
  noComment: { en: '(no comment)', vi: '(không có bình luận)' },
  openRow: { en: 'Open the answer in the sheet', vi: 'Mở câu trả lời trong trang tính' },
  footer: {
    en: 'Sent by CX Metrics because this answer is at or below your alert threshold. Follow up within two days: customers who hear back often stay.',
    vi: 'CX Metrics gửi vì câu trả lời này bằng hoặc thấp hơn ngưỡng cảnh báo của bạn. Hãy liên hệ lại trong hai ngày: khách được hồi âm thường ở lại.',
  },
  testPrefix: { en: '[Test]', vi: '[Thử]' },
  testComment: { en: 'This is a test alert: a real one carries the customer’s words here.', vi: 'Đây là cảnh báo thử: cảnh báo thật sẽ có lời khách hàng ở đây.' },
  testSegment: { en: 'Example branch', vi: 'Chi nhánh mẫu' },
  testSheet: { en: 'Form Responses 1', vi: 'Câu trả lời biểu mẫu 1' },
  badThreshold: (metric: string, low: number, high: number, value: string): Text => ({
    en: `The ${metric} alert threshold must be a whole number from ${low} to ${high}, not ${value}.`,
    vi: `Ngưỡng cảnh báo ${metric} phải là số nguyên từ ${low} đến ${high}, không phải ${value}.`,
  }),
};

/** The follow-up section of the report email, in both languages. */
export const followUpReportTexts = {
  title: { en: 'Following up unhappy customers', vi: 'Theo dõi khách hàng chưa hài lòng' },
  none: { en: 'No unhappy answers were flagged this period.', vi: 'Không có câu trả lời chưa hài lòng nào trong kỳ.' },
  flagged: (n: string): Text => ({ en: `${n} unhappy answers flagged this period.`, vi: `${n} câu trả lời chưa hài lòng được đánh dấu trong kỳ.` }),
  within2Days: (pct: string, part: string, whole: string): Text => ({
    en: `${pct} contacted within 2 days (${part} of ${whole}).`,
    vi: `${pct} được liên hệ trong vòng 2 ngày (${part} trên ${whole}).`,
  }),
  resolved: (pct: string, part: string, whole: string): Text => ({ en: `${pct} resolved (${part} of ${whole}).`, vi: `${pct} đã xử lý (${part} trên ${whole}).` }),
  median: (hours: string): Text => ({ en: `Median time to first contact: ${hours} hours.`, vi: `Thời gian trung vị đến lần liên hệ đầu: ${hours} giờ.` }),
  noMedian: { en: 'No first contact with a date yet.', vi: 'Chưa có lần liên hệ nào có ngày.' },
  openTitle: (n: string): Text => ({ en: `Still open (${n})`, vi: `Chưa xử lý xong (${n})` }),
  owner: (name: string): Text => ({ en: `owner ${name}`, vi: `phụ trách: ${name}` }),
  noOwner: { en: 'no owner yet', vi: 'chưa có người phụ trách' },
  row: (n: string): Text => ({ en: `follow-up row ${n}`, vi: `hàng theo dõi ${n}` }),
  moreOpen: (n: string): Text => ({ en: `…and ${n} more in the follow-up sheet.`, vi: `…và ${n} câu trả lời khác trong trang theo dõi.` }),
  undated: (n: string): Text => ({
    en: `${n} marked contacted without a date: counted as contacted, not in the 2-day share or the median.`,
    vi: `${n} câu trả lời ghi đã liên hệ nhưng không có ngày: tính là đã liên hệ, không tính vào tỷ lệ 2 ngày hay trung vị.`,
  }),
  unknownStatus: (n: string): Text => ({
    en: `${n} rows have a status other than New, Contacted or Resolved: counted as open.`,
    vi: `${n} hàng có trạng thái khác Mới, Đã liên hệ hoặc Đã xử lý: tính là chưa xử lý.`,
  }),
  olderOpen: (n: string): Text => ({ en: `${n} unhappy answers from before this period are still open.`, vi: `${n} câu trả lời chưa hài lòng từ trước kỳ này vẫn chưa xử lý.` }),
};
