import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The team's shared folder (samples, corpora): `../shared` beside the repo, as CI lays it, or
 * CX_SHARED; a git worktree elsewhere falls back to /work/shared. Tests read it, never copy it.
 * @example sharedPath('samples', 'airline-nps.csv')
 */
export function sharedPath(...parts: string[]): string {
  const root = resolve(__dirname, '..');
  const candidates = [process.env.CX_SHARED, join(root, '..', 'shared'), '/work/shared'].filter((p): p is string => !!p);
  const base = candidates.find((dir) => existsSync(dir)) ?? candidates[0];
  return join(base, ...parts);
}
