/**
 * The local playground: the add-on, built and unchanged, in the emulator over the demo workbook
 * (or a CSV/XLSX file or folder), served on the loopback interface only. The page shows the
 * workbook's sheets, drawn as Sheets draws them, beside the real dist/Sidebar.html (300 px),
 * whose google.script.run is bridged to the emulator (./bridge.ts, as in the browser tests);
 * the dashboard and the last email the add-on sent are one click away. Nothing here listens
 * beyond 127.0.0.1 (or ::1): any other host is refused before a socket is opened. Requests
 * must also name this computer in their Host header (127.0.0.1, localhost or [::1]): a web page
 * elsewhere can point its own domain at 127.0.0.1 (DNS rebinding) and then read the playground as
 * "same origin", but its requests still carry that domain as Host, and get 421.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerCall, withBridge } from './bridge';
import type { Emulator } from './index';

export const LOOPBACK_HOSTS = ['127.0.0.1', '::1'] as const;

export class PlaygroundError extends Error {}

export interface PlaygroundOptions {
  emu: Emulator;
  /** Default 127.0.0.1; anything but a loopback address is refused. */
  host?: string;
  /** Default 8787; 0 picks a free port. */
  port?: number;
}

export interface Playground {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Refuses every host that is not a loopback address, in words that say what to do. */
export function checkLoopback(host: string): void {
  if (!(LOOPBACK_HOSTS as readonly string[]).includes(host)) {
    throw new PlaygroundError(`The playground only listens on this computer (127.0.0.1 or ::1), not on ${JSON.stringify(host)}: it runs the add-on with your data and has no login.`);
  }
}

/** Host header names a request may carry (with or without the port): this computer only. */
const LOCAL_HOST_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether a request's Host header names this computer on the playground's port: `127.0.0.1:8787`,
 * `localhost:8787` or `[::1]:8787` (any case; the port may be left out only when it is 80).
 * A rebinding attacker's page sends its own name (`evil.example:8787`), which is refused.
 */
export function isLocalHostHeader(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const m = /^(\[[^\]]*\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  if (!m || !LOCAL_HOST_NAMES.has(m[1])) return false;
  return (m[2] === undefined ? 80 : Number(m[2])) === port;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page's half of the bridge: each call is a POST to this server. */
const CALL_OVER_HTTP = `window.__cxCall = (name, args) => fetch('/api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, args }) }).then((r) => r.text());`;

/** Sheet pages reload when the workbook changes (a build, a dropdown), so they stay live. */
const LIVE = `<script>(() => { let seen; setInterval(async () => { try { const v = await (await fetch('/api/version')).text(); if (seen !== undefined && v !== seen) location.reload(); seen = v; } catch {} }, 1000); })();</script>`;

function indexPage(emu: Emulator): string {
  const snapshot = emu.spreadsheet.snapshot();
  const tabs = snapshot.sheets.map((s, i) => `<a href="/sheet/${i}" target="sheet">${esc(s.name)}</a>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>CX Metrics playground</title><style>
body{margin:0;font:13px Arial,sans-serif;display:grid;grid-template-columns:1fr 300px;grid-template-rows:auto 1fr;height:100vh}
header{grid-column:1/3;padding:6px 10px;background:#f1f3f4;border-bottom:1px solid #dadce0;display:flex;gap:10px;flex-wrap:wrap;align-items:center}
header a{color:#174ea6;text-decoration:none;padding:2px 6px;border-radius:4px}header a:hover{background:#e8f0fe}
header b{margin-right:8px}iframe{border:0;width:100%;height:100%}#side{border-left:1px solid #dadce0}
</style></head><body><header><b>${esc(snapshot.name)}</b>${tabs}<a href="/dashboard" target="sheet">Dashboard</a><a href="/email" target="sheet">Last email</a>
<a href="/sidebar/showSetup" target="side">Set up metrics</a><a href="/sidebar/showReports" target="side">Email reports</a></header>
<iframe name="sheet" src="/sheet/0" title="Sheet"></iframe><iframe id="side" name="side" src="/sidebar/showSetup" title="Sidebar"></iframe></body></html>`;
}

const SIDEBAR_ITEMS = new Set(['showSetup', 'showReports', 'showDashboardStep']);

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

async function body(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > limit) throw new PlaygroundError('request too large');
  }
  return text;
}

/**
 * The email as the playground shows it: links to the spreadsheet (`…/spreadsheets/d/ID/edit`,
 * with `#gid=N` for a sheet) open that sheet here instead of going to Google, which has no such
 * spreadsheet; other links are left as they are.
 */
export function emailForPlayground(emu: Emulator, html: string): string {
  const names = emu.spreadsheet.snapshot().sheets.map((s) => s.name);
  return html.replace(/href="https:\/\/docs\.google\.com\/spreadsheets\/d\/[^/"]+\/edit(?:#gid=(\d+)[^"]*)?"/g, (_, gid: string | undefined) => {
    const name = gid === undefined ? undefined : emu.spreadsheet.sheetNameById(Number(gid));
    return `href="/sheet/${name === undefined ? 0 : Math.max(0, names.indexOf(name))}" target="_self"`;
  });
}

function handler(emu: Emulator, port: () => number) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    try {
      if (!isLocalHostHeader(req.headers.host, port())) return send(res, 421, 'text/plain', 'The playground answers only requests addressed to 127.0.0.1 or localhost.');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname;
      if (req.method === 'POST' && path === '/api/call') {
        const { name, args } = JSON.parse(await body(req)) as { name: unknown; args: unknown };
        if (typeof name !== 'string' || typeof args !== 'string') return send(res, 400, 'application/json', JSON.stringify({ ok: false, message: 'name and args are required' }));
        return send(res, 200, 'application/json', answerCall(emu, name, args));
      }
      if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Only GET and POST /api/call.');
      if (path === '/') return send(res, 200, 'text/html', indexPage(emu));
      if (path === '/api/version') return send(res, 200, 'text/plain', String(emu.spreadsheet.version()));
      const sidebar = /^\/sidebar\/(\w+)$/.exec(path);
      if (sidebar && SIDEBAR_ITEMS.has(sidebar[1])) {
        emu.call(sidebar[1]);
        const html = emu.ui.sidebars[emu.ui.sidebars.length - 1].html;
        return send(res, 200, 'text/html', withBridge(html, CALL_OVER_HTTP));
      }
      const sheet = /^\/sheet\/(\d+)$/.exec(path);
      if (sheet) {
        const names = emu.spreadsheet.snapshot().sheets.map((s) => s.name);
        const name = names[Number(sheet[1])];
        if (name === undefined) return send(res, 404, 'text/plain', 'No such sheet.');
        return send(res, 200, 'text/html', emu.spreadsheet.renderHtml(name).replace('</body>', `${LIVE}</body>`));
      }
      if (path === '/dashboard') {
        // The add-on's own dashboard, found as the add-on finds it: by its developer metadata.
        const mark = emu.spreadsheet.snapshot().metadata.find((m) => m.key === 'cx.dashboard' && m.sheetId !== undefined);
        const name = mark ? emu.spreadsheet.sheetNameById(mark.sheetId!) : undefined;
        if (!name) return send(res, 200, 'text/html', `<p style="font:14px sans-serif;padding:16px">No dashboard yet: build it from the sidebar (step 4).</p>${LIVE}`);
        return send(res, 200, 'text/html', emu.spreadsheet.renderHtml(name).replace('</body>', `${LIVE}</body>`));
      }
      if (path === '/email') {
        const mail = emu.outbox.messages.at(-1);
        if (!mail) return send(res, 200, 'text/html', '<p style="font:14px sans-serif;padding:16px">No email sent yet: Email reports → Send a test now.</p>');
        return send(res, 200, 'text/html', mail.htmlBody ? emailForPlayground(emu, mail.htmlBody) : `<pre>${esc(mail.body)}</pre>`);
      }
      return send(res, 404, 'text/plain', 'Not found.');
    } catch (error) {
      send(res, 500, 'text/plain', error instanceof Error ? error.message.split('\n')[0] : String(error));
    }
  };
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const host = options.host ?? '127.0.0.1';
  checkLoopback(host);
  let listening = 0;
  const server = createServer(handler(options.emu, () => listening));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  listening = port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
