import type { Text } from '../../cells/messages';
import { showValue } from '../../cells/messages';

/** Every text of the comment themes (CX_THEMES, CX_PHRASES, the report section), in English and Vietnamese. */
export const themeTexts = {
  noComments: (): Text => ({ en: 'no comments in the range', vi: 'không có bình luận nào trong vùng' }),
  notAComment: (value: unknown): Text => ({
    en: `${showValue(value)} is not a comment (comments are text)`,
    vi: `${showValue(value)} không phải là bình luận (bình luận là chữ)`,
  }),
  themesShape: (): Text => ({
    en: 'themes must be a range of two columns: the theme name, then its words separated by commas (e.g. Themes!A2:B)',
    vi: 'themes phải là vùng hai cột: tên chủ đề, rồi các từ của nó cách nhau bằng dấu phẩy (ví dụ Themes!A2:B)',
  }),
  themeWithoutWords: (name: string): Text => ({
    en: `the theme "${name}" has no words; add them in the column beside it, separated by commas`,
    vi: `chủ đề "${name}" chưa có từ nào; thêm từ vào cột bên cạnh, cách nhau bằng dấu phẩy`,
  }),
};

/** Column headings of the tables, in the sheet's language. */
export const themeLabels = {
  theme: { en: 'Theme', vi: 'Chủ đề' },
  mentions: { en: 'Comments', vi: 'Số bình luận' },
  share: { en: 'Share of comments %', vi: 'Tỷ lệ bình luận %' },
  negative: { en: 'Negative %', vi: 'Tiêu cực %' },
  npsOf: { en: 'NPS of these customers', vi: 'NPS của những khách này' },
  meanOf: { en: 'Average score of these customers', vi: 'Điểm trung bình của những khách này' },
  others: { en: 'Everyone else', vi: 'Những khách còn lại' },
  difference: { en: 'Difference', vi: 'Chênh lệch' },
  noTheme: { en: 'No known theme', vi: 'Chưa thuộc chủ đề nào' },
  phrase: { en: 'Phrase', vi: 'Cụm từ' },
} satisfies Record<string, Text>;

/** The report's "What customers talk about" section. */
export const themeReportTexts = {
  title: { en: 'What customers talk about', vi: 'Khách hàng nói về điều gì' },
  intro: (comments: string): Text => ({ en: `From ${comments} comments in the period.`, vi: `Từ ${comments} bình luận trong kỳ.` }),
  detractors: (comments: string): Text => ({ en: `Detractors (0–6), ${comments} comments, mention`, vi: `Người phản đối (0–6), ${comments} bình luận, nhắc đến` }),
  promoters: (comments: string): Text => ({ en: `Promoters (9–10), ${comments} comments, mention`, vi: `Người ủng hộ (9–10), ${comments} bình luận, nhắc đến` }),
  share: (share: string): Text => ({ en: `${share}% of their comments`, vi: `${share}% bình luận của họ` }),
  change: (points: string): Text => ({ en: `${points} points from the period before`, vi: `${points} điểm % so với kỳ trước` }),
  newTheme: { en: 'new this period', vi: 'mới trong kỳ này' },
  none: { en: 'No comments from them in the period.', vi: 'Không có bình luận nào của họ trong kỳ.' },
  noTheme: { en: 'Their comments fall in no known theme.', vi: 'Bình luận của họ chưa thuộc chủ đề nào.' },
  emerging: { en: 'Phrases that come back but no theme covers yet', vi: 'Cụm từ lặp lại nhưng chưa thuộc chủ đề nào' },
  phrase: (phrase: string, comments: string): Text => ({ en: `“${phrase}” (${comments} comments)`, vi: `“${phrase}” (${comments} bình luận)` }),
} satisfies Record<string, Text | ((...args: string[]) => Text)>;
