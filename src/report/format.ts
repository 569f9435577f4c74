import type { Lang } from '../cells/types';

/**
 * Numbers, escaping and links for the report, shared by the HTML and text renderers so both
 * show exactly the same figures. Written by hand rather than with Intl: Apps Script's V8 ships
 * with partial ICU data, and a report must read the same in the emulator, the CLI and Gmail.
 */

/**
 * A number with a fixed count of decimals, grouped thousands and the language's separators:
 * en `1,234.5`, vi `1.234,5` (Vietnamese writes comma decimals).
 * @example formatNumber(45.5, 'vi', 1) // "45,5"
 */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const group = lang === 'vi' ? '.' : ',';
  const point = lang === 'vi' ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  // -0.0 after rounding is plain 0: a report never says "−0".
  const negative = value < 0 && Number(fixed) !== 0;
  return (negative ? '−' : '') + grouped + (fraction ? point + fraction : '');
}

/** Like formatNumber, without trailing zeros: targets read `24 h`, `5.5`, `70%`. */
export function formatCompact(value: number, lang: Lang, maxDecimals = 2): string {
  const decimals = Math.max(0, Math.min(maxDecimals, (String(Number(value.toFixed(maxDecimals))).split('.')[1] ?? '').length));
  return formatNumber(value, lang, decimals);
}

/** A change with its sign always shown: `+5.0`, `−2.3`, `0.0`. */
export function formatSigned(value: number, lang: Lang, decimals: number): string {
  const text = formatNumber(value, lang, decimals);
  return text.startsWith('−') || Number(Math.abs(value).toFixed(decimals)) === 0 ? text : '+' + text;
}

/** A p-value as readers know it: `p = 0.012`, `p < 0.001`. */
export function formatP(p: number, lang: Lang): string {
  if (p < 0.001) return `p < ${formatNumber(0.001, lang, 3)}`;
  return `p = ${formatNumber(p, lang, p < 0.01 ? 3 : 2)}`;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/**
 * Text safe to place in HTML content and in quoted attributes. Escaping `=` and backticks too
 * costs nothing and keeps a value safe even if a mail client rewrites quotes.
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"'`=]/g, (ch) => HTML_ESCAPES[ch]);
}

/**
 * The link if it is a plain http(s) URL, else undefined: a sheet value must never become a
 * `javascript:` or `data:` link in someone's inbox.
 */
export function safeHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s"'<>`\\]+$/i.test(trimmed) ? trimmed : undefined;
}

/** Sheet text for one line of a plain-text mail: control characters and line breaks become spaces. */
export function oneLine(text: unknown, max = 300): string {
  // eslint-disable-next-line no-control-regex
  const flat = String(text ?? '').replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
