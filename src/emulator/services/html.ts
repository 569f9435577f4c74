/**
 * HtmlService: outputs and templates from strings or from the project's HTML files.
 * https://developers.google.com/apps-script/reference/html/html-service
 * Files are looked up by name without `.html` (dist/Sidebar.html is `Sidebar`); a missing file
 * throws `No HTML file named <name> was found.` as Apps Script does. A file's content comes back
 * unchanged from getContent(), whatever it holds (the add-on's dist/Engine.html is JavaScript text),
 * as the include(filename) pattern relies on:
 * https://developers.google.com/apps-script/guides/html/best-practices#separate_html_css_and_javascript
 */
import type { EmulatorContext } from '../context';
import { appsScriptError, enumOf, notEmulated } from './errors';
import { compileTemplate, escapeHtml, printValue } from './html-template';

type HTML = typeof GoogleAppsScript.HTML;

/** Turns a function body into a function; the emulator passes the vm context's Function. */
export type CompileFunction = (...paramsAndBody: string[]) => (...args: unknown[]) => unknown;

export interface HtmlServiceOptions {
  files: Map<string, string>;
  compile: () => CompileFunction;
  /** Counts each file read by name (the add-on's lazily loaded engine is one of them). */
  reads?: Map<string, number>;
}

export function createHtmlService(ctx: EmulatorContext, o: HtmlServiceOptions): GoogleAppsScript.HTML.HtmlService {
  const readFile = (filename: string): string => {
    const name = String(filename).replace(/\.html$/, '');
    const content = o.files.get(name);
    if (content === undefined) throw appsScriptError(`No HTML file named ${name} was found.`);
    o.reads?.set(name, (o.reads.get(name) ?? 0) + 1);
    return content;
  };
  const service = {
    SandboxMode: enumOf<HTML['SandboxMode']>('EMULATED', 'IFRAME', 'NATIVE'),
    XFrameOptionsMode: enumOf<HTML['XFrameOptionsMode']>('ALLOWALL', 'DEFAULT'),
    createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource) {
      ctx.enter('HtmlService', 'createHtmlOutput');
      return htmlOutput(ctx, contentOf(html), o);
    },
    createHtmlOutputFromFile(filename: string) {
      ctx.enter('HtmlService', 'createHtmlOutputFromFile');
      return htmlOutput(ctx, readFile(filename), o);
    },
    createTemplate(html: string | GoogleAppsScript.Base.BlobSource) {
      ctx.enter('HtmlService', 'createTemplate');
      return htmlTemplate(ctx, contentOf(html), o);
    },
    createTemplateFromFile(filename: string) {
      ctx.enter('HtmlService', 'createTemplateFromFile');
      return htmlTemplate(ctx, readFile(filename), o);
    },
    getUserAgent() {
      ctx.enter('HtmlService', 'getUserAgent');
      return 'Mozilla/5.0 (X11; Linux x86_64) CXMetricsEmulator';
    },
  };
  return service as unknown as GoogleAppsScript.HTML.HtmlService;
}

function contentOf(html: unknown): string {
  if (html === undefined || html === null) return '';
  if (typeof html === 'object' && 'getBlob' in html) return (html as GoogleAppsScript.Base.BlobSource).getBlob().getDataAsString();
  return String(html);
}

export interface EmulatedHtmlOutput extends GoogleAppsScript.HTML.HtmlOutput {
  getSandboxMode(): string | undefined;
  getXFrameOptionsMode(): string | undefined;
}

function htmlOutput(ctx: EmulatorContext, initial: string, o: HtmlServiceOptions): EmulatedHtmlOutput {
  let content = initial;
  let title = '';
  let width: number | undefined;
  let height: number | undefined;
  let favicon: string | undefined;
  let sandbox: string | undefined;
  let xFrame: string | undefined;
  const meta: { name: string; content: string }[] = [];
  const step = (method: string, act: () => void) => {
    ctx.enter('HtmlOutput', method);
    act();
    return self;
  };
  const self: EmulatedHtmlOutput = {
    getContent: () => (ctx.enter('HtmlOutput', 'getContent'), content),
    setContent: (c) => step('setContent', () => (content = String(c))),
    append: (c) => step('append', () => (content += String(c))),
    appendUntrusted: (c) => step('appendUntrusted', () => (content += escapeHtml(c))),
    clear: () => step('clear', () => (content = '')),
    getTitle: () => (ctx.enter('HtmlOutput', 'getTitle'), title),
    setTitle: (t) => step('setTitle', () => (title = String(t))),
    getWidth: () => (ctx.enter('HtmlOutput', 'getWidth'), width as number),
    setWidth: (w) => step('setWidth', () => (width = w)),
    getHeight: () => (ctx.enter('HtmlOutput', 'getHeight'), height as number),
    setHeight: (h) => step('setHeight', () => (height = h)),
    getFaviconUrl: () => (ctx.enter('HtmlOutput', 'getFaviconUrl'), favicon as string),
    setFaviconUrl: (u) => step('setFaviconUrl', () => (favicon = u)),
    addMetaTag: (name, c) => step('addMetaTag', () => meta.push({ name, content: c })),
    getMetaTags: () => (ctx.enter('HtmlOutput', 'getMetaTags'), meta.map((m) => ({ getName: () => m.name, getContent: () => m.content }))),
    // "This method now has no effect": https://developers.google.com/apps-script/reference/html/html-output#setSandboxMode(SandboxMode)
    setSandboxMode: (mode) => step('setSandboxMode', () => (sandbox = String(mode))),
    setXFrameOptionsMode: (mode) => step('setXFrameOptionsMode', () => (xFrame = String(mode))),
    getSandboxMode: () => sandbox,
    getXFrameOptionsMode: () => xFrame,
    asTemplate: () => (ctx.enter('HtmlOutput', 'asTemplate'), htmlTemplate(ctx, content, o)),
    getBlob: () => notEmulated('HtmlOutput.getBlob'),
    getAs: () => notEmulated('HtmlOutput.getAs'),
  };
  return self;
}

function htmlTemplate(ctx: EmulatorContext, source: string, o: HtmlServiceOptions): GoogleAppsScript.HTML.HtmlTemplate {
  const code = compileTemplate(source);
  const methods = new Set(['evaluate', 'getCode', 'getCodeWithComments', 'getRawContent']);
  const template: GoogleAppsScript.HTML.HtmlTemplate = {
    evaluate() {
      ctx.enter('HtmlTemplate', 'evaluate');
      const vars = Object.fromEntries(Object.entries(template).filter(([k]) => !methods.has(k)));
      const run = o.compile()('__vars__', '__escape__', '__print__', code);
      return htmlOutput(ctx, String(run(vars, escapeHtml, printValue)), o);
    },
    getCode: () => (ctx.enter('HtmlTemplate', 'getCode'), code),
    getCodeWithComments: () => (ctx.enter('HtmlTemplate', 'getCodeWithComments'), code),
    getRawContent: () => (ctx.enter('HtmlTemplate', 'getRawContent'), source),
  };
  return template;
}
