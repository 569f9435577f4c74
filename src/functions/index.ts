// Every custom function, re-exported for src/addon (which the build exposes to Apps Script).
export { NPS, NPS_BREAKDOWN, NPS_CI } from './nps';
export { CSAT, CSAT_AVG } from './csat';
export { CES } from './ces';
export { CHURN, RETENTION, CUSTOMER_CHURN, CUSTOMER_RETENTION } from './churn';
export { ACTIVITY_CHURN, CX_COHORT } from './cohort';
export { FCR, REFERRAL_RATE, TRIAL_CONVERSION } from './flags';
export { ART } from './art';
export { DAU, WAU, MAU, STICKINESS } from './active-users';
export { CX_TREND, CX_BY } from './trend';
export { CX_THEMES, CX_PHRASES } from './themes';
export { CX_FUNNEL } from './journey';
export { CX_COVERAGE } from './coverage';
export { CX_DATES, CX_IN_PERIOD } from './dates';
