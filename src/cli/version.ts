import { readFileSync } from 'node:fs';

// The bundle has the version written in at build time (scripts/build-cli.mjs defines it);
// run from source, it is read from package.json next to src/.
declare const __CX_METRICS_VERSION__: string | undefined;

export function cliVersion(): string {
  if (typeof __CX_METRICS_VERSION__ === 'string') return __CX_METRICS_VERSION__;
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
