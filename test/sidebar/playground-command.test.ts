import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../src/emulator/demo-session';

/**
 * `npm run playground` as a person runs it (scripts/playground.ts in its own process): it prints
 * its URL on 127.0.0.1, answers there, and Ctrl-C stops it cleanly (exit 0, nothing answers any
 * more); asked to listen on another address it refuses, says why, and exits 2.
 */

beforeAll(() => ensureBuilt(), 120_000);

/** Every process a test started, stopped after it whatever happened. */
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/playground.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
      if (found) resolve(found[0]);
    });
    void exited.then(() => reject(new Error(`exited before printing its URL: ${stderr}`)));
  });
  // Awaited only by the test that expects a URL: a refusal is not an unhandled error.
  url.catch(() => undefined);
  started.push(child);
  return { child, url, exited, out: () => ({ stdout, stderr }) };
}

describe('npm run playground', () => {
  it('prints its URL on 127.0.0.1, answers there, and Ctrl-C stops it cleanly', async () => {
    const playground = run(['--port', '0']);
    const url = await playground.url;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('CX Metrics playground');
    expect(playground.out().stdout).toContain('Ctrl-C stops it.');
    playground.child.kill('SIGINT');
    expect(await playground.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  }, 90_000);

  it('refuses to listen on any other address, says why and exits 2', async () => {
    const playground = run(['--host', '0.0.0.0', '--port', '0']);
    expect(await playground.exited).toBe(2);
    expect(playground.out().stderr).toMatch(/only listens on this computer/);
    expect(playground.out().stdout).not.toMatch(/http:\/\//);
  }, 90_000);
});
