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
  uncertain: (): Text => ({
    en: 'This report may or may not have gone out: a run stopped after it began sending and before it could record the result. It will not be sent again, so no one gets it twice; ask a recipient whether it arrived.',
    vi: 'Báo cáo này có thể đã được gửi hoặc chưa: một lần chạy dừng lại sau khi bắt đầu gửi và trước khi ghi được kết quả. Báo cáo sẽ không được gửi lại để không ai nhận hai lần; hãy hỏi người nhận xem đã nhận được chưa.',
  }),
  missed: (): Text => ({
    en: 'This report was not sent: it could not go out before the next report was due (the entries before say why). It will not be sent late.',
    vi: 'Báo cáo này chưa được gửi: không gửi được trước khi đến hạn báo cáo kỳ sau (các mục trước cho biết lý do). Báo cáo sẽ không được gửi muộn.',
  }),
  ledgerRepaired: (): Text => ({
    en: 'The record of which reports went out was damaged and has been repaired from what could still be read; no report is sent twice.',
    vi: 'Bản ghi các báo cáo đã gửi bị hỏng và đã được khôi phục từ phần còn đọc được; không báo cáo nào bị gửi hai lần.',
  }),
  ledgerUnreadable: (): Text => ({
    en: 'The record of which reports went out could not be read, so this report may already have gone out; it is not sent again, so no one gets it twice.',
    vi: 'Không đọc được bản ghi các báo cáo đã gửi, nên báo cáo này có thể đã được gửi; báo cáo sẽ không được gửi lại để không ai nhận hai lần.',
  }),
  runFailed: (detail: string): Text => ({
    en: `The report run stopped before sending (${detail}); nothing was sent; will retry on the next run.`,
    vi: `Lần chạy báo cáo dừng trước khi gửi (${detail}); chưa gửi gì; sẽ thử lại ở lần chạy sau.`,
  }),
  recordFailed: (detail: string): Text => ({
    en: `Could not note that the report is being sent (${detail}), so nothing was sent; will retry on the next run.`,
    vi: `Không ghi được việc đang gửi báo cáo (${detail}) nên chưa gửi gì; sẽ thử lại ở lần chạy sau.`,
  }),
  sentUnrecorded: (count: number): Text => ({
    en: `Sent to ${count} recipient(s), but the record of it could not be saved; it will not be sent again.`,
    vi: `Đã gửi tới ${count} người nhận nhưng không lưu được bản ghi; báo cáo sẽ không được gửi lại.`,
  }),
  sentTo: (count: number): Text => ({
    en: `Sent to ${count} recipient(s).`,
    vi: `Đã gửi tới ${count} người nhận.`,
  }),
};
