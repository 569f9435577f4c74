import type { Lang } from '../cells/types';

type Text = Record<Lang, string>;

const rowsEn = (n: number) => (n === 1 ? '1 answer' : `${n} answers`);

/** What the alert runs write in the alerts log and tell the person, in both languages. */
export const alertServerTexts = {
  sent: (answers: number, recipients: number): Text => ({
    en: `Alert about ${rowsEn(answers)} sent to ${recipients} recipient${recipients === 1 ? '' : 's'}.`,
    vi: `Đã gửi cảnh báo về ${answers} câu trả lời tới ${recipients} người nhận.`,
  }),
  sentUnrecorded: (answers: number): Text => ({
    en: `Alert about ${rowsEn(answers)} sent, but saving that it went failed; it will not be sent again.`,
    vi: `Đã gửi cảnh báo về ${answers} câu trả lời nhưng không lưu được việc đã gửi; cảnh báo sẽ không được gửi lại.`,
  }),
  sendFailed: (answers: number, detail: string): Text => ({
    en: `Could not send the alert about ${rowsEn(answers)} (${detail}). The next run tries again.`,
    vi: `Không gửi được cảnh báo về ${answers} câu trả lời (${detail}). Lần chạy sau sẽ thử lại.`,
  }),
  recordFailed: (answers: number, detail: string): Text => ({
    en: `Could not save the alert before sending it (${detail}), so nothing was sent about ${rowsEn(answers)}. The next run tries again.`,
    vi: `Không lưu được cảnh báo trước khi gửi (${detail}) nên chưa gửi gì về ${answers} câu trả lời. Lần chạy sau sẽ thử lại.`,
  }),
  quotaLow: (answers: number, remaining: number, reserved: number): Text => ({
    en: `Today's email quota is nearly used (${remaining} left, ${reserved} kept for the scheduled report), so ${rowsEn(answers)} wait for tomorrow's run.`,
    vi: `Hạn mức email hôm nay sắp hết (còn ${remaining}, giữ ${reserved} cho báo cáo định kỳ) nên ${answers} câu trả lời chờ lần chạy ngày mai.`,
  }),
  expired: (answers: number): Text => ({
    en: `${rowsEn(answers)} older than 8 days were never alerted (the runs before failed; see above). They are in the sheet; follow them up there.`,
    vi: `${answers} câu trả lời cũ hơn 8 ngày chưa từng được cảnh báo (các lần chạy trước bị lỗi; xem bên dưới). Chúng vẫn có trong trang tính; hãy theo dõi ở đó.`,
  }),
  burstHeld: (answers: number, until: string): Text => ({
    en: `More unhappy answers than usual within 15 minutes: ${rowsEn(answers)} wait to go together in one email at the first run after ${until}.`,
    vi: `Nhiều câu trả lời chưa hài lòng hơn thường lệ trong 15 phút: ${answers} câu trả lời chờ gửi chung một email ở lần chạy đầu tiên sau ${until}.`,
  }),
  lockBusy: (): Text => ({
    en: 'Another run of CX Metrics was busy with this spreadsheet; the new answers wait for the next run.',
    vi: 'Một lần chạy khác của CX Metrics đang xử lý bảng tính này; các câu trả lời mới chờ lần chạy sau.',
  }),
  uncertain: (answers: number): Text => ({
    en: `A run stopped while sending the alert about ${rowsEn(answers)}; it may have gone, so it is not sent again.`,
    vi: `Một lần chạy dừng giữa lúc gửi cảnh báo về ${answers} câu trả lời; có thể cảnh báo đã đi nên sẽ không gửi lại.`,
  }),
  ledgerDamaged: (): Text => ({
    en: 'The record of sent alerts was damaged; answers from before now are not alerted, so none is alerted twice.',
    vi: 'Bản ghi các cảnh báo đã gửi bị hỏng; các câu trả lời trước thời điểm này không được cảnh báo để không gửi trùng.',
  }),
  ledgerFull: (answers: number): Text => ({
    en: `Too many alerts this week to keep track of; ${rowsEn(answers)} wait until older ones expire.`,
    vi: `Quá nhiều cảnh báo trong tuần để theo dõi; ${answers} câu trả lời chờ đến khi các cảnh báo cũ hết hạn.`,
  }),
  settingsDamaged: (detail: string): Text => ({
    en: `The saved alert settings are damaged (${detail}). Open Alerts and save them again.`,
    vi: `Cài đặt cảnh báo đã lưu bị hỏng (${detail}). Mở mục Cảnh báo và lưu lại.`,
  }),
  thresholdProblem: (detail: string): Text => ({
    en: `${detail} Alerts for that score are paused until the threshold is fixed.`,
    vi: `${detail} Cảnh báo cho điểm này tạm dừng đến khi sửa ngưỡng.`,
  }),
  noTime: (answers: number, sheet: string): Text => ({
    en: `${rowsEn(answers)} in "${sheet}" had no readable time and were not alerted: map a timestamp column.`,
    vi: `${answers} câu trả lời trong "${sheet}" không đọc được thời gian nên không được cảnh báo: hãy chọn cột thời gian.`,
  }),
  readFailed: (detail: string): Text => ({
    en: `Could not read the survey sheets for alerts (${detail}).`,
    vi: `Không đọc được các trang khảo sát để cảnh báo (${detail}).`,
  }),
  followUpFailed: (detail: string | Text): Text => ({
    en: `Could not add the answers to the follow-up sheet (${typeof detail === 'string' ? detail : detail.en}). The next run tries again.`,
    vi: `Không thêm được câu trả lời vào trang theo dõi (${typeof detail === 'string' ? detail : detail.vi}). Lần chạy sau sẽ thử lại.`,
  }),
  runFailed: (detail: string): Text => ({
    en: `The alert run failed (${detail}). The next run tries again.`,
    vi: `Lần chạy cảnh báo bị lỗi (${detail}). Lần chạy sau sẽ thử lại.`,
  }),
};

