/**
 * A survey sheet a Vietnamese team keeps by hand: Vietnamese headers and answers, the
 * journey-stage words of the metrics spec (nhận thức, cân nhắc, mua, giữ chân, ủng hộ).
 */
import type { SheetData } from './types';
import type { Random } from './random';
import { demoMonths } from './time';
import { drawCsat, drawNpsGroup, drawNpsScore, drawStage, npsTarget } from './story';
import { drawComment, drawEmail } from './people';
import { drawMoment } from './survey';

export const VI_SHEET = 'Khảo sát';

export const VI_HEADERS = [
  'Dấu thời gian',
  'Email',
  'Khả năng bạn giới thiệu chúng tôi cho bạn bè?',
  'Mức độ hài lòng',
  'Kênh',
  'Giai đoạn hành trình',
  'Góp ý',
] as const;

export const STAGE_VI = {
  awareness: 'nhận thức',
  consideration: 'cân nhắc',
  purchase: 'mua',
  retention: 'giữ chân',
  advocacy: 'ủng hộ',
} as const;

const CHANNEL_OFFSET_VI: Record<string, number> = { Website: 0, 'Ứng dụng': 6, 'Cửa hàng': 14, Zalo: 4 };

export function vietnameseSurveySheet(random: Random): SheetData {
  const rows: unknown[][] = [];
  for (const month of demoMonths()) {
    const answers: unknown[][] = [];
    const count = 32 + month.index + random.int(-4, 4);
    for (let i = 0; i < count; i++) {
      const channel = random.weighted([['Website', 30], ['Ứng dụng', 25], ['Cửa hàng', 25], ['Zalo', 20]] as const);
      const group = drawNpsGroup(random, npsTarget(month) + CHANNEL_OFFSET_VI[channel]);
      answers.push([
        drawMoment(random, month),
        random.chance(0.15) ? '' : drawEmail(random),
        drawNpsScore(random, group),
        random.chance(0.04) ? '' : drawCsat(random, group),
        channel,
        random.chance(0.06) ? '' : STAGE_VI[drawStage(random, group)],
        random.chance(0.65) ? '' : drawComment(random, group, 'vi'),
      ]);
    }
    answers.sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
    rows.push(...answers);
  }
  rows[12][2] = 'không biết'; // "don't know", typed into the score column
  const blank = VI_HEADERS.map(() => '');
  return { name: VI_SHEET, rows: [[...VI_HEADERS], ...rows, blank, [...blank]], frozenRows: 1 };
}
