#!/usr/bin/env node
import { createRequire as __cxCreateRequire } from 'node:module';
const require = __cxCreateRequire(import.meta.url);
import {
  csvCell
} from "./chunk-QA56TYFI.mjs";
import {
  SourceError,
  checkTimeZone,
  sourceMessages,
  wallClockToInstant
} from "./chunk-O7XSXUVU.mjs";

// src/cli/sources/parquet.ts
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";

// src/cli/sql/duck.ts
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
function sqlText(text) {
  return `'${text.replace(/'/g, "''")}'`;
}
function sqlValue(value) {
  if (typeof value === "string") return sqlText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isFinite(value) ? `${value}::DOUBLE` : `'${value}'::DOUBLE`;
  return "NULL";
}
async function loadDuckDb() {
  const loaded = await import("./lib-IARY6A6Q.mjs");
  return "DuckDBInstance" in loaded ? loaded : loaded.default;
}
var DUCK_OPTIONS = {
  memory_limit: "160MB",
  temp_directory: join(tmpdir(), "cx-metrics-duckdb"),
  allocator_flush_threshold: "16MB",
  allocator_background_threads: "true"
};
var session;
async function withDuckSession(run) {
  const current = session ??= { users: 0 };
  current.users++;
  try {
    return await run();
  } finally {
    if (--current.users === 0) {
      if (session === current) session = void 0;
      (await current.instance?.catch(() => void 0))?.closeSync();
    }
  }
}
async function prepareDuck() {
  if (!session || session.instance) return;
  const current = session;
  let duckdb;
  try {
    duckdb = await loadDuckDb();
  } catch {
    return;
  }
  current.instance ??= duckdb.DuckDBInstance.create(":memory:", DUCK_OPTIONS);
  current.instance.catch(() => void 0);
}
async function connectDuck() {
  const { DuckDBInstance } = await loadDuckDb();
  if (session) {
    const connection2 = await (await (session.instance ??= DuckDBInstance.create(":memory:", DUCK_OPTIONS))).connect();
    return { connection: connection2, close: () => connection2.closeSync() };
  }
  const instance = await DuckDBInstance.create(":memory:", DUCK_OPTIONS);
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    }
  };
}
async function openDuck() {
  const { DuckDBListValue } = await loadDuckDb();
  const { connection, close } = await connectDuck();
  return {
    rows: async (sql) => {
      try {
        return (await connection.runAndReadAll(sql)).getRowsJS();
      } catch (error) {
        throw new DuckRefused(error);
      }
    },
    chunks: async (sql, visit) => {
      const duck = async (call) => {
        try {
          return await call();
        } catch (error) {
          throw new DuckRefused(error);
        }
      };
      const result = await duck(() => connection.stream(sql));
      for (let fetched = 1; ; fetched++) {
        const chunk = await duck(() => result.fetchChunk());
        if (!chunk || chunk.rowCount === 0) break;
        const view = {
          rowCount: chunk.rowCount,
          ints: (column) => chunk.getColumnVector(column).items,
          value: (column, row) => {
            const v = chunk.getColumnVector(column).getItem(row);
            return v instanceof DuckDBListValue ? [...v.items] : v;
          }
        };
        if (visit(view) === false) break;
        if (fetched % CHUNKS_PER_COLLECTION === 0) collectGarbage();
      }
    },
    close
  };
}
var CHUNKS_PER_COLLECTION = 64;
var collector;
function collectGarbage() {
  if (!collector) {
    setFlagsFromString("--expose-gc");
    collector = runInNewContext("gc");
  }
  collector();
}
var DuckRefused = class extends Error {
  constructor(reason) {
    super(String(reason?.message ?? reason).split("\n")[0]);
    this.reason = reason;
  }
  reason;
};

