import { CellProblem, CxError, callError, cellError } from './errors';
import type { CellPlace, Lang } from './types';

/**
 * Every user-facing problem text of the engine, in English and Vietnamese, keyed by what went
 * wrong. Logic never writes a message inline: it picks one here, so wording and translation
 * change in one place. A text is the part after `FN: `; the place is added by the driver.
 */
export type Text = Record<Lang, string>;

/** A cell value as a shop owner would recognize it in a message: `11`, `"maybe"`, `TRUE`, `2026-03-01`. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return `"${trimmed.length > 30 ? trimmed.slice(0, 29) + '…' : trimmed}"`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const ms = (value as Date).getTime();
    return Number.isNaN(ms) ? 'an invalid date' : showInstant(ms);
  }
  return String(value);
}

/** An epoch-ms instant as ISO date text, minutes included only when it has a time of day. */
export function showInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

/** `a and b`, `a, b and c`. */
function listOf(items: string[], and: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export const cellTexts = {
  sheetsError: (code: string): Text => ({
    en: `the cell holds the error ${code}`,
    vi: `ô chứa lỗi ${code}`,
  }),
  notFinite: (value: unknown): Text => ({
    en: `${showValue(value)} is not a number a cell can hold`,
    vi: `${showValue(value)} không phải là số hợp lệ trong ô`,
  }),
  nestedList: (): Text => ({
    en: 'a cell holds a list of values instead of one value',
    vi: 'một ô chứa cả danh sách giá trị thay vì một giá trị',
  }),
  notAValue: (): Text => ({
    en: 'a cell holds something that is not a number, text, date or TRUE/FALSE',
    vi: 'một ô chứa thứ không phải số, chữ, ngày hay TRUE/FALSE',
  }),
  booleanNotScore: (value: boolean): Text => ({
    en: `${showValue(value)} is not a score`,
    vi: `${showValue(value)} không phải là điểm`,
  }),
  dateNotScore: (value: Date): Text => ({
    en: `the date ${showValue(value)} is not a score`,
    vi: `ngày ${showValue(value)} không phải là điểm`,
  }),
  notAFlag: (value: unknown): Text => ({
    en: `${showValue(value)} is not a yes/no answer (use yes or no, 1 or 0, TRUE or FALSE)`,
    vi: `${showValue(value)} không phải câu trả lời có/không (dùng có hoặc không, 1 hoặc 0, TRUE hoặc FALSE)`,
  }),
  notADate: (value: unknown): Text => ({
    en: `${showValue(value)} is not a date (use a date cell or text like 2026-03-01)`,
    vi: `${showValue(value)} không phải là ngày (dùng ô ngày hoặc chữ dạng 2026-03-01)`,
  }),
  notAnAnswer: (value: string, scale?: { low: number; high: number }): Text =>
    scale
      ? {
          en: `${showValue(value)} is not an answer on the ${scale.low}–${scale.high} scale`,
          vi: `${showValue(value)} không phải câu trả lời trên thang ${scale.low}–${scale.high}`,
        }
      : { en: `${showValue(value)} is not a score`, vi: `${showValue(value)} không phải là điểm` },
  /** Added where a mapping's label table can score the label (sidebar step 2, the CLI's mapping file). */
  labelHint: (): Text => ({
    en: 'give it a score in the label table of the mapping (sidebar step 2, or "labels" in the mapping file)',
    vi: 'hãy cho nó một điểm trong bảng nhãn của ánh xạ (bước 2 của thanh bên, hoặc "labels" trong tệp ánh xạ)',
  }),
  labelOffScale: (value: string, labelHigh: number, low: number, high: number): Text => ({
    en: `${showValue(value)} is an answer on a ${labelHigh}-point scale, not the ${low}–${high} scale`,
    vi: `${showValue(value)} là câu trả lời của thang ${labelHigh} mức, không phải thang ${low}–${high}`,
  }),
  ambiguousNumber: (value: string, point: number, comma: number): Text => ({
    en: `${showValue(value)} could be ${point} or ${comma} (write it as ${point} or ${comma} without a thousands mark)`,
    vi: `${showValue(value)} có thể là ${point} hoặc ${comma} (viết ${point} hoặc ${comma}, không dùng dấu phân cách hàng nghìn)`,
  }),
  notANumber: (value: string): Text => ({
    en: `${showValue(value)} is not a number`,
    vi: `${showValue(value)} không phải là số`,
  }),
  dateNeedsOrder: (value: string): Text => ({
    en: `${showValue(value)} could be day first or month first (set the date order)`,
    vi: `${showValue(value)} có thể là ngày trước hoặc tháng trước (hãy chọn thứ tự ngày)`,
  }),
  notADateInOrder: (value: string, order: 'dmy' | 'mdy'): Text => ({
    en: `${showValue(value)} is not a date when read ${order === 'dmy' ? 'day first' : 'month first'} like the rest of the column`,
    vi: `${showValue(value)} không phải là ngày khi đọc ${order === 'dmy' ? 'ngày trước tháng' : 'tháng trước ngày'} như cả cột`,
  }),
  bothDateOrders: (dayFirst: string, dayWhere: Text, monthFirst: string, monthWhere: Text): Text => ({
    en: `the column holds dates day first (${showValue(dayFirst)}, ${dayWhere.en}) and month first (${showValue(monthFirst)}, ${monthWhere.en}); write them all in one order`,
    vi: `cột có ngày viết ngày trước tháng (${showValue(dayFirst)}, ${dayWhere.vi}) và tháng trước ngày (${showValue(monthFirst)}, ${monthWhere.vi}); hãy viết tất cả theo một thứ tự`,
  }),
  bothDecimalMarks: (pointText: string, pointWhere: Text, commaText: string, commaWhere: Text): Text => ({
    en: `the column holds numbers with a decimal point (${showValue(pointText)}, ${pointWhere.en}) and a decimal comma (${showValue(commaText)}, ${commaWhere.en}); write them all one way`,
    vi: `cột có số dùng dấu chấm thập phân (${showValue(pointText)}, ${pointWhere.vi}) và dấu phẩy thập phân (${showValue(commaText)}, ${commaWhere.vi}); hãy viết tất cả một kiểu`,
  }),
  notADuration: (value: unknown): Text => ({
    en: `${showValue(value)} is not a duration (use hours such as 2.5, 2:30 or 2 h 30 min)`,
    vi: `${showValue(value)} không phải thời lượng (dùng số giờ như 2,5, 2:30 hoặc 2 giờ 30 phút)`,
  }),
  dateNotDuration: (value: Date): Text => ({
    en: `the date ${showValue(value)} is a date, not a duration (give ART the opened and resolved dates)`,
    vi: `${showValue(value)} là một ngày, không phải thời lượng (hãy đưa cho ART ngày mở và ngày xử lý xong)`,
  }),
  invalidDate: (): Text => ({
    en: 'the cell holds an invalid date',
    vi: 'ô chứa một ngày không hợp lệ',
  }),
  dateOutOfRange: (): Text => ({
    en: 'the date is outside the years 1 to 9999 that a spreadsheet holds',
    vi: 'ngày nằm ngoài khoảng năm 1 đến 9999 mà bảng tính lưu được',
  }),
  countTooLarge: (value: number): Text => ({
    en: `${value} is larger than any count a spreadsheet can hold exactly (at most 9,007,199,254,740,991)`,
    vi: `${value} lớn hơn mọi số đếm bảng tính lưu chính xác được (tối đa 9.007.199.254.740.991)`,
  }),
  // Metric-level problems with one cell.
  outsideScale: (value: number, low: number, high: number): Text => ({
    en: `${value} is outside the ${low}–${high} scale`,
    vi: `${value} nằm ngoài thang ${low}–${high}`,
  }),
  notWholeScore: (value: number, low: number, high: number): Text => ({
    en: `${value} is not a whole score on the ${low}–${high} scale`,
    vi: `${value} không phải điểm nguyên trên thang ${low}–${high}`,
  }),
  negativeDuration: (value: number): Text => ({
    en: `${value} is not a duration (durations cannot be negative)`,
    vi: `${value} không phải thời lượng (thời lượng không thể âm)`,
  }),
  notACount: (value: number): Text => ({
    en: `${value} is not a whole count of 0 or more`,
    vi: `${value} không phải số đếm nguyên từ 0 trở lên`,
  }),
  missingCount: (argName: string): Text => ({
    en: `${argName} is blank while the other counts of the row are filled`,
    vi: `${argName} bị trống trong khi các số khác của hàng đã có`,
  }),
  startNotPositive: (start: number): Text => ({
    en: `start must be more than 0, not ${start}`,
    vi: `start phải lớn hơn 0, không phải ${start}`,
  }),
  endAboveStartPlusNew: (end: number, start: number, added: number): Text => ({
    en: `end (${end}) cannot be more than start + new (${start} + ${added} = ${start + added})`,
    vi: `end (${end}) không thể lớn hơn start + new (${start} + ${added} = ${start + added})`,
  }),
  resolvedBeforeOpened: (resolved: number, opened: number): Text => ({
    en: `resolved ${showInstant(resolved)} is before opened ${showInstant(opened)}`,
    vi: `resolved ${showInstant(resolved)} trước opened ${showInstant(opened)}`,
  }),
  resolvedWithoutOpened: (): Text => ({
    en: 'a resolved date has no opened date',
    vi: 'có ngày resolved nhưng không có ngày opened',
  }),
};

export const callTexts = {
  noScores: (): Text => ({ en: 'no scores in the range', vi: 'không có điểm nào trong vùng' }),
  periodText: (value: unknown): Text => ({
    en: `period must be all, a year (2026), a quarter (2026-Q3), a month (2026-10), a week (2026-W41) or a range (2026-09-01..2026-10-31), not ${showValue(value)}`,
    vi: `period phải là all, một năm (2026), một quý (2026-Q3), một tháng (2026-10), một tuần (2026-W41) hoặc một khoảng (2026-09-01..2026-10-31), không phải ${showValue(value)}`,
  }),
  noStages: (): Text => ({ en: 'no journey stages in the range', vi: 'không có giai đoạn hành trình nào trong vùng' }),
  noAnswers: (): Text => ({ en: 'no yes/no answers in the range', vi: 'không có câu trả lời có/không nào trong vùng' }),
  noDurations: (): Text => ({ en: 'no durations in the range', vi: 'không có thời lượng nào trong vùng' }),
  noResolvedTickets: (): Text => ({
    en: 'no resolved tickets in the ranges',
    vi: 'không có phiếu nào đã giải quyết trong các vùng',
  }),
  noCounts: (): Text => ({ en: 'no counts in the ranges', vi: 'không có số liệu nào trong các vùng' }),
  raggedRange: (argName?: string): Text => ({
    en: `${argName ?? 'the range'} has rows of different lengths`,
    vi: `${argName ?? 'vùng'} có các hàng dài ngắn khác nhau`,
  }),
  sizesDiffer: (names: string[], sizes: string[]): Text => ({
    en: `${listOf(names, 'and')} must be the same size, not ${listOf(sizes, 'and')}`,
    vi: `${listOf(names, 'và')} phải cùng kích thước, không phải ${listOf(sizes, 'và')}`,
  }),
  optionMustBeOne: (argName: string): Text => ({
    en: `${argName} must be a single value, not a range`,
    vi: `${argName} phải là một giá trị, không phải một vùng`,
  }),
  optionChoice: (argName: string, allowed: string, value: unknown): Text => ({
    en: `${argName} must be ${allowed}, not ${showValue(value)}`,
    vi: `${argName} phải là ${allowed.replace(/ or /g, ' hoặc ')}, không phải ${showValue(value)}`,
  }),
  optionRange: (argName: string, low: number, high: number, value: unknown): Text => ({
    en: `${argName} must be a whole number from ${low} to ${high}, not ${showValue(value)}`,
    vi: `${argName} phải là số nguyên từ ${low} đến ${high}, không phải ${showValue(value)}`,
  }),
  labelsShape: (): Text => ({
    en: 'labels must be two columns, answer and score, e.g. {"Tốt",4;"Rất tốt",5}',
    vi: 'labels phải có hai cột, câu trả lời và điểm, ví dụ {"Tốt",4;"Rất tốt",5}',
  }),
  labelScore: (label: string, low: number, high: number, value: unknown): Text => ({
    en: `the score of ${showValue(label)} in labels must be a whole number from ${low} to ${high}, not ${showValue(value)}`,
    vi: `điểm của ${showValue(label)} trong labels phải là số nguyên từ ${low} đến ${high}, không phải ${showValue(value)}`,
  }),
  confidence: (value: unknown): Text => ({
    en: `confidence must be a number between 0 and 1 such as 0.95, not ${showValue(value)}`,
    vi: `confidence phải là số giữa 0 và 1, ví dụ 0.95, không phải ${showValue(value)}`,
  }),
  countTooLarge: (argName: string, value: unknown): Text => ({
    en: `${argName} (${showValue(value)}) is larger than any count a spreadsheet can hold exactly (at most 9,007,199,254,740,991)`,
    vi: `${argName} (${showValue(value)}) lớn hơn mọi số đếm bảng tính lưu chính xác được (tối đa 9.007.199.254.740.991)`,
  }),
  countArg: (argName: string, value: unknown): Text => ({
    en: `${argName} must be a whole number of 0 or more, not ${showValue(value)}`,
    vi: `${argName} phải là số nguyên từ 0 trở lên, không phải ${showValue(value)}`,
  }),
  totalNotPositive: (argName: string): Text => ({
    en: `${argName} must be more than 0`,
    vi: `${argName} phải lớn hơn 0`,
  }),
  partAboveTotal: (partName: string, part: number, totalName: string, total: number): Text => ({
    en: `${partName} (${part}) cannot be more than ${totalName} (${total})`,
    vi: `${partName} (${part}) không thể lớn hơn ${totalName} (${total})`,
  }),
};

/**
 * A CxError that carries its message in every language. The engine does not know the sheet's
 * language (asking costs an Apps Script call), so it throws English with the other texts
 * attached, and the custom function asks for the language only when something went wrong.
 */
export class TranslatedError extends CxError {
  /** For a bad cell: its place in the range argument (named `argName` when there are several), so the custom function can name the sheet cell. */
  constructor(
    readonly texts: Text,
    readonly where?: { place: CellPlace; argName?: string },
  ) {
    super(texts.en);
  }
}

/** `FN: problem (place)` in both languages. */
export function problemAt(fn: string, problem: CellProblem, place: CellPlace, argName?: string): TranslatedError {
  return new TranslatedError(
    {
      en: cellError(fn, problem, place, 'en', argName).message,
      vi: cellError(fn, problem, place, 'vi', argName).message,
    },
    { place, argName },
  );
}

/** `FN: message` about the whole call, in both languages. */
export function failCall(fn: string, text: Text): TranslatedError {
  return new TranslatedError({ en: callError(fn, text, 'en').message, vi: callError(fn, text, 'vi').message });
}

/** The error as the sheet should show it: a TranslatedError in `lang`, anything else unchanged. */
export function inLang(error: unknown, lang: Lang): unknown {
  return error instanceof TranslatedError && lang !== 'en' ? new CxError(error.texts[lang]) : error;
}

/** Labels inside tables the functions return (NPS_BREAKDOWN), in the spreadsheet's language. */
export const tableLabels = {
  group: { en: 'Group', vi: 'Nhóm' },
  count: { en: 'Count', vi: 'Số lượng' },
  share: { en: 'Share %', vi: 'Tỷ lệ %' },
  promoters: { en: 'Promoters', vi: 'Người ủng hộ' },
  passives: { en: 'Passives', vi: 'Trung lập' },
  detractors: { en: 'Detractors', vi: 'Người phản đối' },
  responses: { en: 'Responses', vi: 'Số phản hồi' },
  nps: { en: 'NPS', vi: 'NPS' },
  stage: { en: 'Stage', vi: 'Giai đoạn' },
  atStage: { en: 'At this stage', vi: 'Đang ở giai đoạn' },
  reached: { en: 'Reached', vi: 'Đã đến' },
  fromPrevious: { en: '% of the stage before', vi: '% so với giai đoạn trước' },
  notAStage: { en: 'Not a stage (left out)', vi: 'Không phải giai đoạn (bị bỏ qua)' },
} satisfies Record<string, Text>;

/**
 * Texts of the metrics from customer records (CHURN's flag form, CUSTOMER_CHURN,
 * CUSTOMER_RETENTION, ACTIVITY_CHURN, CX_COHORT, REFERRAL_RATE's answers form), the part after `FN: `.
 */
export const recordTexts = {
  churnForms: (): Text => ({
    en: 'give one range of churned yes/no flags, or three counts: start, end and new',
    vi: 'hãy đưa một vùng cờ có/không "đã rời bỏ", hoặc ba số: start, end và new',
  }),
  leftBeforeJoined: (left: string, joined: string): Text => ({
    en: `left ${left} is before joined ${joined}: a customer cannot cancel before joining`,
    vi: `ngày rời ${left} trước ngày tham gia ${joined}: khách hàng không thể hủy trước khi tham gia`,
  }),
  leftWithoutJoined: (): Text => ({
    en: 'a left date has no joined date beside it',
    vi: 'có ngày rời nhưng không có ngày tham gia bên cạnh',
  }),
  noCustomers: (): Text => ({
    en: 'no customers with a joined date in the ranges',
    vi: 'không có khách hàng nào có ngày tham gia trong các vùng',
  }),
  noneActiveAtStart: (periodStart: string): Text => ({
    en: `no customers were active at the start of the period beginning ${periodStart} (joined before it, not yet left)`,
    vi: `không có khách hàng nào đang hoạt động đầu kỳ bắt đầu ${periodStart} (tham gia trước đó, chưa rời)`,
  }),
  noneActiveBefore: (periodStart: string): Text => ({
    en: `no users were active in the period before the one beginning ${periodStart}`,
    vi: `không có người dùng nào hoạt động trong kỳ trước kỳ bắt đầu ${periodStart}`,
  }),
  noCohortDates: (): Text => ({
    en: 'this user has no date beside it, and no user in the range has one: a cohort needs the date of each activity',
    vi: 'người dùng này không có ngày bên cạnh, và không người dùng nào trong vùng có ngày: nhóm khách hàng cần ngày của từng hoạt động',
  }),
  /** `first` and `second` are places as people find them: sheet cells (`'Customers'!A5`) or file lines. */
  contradictoryCustomer: (id: string, first: Text, second: Text): Text => ({
    en: `customer ${id} is at ${first.en} and ${second.en} with different values; keep one row per customer`,
    vi: `khách hàng ${id} có ở ${first.vi} và ${second.vi} với giá trị khác nhau; mỗi khách hàng chỉ giữ một hàng`,
  }),
  referralNeedsAnswers: (value: unknown): Text => ({
    en: `${showValue(value)} is not a yes/no answer; for a "How did you hear about us?" column, give the answers that count as referral, e.g. =REFERRAL_RATE(G2:G, "Friend or colleague")`,
    vi: `${showValue(value)} không phải câu trả lời có/không; với cột "Bạn biết đến chúng tôi qua đâu?", hãy đưa các câu trả lời được tính là giới thiệu, ví dụ =REFERRAL_RATE(G2:G, "Bạn bè giới thiệu")`,
  }),
  noReferralAnswers: (): Text => ({
    en: 'referral_answers holds no answer text; give one or more, e.g. "Friend or colleague"',
    vi: 'referral_answers không có câu trả lời nào; hãy đưa một hoặc nhiều, ví dụ "Bạn bè giới thiệu"',
  }),
  notASource: (value: unknown): Text => ({
    en: `${showValue(value)} is not an answer text`,
    vi: `${showValue(value)} không phải câu trả lời dạng chữ`,
  }),
  noSources: (): Text => ({
    en: 'no answers in the range',
    vi: 'không có câu trả lời nào trong vùng',
  }),
};

/** Labels of the cohort table's own header where a view writes one (the dashboard). */
export const cohortLabels = {
  cohort: { en: 'Cohort', vi: 'Nhóm' },
  size: { en: 'Customers', vi: 'Số khách' },
  period: { en: 'Period', vi: 'Kỳ' },
} satisfies Record<string, Text>;
