import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/run';

/**
 * A folder of exports: every file is used, or named with the reason it is not, in the person's
 * language (issue 11 item 3, issue 12 item 4). Before, a folder kept one file per kind and dropped
 * the others without a word.
 */
let dir = '';
let folder = '';
let unusable = '';
let single = '';

const csv = (rows: (string | number)[][]) => rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
const day = (i: number) => `2026-10-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00`;

beforeAll(async () => {
  dir = await tempDir('cx-folder-');
  folder = join(dir, 'exports');
  unusable = join(dir, 'nothing');
  await mkdir(folder);
  await mkdir(unusable);
  const survey = (question: string) => csv([['Timestamp', question, 'Any other comments?'], ...Array.from({ length: 30 }, (_, i) => [day(i), (i * 7) % 11, i % 3 ? '' : 'Friendly staff, quick checkout'])]);
  await writeFile(join(folder, 'a-survey.csv'), survey('How likely are you to recommend us to a friend?'));
  await writeFile(join(folder, 'b-survey-old.csv'), survey('How likely are you to recommend us?'));
  await writeFile(join(folder, 'c-scores.csv'), csv([['Date', 'Score'], ...Array.from({ length: 30 }, (_, i) => [day(i), (i * 5) % 11])]));
  await writeFile(join(folder, 'd-staff.csv'), csv([['Name', 'Email'], ...Array.from({ length: 10 }, (_, i) => [`Staff ${i}`, `s${i}@example.com`])]));
  single = join(dir, 'satisfaction.csv');
  await writeFile(single, csv([['Timestamp', 'How satisfied are you with your visit?', 'Visits this month'], ...Array.from({ length: 30 }, (_, i) => [day(i), 1 + (i % 5), (i * 3) % 11])]));
  await writeFile(join(unusable, 'inventory.csv'), csv([['SKU', 'Reorder Level'], ...Array.from({ length: 20 }, (_, i) => [`SKU-${i}`, (i * 3) % 11])]));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('cx-metrics on a folder: every file used or named with its reason', () => {
  it('detect shows the files it does not use, and why', async () => {
    const { code, stdout } = await cli(['detect', folder, '--time-zone', 'UTC']);
    expect(code).toBe(0);
    // An older survey file asking the same question is used too: its own NPS, and "All surveys".
    expect(stdout).toMatch(/^b-survey-old: survey answers \(header row 1, read as UTF-8\)$/m);
    expect(stdout).toContain('Survey answers from 2 sheets (“a-survey”, “b-survey-old”): each one\'s own figures, and “All surveys” over all their answers for Net Promoter Score (NPS).');
    expect(stdout).not.toContain('“b-survey-old”: not used');
    expect(stdout).toContain('“c-scores”: not used — only the values look like NPS answer (0–10) (column B “Score”), and no header says so. Map the column if it is.');
    expect(stdout).toContain('“d-staff”: not used — no survey answers, tickets, subscription counts or activity found (only Email (column B “Email”)).');
  });

  it('metrics names them on stderr, in Vietnamese with --lang vi, before the numbers', async () => {
    const { code, stderr } = await cli(['metrics', folder, '--time-zone', 'UTC', '--period', '2026-10', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stderr).not.toContain('“b-survey-old”');
    expect(stderr).toContain('“c-scores”: không dùng — chỉ giá trị giống: Điểm NPS (0–10) (cột B “Score”)');
  });

  it('detect names a column that fits only by its values as a maybe, and leaves it out of the mapping', async () => {
    const out = join(dir, 'mapping.json');
    const en = await cli(['detect', single, '--time-zone', 'UTC', '--out', out]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Maybe, not used unless you map it: NPS answer (0–10) (column C “Visits this month”) (only the values fit; no header says so).');
    expect(JSON.parse(await readFile(out, 'utf8')).sources[0].columns).toEqual({ timestamp: 'A', csat: 'B' });
    const vi = await cli(['detect', single, '--time-zone', 'UTC', '--lang', 'vi']);
    expect(vi.stdout).toContain('Chưa chắc, chưa dùng trừ khi bạn gán: Điểm NPS (0–10) (cột C “Visits this month”)');
  });

  it('a folder with nothing to use says so, file by file, and exits 1', async () => {
    const { code, stderr } = await cli(['metrics', unusable, '--time-zone', 'UTC']);
    expect(code).toBe(1);
    expect(stderr).toContain('No survey, ticket, subscription or activity columns were found');
    expect(stderr).toContain('“inventory”: not used — only the values look like NPS answer (0–10) (column B “Reorder Level”), and no header says so.');
  });
});
