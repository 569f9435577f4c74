import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../src/emulator/demo-session';

/**
 * Both ways to deploy (a bound script to try it, a standalone project to publish the editor add-on)
 * push the same built files with `npm run push` / `npm run push:addon`. clasp cannot reach Google
 * here, so the test asks clasp itself which files each project file would push (show-file-status
 * works offline) and checks the manifest and the README's steps.
 */
beforeAll(() => ensureBuilt());

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const scripts = json('package.json').scripts as Record<string, string>;

function filesClaspWouldPush(projectFile: string): string[] {
  const out = execFileSync('node_modules/.bin/clasp', ['show-file-status', '--json', '--project', projectFile], { encoding: 'utf8', timeout: 60_000 });
  return (JSON.parse(out) as { filesToPush: string[] }).filesToPush.sort();
}

describe('deployment', () => {
  for (const [script, projectFile] of [
    ['push', '.clasp.json'],
    ['push:addon', '.clasp.addon.json'],
  ] as const) {
    it(`npm run ${script} builds, then pushes exactly the add-on's files to the project in ${projectFile}`, () => {
      expect(scripts[script]).toMatch(/^node scripts\/build\.mjs && clasp push/);
      expect(scripts[script].includes('--project .clasp.addon.json')).toBe(projectFile === '.clasp.addon.json');
      const project = json(projectFile);
      expect(project.rootDir).toBe('dist');
      expect(String(project.scriptId)).toMatch(/^REPLACE_WITH_YOUR_/);
      // The core, its lazily loaded parts (Engine.html, Coverage.html, Themes.html) and the sidebar, and the manifest.
      expect(readdirSync('dist')).toEqual(expect.arrayContaining(['Code.js', 'Engine.html', 'Coverage.html', 'Themes.html', 'Sidebar.html']));
      expect(filesClaspWouldPush(projectFile)).toEqual(['dist/Code.js', ...readdirSync('dist').filter((f) => f.endsWith('.html')).map((f) => `dist/${f}`), 'dist/appsscript.json'].sort());
    }, 120_000);
  }

  it('dist/appsscript.json is the manifest, with the V8 runtime and explicit narrow scopes the README lists', () => {
    const manifest = json('dist/appsscript.json');
    expect(manifest).toEqual(json('appsscript.json'));
    expect(manifest.runtimeVersion).toBe('V8');
    const readme = readFileSync('README.md', 'utf8');
    for (const scope of manifest.oauthScopes as string[]) {
      expect(scope.startsWith('https://www.googleapis.com/auth/')).toBe(true);
      expect(readme).toContain(`\`${scope.replace('https://www.googleapis.com/auth/', '')}\``);
    }
    // No broad scope: the add-on never needs every spreadsheet, Drive or Gmail.
    expect((manifest.oauthScopes as string[]).filter((s) => /\/auth\/(spreadsheets|drive|gmail\.\w+|mail\.google\.com)$/.test(s))).toEqual([]);
  });

  it('the README explains both paths, with what publishing needs and what test deployments cannot do', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Deploying'), readme.indexOf('## Functions'));
    for (const needed of [
      'bound',
      '**standalone**',
      '**standard Google Cloud project**',
      '**Google Workspace Marketplace SDK**',
      '**the same OAuth scopes as `appsscript.json`**',
      '**privacy policy**',
      '**version**',
      'add-on triggers cannot',
      'npm run push',
      'npm run push:addon',
    ]) {
      expect(section).toContain(needed);
    }
  });
});
