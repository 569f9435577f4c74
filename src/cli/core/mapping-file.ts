import { readFile } from 'node:fs/promises';
import type { Lang } from '../../cells/types';
import type { Mapping } from '../../mapping/index';
import { dataError, usageError } from '../errors';
import type { CliMessages } from '../messages';
import { writeOutputFile } from './output-file';

/**
 * A mapping saved by `detect --out` (or copied from the add-on), read with the add-on's own
 * parser, so a damaged file gets the same message as a damaged saved mapping, with the zod path
 * (`mapping.sources.0.columns.nps: expected a column letter`). An older version is brought up to
 * date with a warning rather than refused: the user can still run the report.
 */
export async function readMappingFile(path: string, lang: Lang, m: CliMessages, warn: (text: string) => void): Promise<Mapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw usageError(m.mappingFileMissing(path));
  }
  // Notepad and Excel save JSON with a byte-order mark; JSON.parse refuses it.
  text = text.replace(/^\uFEFF/, '');
  const forbidden = forbiddenKey(text);
  if (forbidden) throw dataError(m.mappingForbiddenKey(path, forbidden));
  const { parseStoredMapping } = await loadSchema();
  const parsed = parseStoredMapping(text);
  if (parsed.ok) return parsed.mapping;
  if (parsed.migrated) {
    warn(m.mappingMigrated(path));
    return parsed.migrated;
  }
  throw dataError(m.mappingInvalid(path, parsed.message[lang]));
}

/** Pretty-printed, validated by serializeMapping so only a readable mapping is ever written. */
export async function writeMappingFile(path: string, mapping: Mapping, m: CliMessages): Promise<void> {
  const { serializeMapping } = await loadSchema();
  await writeOutputFile(path, JSON.stringify(JSON.parse(serializeMapping(mapping)), null, 2) + '\n', m);
}

/** The add-on's parser (zod), loaded only for a mapping file: constructing its schemas was ~10 ms of every run's start. */
const loadSchema = () => import('../../mapping/schema');

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The dotted path of the first key that could reach an object's prototype, if any. */
function forbiddenKey(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined; // parseStoredMapping words this
  }
  const walk = (node: unknown, path: string[]): string | undefined => {
    if (node === null || typeof node !== 'object') return undefined;
    for (const [key, child] of Object.entries(node)) {
      if (FORBIDDEN.has(key)) return [...path, key].join('.');
      const found = walk(child, [...path, key]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(value, []);
}
