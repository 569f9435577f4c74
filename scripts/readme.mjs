// Regenerate the README's generated sections from their single sources:
//  - the function table from src/functions/catalog.ts (the same text Sheets shows in autocomplete);
//  - the CX maturity rubric from src/report/maturity.ts, when it exists.
// `node scripts/readme.mjs` rewrites README.md; `--check` exits 1 if README.md is out of date (used by a test).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { loadTs } from './load-ts.mjs';

const esc = (s) => String(s).replace(/\|/g, '\\|');

export async function functionTable() {
  const { CATALOG } = await loadTs('src/functions/catalog.ts');
  const rows = CATALOG.map((f) => {
    const sig = `${f.name}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
    return `| \`${esc(sig)}\` | ${esc(f.summary)} | \`${esc(f.example)}\` |`;
  });
  return ['| Function | What it gives you | Example |', '|---|---|---|', ...rows].join('\n');
}

export async function rubricTable() {
  if (!existsSync('src/report/maturity.ts')) return null;
  const mod = await loadTs('src/report/maturity.ts');
  return typeof mod.rubricMarkdown === 'function' ? mod.rubricMarkdown('en') : null;
}

function replaceSection(text, name, body) {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < 0 || body == null) return text;
  return text.slice(0, i + start.length) + '\n' + body + '\n' + text.slice(j);
}

export async function renderReadme(text) {
  let out = replaceSection(text, 'functions', await functionTable());
  out = replaceSection(out, 'rubric', await rubricTable());
  return out;
}

const isMain = process.argv[1] && process.argv[1].endsWith('readme.mjs');
if (isMain) {
  const current = readFileSync('README.md', 'utf8');
  const next = await renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md is out of date: run `node scripts/readme.mjs`');
      process.exit(1);
    }
  } else {
    writeFileSync('README.md', next);
  }
}
