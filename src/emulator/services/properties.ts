/**
 * PropertiesService: three string stores (document, script, user), each with Apps Script's limits.
 * https://developers.google.com/apps-script/reference/properties/properties
 * Limits: https://developers.google.com/apps-script/guides/services/quotas ("Properties value size
 * 9 KB / val", "Properties total storage 500 KB / property store"). Sizes are UTF-8 bytes of the value
 * (per value) and of keys plus values (per store), as tanaike measured
 * (https://gist.github.com/tanaikech/8b057d10fb5f2af014794e57b021c6aa).
 * The error texts are the ones Apps Script shows (not printed in the docs; reported by users).
 */
import type { EmulatorContext } from '../context';
import { appsScriptError, utf8Bytes } from './errors';

type Properties = GoogleAppsScript.Properties.Properties;

export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

export type PropertyScope = 'document' | 'script' | 'user';

/** One property store as data; tests reach it through `emulator.properties` without counting calls. */
export class PropertyStore {
  readonly values = new Map<string, string>();

  /** Write bypassing limits and call counting: how a test plants a corrupt or old value. */
  poke(key: string, value: string): void {
    this.values.set(key, value);
  }

  peek(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  /** Apply writes all-or-nothing, checking Apps Script's limits first. */
  write(entries: [string, string][], replaceAll: boolean): void {
    for (const [, value] of entries) {
      if (utf8Bytes(value) > PROPERTY_VALUE_LIMIT_BYTES) throw appsScriptError(VALUE_TOO_LARGE);
    }
    const next = new Map(replaceAll ? [] : this.values);
    for (const [key, value] of entries) next.set(key, value);
    let total = 0;
    for (const [key, value] of next) total += utf8Bytes(key) + utf8Bytes(value);
    if (total > PROPERTY_STORE_LIMIT_BYTES) throw appsScriptError(STORE_FULL);
    this.values.clear();
    for (const [key, value] of next) this.values.set(key, value);
  }
}

export interface PropertyStores {
  document: PropertyStore;
  script: PropertyStore;
  user: PropertyStore;
}

export function createPropertyStores(): PropertyStores {
  return { document: new PropertyStore(), script: new PropertyStore(), user: new PropertyStore() };
}

export function createPropertiesService(ctx: EmulatorContext, stores: PropertyStores): GoogleAppsScript.Properties.PropertiesService {
  return {
    getDocumentProperties() {
      ctx.enter('PropertiesService', 'getDocumentProperties');
      // "If the script is neither an add-on nor bound to a Google Workspace file, returns null":
      // https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
      if (!ctx.auth.inDocument) return null as unknown as Properties;
      return propertiesOf(ctx, stores.document);
    },
    getScriptProperties() {
      ctx.enter('PropertiesService', 'getScriptProperties');
      return propertiesOf(ctx, stores.script);
    },
    getUserProperties() {
      ctx.enter('PropertiesService', 'getUserProperties');
      return propertiesOf(ctx, stores.user);
    },
  };
}

function requireKey(key: unknown): string {
  // Apps Script rejects a missing key; this wording is the emulator's own.
  if (key === undefined || key === null || key === '') throw appsScriptError('Invalid argument: key');
  return String(key);
}

function propertiesOf(ctx: EmulatorContext, store: PropertyStore): Properties {
  const self: Properties = {
    getProperty(key) {
      ctx.enter('Properties', 'getProperty');
      return store.values.get(requireKey(key)) ?? null;
    },
    setProperty(key, value) {
      ctx.enter('Properties', 'setProperty');
      // "Data types that are not already strings are automatically converted to strings."
      // https://developers.google.com/apps-script/guides/properties#data_format
      store.write([[requireKey(key), String(value)]], false);
      return self;
    },
    setProperties(properties: Record<string, unknown>, deleteAllOthers = false) {
      ctx.enter('Properties', 'setProperties');
      store.write(
        Object.entries(properties).map(([k, v]): [string, string] => [k, String(v)]),
        deleteAllOthers === true,
      );
      return self;
    },
    getProperties() {
      ctx.enter('Properties', 'getProperties');
      // A copy, not a live view: https://developers.google.com/apps-script/guides/properties#modifying_data
      return Object.fromEntries(store.values);
    },
    getKeys() {
      ctx.enter('Properties', 'getKeys');
      return [...store.values.keys()];
    },
    deleteProperty(key) {
      ctx.enter('Properties', 'deleteProperty');
      store.values.delete(requireKey(key));
      return self;
    },
    deleteAllProperties() {
      ctx.enter('Properties', 'deleteAllProperties');
      store.values.clear();
      return self;
    },
  };
  return self;
}
