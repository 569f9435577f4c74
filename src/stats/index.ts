// Intervals and significance tests (metrics-spec.md section 3). Re-exports only.
export * from './types';
export { normalCdf, normalPdf, normalQuantile } from './normal';
export { logGamma } from './log-gamma';
export { regularizedBeta } from './regularized-beta';
export { studentTCdf } from './student-t';
export { wilsonInterval } from './wilson-interval';
export { twoProportionTest, type ProportionCounts } from './two-proportion-test';
export { welchTTest, type SampleMoments } from './welch-t-test';
export { npsDifferenceTest, type NpsCounts } from './nps-difference-test';
export { npsInterval } from './nps-interval';
