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
  badThreshold: (metric: string, low: number, high: number, value: string): Text => ({
    en: `The ${metric} alert threshold must be a whole number from ${low} to ${high}, not ${value}.`,
    vi: `Ngưỡng cảnh báo ${metric} phải là số nguyên từ ${low} đến ${high}, không phải ${value}.`,
  }),
};
