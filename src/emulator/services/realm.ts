/**
 * The seams between the host (tests, services) and the vm context the bundle runs in.
 *
 * A vm context is a separate JavaScript realm with its own Date, Array and Error, so by default a
 * Date made by a service fails `instanceof Date` inside the bundle (zod's z.date() would reject a
 * cell's date) and a service's Error fails `instanceof Error` (a catch block would misreport it).
 * Choices:
 * - `Date` inside the vm is a host-realm constructor whose instances are host Dates, so `instanceof
 *   Date` holds on both sides. `new Date()` and `Date.now()` read the emulator clock, as the bundle
 *   must not see the machine's time. Known gap: `new Date().getHours()` uses the host process time
 *   zone, where Apps Script uses the script's time zone (appsscript.json); the add-on formats dates
 *   with Utilities.formatDate or the spreadsheet's zone, which the emulator honours.
 *   `someDate.constructor === Date` is false inside the vm (the prototype is the host's).
 * - `x instanceof Error` (and TypeError, RangeError, …) inside the vm also accepts host errors, and
 *   `x instanceof Array` accepts any array (Array.isArray), so values crossing the seam behave as in
 *   one realm. Host code must use Array.isArray on arrays from the vm, never instanceof.
 */
import vm from 'node:vm';

export function emulatedDate(now: () => Date): DateConstructor {
  const HostDate = Date;
  function EmulatedDate(this: unknown, ...args: unknown[]): unknown {
    // Date() called without `new` returns a string in every engine.
    if (!new.target) return new HostDate(now().getTime()).toString();
    return Reflect.construct(HostDate, args.length ? args : [now().getTime()], new.target);
  }
  EmulatedDate.prototype = HostDate.prototype;
  EmulatedDate.now = () => now().getTime();
  EmulatedDate.parse = HostDate.parse;
  EmulatedDate.UTC = HostDate.UTC;
  return EmulatedDate as unknown as DateConstructor;
}

const BRIDGE = `(function (host) {
  var ordinary = Function.prototype[Symbol.hasInstance];
  var names = ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError'];
  var own = {};
  names.forEach(function (name) { own[name] = globalThis[name]; });
  Object.defineProperty(Error, Symbol.hasInstance, {
    configurable: true,
    value: function (value) {
      if (ordinary.call(this, value)) return true;
      var builtin = typeof this === 'function' && own[this.name] === this;
      return builtin ? ordinary.call(host[this.name], value) : false;
    },
  });
  Object.defineProperty(Array, Symbol.hasInstance, {
    configurable: true,
    value: function (value) { return this === Array ? Array.isArray(value) : ordinary.call(this, value); },
  });
})`;

/** Make `instanceof Error` / `instanceof Array` inside the context accept host values. */
export function bridgeRealms(context: vm.Context): void {
  const install = vm.runInContext(BRIDGE, context) as (host: Record<string, unknown>) => void;
  install({ Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError });
}

/**
 * The built-ins a script reads by name, bound as script-scope constants of each context (the
 * script to run in it before the project's code, compiled once per project).
 * In a node:vm context every read of a global name goes through the context's property
 * interceptor: `Math.floor(x)` in a loop costs about 190 ns a call instead of 1 (measured on
 * Node 20), so a million-row read that takes 0.1 s in Apps Script's V8 took seconds here, and the
 * bench timed the emulator instead of the add-on. A top-level `const Math = globalThis.Math`
 * shadows the global property with the same object (scripts see no difference), read as a
 * context slot. `NaN`, `Infinity` and `undefined` cannot be shadowed (non-configurable globals);
 * the minified bundle writes the last two as `1/0` and `void 0`. A name the script itself
 * declares at top level is left alone (a second declaration would be a SyntaxError).
 */
const BUILTINS = [
  'Object', 'Function', 'Array', 'Number', 'String', 'Boolean', 'Symbol', 'BigInt', 'Math', 'JSON', 'Date', 'RegExp', 'Map', 'Set',
  'WeakMap', 'WeakSet', 'Promise', 'Reflect', 'Proxy', 'Intl', 'ArrayBuffer', 'DataView', 'Float64Array', 'Float32Array', 'Int32Array',
  'Int16Array', 'Int8Array', 'Uint32Array', 'Uint16Array', 'Uint8Array', 'Uint8ClampedArray', 'Error', 'TypeError', 'RangeError',
  'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'isNaN', 'isFinite', 'parseInt', 'parseFloat', 'encodeURIComponent',
  'decodeURIComponent', 'encodeURI', 'decodeURI',
];

export function builtinsScript(code: string): vm.Script {
  const declared = (name: string) => new RegExp(`(?:^|[^.\\w$])(?:function\\*?|class|var|let|const)\\s+${name}\\b`).test(code);
  const names = BUILTINS.filter((name) => !declared(name));
  return new vm.Script(`const ${names.map((name) => `${name} = globalThis.${name}`).join(', ')};`, { filename: 'builtins.js' });
}
