/**
 * Developer metadata on the spreadsheet and its sheets: enough for the add-on to tag the
 * sheets it creates and find them again by key after a rename.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 */
import type { Env } from './env';
import { exception, messages } from './errors';
import type { MetadataEntry } from './model';

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type DeveloperMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;
export const DeveloperMetadataLocationType = { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' } as const;

const isVisibility = (v: unknown) => v === 'DOCUMENT' || v === 'PROJECT';

/** addDeveloperMetadata(key), (key, visibility), (key, value) or (key, value, visibility). */
export function addMetadata(env: Env, sheetId: number | undefined, key: string, valueOrVisibility?: unknown, visibility?: unknown): void {
  if (typeof key !== 'string' || key === '') throw exception(messages.invalidArgument('key'));
  let value: string | null = null;
  let vis: 'DOCUMENT' | 'PROJECT' = 'DOCUMENT';
  if (isVisibility(String(valueOrVisibility)) && visibility === undefined && typeof valueOrVisibility !== 'string') vis = String(valueOrVisibility) as 'DOCUMENT';
  else if (valueOrVisibility !== undefined) value = String(valueOrVisibility);
  if (visibility !== undefined) vis = String(visibility) as 'DOCUMENT';
  env.book.metadata.push({ id: env.book.newMetadataId(), key, value, visibility: vis, sheetId });
  env.book.touch();
}

function metadataObject(env: Env, entry: MetadataEntry): DeveloperMetadata {
  const enter = (method: string) => env.ctx.enter('DeveloperMetadata', method);
  const live = () => env.book.metadata.includes(entry);
  const self = {
    getId: () => (enter('getId'), entry.id),
    getKey: () => (enter('getKey'), entry.key),
    getValue: () => (enter('getValue'), entry.value),
    getVisibility: () => (enter('getVisibility'), entry.visibility),
    getLocation: () => {
      enter('getLocation');
      const sheet = entry.sheetId === undefined ? undefined : env.book.sheetById(entry.sheetId);
      return {
        getLocationType: () => (env.ctx.enter('DeveloperMetadataLocation', 'getLocationType'), sheet ? 'SHEET' : 'SPREADSHEET'),
        getSheet: () => (env.ctx.enter('DeveloperMetadataLocation', 'getSheet'), sheet ? env.sheet(sheet) : null),
        getSpreadsheet: () => (env.ctx.enter('DeveloperMetadataLocation', 'getSpreadsheet'), sheet ? null : env.spreadsheet()),
        getRow: () => (env.ctx.enter('DeveloperMetadataLocation', 'getRow'), null),
        getColumn: () => (env.ctx.enter('DeveloperMetadataLocation', 'getColumn'), null),
      };
    },
    setKey: (key: string) => (enter('setKey'), (entry.key = key), self),
    setValue: (value: string) => (enter('setValue'), (entry.value = value), self),
    setVisibility: (v: unknown) => (enter('setVisibility'), (entry.visibility = String(v) as 'DOCUMENT'), self),
    moveToSheet: (sheet: { getSheetId(): number }) => (enter('moveToSheet'), (entry.sheetId = sheet.getSheetId()), self),
    moveToSpreadsheet: () => (enter('moveToSpreadsheet'), (entry.sheetId = undefined), self),
    remove: () => {
      enter('remove');
      if (live()) env.book.metadata.splice(env.book.metadata.indexOf(entry), 1);
    },
  };
  return self as unknown as DeveloperMetadata;
}

export function metadataObjects(env: Env, where: (m: MetadataEntry) => boolean): DeveloperMetadata[] {
  return env.book.metadata.filter(where).map((m) => metadataObject(env, m));
}

/** A finder over the metadata `scope` selects; each with* narrows it, find() lists matches. */
export function createFinder(env: Env, scope: (m: MetadataEntry) => boolean): DeveloperMetadataFinder {
  const filters: ((m: MetadataEntry) => boolean)[] = [scope];
  const enter = (method: string) => env.ctx.enter('DeveloperMetadataFinder', method);
  const finder = {
    withKey: (key: string) => (enter('withKey'), filters.push((m) => m.key === key), finder),
    withValue: (value: string) => (enter('withValue'), filters.push((m) => m.value === value), finder),
    withId: (id: number) => (enter('withId'), filters.push((m) => m.id === id), finder),
    withVisibility: (v: unknown) => (enter('withVisibility'), filters.push((m) => m.visibility === String(v)), finder),
    withLocationType: (t: unknown) => (
      enter('withLocationType'), filters.push((m) => (m.sheetId === undefined ? 'SPREADSHEET' : 'SHEET') === String(t)), finder
    ),
    onIntersectingLocations: () => (enter('onIntersectingLocations'), finder),
    find: () => (enter('find'), metadataObjects(env, (m) => filters.every((f) => f(m)))),
  };
  return finder as unknown as DeveloperMetadataFinder;
}
