// `npm run fuzz`: the property tests with a new random seed each run (CI uses a fixed one).
// A failure prints its seed; replay it with FC_SEED=<seed> npx vitest run test/property.
import { spawnSync } from 'node:child_process';

const seed = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`fast-check seed ${seed}`);
const res = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, FC_SEED: String(seed) } });
process.exit(res.status ?? 1);
