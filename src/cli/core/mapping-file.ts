import { readFile, writeFile } from 'node:fs/promises';
import type { Lang } from '../../cells/types';
import { parseStoredMapping, serializeMapping, type Mapping } from '../../mapping/index';
import { dataError, usageError } from '../errors';
import type { CliMessages } from '../messages';

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
  const parsed = parseStoredMapping(text);
  if (parsed.ok) return parsed.mapping;
  if (parsed.migrated) {
    warn(m.mappingMigrated(path));
    return parsed.migrated;
  }
  throw dataError(m.mappingInvalid(path, parsed.message[lang]));
}

/** Pretty-printed, validated by serializeMapping so only a readable mapping is ever written. */
export async function writeMappingFile(path: string, mapping: Mapping): Promise<void> {
  await writeFile(path, JSON.stringify(JSON.parse(serializeMapping(mapping)), null, 2) + '\n');
}
