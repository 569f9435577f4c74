import type { Lang } from '../cells/types';
import type { LevelId } from './maturity';
import type { JourneyStage, ReportMetricId } from './types';
import { STAGE_NAMES_EN, STAGE_NAMES_VI } from './stage-names';

/**
 * Every user-facing string of the report (email HTML, plain text, rubric table), in English and
 * Vietnamese, keyed by meaning. Renderers pick strings here and never write wording inline, so
 * wording and translation change in one place. `vi` is typed as `typeof en`, so a missing
 * translation fails the type check.
 */

type MetricNames = Record<ReportMetricId, string>;
type StageNames = Record<JourneyStage, string>;
type LevelText = { name: string; meaning: string };

/**
 * The few words the report's counting says itself (metric names, a coverage line, a section that
 * failed), apart from the email's table: dist/Coverage.html (CX_COVERAGE) runs the report's count
 * and says only these, so it leaves the rest of the report's words out. `messagesFor` has them too.
 */
const coverageEn = {
  allSurveys: 'All surveys',
  metric: {
    NPS: 'Net Promoter Score (NPS)',
    CSAT: 'Satisfaction (CSAT)',
    CSAT_AVG: 'Average satisfaction',
    CES: 'Ease of service (CES)',
    FCR: 'First contact resolution (FCR)',
    ART: 'Average resolution time (ART)',
    REFERRAL_RATE: 'Referral rate',
    TRIAL_CONVERSION: 'Trial conversion',
    CHURN: 'Customer churn',
    RETENTION: 'Customer retention',
    ACTIVE_USERS: 'Monthly active users (MAU)',
    STICKINESS: 'Stickiness (DAU/MAU)',
    COHORT_MONTH_1: "Month-1 retention (last month's new customers)",
    COHORT_MONTH_3: 'Month-3 retention (new customers of 3 months ago)',
  } as MetricNames,
  weeklyActiveUsers: 'Weekly active users (WAU)',
  sectionFailed: (column: string, problem: string) => `${column}: ${problem}.`,
  coverageLine: (n: string, leftOut: string) => `n = ${n} · ${leftOut} left out`,
  coverageNothingLeftOut: (n: string) => `n = ${n} · nothing left out`,
  coverageReason: (count: string, reason: string, places: string) => `${count} ${reason}${places ? ` (first: ${places})` : ''}`,
};

const coverageVi: typeof coverageEn = {
  allSurveys: 'Tất cả khảo sát',
  metric: {
    NPS: 'Chỉ số giới thiệu (NPS)',
    CSAT: 'Mức hài lòng (CSAT)',
    CSAT_AVG: 'Điểm hài lòng trung bình',
    CES: 'Mức độ dễ dàng (CES)',
    FCR: 'Giải quyết ngay lần đầu (FCR)',
    ART: 'Thời gian giải quyết trung bình (ART)',
    REFERRAL_RATE: 'Tỷ lệ giới thiệu',
    TRIAL_CONVERSION: 'Chuyển đổi dùng thử',
    CHURN: 'Tỷ lệ rời bỏ',
    RETENTION: 'Tỷ lệ giữ chân',
    ACTIVE_USERS: 'Người dùng hoạt động tháng (MAU)',
    STICKINESS: 'Độ gắn bó (DAU/MAU)',
    COHORT_MONTH_1: 'Giữ chân tháng 1 (khách mới của tháng trước)',
    COHORT_MONTH_3: 'Giữ chân tháng 3 (khách mới của 3 tháng trước)',
  },
  weeklyActiveUsers: 'Người dùng hoạt động tuần (WAU)',
  sectionFailed: (column: string, problem: string) => `${column}: ${problem}.`,
  coverageLine: (n: string, leftOut: string) => `n = ${n} · ${leftOut} bị bỏ qua`,
  coverageNothingLeftOut: (n: string) => `n = ${n} · không bỏ qua ô nào`,
  coverageReason: (count: string, reason: string, places: string) => `${count} ${reason}${places ? ` (đầu tiên: ${places})` : ''}`,
};

