#!/usr/bin/env node
import { createRequire as __cxCreateRequire } from 'node:module';
const require = __cxCreateRequire(import.meta.url);
import {
  quoteSheet
} from "./chunk-IRJHNTXD.mjs";
import {
  SourceError,
  serialToDate,
  sourceMessages
} from "./chunk-O7XSXUVU.mjs";
import "./chunk-YITOM5RM.mjs";

// src/cli/sources/google-sheets.ts
import { readFile } from "node:fs/promises";
import { google } from "googleapis";

// src/cli/sources/google-errors.ts
async function withRetry(call, opts = {}) {
  const tries = opts.tries ?? 4;
  const delayMs = opts.delayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const status = statusOf(e);
      const transient = status === 429 || status !== void 0 && status >= 500 || status === void 0 && isNetworkError(e);
      if (!transient || attempt >= tries) throw Object.assign(asObject(e), { cxAttempts: attempt });
      const retryAfter = Number(headerOf(e, "retry-after"));
      const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1e3 : delayMs * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 6e4)));
    }
  }
}
async function explainSheetsError(e, spreadsheetId, account, m = sourceMessages("en")) {
  if (e instanceof SourceError) return e;
  const status = statusOf(e);
  const message = apiMessage(e);
  const tries = e.cxAttempts ?? 1;
  const cause = { cause: e };
  if (/default credentials/i.test(message)) return new SourceError(m.noDefaultCredentials(), 2, cause);
  switch (status) {
    case 404:
      return new SourceError(m.noSpreadsheet(spreadsheetId), 2, cause);
    case 403: {
      if (/SERVICE_DISABLED|has not been used|is disabled/i.test(message)) return new SourceError(m.apiDisabled(message), 2, cause);
      const who = await account().catch(() => void 0);
      return new SourceError(m.notShared(spreadsheetId, who), 2, cause);
    }
    case 401:
      return new SourceError(m.credentialsRejected(message), 2, cause);
    case 400:
      return new SourceError(m.requestRefused(spreadsheetId, message), 1, cause);
    case 429:
      return new SourceError(m.rateLimited(tries), 1, cause);
    case void 0:
      return new SourceError(m.unreachable(message), 1, cause);
    default:
      return new SourceError(m.apiFailed(status, tries, message), 1, cause);
  }
}
function asObject(e) {
  return typeof e === "object" && e !== null ? e : new Error(String(e));
}
function statusOf(e) {
  const err = e;
  const status = err?.response?.status ?? err?.status;
  return typeof status === "number" ? status : void 0;
}
function headerOf(e, name) {
  const headers = e?.response?.headers;
  if (headers && typeof headers.get === "function") return headers.get(name) ?? void 0;
  const value = headers?.[name];
  return typeof value === "string" ? value : void 0;
}
function isNetworkError(e) {
  const code = e?.code;
  return typeof code === "string" && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|EPIPE|UND_ERR)/.test(code);
}
function apiMessage(e) {
  const data = e?.response?.data;
  const error = data?.error;
  if (error && typeof error.message === "string") {
    const reasons = JSON.stringify(error.details ?? "");
    return `${error.message}${typeof error.status === "string" ? ` [${error.status}]` : ""}${/SERVICE_DISABLED/.test(reasons) ? " SERVICE_DISABLED" : ""}`;
  }
  return e instanceof Error ? e.message : String(e);
}

