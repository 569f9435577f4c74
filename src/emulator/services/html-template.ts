/**
 * Apps Script HTML templates: `<?= expr ?>` prints escaped, `<?!= expr ?>` prints as is, `<? code ?>`
 * runs code. https://developers.google.com/apps-script/guides/html/templates
 * The template's properties are variables in the scriptlets, and the script's globals (the bundle's
 * functions) are in scope too, because the compiled code runs in the same vm context as the bundle.
 * Escaping is HTML escaping everywhere; Apps Script also escapes contextually inside <script> and
 * attributes, which the emulator does not model.
 */

/** The template as JavaScript: a function body that reads `__vars__` and returns the HTML. */
export function compileTemplate(source: string): string {
  const lines = ['var __out__ = [];', 'with (__vars__) {'];
  const pattern = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    if (match.index > last) lines.push(`__out__.push(${JSON.stringify(source.slice(last, match.index))});`);
    const [, kind, code] = match;
    if (kind === '=') lines.push(`__out__.push(__escape__(${code.trim()}));`);
    else if (kind === '!=') lines.push(`__out__.push(__print__(${code.trim()}));`);
    else lines.push(code);
    last = pattern.lastIndex;
  }
  if (last < source.length) lines.push(`__out__.push(${JSON.stringify(source.slice(last))});`);
  lines.push('}', "return __out__.join('');");
  return lines.join('\n');
}

export function printValue(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

export function escapeHtml(value: unknown): string {
  return printValue(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
