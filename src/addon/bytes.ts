/**
 * Apps Script measures property values in UTF-8 bytes (9 KB per value, 500 KB per store:
 * https://developers.google.com/apps-script/guides/services/quotas), and the V8 runtime has no
 * TextEncoder or Buffer, so the add-on counts bytes itself (src/cells/bytes.ts). Vietnamese letters take 2 or 3 bytes
 * each, so a check in characters lets through values Apps Script refuses.
 */
export const PROPERTY_VALUE_BYTES = 9 * 1024;

/** Counted with the one UTF-8 byte counter the report uses too. */
export { utf8Length } from '../cells/bytes';
