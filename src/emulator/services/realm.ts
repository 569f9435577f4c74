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