// src/cli/sources/parquet.ts
async function openParquet(path, opts = {}) {
  const timeZone = opts.timeZone ?? "UTC";
  checkTimeZone(timeZone);
  const m = sourceMessages(opts.lang);
  const fileName = basename(path);
  const name = basename(path, extname(path));
  const file = `read_parquet(${sqlText(path)})`;
  let columns;
  {
    const { connection, close } = await connectDuck();
    try {
      const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${file}`)).getRowObjectsJS();
      columns = described.map((c) => ({ name: String(c.column_name), kind: kindOf(String(c.column_type)) }));
    } catch (error) {
      throw new SourceError(m.parquetUnreadable(fileName, firstLine(error)), 1, { cause: error });
    } finally {
      close();
    }
  }
  const header = columns.map((c) => c.name);
  const dictionaries = /* @__PURE__ */ new Map();
  async function dictionariesFor(wanted, connection) {
    const unknown = wanted.filter((i) => columns[i].kind === "text" && !dictionaries.has(i));
    if (unknown.length === 0) return;
    const counts = (await connection.runAndReadAll(`SELECT ${unknown.map((i) => `approx_count_distinct(${q(columns[i].name)})`).join(", ")} FROM ${file}`)).getRowsJS()[0];
    for (let k = 0; k < unknown.length; k++) {
      const i = unknown[k];
      if (Number(counts[k]) > MAX_DICTIONARY) {
        dictionaries.set(i, null);
        continue;
      }
      const values = (await connection.runAndReadAll(`SELECT DISTINCT CAST(${q(columns[i].name)} AS VARCHAR) FROM ${file} WHERE ${q(columns[i].name)} IS NOT NULL`)).getRowsJS();
      dictionaries.set(i, values.length > MAX_DICTIONARY || values.length === 0 ? null : values.map(([v]) => String(v)));
    }
  }
  async function* stream(limit, only) {
    const wanted = only ? [...new Set(only)].filter((i) => i >= 0 && i < columns.length).sort((a, b) => a - b) : columns.map((_, i) => i);
    if (wanted.length === 0) wanted.push(0);
    const { connection, close } = await connectDuck();
    try {
      if (limit === void 0) await dictionariesFor(wanted, connection);
      const dictionary = wanted.map((i) => limit === void 0 ? dictionaries.get(i) ?? null : null);
      const select = wanted.map((i, k) => dictionary[k] ? `CAST(${q(columns[i].name)} AS ENUM(${dictionary[k].map(sqlText).join(", ")}))` : selectOf(columns[i])).join(", ");
      const typed = dictionary.map((values) => values ? new Array(values.length) : null);
      const kinds = wanted.map((i) => columns[i].kind);
      const result = await connection.stream(`SELECT ${select} FROM ${file}${limit === void 0 ? "" : ` LIMIT ${limit}`}`);
      for (; ; ) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        const vectors = wanted.map((_, k) => chunk.getColumnVector(k));
        for (let r = 0; r < chunk.rowCount; r++) {
          const row = new Array(columns.length).fill("");
          for (let k = 0; k < wanted.length; k++) {
            const cells = typed[k];
            if (cells) {
              if (!vectors[k].validity.itemValid(r)) continue;
              const code = vectors[k].items[r];
              row[wanted[k]] = cells[code] ??= csvCell(dictionary[k][code], timeZone);
            } else row[wanted[k]] = cellOf(vectors[k].getItem(r), kinds[k], timeZone);
          }
          yield row;
        }
      }
    } catch (error) {
      if (error instanceof SourceError) throw error;
      throw new SourceError(m.parquetUnreadable(fileName, firstLine(error)), 1, { cause: error });
    } finally {
      close();
    }
  }
  const sheet = {
    name,
    async sample(maxRows) {
      if (maxRows <= 0) return [];
      const out = [header];
      for await (const row of stream(maxRows - 1, void 0)) out.push(row);
      return out;
    },
    rows: (only) => stream(void 0, only),
    table: { kind: "parquet", path, size: (await stat(path)).size, columns }
  };
  return { title: name, sheets: [sheet] };
}
var MAX_DICTIONARY = 256;
function kindOf(type) {
  const t = type.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|UTINYINT|USMALLINT|UINTEGER|FLOAT|DOUBLE|DECIMAL)/.test(t)) return "number";
  if (/^(BIGINT|UBIGINT|HUGEINT|UHUGEINT)$/.test(t)) return "bigint";
  if (t === "BOOLEAN") return "boolean";
  if (t === "TIMESTAMP WITH TIME ZONE") return "instant";
  if (t === "DATE" || /^TIMESTAMP(_S|_MS|_NS)?$/.test(t)) return "wallTime";
  return "text";
}
var q = (name) => `"${name.replace(/"/g, '""')}"`;
function selectOf(column) {
  const c = q(column.name);
  switch (column.kind) {
    case "number":
      return `CAST(${c} AS DOUBLE)`;
    case "boolean":
      return c;
    case "wallTime":
    case "instant":
      return `CAST(epoch_ms(CAST(${c} AS TIMESTAMP${column.kind === "instant" ? " WITH TIME ZONE" : ""})) AS DOUBLE)`;
    default:
      return `CAST(${c} AS VARCHAR)`;
  }
}
function cellOf(value, kind, timeZone) {
  if (value === null || value === void 0) return "";
  switch (kind) {
    case "number":
      return value;
    case "boolean":
      return value;
    case "wallTime":
      return new Date(timeZone === "UTC" ? value : wallClockToInstant(value, timeZone));
    case "instant":
      return new Date(value);
    default:
      return csvCell(String(value), timeZone);
  }
}
function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0];
}

export {
  sqlText,
  sqlValue,
  withDuckSession,
  prepareDuck,
  openDuck,
  DuckRefused,
  openParquet,
  selectOf,
  cellOf
};
