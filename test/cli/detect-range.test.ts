import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/run';

/**
 * `detect` says the data's own first and last day per file (metrics-spec §6: "data runs
 * 2026-09-02 → 2026-10-28"), so the first question, "which months does this cover?", is answered
 * before any period is picked; and it names places by the line an editor shows, even after a
 * comment that spans two lines.
 */
let dir = '';
let path = '';
beforeAll(async () => {
  dir = await tempDir('cx-detect-range-');
  path = join(dir, 'survey.csv');
  await writeFile(
    path,
    [
      'Timestamp,How likely are you to recommend us? (0-10),Comment',
      '02/09/2026 08:27:26,3,"Slow delivery,',
      'then a cold meal"',
      '13/10/2026 09:00:00,10,ok',
      '28/10/2026 18:40:00,6,',
      '',
    ].join('\n'),
  );
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('detect on a survey export', () => {
  it('says when the data runs, per file, in English', async () => {
    const { code, stdout } = await cli(['detect', path, '--time-zone', 'UTC']);
    expect(code).toBe(0);
    expect(stdout).toContain('survey: data runs 2026-09-02 → 2026-10-28');
  });

  it('and in Vietnamese', async () => {
    const { stdout } = await cli(['detect', path, '--time-zone', 'UTC', '--lang', 'vi']);
    expect(stdout).toContain('survey: dữ liệu từ 2026-09-02 → 2026-10-28');
  });

  it('names the date that proves the order by its line in the file (line 4: the comment above spans two lines), not its row', async () => {
    const { stdout } = await cli(['detect', path, '--time-zone', 'UTC']);
    expect(stdout).toContain('Dates: Date / timestamp (A): day first: 13/10/2026 09:00:00 in line 4');
  });
});
