/**
 * Apps Script's own error texts, in one place. Apps Script throws `Exception` objects, so
 * `String(e)` reads `Exception: <message>` as in the Apps Script editor's log.
 */

export function exception(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

export const messages = {
  // Seen verbatim in user reports, e.g. https://github.com/alpatania/sassafras/issues/8
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  // Sheet.getRange(row, column, numRows, numColumns) argument checks.
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  // A1 notation that does not parse, or names a sheet that does not exist.
  rangeNotFound: 'Range not found',
  // Spreadsheet.insertSheet / Sheet.setName with a name in use.
  duplicateSheetName: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  // Spreadsheet.deleteSheet on the only sheet.
  lastSheet: "You can't remove all the sheets in a document.",
  /**
   * A Sheet or Range object used after its sheet was deleted. Apps Script's exact wording
   * could not be confirmed from here; tests should match on `deleted`.
   */
  sheetDeleted: (name: string) => `The sheet "${name}" has been deleted.`,
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
};
