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
