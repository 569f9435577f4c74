/**
 * Header words that point to each field, in English and Vietnamese, written without accents
 * (headers are normalized the same way, see normalizeText). A pattern matches when all its words
 * appear as whole words in the header, in any order: "kha nang gioi thieu" matches
 * "Khả năng bạn giới thiệu chúng tôi cho bạn bè?". A leading "=" means the whole header.
 * The weight says how sure the words alone make us (1 = they name the field).
 */
import type { FieldId } from './fields';
import { normalizeText } from './text';

/**
 * A pattern, its weight, and optionally the kind of sheet it needs: `tickets` (the sheet has
 * ticket words, see sheetContext) or `trials`, or `notTickets`. "Created" is the time a ticket was
 * opened on a helpdesk export, but an order's or a signup's time elsewhere; "Paid" is a
 * converted trial only beside trial counts, a payment status in a sales ledger.
 */
type Pattern = readonly [string, number] | readonly [string, number, keyof SheetContext | 'notTickets'];
type Patterns = readonly Pattern[];

export const HEADER_PATTERNS: Record<FieldId, Patterns> = {
  timestamp: [
    ['timestamp', 1], ['dau thoi gian', 1], ['date', 0.8], ['time', 0.6], ['submitted', 0.7], ['submit', 0.9], ['completion', 0.9], ['completed', 0.9],
    ['end date', 0.85], ['created', 0.7, 'notTickets'], ['month', 0.7], ['week', 0.7], ['day', 0.6], ['at', 0.3],
    ['ngay', 0.8], ['thoi gian', 0.8], ['thang', 0.7], ['tuan', 0.7], ['when', 0.4], ['thoi gian gui', 1],
  ],
  customerId: [
    ['customer id', 1], ['user id', 1], ['client id', 1], ['member id', 1], ['account id', 0.9], ['uid', 0.8], ['customer number', 0.9], ['customer no', 0.9],
    ['ma khach hang', 1], ['ma kh', 0.9], ['ma nguoi dung', 1], ['=customer', 0.5], ['=user', 0.5], ['=client', 0.5], ['=khach hang', 0.5], ['=id', 0.6],
  ],
  email: [['email', 1], ['e mail', 1], ['thu dien tu', 1], ['mail', 0.6]],
  nps: [
    ['recommend', 1], ['nps', 1], ['net promoter', 1], ['kha nang gioi thieu', 1], ['san long gioi thieu', 1],
    ['gioi thieu ban be', 0.9], ['gioi thieu cho ban be', 1], ['gioi thieu dong nghiep', 1], ['likely', 0.6], ['0 10', 0.5],
  ],
  // "Rating" alone is as often a performance or product rating: a maybe at most.
  csat: [['satisfied', 1], ['satisfaction', 1], ['csat', 1], ['hai long', 1], ['happy', 0.6], ['rating', 0.3]],
  ces: [
    ['easy', 1], ['effort', 1], ['ces', 1], ['de dang', 1], ['no luc', 1], ['difficult', 0.8], ['hassle', 0.7],
    ['kho khan', 0.8], ['thuan tien', 0.8],
  ],
  segment: [
    ['channel', 1], ['segment', 1], ['plan', 0.9], ['region', 0.9], ['tier', 0.9], ['country', 0.8], ['city', 0.8],
    ['store', 0.7], ['branch', 0.8], ['product', 0.7], ['category', 0.8], ['airline', 0.8], ['brand', 0.7],
    ['location', 0.7], ['group', 0.7], ['team', 0.6], ['department', 0.7], ['type', 0.5],
    ['kenh', 1], ['phan khuc', 1], ['goi', 0.8], ['khu vuc', 0.9], ['vung', 0.8], ['chi nhanh', 0.9],
    ['cua hang', 0.8], ['san pham', 0.7], ['nhom', 0.7], ['loai', 0.5],
  ],
  ticketOpened: [
    ['opened', 1], ['open date', 1], ['raised', 0.8], ['created', 0.95, 'tickets'], ['create', 0.95, 'tickets'], ['logged', 0.7, 'tickets'],
    ['reported', 0.7, 'tickets'], ['received', 0.6, 'tickets'],
    ['ngay mo', 1], ['mo luc', 1], ['thoi gian mo', 1], ['ngay tao', 0.95, 'tickets'], ['tao luc', 0.95, 'tickets'], ['tiep nhan', 0.9],
  ],
  ticketResolved: [
    ['resolved', 1], ['closed', 1, 'tickets'], ['close', 0.9, 'tickets'], ['solved', 1], ['resolution', 0.8],
    ['giai quyet', 1], ['ngay dong', 1, 'tickets'], ['dong luc', 1, 'tickets'], ['xu ly xong', 1], ['hoan thanh', 0.8],
  ],
  firstContact: [
    ['first contact', 1], ['first call', 1], ['fcr', 1], ['first time', 0.9], ['one touch', 0.8],
    ['lan dau', 0.9], ['giai quyet lan dau', 1], ['ngay lan dau', 1],
    // A yes/no "Resolved" on a ticket or call is the first-contact flag (dates would be the resolved time).
    ['=resolved', 0.8], ['=solved', 0.8], ['=da giai quyet', 0.8],
  ],
  referral: [
    ['referral', 1], ['referred', 1], ['referrals', 1], ['hear about', 1], ['heard about', 1], ['word of mouth', 0.8], ['find us', 0.8],
    ['find out about', 0.9], ['found us', 0.8], ['duoc gioi thieu', 1], ['nguon gioi thieu', 1], ['nguoi gioi thieu', 1], ['biet den', 1],
  ],
  trialStarted: [['trials started', 1], ['trial started', 1], ['trials', 0.5], ['trial', 0.5], ['dung thu', 0.8]],
  trialConverted: [
    ['trials converted', 1], ['trial converted', 1], ['converted', 1, 'trials'], ['conversion', 0.9, 'trials'], ['conversions', 0.9, 'trials'],
    ['upgraded', 0.8, 'trials'], ['paid', 0.6, 'trials'], ['chuyen doi', 1, 'trials'], ['tra phi', 0.8, 'trials'],
  ],
  journeyStage: [
    ['stage', 1], ['journey', 1], ['lifecycle', 0.9], ['funnel', 0.8], ['phase', 0.5],
    ['giai doan', 1], ['hanh trinh', 1], ['vong doi', 0.9],
  ],
  subsStart: [
    ['at start', 1], ['start of', 0.9], ['starting customers', 1], ['beginning', 0.9], ['start', 0.5],
    ['dau ky', 1], ['dau thang', 1],
  ],
  subsEnd: [['at end', 1], ['end of', 0.9], ['ending customers', 1], ['ending', 0.6], ['end', 0.5], ['cuoi ky', 1], ['cuoi thang', 1]],
  subsNew: [
    ['new customers', 1], ['new', 0.5], ['acquired', 0.8], ['signups', 0.8], ['sign ups', 0.8],
    ['khach hang moi', 1], ['moi', 0.4],
  ],
  comment: [
    ['comment', 1], ['comments', 1], ['feedback', 0.9], ['anything else', 1], ['tell us', 0.8], ['why', 0.8], ['reason', 0.7],
    ['remarks', 0.9], ['notes', 0.7], ['note', 0.7], ['suggestion', 0.9], ['suggestions', 0.9], ['better', 0.8], ['improve', 0.8],
    ['review', 0.8], ['=content', 0.7], ['=review text', 1],
    ['gop y', 1], ['nhan xet', 1], ['y kien', 1], ['binh luan', 1], ['ly do', 0.8], ['ghi chu', 0.8], ['tai sao', 0.8], ['chia se', 0.7], ['cai thien', 0.8],
  ],
  ticketDuration: [
    ['handle time', 1], ['handling time', 1], ['resolution time', 1], ['time to resolve', 1], ['time to resolution', 1],
    ['hours spent', 0.8], ['thoi gian xu ly', 1], ['thoi luong', 0.8], ['so gio xu ly', 1],
  ],
  churned: [['churn', 1], ['churned', 1], ['=exited', 0.9], ['=attrition', 0.9], ['da roi bo', 1], ['roi bo', 0.9], ['=da huy', 0.9]],
  // A survey's "Start Date" / "End Date" is the response's, and an order's "Cancelled at" the
  // order's: join and cancel words count on a sheet about customers or subscriptions only.
  customerJoined: [
    ['joined', 1, 'customers'], ['join date', 1, 'customers'], ['signup date', 1, 'customers'], ['sign up date', 1, 'customers'],
    ['customer since', 1], ['ngay tham gia', 1, 'customers'], ['ngay dang ky', 1, 'customers'],
  ],
  customerLeft: [
    ['cancelled', 1, 'customers'], ['canceled', 1, 'customers'], ['cancel date', 1, 'customers'], ['cancellation', 1, 'customers'],
    ['churn date', 1], ['left', 0.8, 'customers'], ['ngay huy', 1, 'customers'], ['ngay roi', 1, 'customers'],
  ],
};

