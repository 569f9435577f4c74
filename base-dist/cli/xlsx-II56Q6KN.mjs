#!/usr/bin/env node
import { createRequire as __cxCreateRequire } from 'node:module';
const require = __cxCreateRequire(import.meta.url);
import {
  csvCell
} from "./chunk-QA56TYFI.mjs";
import {
  SourceError,
  checkTimeZone,
  serialToDate,
  sourceMessages
} from "./chunk-O7XSXUVU.mjs";
import "./chunk-ABYGTPUV.mjs";
import "./chunk-YITOM5RM.mjs";

// src/cli/sources/xlsx.ts
import { stat } from "node:fs/promises";
import { basename, extname, posix } from "node:path";
import { SaxesParser } from "saxes";
import unzipper from "unzipper";

// src/cli/sources/xlsx-cells.ts
function xlsxText(text, timeZone) {
  return csvCell(text, timeZone);
}
function isBuiltInDateFormat(id) {
  return id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58;
}
function isDateFormat(format) {
  if (!format || format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[(?:h+|m+|s+)\]/gi, "h").replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare.replace(/E[+-]/g, ""));
}

// src/cli/sources/xlsx.ts
async function openXlsx(path, opts = {}) {
  const { size } = await stat(path);
  const timeZone = opts.timeZone ?? "UTC";
  checkTimeZone(timeZone, opts.lang);
  const fileName = basename(path);
  const title = basename(path, extname(path));
  const m = sourceMessages(opts.lang);
  const zip = new Zip(fileName, m, await openZip(path, fileName, m));
  const book = await readBook(zip);
  let shared;
  const sharedStrings = () => shared ??= book.sharedStrings ? readSharedStrings(zip, book.sharedStrings) : Promise.resolve([]);
  const context = (name) => ({ zip, name, timeZone, date1904: book.date1904, dateStyles: book.dateStyles });
  const sheets = book.sheets.map(({ name, part }) => {
    async function* numbered(limit, onProgress) {
      const strings = await sharedStrings();
      let width = 0;
      let next = 1;
      const entry = part ? zip.entry(part) : void 0;
      if (!entry) return;
      for await (const row of sheetRows(context(name), entry, strings, (done) => onProgress?.(Math.round(done * size), size))) {
        if (row.number > limit) return;
        for (; next < row.number; next++) yield pad([], width);
        const cells = trimmed(row.cells, width);
        if (next === 1) width = cells.length;
        next = row.number + 1;
        yield pad(cells, width);
      }
      onProgress?.(size, size);
    }
    return {
      name,
      async sample(maxRows) {
        const out = [];
        if (maxRows > 0) for await (const row of numbered(maxRows)) out.push(row);
        return out;
      },
      async *rows() {
        let first = true;
        for await (const row of numbered(Infinity, opts.onProgress)) {
          if (!first) yield row;
          first = false;
        }
      }
    };
  });
  return { title, sheets };
}
var LIMITS = { book: 16 << 20, styles: 64 << 20, sharedStrings: 512 << 20, sheet: 4 * 1024 ** 3 };
var MAX_RATIO = 250;
var RATIO_FLOOR = 8 << 20;
var MAX_CELL_CHARS = 1 << 20;
var MAX_ROW = 1048576;
var MAX_COLUMN = 16384;
async function openZip(path, fileName, m) {
  try {
    const directory = await unzipper.Open.file(path);
    return new Map(directory.files.filter((f) => f.type === "File").map((f) => [f.path.replace(/^\//, ""), f]));
  } catch (e) {
    throw unreadable(fileName, m, e);
  }
}
var Zip = class {
  constructor(fileName, m, entries) {
    this.fileName = fileName;
    this.m = m;
    this.entries = entries;
  }
  fileName;
  m;
  entries;
  entry(part) {
    return this.entries.get(part);
  }
  /**
   * A part's text as it inflates, each chunk checked against the bounds, with the share of the
   * part done so far (for progress).
   */
  async *text(entry, limit) {
    const { fileName, m } = this;
    const bound = (unpacked2) => {
      if (unpacked2 > limit) throw new SourceError(m.partTooLarge(fileName, entry.path, limit), 1);
      if (unpacked2 > RATIO_FLOOR && unpacked2 > entry.compressedSize * MAX_RATIO) {
        throw new SourceError(m.zipBomb(fileName, entry.path, entry.compressedSize * MAX_RATIO, entry.compressedSize), 1);
      }
    };
    bound(entry.uncompressedSize);
    const stream = entry.stream();
    const decoder = new TextDecoder("utf-8");
    let unpacked = 0;
    try {
      for await (const chunk of stream) {
        unpacked += chunk.length;
        bound(unpacked);
        if (unpacked > entry.uncompressedSize) throw new SourceError(m.zipBomb(fileName, entry.path, entry.uncompressedSize, entry.compressedSize), 1);
        yield { text: decoder.decode(chunk, { stream: true }), done: unpacked / Math.max(1, entry.uncompressedSize) };
      }
      yield { text: decoder.decode(), done: 1 };
    } catch (e) {
      throw unreadable(fileName, m, e);
    } finally {
      stream.destroy();
    }
  }
};
async function* parseXml(zip, entry, limit, events) {
  const parser = new SaxesParser();
  let failure;
  const local = (name) => name.slice(name.indexOf(":") + 1);
  parser.on("opentag", (tag) => events.open(local(tag.name), tag.attributes));
  parser.on("text", (text) => events.text(text));
  parser.on("closetag", (tag) => events.close(local(tag.name)));
  parser.on("error", (e) => failure ??= e);
  for await (const { text, done } of zip.text(entry, limit)) {
    parser.write(text);
    if (failure) throw unreadable(zip.fileName, zip.m, failure);
    yield done;
  }
  parser.close();
  if (failure) throw unreadable(zip.fileName, zip.m, failure);
}
async function readBook(zip) {
  const rels = await relationships(zip, "xl/_rels/workbook.xml.rels", "xl/");
  const workbook = zip.entry("xl/workbook.xml");
  if (!workbook) throw new SourceError(zip.m.notWorkbook(zip.fileName, "no xl/workbook.xml"), 1);
  const book = { sheets: [], date1904: false, dateStyles: /* @__PURE__ */ new Set() };
  await drain(
    parseXml(zip, workbook, LIMITS.book, {
      open(name, a) {
        if (name === "workbookPr") book.date1904 = a.date1904 === "1" || a.date1904 === "true";
        if (name === "sheet") book.sheets.push({ name: a.name ?? `Sheet${book.sheets.length + 1}`, part: rels.get(a["r:id"] ?? "")?.target });
      },
      text() {
      },
      close() {
      }
    })
  );
  const styles = [...rels.values()].find((r) => r.type.endsWith("/styles"))?.target ?? "xl/styles.xml";
  const strings = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"))?.target ?? "xl/sharedStrings.xml";
  const stylesEntry = zip.entry(styles);
  if (stylesEntry) book.dateStyles = await dateStyles(zip, stylesEntry);
  book.sharedStrings = zip.entry(strings);
  return book;
}
async function drain(events) {
  for await (const _ of events) ;
}
async function relationships(zip, part, base) {
  const out = /* @__PURE__ */ new Map();
  const entry = zip.entry(part);
  if (!entry) return out;
  await drain(
    parseXml(zip, entry, LIMITS.book, {
      open(name, a) {
        if (name !== "Relationship" || !a.Id || !a.Target) return;
        const target = a.Target.startsWith("/") ? a.Target.slice(1) : posix.normalize(base + a.Target);
        out.set(a.Id, { target, type: a.Type ?? "" });
      },
      text() {
      },
      close() {
      }
    })
  );
  return out;
}
async function dateStyles(zip, entry) {
  const formats = /* @__PURE__ */ new Map();
  const xfFormats = [];
  let inCellXfs = false;
  await drain(
    parseXml(zip, entry, LIMITS.styles, {
      open(name, a) {
        if (name === "numFmt") formats.set(Number(a.numFmtId), a.formatCode ?? "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
      },
      text() {
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      }
    })
  );
  const out = /* @__PURE__ */ new Set();
  xfFormats.forEach((id, index) => {
    const custom = formats.get(id);
    if (custom !== void 0 ? isDateFormat(custom) : isBuiltInDateFormat(id)) out.add(index);
  });
  return out;
}
async function readSharedStrings(zip, entry) {
  const strings = [];
  let parts = [];
  let length = 0;
  let inText = false;
  let inPhonetic = false;
  await drain(
    parseXml(zip, entry, LIMITS.sharedStrings, {
      open(name) {
        if (name === "si") {
          parts = [];
          length = 0;
        } else if (name === "t" && !inPhonetic) inText = true;
        else if (name === "rPh") inPhonetic = true;
      },
      text(text) {
        if (!inText) return;
        length += text.length;
        if (length > MAX_CELL_CHARS) throw new SourceError(zip.m.cellTooLong(zip.fileName, entry.path, `#${strings.length + 1}`, MAX_CELL_CHARS), 1);
        parts.push(text);
      },
      close(name) {
        if (name === "t") inText = false;
        else if (name === "rPh") inPhonetic = false;
        else if (name === "si") strings.push(parts.join(""));
      }
    })
  );
  return strings;
}
var DAYS_1900_TO_1904 = 1462;
async function* sheetRows(ctx, entry, strings, progress) {
  const { zip } = ctx;
  const done = [];
  let row;
  let lastRow = 0;
  let cell;
  let lastColumn = 0;
  let parts = [];
  let length = 0;
  let capture = false;
  let inPhonetic = false;
  const outOfSheet = (ref) => new SourceError(zip.m.cellOutOfSheet(zip.fileName, ctx.name, ref), 1);
  const value = () => {
    const text = parts.join("");
    switch (cell.type) {
      case "s": {
        const shared = strings[Number(text)];
        return shared === void 0 ? "" : xlsxText(shared, ctx.timeZone);
      }
      case "str":
      case "inlineStr":
        return xlsxText(text, ctx.timeZone);
      case "b":
        return text.trim() === "1" || text.trim().toLowerCase() === "true";
      case "e":
        return text;
      case "d":
        return text === "" ? "" : xlsxText(text, ctx.timeZone);
      default: {
        if (text.trim() === "") return "";
        const n = Number(text);
        if (!Number.isFinite(n)) return "#NUM!";
        if (!ctx.dateStyles.has(cell.style)) return n;
        return serialToDate(ctx.date1904 ? n + DAYS_1900_TO_1904 : n, ctx.timeZone);
      }
    }
  };
  const events = {
    open(name, a) {
      if (name === "row") {
        const number = a.r ? Number(a.r) : lastRow + 1;
        if (!Number.isInteger(number) || number < 1 || number > MAX_ROW) throw outOfSheet(`row ${a.r}`);
        row = { number, cells: [] };
        lastRow = number;
        lastColumn = 0;
      } else if (name === "c" && row) {
        const column = a.r ? columnOf(a.r) : lastColumn + 1;
        if (!(column >= 1 && column <= MAX_COLUMN)) throw outOfSheet(a.r ?? `#${column}`);
        cell = { column, ref: a.r ?? `#${column}`, type: a.t ?? "n", style: Number(a.s ?? 0) };
        lastColumn = column;
        parts = [];
        length = 0;
      } else if (cell && (name === "v" || name === "t" && !inPhonetic)) capture = true;
      else if (name === "rPh") inPhonetic = true;
    },
    text(text) {
      if (!capture) return;
      length += text.length;
      if (length > MAX_CELL_CHARS) throw new SourceError(zip.m.cellTooLong(zip.fileName, ctx.name, cell.ref, MAX_CELL_CHARS), 1);
      parts.push(text);
    },
    close(name) {
      if (name === "v" || name === "t") capture = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "c" && cell && row) {
        const v = value();
        while (row.cells.length < cell.column - 1) row.cells.push("");
        row.cells[cell.column - 1] = v;
        cell = void 0;
      } else if (name === "row" && row) {
        done.push(row);
        row = void 0;
      }
    }
  };
  for await (const share of parseXml(zip, entry, LIMITS.sheet, events)) {
    for (const finished of done.splice(0)) yield finished;
    progress(share);
  }
}
function columnOf(ref) {
  const letters = /^([A-Za-z]{1,4})\d*$/.exec(ref)?.[1];
  if (!letters) return NaN;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function trimmed(cells, width) {
  const out = cells.map((c) => c === void 0 ? "" : c);
  while (out.length > width && out[out.length - 1] === "") out.pop();
  return out;
}
function pad(cells, width) {
  while (cells.length < width) cells.push("");
  return cells;
}
function unreadable(fileName, m, cause) {
  if (cause instanceof SourceError) return cause;
  const why = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
  return new SourceError(m.notWorkbook(fileName, why), 1, { cause });
}
export {
  MAX_CELL_CHARS,
  openXlsx
};
