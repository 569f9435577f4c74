import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/run';
import { workbookParts, zipBytes } from './helpers/zip';

/**
 * The malformed-file corpus: hostile or broken inputs given to the real executable in a child
 * process with a 128 MB heap and a time limit. Each must end with exit code 1 (the data) or 2
 * (the command), one clear sentence on stderr naming the file and line (or field), nothing on
 * stdout and no stack trace. The big inputs are generated here, into a temporary folder.
 */
let dir = '';
const ROOT = join(import.meta.dirname, '../..');
const HEAP_MB = 128;

beforeAll(async () => {
  dir = await tempDir('cx-malformed-');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function runBounded(args: string[]) {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, signal: run.signal };
}

function expectRefused(result: ReturnType<typeof runBounded>, code: 1 | 2, message: RegExp): void {
  expect(result.signal, 'killed by the time limit').toBeNull();
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/heap out of memory|Unexpected error/);
  expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(result.stdout).toBe('');
  expect(result.code).toBe(code);
}

/** Writes `header` then `repeat` copies of `chunk`, then `tail`, without holding the file in memory. */
async function writeBig(name: string, header: string, chunk: string, repeat: number, tail: string): Promise<string> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  out.write(header);
  for (let i = 0; i < repeat; i++) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(tail, () => r()));
  return path;
}