/**
 * Words that say a date column is some other moment than the answer's or the record's own time:
 * a last update, a due date, a cancellation, a birthday. Such a column is never the timestamp by
 * its values alone, and its header counts for little.
 */
const NOT_THE_RECORD_TIME = [
  'updated', 'update', 'modified', 'last', 'due', 'start', 'started', 'canceled', 'cancelled', 'cancel', 'ended', 'expires', 'expiry',
  'birth', 'dob', 'hire', 'hired', 'restocked', 'period', 'trial', 'paid', 'fulfilled', 'shipped', 'closed', 'resolved', 'solved',
  'cap nhat', 'han', 'sinh', 'huy', 'dong', 'giai quyet',
];

/** Whether the header names another moment than the record's own time (see NOT_THE_RECORD_TIME). */
export function namesOtherMoment(header: string): boolean {
  const words = new Set(normalizeText(header).split(' '));
  return NOT_THE_RECORD_TIME.some((pattern) => pattern.split(' ').every((word) => words.has(word)));
}

/** What the headers of a whole sheet say about it, for patterns that need the sheet's kind. */
export interface SheetContext {
  /** A helpdesk or service-request sheet: some header names tickets, requests, priorities, agents or resolutions. */
  tickets: boolean;
  /** Some header names trials. */
  trials: boolean;
  /** Some header names customers, members or subscriptions (a customer list, not an order log or a survey). */
  customers: boolean;
}