type Status = 'new' | 'contacted' | 'resolved';

/** The follow-up sheet's name, headers and statuses, in both languages. */
export const followUpTexts = {
  sheetName: { en: 'Follow-ups', vi: 'Theo dõi khách hàng' },
  header: {
    time: { en: 'Answered', vi: 'Thời gian trả lời' },
    score: { en: 'Score', vi: 'Điểm' },
    comment: { en: 'Comment', vi: 'Bình luận' },
    segment: { en: 'Segment', vi: 'Nhóm' },
    contact: { en: 'Contact', vi: 'Liên hệ' },
    source: { en: 'Answer row', vi: 'Hàng câu trả lời' },
    status: { en: 'Status', vi: 'Trạng thái' },
    owner: { en: 'Owner', vi: 'Người phụ trách' },
    notes: { en: 'Notes', vi: 'Ghi chú' },
    newOn: { en: 'New on', vi: 'Ngày mới' },
    contactedOn: { en: 'Contacted on', vi: 'Ngày liên hệ' },
    resolvedOn: { en: 'Resolved on', vi: 'Ngày xử lý' },
    id: { en: 'Answer id', vi: 'Mã câu trả lời' },
  },
  status: {
    new: { en: 'New', vi: 'Mới' },
    contacted: { en: 'Contacted', vi: 'Đã liên hệ' },
    resolved: { en: 'Resolved', vi: 'Đã xử lý' },
  } satisfies Record<Status, Text>,
  /** `headers`: the missing headers, each in both languages. */
  columnsGone: (sheet: string, headers: readonly Text[]): Text => ({
    en: `the follow-up sheet "${sheet}" has no ${headers.map((h) => `"${h.en}"`).join(', ')} column in row 1, so nothing was written: put the header back`,
    vi: `trang theo dõi "${sheet}" không còn cột ${headers.map((h) => `"${h.vi}"`).join(', ')} ở hàng 1 nên không ghi gì: hãy thêm lại tiêu đề`,
  }),
  columnsSkipped: (sheet: string, headers: readonly Text[], answers: number): Text => ({
    en: `${answers} added to "${sheet}" without ${headers.map((h) => `"${h.en}"`).join(', ')}: put that header back in row 1.`,
    vi: `Đã thêm ${answers} vào "${sheet}", thiếu ${headers.map((h) => `"${h.vi}"`).join(', ')}: hãy thêm lại tiêu đề ở hàng 1.`,
  }),
  recreated: (sheet: string, answers: number): Text => ({
    en: `The follow-up sheet was deleted; made "${sheet}" again with ${answers} answers of the last 8 days.`,
    vi: `Trang theo dõi đã bị xoá; đã tạo lại "${sheet}" với ${answers} câu trả lời 8 ngày qua.`,
  }),
};
