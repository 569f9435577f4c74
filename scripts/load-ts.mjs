// Import a TypeScript module from a plain Node script (build, README generator): esbuild bundles it in memory.
import * as esbuild from 'esbuild';

export async function loadTs(entry) {
  const out = await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error' });
  const code = out.outputFiles[0].text;
  return import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
}
