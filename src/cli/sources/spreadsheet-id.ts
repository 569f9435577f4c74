/**
 * The spreadsheet id in a Sheets URL (…/spreadsheets/d/ID/edit#gid=0, also /u/1/d/ID) or
 * a bare id (20+ letters, digits, - and _); else undefined. Kept apart from
 * google-sheets.ts so that recognising an id does not load googleapis (~50 MB of heap).
 */
export function spreadsheetIdOf(arg: string): string | undefined {
  const url = /^https?:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(arg);
  if (url) return url[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(arg) ? arg : undefined;
}
