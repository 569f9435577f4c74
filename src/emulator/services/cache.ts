/**
 * CacheService: document, script and user caches whose entries expire by the emulator clock.
 * https://developers.google.com/apps-script/reference/cache/cache
 * - default expiration 600 seconds; "the maximum time allowed is 21600 seconds (6 hours)" (longer asks
 *   are capped here); the minimum is 1 second
 * - "The maximum length of a key is 250 characters. The maximum amount of data that can be stored per
 *   key is 100KB."
 * - "The cap for cached items is 1,000. If more than 1,000 items are written, the cache stores the 900
 *   items farthest from expiration."
 * Values are strings; a miss returns null; getAll returns only the keys found.
 */
import type { EmulatorContext } from '../context';
import type { SettableClock } from './clock';
import { appsScriptError, utf8Bytes } from './errors';

type Cache = GoogleAppsScript.Cache.Cache;

export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21_600;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_KEY_LIMIT = 250;
const CACHE_ITEM_CAP = 1000;
const CACHE_ITEMS_KEPT = 900;

export class CacheStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

  constructor(private readonly clock: SettableClock) {}

  get(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.clock.now().getTime()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  put(key: string, value: string, seconds: number): void {
    this.entries.set(key, { value, expiresAt: this.clock.now().getTime() + seconds * 1000 });
    if (this.entries.size > CACHE_ITEM_CAP) {
      const kept = [...this.entries].sort(([, a], [, b]) => b.expiresAt - a.expiresAt).slice(0, CACHE_ITEMS_KEPT);
      this.entries.clear();
      for (const [k, e] of kept) this.entries.set(k, e);
    }
  }

  remove(key: string): void {
    this.entries.delete(key);
  }

  size(): number {
    return [...this.entries.keys()].filter((k) => this.get(k) !== null).length;
  }
}

export interface CacheStores {
  document: CacheStore;
  script: CacheStore;
  user: CacheStore;
}

export function createCacheStores(clock: SettableClock): CacheStores {
  return { document: new CacheStore(clock), script: new CacheStore(clock), user: new CacheStore(clock) };
}

export function createCacheService(ctx: EmulatorContext, stores: CacheStores): GoogleAppsScript.Cache.CacheService {
  return {
    getDocumentCache() {
      ctx.enter('CacheService', 'getDocumentCache');
      return cacheOf(ctx, stores.document);
    },
    getScriptCache() {
      ctx.enter('CacheService', 'getScriptCache');
      return cacheOf(ctx, stores.script);
    },
    getUserCache() {
      ctx.enter('CacheService', 'getUserCache');
      return cacheOf(ctx, stores.user);
    },
  };
}

function checkEntry(key: string, value: string): void {
  if (key.length > CACHE_KEY_LIMIT) throw appsScriptError('Argument too large: key');
  if (utf8Bytes(value) > CACHE_VALUE_LIMIT_BYTES) throw appsScriptError('Argument too large: value');
}

function expiry(seconds: number | undefined): number {
  if (seconds === undefined) return CACHE_DEFAULT_SECONDS;
  return Math.min(Math.max(Math.floor(seconds), 1), CACHE_MAX_SECONDS);
}

function cacheOf(ctx: EmulatorContext, store: CacheStore): Cache {
  return {
    get(key) {
      ctx.enter('Cache', 'get');
      return store.get(String(key));
    },
    getAll(keys) {
      ctx.enter('Cache', 'getAll');
      const found: Record<string, string> = {};
      for (const key of keys) {
        const value = store.get(String(key));
        if (value !== null) found[key] = value;
      }
      return found;
    },
    put(key: string, value: string, expirationInSeconds?: number) {
      ctx.enter('Cache', 'put');
      checkEntry(String(key), String(value));
      store.put(String(key), String(value), expiry(expirationInSeconds));
    },
    putAll(values: Record<string, unknown>, expirationInSeconds?: number) {
      ctx.enter('Cache', 'putAll');
      const entries = Object.entries(values).map(([k, v]) => [k, String(v)] as const);
      for (const [k, v] of entries) checkEntry(k, v);
      for (const [k, v] of entries) store.put(k, v, expiry(expirationInSeconds));
    },
    remove(key) {
      ctx.enter('Cache', 'remove');
      store.remove(String(key));
    },
    removeAll(keys) {
      ctx.enter('Cache', 'removeAll');
      for (const key of keys) store.remove(String(key));
    },
  };
}
