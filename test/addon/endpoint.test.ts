import { describe, expect, it } from 'vitest';
import * as z from '../../src/mapping/zod';
import { endpoint } from '../../src/addon/endpoint';

/**
 * What a person reads when a sidebar call fails: a passing service problem says to wait and try
 * again; a fault in the add-on's own code (a TypeError) says that retrying will not help and how
 * to report it, in their language, with no stack.
 */
describe('a sidebar call that fails', () => {
  const failing = (error: unknown) =>
    endpoint(z.object({ lang: z.optional(z.string()) }), z.unknown(), () => {
      throw error;
    });
  const messageOf = (fn: (raw?: unknown) => unknown, lang: 'en' | 'vi') => {
    try {
      fn({ lang });
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('the call did not fail');
  };

  it('says a fault of the add-on itself cannot be fixed by trying again (en, vi)', () => {
    const fault = new TypeError("Cannot read properties of undefined (reading 'length')");
    expect(messageOf(failing(fault), 'en')).toBe(
      "CX Metrics ran into a fault of its own (Cannot read properties of undefined (reading 'length')). Trying again will not help: please report it from Extensions → CX Metrics → Help, saying what you clicked.",
    );
    expect(messageOf(failing(fault), 'vi')).toContain('Thử lại sẽ không giúp được');
    expect(messageOf(failing(fault), 'en')).not.toMatch(/try again\.|at \w+ \(/);
  });

  it('still says to wait and try again when a Google service did not answer', () => {
    const timeout = new Error('Service Spreadsheets timed out while accessing document with id abc.');
    expect(messageOf(failing(timeout), 'en')).toBe('Google Sheets did not complete the request (Service Spreadsheets timed out while accessing document with id abc.). Wait a moment and try again.');
    expect(messageOf(failing(timeout), 'vi')).toContain('Hãy đợi một lát rồi thử lại');
  });
});
