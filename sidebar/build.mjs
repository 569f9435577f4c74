// Bundles the sidebar into one self-contained HTML file, because HtmlService serves a single
// file per sidebar and add-on pages should not depend on outside hosts: sidebar/main.ts (with
// everything it imports) becomes one inline <script>, sidebar/style.css one inline <style>.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

/** Writes the bundled sidebar page to `outPath` and returns its size in bytes. */
export async function buildSidebar(outPath) {
  const js = await esbuild.build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const css = await esbuild.build({
    entryPoints: [join(here, 'style.css')],
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  // `</script` inside the bundle would end the inline script early.
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const style = css.outputFiles[0].text;
  const template = readFileSync(join(here, 'index.html'), 'utf8');
  const html = template.replace('/*INLINE_CSS*/', () => style).replace('/*INLINE_JS*/', () => script);
  if (/\b(src|href)=["']?(https?:)?\/\//i.test(html)) throw new Error('sidebar: the page must not load outside resources');
  writeFileSync(outPath, html);
  return html.length;
}