describe('hostile files', () => {
  it('a zip bomb XLSX', async () => {
    const path = join(dir, 'bomb.xlsx');
    await writeFile(path, zipBytes(workbookParts([{ name: 'Survey', sheetData: `<row r="1"><c r="A1"><v>1</v></c></row>${' '.repeat(64 << 20)}` }])));
    expectRefused(runBounded(['metrics', path]), 1, /^cx-metrics: bomb\.xlsx: the part xl\/worksheets\/sheet1\.xml unpacks to more than .* \(a "zip bomb" or a damaged file\)/);
  });

  it('an XLSX cell of 2 million characters', async () => {
    const path = join(dir, 'long-cell.xlsx');
    await writeFile(path, zipBytes(workbookParts([{ name: 'Survey', sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(2_000_000)}</t></is></c></row>` }])));
    expectRefused(runBounded(['detect', path]), 1, /^cx-metrics: long-cell\.xlsx: sheet "Survey", cell A1 holds more than 1,048,576 characters/);
  });

  it('a .xlsx that is no workbook', async () => {
    const path = join(dir, 'fake.xlsx');
    await writeFile(path, 'Score\n9\n');
    expectRefused(runBounded(['metrics', path]), 1, /^cx-metrics: fake\.xlsx is not a readable \.xlsx workbook/);
  });

  it('a 50 MB CSV field', async () => {
    const path = await writeBig('field.csv', 'Comment,How likely are you to recommend us?\n"', 'x'.repeat(1 << 20), 50, '",9\n');
    expectRefused(runBounded(['metrics', path]), 1, /^cx-metrics: field\.csv: line 2: a field is longer than 1,048,576 characters/);
  });

  it('a 50 MB line with no delimiter', async () => {
    const path = await writeBig('line.csv', 'Score\n', 'y'.repeat(1 << 20), 50, '\n');
    expectRefused(runBounded(['detect', path]), 1, /^cx-metrics: line\.csv: line 2: a field is longer than/);
  });

  it('a quote never closed before 30 MB of text', async () => {
    const path = await writeBig('open-quote.csv', 'Score,Comment\n9,"', 'z, '.repeat(1 << 18), 30, '\n');
    expectRefused(runBounded(['metrics', path]), 1, /^cx-metrics: open-quote\.csv: line 2: a field is longer than/);
  });

  it('a million columns', async () => {
    const path = await writeBig('wide.csv', '', Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',') + ',', 1000, '\n1\n');
    expectRefused(runBounded(['detect', path]), 1, /^cx-metrics: wide\.csv: line 1 has more than 18,278 columns/);
  });

  it('bytes that are no text in any encoding', async () => {
    const path = join(dir, 'binary.csv');
    await writeFile(path, Buffer.concat([Buffer.from('Score\n9\n'), Buffer.from([0x81, 0x8d, 0x00]), Buffer.from('\n')]));
    expectRefused(runBounded(['metrics', path, '--lang', 'vi']), 1, /^cx-metrics: binary\.csv: dòng 3 chứa byte 0x81/);
  });

  it('UTF-16 without a byte-order mark', async () => {
    const path = join(dir, 'utf16.csv');
    await writeFile(path, Buffer.from('Score\n9\n', 'utf16le'));
    expectRefused(runBounded(['detect', path]), 1, /^cx-metrics: utf16\.csv: line 1 holds the control character U\+0000/);
  });
});

describe('--out that cannot be written', () => {
  let answers = '';
  beforeAll(async () => {
    answers = join(dir, 'answers.csv');
    await writeFile(answers, 'Timestamp,How likely are you to recommend us to a friend?\n2026-10-01,9\n2026-10-02,6\n');
  });

  it('detect --out a folder', async () => {
    const folder = join(dir, 'out-folder');
    await mkdir(folder, { recursive: true });
    expectRefused(runBounded(['detect', answers, '--out', folder]), 2, /^cx-metrics: Cannot write .*out-folder: it is a folder; name a file, e\.g\. --out mapping\.json$/m);
  });

  it('report --out in a folder that does not exist, in Vietnamese', () => {
    expectRefused(runBounded(['report', answers, '--period', '2026-10', '--out', join(dir, 'nope', 'r.html'), '--lang', 'vi']), 2, /^cx-metrics: Không ghi được .*r\.html: thư mục chứa nó không tồn tại/);
  });
});

describe('mapping files', () => {
  let survey = '';
  let mapping: { sources: { sheetName: string; headerRow: number; columns: Record<string, string> }[] } & Record<string, unknown>;
  beforeAll(async () => {
    survey = join(dir, 'survey.csv');
    await writeFile(survey, 'Timestamp,How likely are you to recommend us to a friend?\n2026-10-01,9\n2026-10-02,6\n2026-10-03,10\n');
    const saved = join(dir, 'saved.json');
    expect((await cli(['detect', survey, '--out', saved])).code).toBe(0);
    mapping = JSON.parse(await readFile(saved, 'utf8'));
  });

  const writeMapping = async (name: string, text: string | Buffer) => {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  };

  it('one saved with a byte-order mark (Notepad, Excel) is read', async () => {
    const path = await writeMapping('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(mapping))]));
    const { code, stdout, stderr } = await cli(['metrics', survey, '--mapping', path, '--period', '2026-10', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).metrics.find((m: { id: string }) => m.id === 'NPS').n).toBe(3);
  });

  it('a __proto__ or constructor key is refused, naming the field', async () => {
    const text = JSON.stringify(mapping).replace('"columns":{', '"columns":{"__proto__":{"polluted":true},');
    const path = await writeMapping('proto.json', text);
    expectRefused(runBounded(['metrics', survey, '--mapping', path]), 1, /^cx-metrics: .*proto\.json: the field "sources\.0\.columns\.__proto__" is refused/);
    const ctor = await writeMapping('ctor.json', JSON.stringify({ ...mapping, constructor: { prototype: {} } }));
    expectRefused(runBounded(['metrics', survey, '--mapping', ctor]), 1, /the field "constructor" is refused/);
  });

  it('a column beyond the file', async () => {
    const beyond = structuredClone(mapping);
    beyond.sources[0]!.columns.nps = 'Z';
    const path = await writeMapping('beyond.json', JSON.stringify(beyond));
    expectRefused(runBounded(['metrics', survey, '--mapping', path]), 1, /^cx-metrics: The mapping puts "NPS answer \(0–10\)" in column Z of the sheet "survey", which has columns only up to B; fix the column/);
  });

  it('headerRow: 1e9', async () => {
    const far = structuredClone(mapping);
    far.sources[0]!.headerRow = 1e9;
    const path = await writeMapping('far.json', JSON.stringify(far).replace('1000000000', '1e9'));
    expectRefused(runBounded(['metrics', survey, '--mapping', path]), 1, /^cx-metrics: The mapping says the header of the sheet "survey" is on row 1,000,000,000, but the sheet has 4 rows/);
  });
});
