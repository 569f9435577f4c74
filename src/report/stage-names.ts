import type { Lang } from '../cells/types';
import type { JourneyStage } from './types';

/**
 * The customer-journey stages by name, in English and Vietnamese: the report's funnel
 * (messages.ts) and =CX_FUNNEL show the same words. A table of its own so the custom function
 * does not carry the report's whole message table into dist/Code.js (messages.ts names these
 * consts, never a property of them: a property read would keep that whole table in every bundle
 * that imports anything from a module beside it).
 */
export const STAGE_NAMES_EN: Record<JourneyStage, string> = {
  awareness: 'Awareness',
  consideration: 'Consideration',
  purchase: 'Purchase',
  retention: 'Retention',
  advocacy: 'Advocacy',
};

export const STAGE_NAMES_VI: Record<JourneyStage, string> = {
  awareness: 'Nhận thức',
  consideration: 'Cân nhắc',
  purchase: 'Mua',
  retention: 'Giữ chân',
  advocacy: 'Ủng hộ',
};

/** The stage names in one language. */
export const stageNames = (lang: Lang): Record<JourneyStage, string> => (lang === 'vi' ? STAGE_NAMES_VI : STAGE_NAMES_EN);
