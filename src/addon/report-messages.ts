import type { Lang } from '../cells/types';

type Text = Record<Lang, string>;

/** What the email-report server functions tell the person, in both languages. */
export const reportServerTexts = {
  sheetGone: (name: string): Text => ({
    en: `The sheet "${name}" no longer exists. Open Set up metrics and map the columns again.`,
    vi: `Không còn trang tính "${name}". Hãy mở Thiết lập chỉ số và chọn lại các cột.`,
  }),
  noEmail: (): Text => ({
    en: 'Your email address is not available to the add-on; sign in to your Google account again.',
    vi: 'Tiện ích không đọc được địa chỉ email của bạn; hãy đăng nhập lại tài khoản Google.',
  }),
  mailFailed: (detail: string): Text => ({
    en: `Google's mail service did not send the test report (${detail}). Wait a moment and try again; if today's quota is used up, try tomorrow.`,
    vi: `Dịch vụ thư của Google chưa gửi được báo cáo thử (${detail}). Hãy đợi một lát rồi thử lại; nếu đã hết hạn mức hôm nay, hãy thử vào ngày mai.`,
  }),
  quotaUsed: (): Text => ({
    en: "Today's email quota is used up; try again tomorrow.",
    vi: 'Đã dùng hết hạn mức email hôm nay; hãy thử lại vào ngày mai.',
  }),
  // What a scheduled run records in the log (the sidebar shows the reader's language).
  scheduleDamaged: (detail: string): Text => ({
    en: detail,
    vi: `Lịch gửi báo cáo đã lưu bị hỏng (${detail}). Hãy lưu lại lịch.`,
  }),
  lockBusy: (): Text => ({
    en: 'Another report run was still working on this spreadsheet; will retry on the next run.',
    vi: 'Một lần chạy báo cáo khác vẫn đang xử lý bảng tính này; sẽ thử lại ở lần chạy sau.',
  }),
  quotaLow: (remaining: number, needed: number): Text => ({
    en: `Daily email quota too low: ${remaining} left, ${needed} needed; will retry tomorrow.`,
    vi: `Hạn mức email trong ngày không đủ: còn ${remaining}, cần ${needed}; sẽ thử lại vào ngày mai.`,
  }),
  buildFailed: (detail: string): Text => ({
    en: `Could not build the report: ${detail}`,
    vi: `Không tạo được báo cáo: ${detail}`,
  }),
  sendFailed: (detail: string): Text => ({
    en: `Sending failed: ${detail}; will retry on the next run.`,
    vi: `Gửi thất bại: ${detail}; sẽ thử lại ở lần chạy sau.`,
  }),
  sentTo: (count: number): Text => ({
    en: `Sent to ${count} recipient(s).`,
    vi: `Đã gửi tới ${count} người nhận.`,
  }),
};
