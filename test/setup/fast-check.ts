import fc from 'fast-check';

/**
 * Property tests are deterministic: one fixed seed unless FC_SEED is set (scripts/fuzz.mjs sets a
 * random one). fast-check prints the seed and the path of any failure, so a failing case can be
 * replayed with FC_SEED=<seed>.
 */
const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : 20261201;
fc.configureGlobal({ seed, verbose: 1 });
