import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileThemes, mentionsIn } from '../../src/metrics/themes/match';
import { emergingPhrases } from '../../src/metrics/themes/phrases';
import { themeTable } from '../../src/metrics/themes/table';

const dict = compileThemes();
const themesOf = (text: string) => mentionsIn(text, dict).map((m) => m.theme);
const negativeOf = (text: string) => Object.fromEntries(mentionsIn(text, dict).map((m) => [m.theme, m.negative]));

describe('themes: what a comment is about, per theme, in both languages', () => {
  const cases: [theme: string, en: string, vi: string, viWithoutMarks: string][] = [
    ['price', 'Way too expensive for what you get', 'Giá hơi đắt so với chất lượng', 'gia hoi dat so voi mon'],
    ['staff', 'The staff were friendly and helpful', 'Nhân viên thân thiện, nhiệt tình', 'nhan vien than thien nhiet tinh'],
    ['waiting', 'We waited forever for our order', 'Phải chờ lâu mới có món', 'phai cho lau moi co mon, rat met'],
    ['delivery', 'The delivery arrived two days late', 'Giao hàng chậm hai ngày', 'giao hang cham hai ngay'],
    ['quality', 'The bread was stale and the quality poor', 'Chất lượng kém, đồ không tươi', 'chat luong kem, khong tuoi'],
    ['taste', 'Delicious food, very tasty sauce', 'Đồ ăn ngon, vừa miệng', 'do an ngon vua mieng lam'],
    ['cleanliness', 'The bathroom was dirty', 'Nhà vệ sinh bẩn quá', 'nha ve sinh rat ban, khong sach'],
    ['ambience', 'Cozy atmosphere, nice music', 'Không gian ấm cúng, thoáng mát', 'khong gian am cung thoang mat'],
    ['location', 'Hard to find and no parking', 'Quán nằm trong hẻm, khó tìm', 'quan nam trong hem kho tim'],
    ['app', 'The app crashed at login', 'Ứng dụng hay bị lỗi đăng nhập', 'ung dung hay bi loi dang nhap'],
    ['payment', 'They refused my credit card', 'Không cho thanh toán bằng thẻ', 'khong cho thanh toan bang the'],
  ];
  for (const [theme, en, vi, plain] of cases) {
    it(`finds ${theme} in English, Vietnamese and Vietnamese typed without marks`, () => {
      expect(themesOf(en)).toContain(theme);
      expect(themesOf(vi)).toContain(theme);
      expect(themesOf(vi.normalize('NFD'))).toContain(theme);
      expect(themesOf(plain)).toContain(theme);
    });
  }

  it('matches English inflections by their stem', () => {
    expect(themesOf('waiting, waited, waits')).toEqual(['waiting']);
    expect(themesOf('It was overpriced')).toEqual(['price']);
  });

  it('takes the longest phrase first: "vị trí" is location, not taste; "không gian" is space, not a negation', () => {
    expect(themesOf('Vị trí dễ tìm')).toEqual(['location']);
    expect(negativeOf('Không gian thoáng')).toEqual({ ambience: false });
  });

  it('marks a mention negative when a negation stands close before it, in the same clause', () => {
    expect(negativeOf('Quán không sạch lắm')).toEqual({ cleanliness: true });
    expect(negativeOf('quan khong sach, nhan vien vui')).toEqual({ cleanliness: true, staff: false });
    expect(negativeOf('The staff was not friendly')).toEqual({ staff: true });
    expect(negativeOf("The waiter wasn't polite")).toEqual({ staff: true });
    expect(negativeOf('No complaints, but the staff was friendly')).toEqual({ staff: false });
  });

  it('does not read English words as Vietnamese without marks ("on" is not "ồn", "do" is not "dơ")', () => {
    expect(themesOf('I would go there again on Monday, what do you think')).toEqual([]);
    expect(themesOf('nhan vien hoi cham')).toEqual(['staff', 'waiting']);
  });

  it('reads amounts of money as price', () => {
    expect(themesOf('50k một ly')).toContain('price');
    expect(themesOf('Two mains for $15')).toContain('price');
    expect(themesOf('120.000đ cho 2 người')).toContain('price');
  });

  it('adds a person\'s own words to a built-in theme, or a theme of their own', () => {
    const own = compileThemes([
      { id: 'custom:wifi', en: 'Wifi', vi: 'Wifi', words: 'wifi|mạng yếu' },
      { id: 'custom:gia', en: 'Giá cả', vi: 'Giá cả', words: 'chém' },
    ]);
    expect(mentionsIn('wifi yếu, bị chém', own).map((m) => m.theme)).toEqual(['price', 'custom:wifi']);
    expect(themesOf('bị chém')).toEqual([]);
  });
});

describe('themes: the table and emerging phrases', () => {
  it('counts comments per theme, the ones with no theme, and the NPS of those who mention a theme', () => {
    const table = themeTable(['Giá hơi đắt', 'Nhân viên thân thiện', 'ok', 'nhân viên chậm'], [3, 10, 8, 5], 'nps', dict);
    expect(table.comments).toBe(4);
    expect(table.withoutTheme).toBe(1);
    const staff = table.rows.find((r) => r.theme.id === 'staff')!;
    expect(staff.mentions).toBe(2);
    expect(staff.share).toBe(50);
    // Mentioners 10 and 5: one promoter, one detractor → 0; everyone else 3 and 8 → −50.
    expect(staff.score).toEqual({ value: 0, n: 2, others: -50, othersN: 2 });
    expect(table.rows[0].theme.id).toBe('staff');
  });

  it('proposes frequent phrases that no theme covers yet', () => {
    const phrases = emergingPhrases(['wifi yếu quá', 'Wifi yếu', 'wifi yếu, chờ lâu', 'card declined at checkout', 'my card declined', 'once'], dict);
    expect(phrases).toEqual([{ phrase: 'wifi yếu', comments: 3 }]);
  });

  it('shows a phrase as most comments write it (with or without its marks), counting every comment before a second way came', () => {
    const phrases = emergingPhrases(['wifi yếu', 'wifi yếu quá', 'wifi yeu', 'wifi yeu!', 'wifi yếu.'], dict);
    expect(phrases).toEqual([{ phrase: 'wifi yếu', comments: 5 }]);
  });

  const comment = fc.constantFrom('Giá hơi đắt', 'Nhân viên thân thiện', 'chờ lâu quá', 'The food was cold', 'ok', 'không sạch', 'nice staff, slow service', 'giao hang cham');
  it('does not depend on the order of the comments (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(comment, fc.integer({ min: 0, max: 10 })), { minLength: 1, maxLength: 30 }), fc.integer(), (rows, seed) => {
        const shuffled = [...rows].sort((a, b) => ((a[1] * 31 + seed) % 7) - ((b[1] * 31 + seed) % 7) || a[0].localeCompare(b[0]));
        const t1 = themeTable(rows.map((r) => r[0]), rows.map((r) => r[1]), 'nps', dict);
        const t2 = themeTable(shuffled.map((r) => r[0]), shuffled.map((r) => r[1]), 'nps', dict);
        const key = (t: typeof t1) => t.rows.map((r) => [r.theme.id, r.mentions, r.negativeShare, r.score?.value]).sort();
        expect(key(t2)).toEqual(key(t1));
        expect(t2.withoutTheme).toBe(t1.withoutTheme);
      }),
      { numRuns: 200 },
    );
  });
});
