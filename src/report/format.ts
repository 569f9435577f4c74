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

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks): in a subject or a line they
 * can reorder what a reader sees ("Trojan Source"), so sheet text never carries them to a mail.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A surrogate half without its other half: a pair cut by a truncation, in the sheet or ours. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * At most `max` UTF-16 units of `text`, cut on a code point boundary (never inside a surrogate
 * pair) with `…` when cut.
 * @example cutText('a😀b', 3) // "a…"  (not "a\ud83d…": the emoji is not split)
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1])) end--;
  return text.slice(0, end) + '…';
}

/**
 * Sheet text made safe to show in a mail: bidirectional controls and lone surrogates removed,
 * bounded to `max` units. Says whether it was shortened, so the email can count it.
 */
export function cleanText(text: unknown, max: number): { text: string; shortened: boolean } {
  const clean = String(text ?? '').replace(BIDI_CONTROLS, '').replace(LONE_SURROGATE, '');
  const cut = cutText(clean, max);
  return { text: cut, shortened: cut !== clean };
}

/**
 * Sheet text for one line of a plain-text mail or a subject: control characters and line
 * breaks become spaces, bidirectional controls and lone surrogates go, and a long text is cut
 * on a code point boundary.
 */
export function oneLine(text: unknown, max = 300): string {
  // eslint-disable-next-line no-control-regex
  const flat = String(text ?? '').replace(BIDI_CONTROLS, '').replace(LONE_SURROGATE, '').replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return cutText(flat, max);
}
