import type { Lang } from '../cells/types';

type Text = Record<Lang, string>;

/** Google's consent screen names each permission; the person looks for the same words. */
const PERMISSION_NAMES: Record<'sendMail' | 'triggers' | 'email', Text> = {
  sendMail: { en: '“Send email as you”', vi: '“Gửi email thay mặt bạn”' },
  triggers: { en: '“Allow this application to run when you are not present”', vi: '“Cho phép ứng dụng này chạy khi bạn không có mặt”' },
  email: { en: '“See your primary Google Account email address”', vi: '“Xem địa chỉ email chính trong Tài khoản Google của bạn”' },
};
const WHAT_STOPS: Record<'sendMail' | 'triggers' | 'email', Text> = {
  sendMail: { en: 'no report can be sent', vi: 'không gửi được báo cáo nào' },
  triggers: { en: 'reports cannot be scheduled', vi: 'không lên lịch gửi báo cáo được' },
  email: { en: 'a test report cannot be sent to you', vi: 'không gửi được báo cáo thử cho bạn' },
};

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
  /** Permissions the person unticked on Google's consent screen, what that stops, and how to grant them. */
  consentMissing: (missing: ('sendMail' | 'triggers' | 'email')[], url: string | null): Text => {
    const names = (lang: Lang) => missing.map((p) => PERMISSION_NAMES[p][lang]).join(lang === 'en' ? ' and ' : ' và ');
    const stops = (lang: Lang) => missing.map((p) => WHAT_STOPS[p][lang]).join(lang === 'en' ? ', and ' : ', và ');
    const where: Text = url
      ? { en: ` To allow it, open ${url} and tick it, then open Email reports again.`, vi: ` Để cho phép, hãy mở ${url} và đánh dấu quyền đó, rồi mở lại Báo cáo qua email.` }
      : { en: ' To allow it, open Email reports again and tick it on Google’s permission screen.', vi: ' Để cho phép, hãy mở lại Báo cáo qua email và đánh dấu quyền đó trên màn hình cấp quyền của Google.' };
    return {
      en: `CX Metrics was not given the permission ${names('en')}, so ${stops('en')}.${where.en}`,
      vi: `CX Metrics chưa được cấp quyền ${names('vi')}, nên ${stops('vi')}.${where.vi}`,
    };
  },
  sentTo: (count: number): Text => ({
    en: `Sent to ${count} recipient(s).`,
    vi: `Đã gửi tới ${count} người nhận.`,
  }),
};