const TICKET_WORDS = [
  'ticket', 'tickets', 'case', 'incident', 'request', 'requests', 'complaint', 'priority', 'assignee', 'agent', 'requester', 'helpdesk',
  'resolution', 'resolved', 'solved', 'first contact', 'call', 'phieu', 'yeu cau', 'ho tro', 'khieu nai', 'giai quyet', 'uu tien',
];

const CUSTOMER_WORDS = ['customer', 'customers', 'subscription', 'subscriber', 'member', 'plan', 'khach hang', 'ma kh', 'thue bao', 'hoi vien', 'goi cuoc'];

export function sheetContext(headers: readonly string[]): SheetContext {
  const wordSets = headers.map((header) => new Set(normalizeText(header).split(' ')));
  const mentions = (patterns: readonly string[]) => wordSets.some((words) => patterns.some((p) => p.split(' ').every((w) => words.has(w))));
  return { tickets: mentions(TICKET_WORDS), trials: mentions(['trial', 'trials', 'dung thu']), customers: mentions(CUSTOMER_WORDS) };
}

export interface HeaderMatch {
  weight: number;
  /** The pattern that matched, as written above, e.g. `recommend`. */
  words: string;
}

const ANY_SHEET: SheetContext = { tickets: false, trials: false, customers: false };

/**
 * The strongest pattern of `field` that the header matches, or null. Patterns that need a kind
 * of sheet count only on such a sheet (`context`, from sheetContext over all its headers).
 */
export function matchHeader(field: FieldId, header: string, context: SheetContext = ANY_SHEET): HeaderMatch | null {
  const normalized = normalizeText(header);
  if (!normalized) return null;
  const words = new Set(normalized.split(' '));
  let best: HeaderMatch | null = null;
  for (const [pattern, weight, needs] of HEADER_PATTERNS[field]) {
    if (needs === 'notTickets' ? context.tickets : needs && !context[needs]) continue;
    const matches = pattern.startsWith('=')
      ? normalized === pattern.slice(1)
      : pattern.split(' ').every((word) => words.has(word));
    if (matches && (!best || weight > best.weight)) best = { weight, words: pattern.replace(/^=/, '') };
  }
  return best;
}

/** Sheets that Google Forms writes start with this column (English and Vietnamese UI). */
export function isFormsTimestampHeader(header: unknown): boolean {
  const normalized = typeof header === 'string' ? normalizeText(header) : '';
  return normalized === 'timestamp' || normalized === 'dau thoi gian';
}
