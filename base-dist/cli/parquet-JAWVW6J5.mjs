#!/usr/bin/env node
import { createRequire as __cxCreateRequire } from 'node:module';
const require = __cxCreateRequire(import.meta.url);
import {
  cellOf,
  openParquet,
  selectOf
} from "./chunk-5E2LPICZ.mjs";
import "./chunk-QA56TYFI.mjs";
import "./chunk-O7XSXUVU.mjs";
import "./chunk-ABYGTPUV.mjs";
import "./chunk-YITOM5RM.mjs";
export {
  cellOf,
  openParquet,
  selectOf
};
