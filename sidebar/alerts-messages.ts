import type { Lang } from './messages';

/**
 * Every string of the Alerts panel (issue 16 item 5), in English and Vietnamese, keyed; the views
 * never write words inline. (The busy lines and the section's name live in messages.ts, which the
 * status line and the nav read for every panel.)
 */
type Metric = 'NPS' | 'CSAT' | 'CES';

const en = {
  intro: 'Get an email within minutes when a customer answers badly, and keep track of the follow-up on the “Follow-ups” sheet.',
  statusOn: 'Alerts are on',
  statusOff: 'Alerts are off',
  statusProblem: 'Alerts need attention',
  statusDamaged: 'The saved alert settings are damaged',
  onHint: (n: number) => `An unhappy answer is emailed to ${n === 1 ? '1 person' : `${n} people`}. More than three within 15 minutes come together in one email.`,
  offHint: 'Turn alerts on, pick who gets them, and save.',
  noTriggerHint: 'Alerts are saved as on, but the form trigger is missing. Save again to put it back.',
  damagedFix: 'Check the settings below and save them again.',
  enabled: 'Send alerts for unhappy answers',
  recipients: 'Alert recipients',
  recipientsHint: 'One address per line, or separated by commas. Up to 50.',
  recipientsPlaceholder: 'manager@example.com\nbranch@example.com',
  badAddress: (address: string) => `Alert recipients: “${address}” is not a valid email address. Use a plain address like name@example.com, one per line.`,
  noRecipients: 'Alert recipients: add at least one address.',
  invisibleInAddress: (address: string, character: string) => `Alert recipients: “${address}” contains a hidden character (${character}), often pasted from a document. Type the address again.`,
  tooMany: (n: number, max: number) => `Alert recipients: you entered ${n} addresses; alerts go to at most ${max}.`,
  alertLang: 'Alert language',
  thresholds: 'When to alert',
  thresholdsIntro: 'An answer at or below the number is unhappy enough to tell someone now.',
  metricNames: { NPS: 'Recommend (NPS)', CSAT: 'Satisfaction (CSAT)', CES: 'Ease (CES)' } as Record<Metric, string>,
  metricOn: (name: string) => `Alert on ${name}`,
  thresholdLabel: (name: string) => `${name}: alert at or below`,
  onScale: (low: number, scale: number) => `on ${low}–${scale}`,
  badThreshold: (name: string, low: number, high: number) => `${name}: enter a whole number from ${low} to ${high} (an answer at or below it is alerted).`,
  noMetric: 'Alerts: tick at least one score to alert on.',
  testTitle: 'Try it',
  testHint: (email: string): string => (email ? `Sends a sample alert to you only, at ${email}, in the alert language.` : 'Sends a sample alert to you only, in the alert language.'),
  sendTest: 'Send a test alert',
  testSent: (to: string) => `Test alert sent to ${to}.`,
  saved: (on: boolean): string => (on ? 'Saved. Alerts are on.' : 'Saved. Alerts are off.'),
  logTitle: 'Last alerts',
  logEmpty: 'No alert yet. Each alert sent, held or refused will be listed here.',
  outcomes: { sent: 'Sent', skipped: 'Waiting', failed: 'Not sent' } as Record<string, string>,
  save: 'Save',
};

export type AlertMessages = typeof en;

const vi: AlertMessages = {
  intro: 'Nhận email trong vài phút khi khách hàng trả lời chưa hài lòng, và theo dõi việc liên hệ lại trên trang “Theo dõi khách hàng”.',
  statusOn: 'Cảnh báo đang bật',
  statusOff: 'Cảnh báo đang tắt',
  statusProblem: 'Cảnh báo cần bạn xem lại',
  statusDamaged: 'Cài đặt cảnh báo đã lưu bị hỏng',
  onHint: (n) => `Câu trả lời chưa hài lòng được gửi email tới ${n} người. Hơn ba câu trong 15 phút sẽ gộp vào một email.`,
  offHint: 'Bật cảnh báo, chọn người nhận rồi lưu.',
  noTriggerHint: 'Cảnh báo đang lưu là bật nhưng thiếu trình kích hoạt biểu mẫu. Hãy lưu lại để khôi phục.',
  damagedFix: 'Hãy kiểm tra cài đặt bên dưới rồi lưu lại.',
  enabled: 'Gửi cảnh báo khi có câu trả lời chưa hài lòng',
  recipients: 'Người nhận cảnh báo',
  recipientsHint: 'Mỗi dòng một địa chỉ, hoặc cách nhau bằng dấu phẩy. Tối đa 50.',
  recipientsPlaceholder: 'quanly@example.com\nchinhanh@example.com',
  badAddress: (address) => `Người nhận cảnh báo: “${address}” không phải là địa chỉ email hợp lệ. Hãy nhập địa chỉ dạng ten@example.com, mỗi dòng một địa chỉ.`,
  noRecipients: 'Người nhận cảnh báo: hãy thêm ít nhất một địa chỉ.',
  invisibleInAddress: (address, character) => `Người nhận cảnh báo: “${address}” có ký tự ẩn (${character}), thường do dán từ tài liệu. Hãy gõ lại địa chỉ.`,
  tooMany: (n, max) => `Người nhận cảnh báo: bạn đã nhập ${n} địa chỉ; cảnh báo chỉ gửi tối đa ${max} người.`,
  alertLang: 'Ngôn ngữ cảnh báo',
  thresholds: 'Khi nào cảnh báo',
  thresholdsIntro: 'Câu trả lời bằng hoặc thấp hơn con số này được báo ngay cho người phụ trách.',
  metricNames: { NPS: 'Giới thiệu (NPS)', CSAT: 'Hài lòng (CSAT)', CES: 'Dễ dàng (CES)' },
  metricOn: (name) => `Cảnh báo theo ${name}`,
  thresholdLabel: (name) => `${name}: cảnh báo khi bằng hoặc thấp hơn`,
  onScale: (low, scale) => `thang ${low}–${scale}`,
  badThreshold: (name, low, high) => `${name}: hãy nhập số nguyên từ ${low} đến ${high} (câu trả lời bằng hoặc thấp hơn sẽ được cảnh báo).`,
  noMetric: 'Cảnh báo: hãy chọn ít nhất một loại điểm để cảnh báo.',
  testTitle: 'Dùng thử',
  testHint: (email) => (email ? `Gửi một cảnh báo mẫu cho riêng bạn, tới ${email}, bằng ngôn ngữ cảnh báo.` : 'Gửi một cảnh báo mẫu cho riêng bạn, bằng ngôn ngữ cảnh báo.'),
  sendTest: 'Gửi cảnh báo thử',
  testSent: (to) => `Đã gửi cảnh báo thử tới ${to}.`,
  saved: (on) => (on ? 'Đã lưu. Cảnh báo đang bật.' : 'Đã lưu. Cảnh báo đang tắt.'),
  logTitle: 'Cảnh báo gần đây',
  logEmpty: 'Chưa có cảnh báo nào. Mỗi cảnh báo đã gửi, đang chờ hoặc bị từ chối sẽ được liệt kê ở đây.',
  outcomes: { sent: 'Đã gửi', skipped: 'Đang chờ', failed: 'Chưa gửi' },
  save: 'Lưu',
};

export const ALERT_MESSAGES: Record<Lang, AlertMessages> = { en, vi };
