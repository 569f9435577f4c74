import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The team's shared folder (samples, corpora): CX_SHARED, or `../shared` beside the repo as CI
 * lays it out, or /work/shared for a git worktree elsewhere. Tests, the bench and the theme
 * evaluation read it; nothing copies it into the repo.
 * @example sharedPath('samples', 'airline-nps.csv')
 */
export function sharedPath(...parts: string[]): string {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const candidates = [process.env.CX_SHARED, join(root, '..', 'shared'), '/work/shared'].filter((p): p is string => !!p);
  const base = candidates.find((dir) => existsSync(dir)) ?? candidates[0];
  return join(base, ...parts);
}
