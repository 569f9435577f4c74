/**
 * The built-in themes: the topics small businesses hear about, in English and Vietnamese. Data,
 * not code: each theme is a name in both languages and its words and phrases, separated by `|`.
 * - Vietnamese is written with its marks; a comment typed without marks matches too
 *   ("nhan vien" = "nhân viên"), see ./match.ts.
 * - A word ending in `*` matches any word it starts (English inflections: `wait*` → waiting,
 *   waited); `#money` matches an amount (`50k`, `120.000đ`, `$15`).
 * - A phrase is matched as whole words in order ("value for money").
 *
 * How it was made: words a shop owner would use for each topic, checked against the VLSP 2018
 * training reviews (Vietnamese) and the first half of the SemEval-2016 restaurant reviews
 * (English); the VLSP dev set and the second SemEval half are kept for measuring (npm run bench,
 * scripts/themes-eval.ts). People add their own themes and words with a Themes range
 * (CX_THEMES's fourth argument).
 */
export interface ThemeSource {
  id: string;
  en: string;
  vi: string;
  words: string;
}

export const BUILT_IN_THEMES: readonly ThemeSource[] = [
  {
    id: 'price',
    en: 'Price',
    vi: 'Giá cả',
    words:
      'price*|pricey|cost*|expensive|cheap*|overpriced|afford*|value for money|bang for|worth the money|bill|budget|discount*|reasonabl*|inexpensive|#money|' +
      'giá|giá cả|giá tiền|giá rẻ|rẻ|đắt|mắc|chát|phải chăng|bình dân|chi phí|hợp túi|đáng tiền|tiền|khuyến mãi|giảm giá|combo|trả thêm|hóa đơn',
  },
  {
    id: 'staff',
    en: 'Staff and service',
    vi: 'Nhân viên và phục vụ',
    words:
      'staff|service|server*|waiter*|waitress*|bartender*|hostess|host|manager|owner|employee*|rude*|friendly|unfriendly|attentive|polite|impolite|courteous|helpful|welcom*|hospitab*|professional|attitude|' +
      'nhân viên|phục vụ|thân thiện|nhiệt tình|chu đáo|nhanh nhẹn|niềm nở|lịch sự|thái độ|chủ quán|anh chủ|chị chủ|cô chủ|bạn chủ|ông chủ|tư vấn|hỗ trợ|bảo vệ|nhân viên thu ngân|dễ thương|vui tính|tận tình|cọc cằn|khó chịu|hách dịch',
  },
  {
    id: 'waiting',
    en: 'Waiting time',
    vi: 'Thời gian chờ',
    words:
      'wait*|slow*|quick*|fast|promptly|prompt|took forever|long time|minutes|delay*|queue*|line up|in line|seated right away|' +
      'chờ|đợi|chờ lâu|đợi lâu|lâu|chậm|nhanh|lên món|ra món|xếp hàng|hàng dài|trễ|lâu la',
  },
  {
    id: 'delivery',
    en: 'Delivery',
    vi: 'Giao hàng',
    words:
      'deliver*|shipping|shipped|shipment|courier|parcel|package*|arrived late|takeout|take out|take-out|' +
      'giao hàng|giao tận nơi|ship|shipper|vận chuyển|đóng gói|đặt hàng|đơn hàng|grab|now|baemin|mang về|mua về',
  },
  {
    id: 'quality',
    en: 'Product quality',
    vi: 'Chất lượng',
    words:
      'quality|fresh*|stale|broken|defect*|durable|spoil*|rotten|well made|poor quality|top notch|excellent|mediocre|' +
      'chất lượng|tươi|tươi ngon|hỏng|ôi|thiu|bền|kém chất lượng|tệ|dở tệ|xuất sắc|hảo hạng',
  },
  {
    id: 'taste',
    en: 'Taste',
    vi: 'Hương vị',
    words:
      'food|delicious|tast*|flavor*|flavour*|bland|salty|sweet|spicy|yummy|tender|overcooked|undercooked|cooked|greasy|juicy|crisp*|soggy|dish*|meal*|cuisine|sushi|pizza|pasta|dessert*|appetizer*|entree*|steak|chicken|fish|burger*|sauce|coffee|tea|wine|drink*|cocktail*|beer|' +
      'ngon|vị|hương vị|dở|nhạt|mặn|ngọt|cay|béo|thơm|giòn|mềm|dai|đậm đà|vừa miệng|bùi|ngậy|tanh|ngán|đồ ăn|thức ăn|món ăn|nước dùng|nước chấm|nước sốt|sốt|thịt|cá|gà|bò|tôm|lẩu|nướng|trà sữa|cà phê|cafe|nước uống|đồ uống|bánh|kem|chè',
  },
  {
    id: 'choice',
    en: 'Menu and choice',
    vi: 'Thực đơn và lựa chọn',
    words:
      'menu|selection|option*|variety|choice*|portion*|serving size|size*|generous|small plates|presentation|authentic|creative|' +
      'thực đơn|menu|lựa chọn|đa dạng|phong phú|nhiều món|nhiều loại|ít món|phần|suất|khẩu phần|size|no nê|no căng|đầy đặn|trình bày|bày trí|đẹp mắt|độc đáo|mới lạ|topping',
  },
  {
    id: 'cleanliness',
    en: 'Cleanliness',
    vi: 'Vệ sinh, sạch sẽ',
    words:
      'clean*|dirty|filthy|hygien*|sanitary|unsanitary|smell*|stink*|bathroom*|restroom*|toilet*|cockroach*|' +
      'sạch|sạch sẽ|bẩn|dơ|vệ sinh|hôi|mùi|gián|ruồi|muỗi|nhà vệ sinh|toilet',
  },
  {
    id: 'ambience',
    en: 'Atmosphere and space',
    vi: 'Không gian',
    words:
      'atmosphere|ambiance|ambience|decor*|music|noisy|noise|loud|quiet|cozy|cosy|spacious|crowded|cramped|seating|seat*|view|comfortable|vibe|romantic|lighting|interior|air conditioning|patio|outdoor|' +
      'không gian|thoáng|thoáng mát|rộng|rộng rãi|chật|chật chội|ồn|ồn ào|yên tĩnh|ấm cúng|trang trí|nhạc|máy lạnh|điều hòa|view|chỗ ngồi|ghế|bàn ghế|mát|mát mẻ|thoải mái|decor|sang trọng|lãng mạn|vỉa hè|tầng|lầu|sân vườn|ánh sáng',
  },
  {
    id: 'location',
    en: 'Location and parking',
    vi: 'Vị trí, chỗ gửi xe',
    words:
      'location|located|parking|parking lot|neighborhood|neighbourhood|hard to find|easy to find|address|downtown|close to|walking distance|far from|' +
      'vị trí|nằm|nằm ngay|nằm trong|hẻm|ngõ|ngách|địa chỉ|dễ tìm|khó tìm|gần|xa|mặt tiền|mặt đường|đường|giữ xe|gửi xe|để xe|chỗ để xe|bãi xe|quận|ngã tư|đối diện|khu vực|trung tâm',
  },
  {
    id: 'app',
    en: 'App and website',
    vi: 'Ứng dụng và website',
    words:
      'app|apps|website|web site|site|online|log in|login|sign in|password|bug*|crash*|page|checkout page|' +
      'ứng dụng|app|trang web|website|web|đăng nhập|mật khẩu|lỗi app|treo|đơ|giao diện',
  },
  {
    id: 'payment',
    en: 'Payment',
    vi: 'Thanh toán',
    words:
      'pay|paid|paying|payment*|card|credit card|cash|checkout|refund*|invoice*|receipt*|charged|overcharg*|' +
      'thanh toán|trả tiền|quẹt thẻ|thẻ|tiền mặt|hoàn tiền|hóa đơn|chuyển khoản|momo|zalopay|vnpay|tính tiền|tính nhầm',
  },
];