// src/cli/sources/google-sheets.ts
var SCOPE = "https://www.googleapis.com/auth/spreadsheets.readonly";
var PROBE_ROWS = "2:6";
async function openGoogleSheet(spreadsheetId, opts = {}) {
  const m = sourceMessages(opts.lang);
  const auth = opts.auth ?? await authFromOptions(opts.credentials, m);
  const api = google.sheets({ version: "v4", auth, ...opts.rootUrl ? { rootUrl: opts.rootUrl } : {} });
  const account = () => accountOf(auth, opts.credentials, m);
  const call = async (request) => {
    try {
      return (await withRetry(request, { delayMs: opts.retryDelayMs })).data;
    } catch (e) {
      throw await explainSheetsError(e, spreadsheetId, account, m);
    }
  };
  const noRetry = { retry: false };
  const meta = await call(
    () => api.spreadsheets.get(
      { spreadsheetId, fields: "properties(title,timeZone,locale),sheets.properties(sheetId,title,sheetType)" },
      noRetry
    )
  );
  const timeZone = meta.properties?.timeZone ?? "UTC";
  const tabs = (meta.sheets ?? []).map((s) => s.properties ?? {}).filter((p) => (p.sheetType ?? "GRID") === "GRID" && typeof p.title === "string");
  const probe = tabs.length ? await call(
    () => api.spreadsheets.get(
      {
        spreadsheetId,
        ranges: tabs.map((t) => `${quoteSheet(t.title)}!${PROBE_ROWS}`),
        includeGridData: true,
        fields: "sheets(properties(sheetId),data(rowData(values(effectiveFormat(numberFormat(type))))))"
      },
      noRetry
    )
  ) : { sheets: [] };
  const datesBySheetId = /* @__PURE__ */ new Map();
  for (const s of probe.sheets ?? []) datesBySheetId.set(s.properties?.sheetId ?? -1, dateColumns(s));
  const sheets = tabs.map((tab) => {
    const name = tab.title;
    const dates = datesBySheetId.get(tab.sheetId ?? -1) ?? /* @__PURE__ */ new Set();
    let values;
    const load = () => values ??= call(
      () => api.spreadsheets.values.batchGet(
        {
          spreadsheetId,
          ranges: [quoteSheet(name)],
          majorDimension: "ROWS",
          valueRenderOption: "UNFORMATTED_VALUE",
          dateTimeRenderOption: "SERIAL_NUMBER"
        },
        noRetry
      )
    ).then((data) => data.valueRanges?.[0]?.values ?? []);
    const typed = (raw, r, width) => {
      const row = (raw[r] ?? []).map((v, c) => v === null || v === void 0 ? "" : r > 0 && dates.has(c) && typeof v === "number" ? serialToDate(v, timeZone) : v);
      while (row.length < width) row.push("");
      return row;
    };
    return {
      name,
      async sample(maxRows) {
        const raw = await load();
        const width = raw[0]?.length ?? 0;
        return raw.slice(0, Math.max(0, maxRows)).map((_, r) => typed(raw, r, width));
      },
      async *rows() {
        const raw = await load();
        const width = raw[0]?.length ?? 0;
        for (let r = 1; r < raw.length; r++) yield typed(raw, r, width);
      }
    };
  });
  const locale = meta.properties?.locale ?? void 0;
  return { title: meta.properties?.title ?? spreadsheetId, timeZone, ...locale ? { locale } : {}, sheets };
}
function dateColumns(sheet) {
  const decided = /* @__PURE__ */ new Map();
  for (const grid of sheet.data ?? []) {
    for (const row of grid.rowData ?? []) {
      (row.values ?? []).forEach((cell, c) => {
        const type = cell.effectiveFormat?.numberFormat?.type;
        if (type && !decided.has(c)) decided.set(c, type === "DATE" || type === "TIME" || type === "DATE_TIME");
      });
    }
  }
  return new Set([...decided].filter(([, isDate]) => isDate).map(([c]) => c));
}
async function authFromOptions(credentials, m) {
  if (credentials !== void 0) await readKeyFile(credentials, m);
  return new google.auth.GoogleAuth({ scopes: [SCOPE], ...credentials ? { keyFile: credentials } : {} });
}
async function readKeyFile(path, m) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new SourceError(m.credentialsMissing(path), 2);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new SourceError(m.notCredentials(path), 2);
  }
}
async function accountOf(auth, credentials, m) {
  if (credentials) return (await readKeyFile(credentials, m)).client_email;
  const client = auth;
  if (typeof client.email === "string") return client.email;
  return typeof client.getCredentials === "function" ? (await client.getCredentials()).client_email : void 0;
}
export {
  openGoogleSheet
};
