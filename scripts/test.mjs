// `npm test`: install what the tests need (Debian's Chromium), build the bundle, run every test,
// and end with one plain line `N passed, N failed` (vitest's own counts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return res.status ?? 1;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log('Installing Debian Chromium for the browser tests (apt-get install chromium)…');
  const sudo = process.getuid && process.getuid() === 0 ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args], { env }) : run('apt-get', args, { env }));
  if (apt(['update']) !== 0 || apt(['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-core']) !== 0) {
    console.error('Could not install chromium; browser tests will fail. Install it with: apt-get install -y chromium');
  }
}

ensureChromium();
if (run('node', ['scripts/build.mjs']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
mkdirSync('test-artifacts', { recursive: true });
const report = 'test-artifacts/vitest-report.json';
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = (r.numFailedTests ?? 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0);
}
// An unhandled error, a suite that failed to load or a crash fails the run with no failed test:
// the closing line must still say it failed.
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