export const COVERAGE_TEXTS: Record<Lang, typeof coverageEn> = { en: coverageEn, vi: coverageVi };

/** A language's table: the counting's words (above) and the rest; pure, so a bundle that never asks for the table leaves it out. */
function withCoverageWords<T extends object>(words: typeof coverageEn, rest: T): typeof coverageEn & T {
  return Object.assign({}, words, rest);
}

const en = /* @__PURE__ */ withCoverageWords(coverageEn, {
  title: 'Customer experience report',
  monthName: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  monthPeriod: (month: string, year: number) => `${month} ${year}`,
  weekPeriod: (start: string, end: string) => `Week of ${start} – ${end}`,
  shortDate: (y: number, m: number, d: number) => `${d} ${en.monthName[m - 1].slice(0, 3)} ${y}`,
  comparedWith: (previous: string) => `compared with ${previous}`,
  keyMetrics: 'Key metrics',
  hours: 'h',
  outOf: (scale: number) => `/ ${scale}`,
  previousValue: (value: string) => `before: ${value}`,
  typicalValue: (value: string, periods: number, kind: string) =>
    `typical: ${value} (median of ${periods} ${({ week: 'weeks', quarter: 'quarters', year: 'years', range: 'periods of the same length' } as Record<string, string>)[kind] ?? 'months'})`,
  unusualNow: (better: boolean): string => (better ? 'unusually good: better than its usual range' : 'unusually weak: worse than its usual range'),
  backToUsual: (better: boolean) => `back to its usual level after ${better ? 'an unusually good' : 'a weak'} period`,
  lastYearValue: (period: string, value: string, change: string) => `a year earlier (${period}): ${value}${change ? `, ${change}` : ''}`,
  likelyReal: 'likely a real change',
  couldBeChance: 'could be chance',
  countNoTest: 'change only (counts are not tested)',
  /** Unit of an NPS change, and of a rate's change in percentage points. */
  npsPoints: 'points',
  ratePoints: 'points',
  tooFew: (now: string, before: string, min: number) =>
    `Too few to compare: n = ${now} now and ${before} before; a change means something from ${min} each.`,
  noPrevious: 'No data in the period before, so no change to show.',
  noCurrent: 'No data in this period.',
  legend: (min: number) =>
    `▲▼ show the change from the period before. “Likely a real change” means p < 0.05 by the test named below; ` +
    `“could be chance” means the change is within what chance alone often gives. ` +
    `Changes are shown only with at least ${min} observations in each period. Rate changes are in percentage points.`,
  footnote: 'How changes were tested',
  testName: {
    'nps-difference': 'z-test on the NPS difference',
    'two-proportion': 'two-proportion z-test',
    welch: "Welch's t-test",
    none: 'counts are not tested',
  } as Record<'nps-difference' | 'two-proportion' | 'welch' | 'none', string>,
  testLine: (metric: string, test: string, p: string) => `${metric}: ${test}, ${p}`,
  trends: (count: number, kind: 'month' | 'week') => `Trend, last ${count} ${kind === 'month' ? 'months' : 'weeks'}`,
  trendNoData: 'no data',
  trendLine: (count: number, kind: string, first: string, last: string, low: string, high: string) =>
    `${count} ${({ week: 'weeks', quarter: 'quarters', year: 'years', range: 'periods', all: 'period' } as Record<string, string>)[kind] ?? 'months'}: ${first} → ${last}; low ${low}, high ${high}`,
  npsBreakdown: 'NPS breakdown',
  promoters: 'Promoters (9–10)',
  passives: 'Passives (7–8)',
  detractors: 'Detractors (0–6)',
  responses: (n: string) => `${n} responses`,
  segments: 'Best and worst segments',
  best: 'Best',
  worst: 'Worst',
  segmentsNote: (min: number) => `Ranked only with at least ${min} observations in the period; “likely between” is the 95% interval.`,
  segmentValue: (name: string, value: string, low: string, high: string, n: string) => `${name}: ${value}, likely between ${low} and ${high} (n = ${n})`,
  tooFewToRank: (min: number, shown: string[], more: number) => `Too few to rank (under ${min}): ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  cannotRank: 'Fewer than two segments have enough observations to rank.',
  onlySegment: (segment: string) => `Only one segment has enough observations, so none is ranked. ${segment}.`,
  newDetractors: 'New detractors',
  detractorCount: (count: string) => `${count} detractor answers (score 0–6) this period.`,
  noDetractorComments: 'None of them left a comment.',
  moreComments: (n: string) => `${n} more ${n === '1' ? 'comment is' : 'comments are'} in the sheet.`,
  seeAllInSheet: 'See them all in the sheet',
  commentsShortened: (n: number, max: number) => `${n} ${n === 1 ? 'comment was' : 'comments were'} shortened to ${max} characters; the sheet has ${n === 1 ? 'it' : 'them'} in full.`,
  commentsLeftOut: (n: number) => `${n} ${n === 1 ? 'comment was' : 'comments were'} left out to keep this email within the mail size limit; the sheet has ${n === 1 ? 'it' : 'them'}.`,
  score: 'score',
  funnel: 'Customer journey',
  stage: STAGE_NAMES_EN as StageNames,
  customers: (n: string) => `${n} customers`,
  fromPrevious: (share: string) => `${share} of the stage before`,
  unmatchedStages: (n: string) => `${n} rows name no known stage and are left out.`,
  maturity: 'CX maturity',
  maturityLevel: (level: number, name: string) => `Level ${level} of 5: ${name}`,
  maturityNone: 'Not yet at level 1',
  maturityWhy: 'Why',
  maturityNext: (name: string) => `To reach ${name}`,
  maturityMissing: 'Evidence missing',
  criterionMet: 'met',
  criterionNotMet: 'not met',
  criterionNoData: 'no data',
  criterionTooFew: (n: string, min: number) => `too few (n = ${n}, needs ${min})`,
  measured: (value: string) => `measured ${value}`,
  level: {
    communication: { name: 'Communication', meaning: 'Customers are asked and heard: feedback is collected every period.' },
    responsiveness: { name: 'Responsiveness', meaning: 'Problems are solved quickly, mostly on first contact.' },
    commitment: { name: 'Commitment', meaning: 'Customers are satisfied and find the service easy.' },
    proactive: { name: 'Proactive', meaning: 'Customers stay: churn is falling or retention is high.' },
    breakthrough: { name: 'Breakthrough (evolution)', meaning: 'Customers recommend and bring new customers.' },
  } as Record<LevelId, LevelText>,
  responsesInPeriod: 'Survey responses in the period',
  churnFalling: 'Customer churn lower than the period before',
  rubricHeader: ['Level', 'Name', 'What it means', 'Evidence (all needed unless “or”)'],
  or: 'or',
  rubricNote: (min: number) =>
    `A level counts when its evidence and that of every level below are met. A metric is evidence once it has at least ${min} ` +
    `observations in the period; targets are defaults you can change in the sidebar (CES on its 7-point scale).`,
  openSpreadsheet: 'Open the spreadsheet',
  problems: 'Left out',
  unreadable: (column: string, count: number, row: number, problem: string) =>
    `${column}: ${count} ${count === 1 ? 'cell' : 'cells'} could not be read and ${count === 1 ? 'was' : 'were'} left out (first at row ${row}: ${problem}).`,
  summaryTitle: 'At a glance',
  weekBefore: 'week before',
  metricShort: {
    NPS: 'NPS', CSAT: 'CSAT', CSAT_AVG: 'Average satisfaction', CES: 'CES', FCR: 'First contact resolution', ART: 'Resolution time',
    CHURN: 'Churn', RETENTION: 'Retention', REFERRAL_RATE: 'Referral rate', TRIAL_CONVERSION: 'Trial conversion', ACTIVE_USERS: 'Active users', STICKINESS: 'Stickiness',
    COHORT_MONTH_1: 'Month-1 retention', COHORT_MONTH_3: 'Month-3 retention',
  } as MetricNames,
  summaryChange: (name: string, up: boolean, size: string, value: string, context: string) => `${name} ${up ? 'rose' : 'fell'} ${size} to ${value} — ${context}.`,
  summaryBackToUsual: (better: boolean, previous: string) => `back to its usual level after ${better ? 'an unusually good' : 'a weak'} ${previous}`,
  summaryNowUnusual: (better: boolean, typical: string) => `unusually ${better ? 'good' : 'weak'}: its usual level is ${typical}`,
  summaryUnusual: (name: string, value: string, better: boolean, typical: string) => `${name} is ${value}, unusually ${better ? 'good' : 'weak'} against its usual ${typical}.`,
  summaryThin: (name: string, n: string) => `${name} (n\u00a0=\u00a0${n})`,
  summaryTooFew: (shown: string[], more: number, min: number) =>
    `Too few answers to judge a change: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}; each needs ${min} in both periods.`,
  summaryCoverage: (columns: number) =>
    `Some cells could not be read and were left out (${columns} ${columns === 1 ? 'column' : 'columns'}); the figures below do not include them. See “Left out” at the end.`,
  summaryQuiet: 'No change from the period before is likely real: every move is within what chance often gives.',
  summaryNothingToCompare: 'No change can be judged yet: there is not enough data in both periods.',
  summaryMaturity: (level: number, name: string) => `CX maturity: level ${level} of 5, ${name}.`,
  summaryMaturityNone: 'CX maturity: not yet at level 1.',
  summaryNextNotMet: (level: string, goal: string, now: string) => `Next step, to reach ${level}: ${goal}${now ? ` (now ${now})` : ''}.`,
  summaryNextTooFew: (level: string, goal: string, n: string, min: number) => `Next step, to reach ${level}: at least ${min} observations a period for “${goal}” (${n} this period).`,
  summaryNextNoData: (level: string, goal: string) => `Next step, to reach ${level}: start measuring “${goal}”.`,
  footer: 'Sent by CX Metrics for Google Sheets.',
  quarterPeriod: (quarter: number, year: number) => `Q${quarter} ${year}`,
  yearPeriod: (year: number) => `${year}`,
  rangePeriod: (start: string, end: string) => `${start} – ${end}`,
  allPeriod: 'All data',
  trendsOf: (count: number, kind: string) =>
    kind === 'all' ? 'All data' : `Trend, last ${count} ${({ week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' } as Record<string, string>)[kind] ?? 'periods of the same length'}`,
  dataRuns: (first: string, last: string) => `data runs ${first} → ${last}`,
  dataRunsIn: (sheet: string, first: string, last: string) => `${sheet}: data runs ${first} → ${last}`,
  missingBanner: (metrics: number, total: number, details: string) => `${metrics} of ${total} metrics are missing data: ${details}`,
  metricLost: (metric: string, lost: string, share: string, reasons: string, count: number) =>
    `${metric} left out ${lost} ${count === 1 ? 'cell' : 'cells'} (${share}): ${reasons}`,
  coverageTitle: 'What the numbers are made of',
});

export type Messages = typeof en;

const vi: Messages = /* @__PURE__ */ withCoverageWords(coverageVi, {
  title: 'Báo cáo trải nghiệm khách hàng',
  monthName: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
  monthPeriod: (month: string, year: number) => `${month}/${year}`,
  weekPeriod: (start: string, end: string) => `Tuần ${start} – ${end}`,
  shortDate: (y: number, m: number, d: number) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`,
  comparedWith: (previous: string) => `so với ${previous.toLowerCase()}`,
  keyMetrics: 'Chỉ số chính',
  hours: 'giờ',
  outOf: (scale: number) => `/ ${scale}`,
  previousValue: (value: string) => `kỳ trước: ${value}`,
  typicalValue: (value: string, periods: number, kind: string) =>
    `thường lệ: ${value} (trung vị ${periods} ${({ week: 'tuần', quarter: 'quý', year: 'năm', range: 'khoảng cùng độ dài' } as Record<string, string>)[kind] ?? 'tháng'})`,
  unusualNow: (better: boolean) => (better ? 'tốt bất thường: tốt hơn mức thường lệ' : 'kém bất thường: kém hơn mức thường lệ'),
  backToUsual: (better: boolean) => `trở lại mức thường lệ sau một kỳ ${better ? 'tốt bất thường' : 'kém'}`,
  lastYearValue: (period: string, value: string, change: string) => `cùng kỳ năm trước (${period}): ${value}${change ? `, ${change}` : ''}`,
  likelyReal: 'nhiều khả năng là thay đổi thật',
  couldBeChance: 'có thể chỉ là ngẫu nhiên',
  countNoTest: 'chỉ so sánh (số đếm không kiểm định)',
  npsPoints: 'điểm',
  ratePoints: 'điểm %',
  tooFew: (now: string, before: string, min: number) =>
    `Quá ít để so sánh: n = ${now} kỳ này và ${before} kỳ trước; cần ít nhất ${min} mỗi kỳ.`,
  noPrevious: 'Kỳ trước không có dữ liệu nên chưa có thay đổi.',
  noCurrent: 'Kỳ này không có dữ liệu.',
  legend: (min: number) =>
    `▲▼ là thay đổi so với kỳ trước. “Nhiều khả năng là thay đổi thật” nghĩa là p < 0,05 theo kiểm định ghi bên dưới; ` +
    `“có thể chỉ là ngẫu nhiên” nghĩa là mức thay đổi nằm trong khoảng mà may rủi thường tạo ra. ` +
    `Chỉ so sánh khi mỗi kỳ có ít nhất ${min} quan sát. Thay đổi của tỷ lệ tính bằng điểm phần trăm (điểm %).`,
  footnote: 'Cách kiểm định các thay đổi',
  testName: {
    'nps-difference': 'kiểm định z cho chênh lệch NPS',
    'two-proportion': 'kiểm định z hai tỷ lệ',
    welch: 'kiểm định t Welch',
    none: 'số đếm không kiểm định',
  },
  testLine: (metric: string, test: string, p: string) => `${metric}: ${test}, ${p}`,
  trends: (count: number, kind: 'month' | 'week') => `Xu hướng ${count} ${kind === 'month' ? 'tháng' : 'tuần'} gần nhất`,
  trendNoData: 'không có dữ liệu',
  trendLine: (count: number, kind: string, first: string, last: string, low: string, high: string) =>
    `${count} ${({ week: 'tuần', quarter: 'quý', year: 'năm', range: 'khoảng', all: 'kỳ' } as Record<string, string>)[kind] ?? 'tháng'}: ${first} → ${last}; thấp nhất ${low}, cao nhất ${high}`,
  npsBreakdown: 'Cơ cấu NPS',
  promoters: 'Người ủng hộ (9–10)',
  passives: 'Người trung lập (7–8)',
  detractors: 'Người phản đối (0–6)',
  responses: (n: string) => `${n} phản hồi`,
  segments: 'Nhóm tốt nhất và kém nhất',
  best: 'Tốt nhất',
  worst: 'Kém nhất',
  segmentsNote: (min: number) => `Chỉ xếp hạng nhóm có ít nhất ${min} quan sát trong kỳ; “nhiều khả năng trong khoảng” là khoảng tin cậy 95%.`,
  segmentValue: (name: string, value: string, low: string, high: string, n: string) => `${name}: ${value}, nhiều khả năng trong khoảng ${low} đến ${high} (n = ${n})`,
  tooFewToRank: (min: number, shown: string[], more: number) => `Quá ít để xếp hạng (dưới ${min}): ${shown.join(', ')}${more > 0 ? ` và ${more} nhóm khác` : ''}`,
  cannotRank: 'Chưa đủ hai nhóm có đủ quan sát để xếp hạng.',
  onlySegment: (segment: string) => `Chỉ một nhóm có đủ quan sát nên không xếp hạng. ${segment}.`,
  newDetractors: 'Người phản đối mới',
  detractorCount: (count: string) => `${count} câu trả lời phản đối (điểm 0–6) trong kỳ.`,
  noDetractorComments: 'Không ai trong số họ để lại nhận xét.',
  moreComments: (n: string) => `Còn ${n} nhận xét khác trong bảng tính.`,
  seeAllInSheet: 'Xem tất cả trong bảng tính',
  commentsShortened: (n: number, max: number) => `${n} nhận xét đã được rút gọn còn ${max} ký tự; bảng tính có bản đầy đủ.`,
  commentsLeftOut: (n: number) => `${n} nhận xét đã được bỏ bớt để email không vượt giới hạn dung lượng; bảng tính có đầy đủ.`,
  score: 'điểm',
  funnel: 'Hành trình khách hàng',
  stage: STAGE_NAMES_VI,
  customers: (n: string) => `${n} khách hàng`,
  fromPrevious: (share: string) => `${share} so với giai đoạn trước`,
  unmatchedStages: (n: string) => `${n} hàng không ghi giai đoạn hợp lệ nên bị bỏ qua.`,
  maturity: 'Mức độ trưởng thành CX',
  maturityLevel: (level: number, name: string) => `Cấp ${level}/5: ${name}`,
  maturityNone: 'Chưa đạt cấp 1',
  maturityWhy: 'Vì sao',
  maturityNext: (name: string) => `Để đạt cấp ${name}`,
  maturityMissing: 'Còn thiếu bằng chứng',
  criterionMet: 'đạt',
  criterionNotMet: 'chưa đạt',
  criterionNoData: 'không có dữ liệu',
  criterionTooFew: (n: string, min: number) => `quá ít (n = ${n}, cần ${min})`,
  measured: (value: string) => `đo được ${value}`,
  level: {
    communication: { name: 'Giao tiếp', meaning: 'Khách hàng được hỏi và lắng nghe: phản hồi được thu thập mỗi kỳ.' },
    // Not "Phản hồi": that is the survey's word for a response, used a line above in the email.
    responsiveness: { name: 'Đáp ứng', meaning: 'Phản ứng nhanh: vấn đề được giải quyết nhanh, phần lớn ngay lần đầu.' },
    commitment: { name: 'Cam kết', meaning: 'Khách hàng hài lòng và thấy dịch vụ dễ dàng.' },
    proactive: { name: 'Chủ động', meaning: 'Khách hàng ở lại: tỷ lệ rời bỏ giảm hoặc tỷ lệ giữ chân cao.' },
    breakthrough: { name: 'Đột phá', meaning: 'Khách hàng giới thiệu và mang về khách hàng mới.' },
  },
  responsesInPeriod: 'Số phản hồi khảo sát trong kỳ',
  churnFalling: 'Tỷ lệ rời bỏ thấp hơn kỳ trước',
  rubricHeader: ['Cấp', 'Tên', 'Ý nghĩa', 'Bằng chứng (cần tất cả, trừ khi có “hoặc”)'],
  or: 'hoặc',
  rubricNote: (min: number) =>
    `Một cấp được tính khi bằng chứng của nó và của mọi cấp thấp hơn đều đạt. Một chỉ số chỉ là bằng chứng khi kỳ đó có ít nhất ${min} ` +
    `quan sát; các mục tiêu là mặc định, có thể đổi trong thanh bên (CES trên thang 7 điểm).`,
  openSpreadsheet: 'Mở bảng tính',
  problems: 'Bị bỏ qua',
  unreadable: (column: string, count: number, row: number, problem: string) =>
    `${column}: ${count} ô không đọc được nên bị bỏ qua (ô đầu tiên ở hàng ${row}: ${problem}).`,
  summaryTitle: 'Tóm tắt nhanh',
  weekBefore: 'tuần trước',
  metricShort: {
    NPS: 'NPS', CSAT: 'CSAT', CSAT_AVG: 'Điểm hài lòng trung bình', CES: 'CES', FCR: 'Giải quyết ngay lần đầu', ART: 'Thời gian giải quyết',
    CHURN: 'Tỷ lệ rời bỏ', RETENTION: 'Tỷ lệ giữ chân', REFERRAL_RATE: 'Tỷ lệ giới thiệu', TRIAL_CONVERSION: 'Chuyển đổi dùng thử', ACTIVE_USERS: 'Người dùng hoạt động', STICKINESS: 'Độ gắn bó',
    COHORT_MONTH_1: 'Giữ chân tháng 1', COHORT_MONTH_3: 'Giữ chân tháng 3',
  },
  summaryChange: (name: string, up: boolean, size: string, value: string, context: string) => `${name} ${up ? 'tăng' : 'giảm'} ${size} ${up ? 'lên' : 'xuống'} ${value} — ${context}.`,
  summaryBackToUsual: (better: boolean, previous: string) => `trở lại mức thường lệ sau ${previous} ${better ? 'tốt bất thường' : 'kém'}`,
  summaryNowUnusual: (better: boolean, typical: string) => `${better ? 'tốt' : 'kém'} bất thường: mức thường lệ là ${typical}`,
  summaryUnusual: (name: string, value: string, better: boolean, typical: string) => `${name} ở mức ${value}, ${better ? 'tốt' : 'kém'} bất thường so với mức thường lệ ${typical}.`,
  summaryThin: (name: string, n: string) => `${name} (n\u00a0=\u00a0${n})`,
  summaryTooFew: (shown: string[], more: number, min: number) =>
    `Quá ít câu trả lời để đánh giá thay đổi: ${shown.join(', ')}${more > 0 ? ` và ${more} chỉ số khác` : ''}; mỗi chỉ số cần ít nhất ${min} ở cả hai kỳ.`,
  summaryCoverage: (columns: number) =>
    `Một số ô không đọc được nên bị bỏ qua (${columns} cột); các số liệu dưới đây không tính chúng. Xem mục “Bị bỏ qua” ở cuối.`,
  summaryQuiet: 'Không có thay đổi nào so với kỳ trước nhiều khả năng là thật: mọi biến động đều nằm trong mức ngẫu nhiên thường gặp.',
  summaryNothingToCompare: 'Chưa đánh giá được thay đổi nào: chưa đủ dữ liệu ở cả hai kỳ.',
  summaryMaturity: (level: number, name: string) => `Mức trưởng thành CX: cấp ${level}/5, ${name}.`,
  summaryMaturityNone: 'Mức trưởng thành CX: chưa đạt cấp 1.',
  summaryNextNotMet: (level: string, goal: string, now: string) => `Bước tiếp theo để đạt cấp ${level}: ${goal}${now ? ` (hiện ${now})` : ''}.`,
  summaryNextTooFew: (level: string, goal: string, n: string, min: number) => `Bước tiếp theo để đạt cấp ${level}: ít nhất ${min} quan sát mỗi kỳ cho “${goal}” (kỳ này có ${n}).`,
  summaryNextNoData: (level: string, goal: string) => `Bước tiếp theo để đạt cấp ${level}: bắt đầu đo “${goal}”.`,
  footer: 'Gửi bởi CX Metrics for Google Sheets.',
  quarterPeriod: (quarter: number, year: number) => `Quý ${quarter}/${year}`,
  yearPeriod: (year: number) => `Năm ${year}`,
  rangePeriod: (start: string, end: string) => `${start} – ${end}`,
  allPeriod: 'Toàn bộ dữ liệu',
  trendsOf: (count: number, kind: string) =>
    kind === 'all' ? 'Toàn bộ dữ liệu' : `Xu hướng ${count} ${({ week: 'tuần', month: 'tháng', quarter: 'quý', year: 'năm' } as Record<string, string>)[kind] ?? 'khoảng cùng độ dài'} gần nhất`,
  dataRuns: (first: string, last: string) => `dữ liệu từ ${first} → ${last}`,
  dataRunsIn: (sheet: string, first: string, last: string) => `${sheet}: dữ liệu từ ${first} → ${last}`,
  missingBanner: (metrics: number, total: number, details: string) => `${metrics}/${total} chỉ số thiếu dữ liệu: ${details}`,
  metricLost: (metric: string, lost: string, share: string, reasons: string, _count: number) => `${metric} bỏ qua ${lost} ô (${share}): ${reasons}`,
  coverageTitle: 'Các con số được tính từ đâu',
});

const MESSAGES: Record<Lang, Messages> = { en, vi };

/** The report's strings in one language. */
export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang] ?? en;
}

/**
 * The words of a date order a few cells decided (src/report/date-order-warnings.ts), apart from
 * the report's main table so the parts that never say them (the CX_COVERAGE bundle) leave them out.
 */
const dateOrderEn = {
  orderWords: { dmy: 'day first', mdy: 'month first' },
  dateOrderFewCells: (sheet: string, order: string, other: string, proving: string, count: number, proof: string, moved: string, example: string) =>
    `${sheet ? `${sheet}: ` : ''}dates are read ${order} because of ${count === 1 ? `1 cell, ${proof}` : count <= 3 ? `${proving} cells, ${proof}` : `${proving} cells, the first ${proof}`}; read ${other}, ${moved} other dates would fall in another month${example ? ` (${example})` : ''}.`,
  listAnd: (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  dateOrderExample: (text: string, asRead: string, asOther: string) => `${text} is read as ${asRead}, ${asOther} the other way`,
  dateOrderConfirm: (order: string, other: string, count: number) =>
    `If the dates are ${other}, correct ${count === 1 ? 'that cell' : 'those cells'}; if ${order} is right, set the date order to ${order} in the mapping (the sidebar's column step) to confirm it.`,
};

export const DATE_ORDER_TEXTS: Record<Lang, typeof dateOrderEn> = {
  en: dateOrderEn,
  vi: {
    orderWords: { dmy: 'ngày trước tháng', mdy: 'tháng trước ngày' },
    dateOrderFewCells: (sheet, order, other, proving, count, proof, moved, example) =>
      `${sheet ? `${sheet}: ` : ''}ngày tháng được đọc ${order} chỉ vì ${count === 1 ? `1 ô, ${proof}` : count <= 3 ? `${proving} ô, ${proof}` : `${proving} ô, các ô đầu tiên ${proof}`}; nếu đọc ${other}, ${moved} ngày khác sẽ rơi vào tháng khác${example ? ` (${example})` : ''}.`,
    listAnd: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`),
    dateOrderExample: (text, asRead, asOther) => `${text} được đọc là ${asRead}, đọc cách kia là ${asOther}`,
    dateOrderConfirm: (order, other, count) =>
      `Nếu ngày tháng thật ra là ${other}, hãy sửa ${count === 1 ? 'ô đó' : 'các ô đó'}; nếu ${order} là đúng, hãy đặt thứ tự ngày là ${order} trong ánh xạ (bước chọn cột của thanh bên) để xác nhận.`,
  },
};
