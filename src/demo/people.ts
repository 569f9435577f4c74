/**
 * Names and free-text answers for the demo's survey sheets. Emails use the reserved
 * example.com / example.vn domains so no real address ever appears.
 */
import type { Random } from './random';
import type { NpsGroup } from './story';

const GIVEN = ['minh', 'lan', 'huong', 'tuan', 'linh', 'nam', 'trang', 'phuong', 'duc', 'mai', 'anh', 'khoa', 'thao', 'quang', 'vy', 'bao', 'emma', 'james', 'sophie', 'daniel'];
const FAMILY = ['nguyen', 'tran', 'le', 'pham', 'hoang', 'vu', 'dang', 'bui', 'do', 'ngo', 'smith', 'lee'];
const DOMAINS = ['example.com', 'example.vn', 'mail.example.com'];

export function drawEmail(random: Random): string {
  const style = random.int(0, 2);
  const given = random.pick(GIVEN);
  const family = random.pick(FAMILY);
  const local = style === 0 ? `${given}.${family}` : style === 1 ? `${given}${family}${random.int(1, 99)}` : `${given[0]}${family}`;
  return `${local}@${random.pick(DOMAINS)}`;
}

/** English comments, with the commas, quotes and line breaks real answers have. */
const COMMENTS_EN: Record<NpsGroup, readonly string[]> = {
  promoter: [
    'Love the jasmine tea, will order again!',
    'Fast delivery, friendly staff, great packaging.',
    'The "Tea of the month" box is the best gift I have given.',
    'Store staff helped me pick a tea for my mum. Thank you!',
    'Everything was perfect',
    'Great app, easy to reorder.\nPlease add a dark mode.',
  ],
  passive: [
    'Good tea but a bit pricey.',
    'Delivery took 3 days, expected 2.',
    'Fine. The app could remember my address.',
    'OK overall, packaging could be better',
    "Nice, but the website's search is slow",
  ],
  detractor: [
    'My order arrived late and nobody told me why.',
    'Called support twice, still waiting for a refund.',
    'Box was crushed, tea spilled everywhere.',
    'Wrong item sent, then another wrong item.',
    'Too expensive for what you get, sorry.',
  ],
};

/** Vietnamese comments for the Vietnamese survey sheet. */
const COMMENTS_VI: Record<NpsGroup, readonly string[]> = {
  promoter: [
    'Trà ngon, giao hàng nhanh.',
    'Nhân viên cửa hàng rất nhiệt tình, sẽ giới thiệu cho bạn bè!',
    'Hộp quà đẹp, người nhận rất thích',
    'Ứng dụng dễ dùng, đặt lại đơn chỉ một chạm.',
  ],
  passive: [
    'Giá hơi cao so với chất lượng.',
    'Ổn, nhưng đóng gói cần cải thiện',
    'Giao hàng mất 3 ngày, hơi lâu',
  ],
  detractor: [
    'Giao hàng trễ 5 ngày, không ai báo trước.',
    'Gọi tổng đài mãi không ai nghe máy',
    'Nhận sai sản phẩm, đổi trả phức tạp.',
  ],
};

export function drawComment(random: Random, group: NpsGroup, lang: 'en' | 'vi'): string {
  return random.pick((lang === 'vi' ? COMMENTS_VI : COMMENTS_EN)[group]);
}

/** "How did you hear about us?" answers: the referral source. */
export const HEARD_FROM: readonly (readonly [string, number])[] = [
  ['Friend or colleague', 24],
  ['Google search', 30],
  ['Facebook', 22],
  ['Zalo', 12],
  ['Walked past a store', 12],
];
