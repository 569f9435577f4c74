// Writes a large survey CSV for the bench: `node scripts/gen-csv.mjs out.csv [rows]` (default
// 1,000,000 rows). The generator lives in src/cli/core/gen-csv.ts so the bench and tests can
// call it directly; this script only loads it through tsx (it uses node:fs, which the
// platform-neutral scripts/load-ts.mjs does not bundle).
import { tsImport } from 'tsx/esm/api';

const [path = 'survey-1m.csv', rows = '1000000'] = process.argv.slice(2);
const { writeSurveyCsv } = await tsImport('../src/cli/core/gen-csv.ts', import.meta.url);
const started = Date.now();
await writeSurveyCsv(path, { rows: Number(rows) });
console.log(`gen-csv: ${path}, ${Number(rows).toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
