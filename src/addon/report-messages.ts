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
};
