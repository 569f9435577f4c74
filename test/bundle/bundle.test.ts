import { describe, expect, it, beforeAll } from 'vitest';
import { CATALOG } from '../../src/functions/catalog';
import * as engine from '../../src/functions/index';
import { withSheetEnv } from '../../src/functions/env';
import { readFileSync } from 'node:fs';
import { LAZY_FUNCTIONS, PARTS } from '../../scripts/addon-bundle.mjs';
import { loadBundle } from './helpers';

/** The custom functions whose code the core loads on use from a part of their own (all others load none). */
const LAZY = new Map(Object.entries(LAZY_FUNCTIONS));

const d = (iso: string) => new Date(iso);
const col = (...xs: unknown[]) => xs.map((x) => [x]);

/** One realistic call per function, as Sheets would pass the ranges. */
const CALLS: Record<string, unknown[][]> = {
  NPS: [[col('Score', 10, 9, 8, 7, 6, 0, '', 10)]],
  NPS_BREAKDOWN: [[col('How likely', 10, 9, 3, 8, '')]],
  NPS_CI: [[col(10, 9, 9, 3, 7, 8, 10, 0)], [col(10, 9, 9, 3, 7, 8, 10, 0), 0.9]],
  CSAT: [[col('CSAT', 5, 4, 3, 2, 1, 5)], [col(7, 6, 5, 1), 7], [col(5, 4, 3), 5, 3]],
  CSAT_AVG: [[col(5, 4, 3, 2, 1, 5)], [col(10, 9, 1), 10]],
  CES: [[col(7, 6, 5, 1, 2)], [col(5, 4, 1), 5, 'percent']],
  CHURN: [[100, 90, 0], [col(100, 200), col(90, 220), col(0, 40)], [col('Yes', 'No', 'No', 'có', '')]],
  RETENTION: [[200, 220, 40]],
  FCR: [[col('Yes', 'no', 'có', 'không', 'x', '')], [8, 13]],
  ART: [[col(1, 2, 3.5, '')], [col(d('2026-03-01T08:00:00Z'), d('2026-03-02T08:00:00Z')), col(d('2026-03-01T10:00:00Z'), ''), 'minutes']],
  REFERRAL_RATE: [[col('yes', 'no', 'no')], [3, 12], [col('How did you hear about us?', 'Friend or colleague', 'Facebook', 'bạn bè giới thiệu'), col('Friend or colleague', 'Bạn bè giới thiệu')]],
  TRIAL_CONVERSION: [[col(true, false, true)], [5, 20]],
  DAU: [[col('u1', 'u2', 'u1'), col(d('2026-03-01T03:00:00Z'), d('2026-03-01T05:00:00Z'), d('2026-02-20T05:00:00Z'))]],
  WAU: [[col('u1', 'u2', 'u3'), col(d('2026-03-01T03:00:00Z'), d('2026-02-26T05:00:00Z'), d('2026-02-20T05:00:00Z'))]],
  MAU: [[col('u1', 'u2', 'u3'), col(d('2026-03-01T03:00:00Z'), d('2026-02-26T05:00:00Z'), d('2026-01-20T05:00:00Z'))]],
  STICKINESS: [[col('u1', 'u2', 'u1'), col(d('2026-03-01T03:00:00Z'), d('2026-02-26T05:00:00Z'), d('2026-02-20T05:00:00Z'))]],
  CX_TREND: [['NPS', col(10, 9, 3, 8), col(d('2026-01-05T03:00:00Z'), d('2026-01-20T03:00:00Z'), d('2026-03-02T03:00:00Z'), d('2026-03-03T03:00:00Z'))]],
  CX_BY: [['CSAT', col(5, 4, 1, 5), col('Web', 'Shop', 'Web', 'Web')], ['CHURN', col('Yes', 'No', 'No'), col('Month-to-month', 'One year', 'Month-to-month')]],
  CUSTOMER_CHURN: [[col('Joined', d('2026-01-04T17:00:00Z'), d('2026-02-09T17:00:00Z'), d('2026-03-02T17:00:00Z')), col('Left', d('2026-03-09T17:00:00Z'), '', ''), 'month', d('2026-03-30T17:00:00Z')]],
  CUSTOMER_RETENTION: [[col(d('2026-01-04T17:00:00Z'), d('2026-02-09T17:00:00Z')), col(d('2026-03-09T17:00:00Z'), ''), 'month', '2026-03-31']],
  ACTIVITY_CHURN: [[col('u1', 'u2', 'u1', 'u3'), col(d('2026-02-01T03:00:00Z'), d('2026-02-26T05:00:00Z'), d('2026-03-02T05:00:00Z'), d('2026-04-02T05:00:00Z'))]],
  CX_COHORT: [[col('u1', 'u2', 'u1', 'u3'), col(d('2026-02-01T03:00:00Z'), d('2026-02-26T05:00:00Z'), d('2026-03-02T05:00:00Z'), d('2026-04-02T05:00:00Z')), 'month', 4]],
  CX_THEMES: [[col('Giá hơi đắt', 'nhan vien than thien', 'The staff was not friendly', ''), col(3, 10, 6, '')]],
  CX_PHRASES: [[col('wifi yếu', 'wifi yếu quá', 'Wifi yếu, chờ lâu')]],
  CX_FUNNEL: [[col('Giai đoạn', 'Mua', 'awareness', 'Giữ chân', '', 'không rõ')]],
  CX_COVERAGE: [['NPS', col(9, 'chín', 11, 'N/A', ''), col(d('2026-10-02T03:00:00Z'), d('2026-10-03T03:00:00Z'), d('2026-10-04T03:00:00Z'), 'sometime', ''), '2026-10'], ['CSAT', col(5, 4, 9), '', 'all', '', '', 5]],
  CX_DATES: [[col('Dấu thời gian', '02/09/2026 08:27:26', '13/09/2026 9:00:00', d('2026-09-03T03:00:00Z'), '')], [col('02/09/2026', '05/10/2026'), 'dmy']],
  CX_IN_PERIOD: [[col('02/09/2026 08:27:26', '13/09/2026 9:00:00', '01/10/2026 00:00:00', ''), d('2026-08-31T17:00:00Z'), d('2026-09-30T17:00:00Z')]],
};

const env = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' };
let bundle: ReturnType<typeof loadBundle>;
beforeAll(() => {
  bundle = loadBundle(env);
});

/** Results from the context's realm compared by value (Dates as instants). */
const plain = (v: unknown): unknown => (Array.isArray(v) ? v.map(plain) : Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : v);

describe('dist/Code.js as Apps Script loads it', () => {
  it('names every custom function of the spec in the catalog', () => {
    expect(CATALOG.map((f) => f.name).sort()).toEqual(Object.keys(CALLS).sort());
  });

  it('uses no Node or module globals, in the core or in any lazily loaded part', () => {
    expect(bundle.code).not.toMatch(/\brequire\(|\bprocess\.|module\.exports|^import |\bexports\./m);
    for (const part of PARTS) expect(readFileSync(`dist/${part}.html`, 'utf8'), part).not.toMatch(/\brequire\(|\bprocess\.|module\.exports|^import |\bexports\./m);
  });

  for (const name of Object.keys(CALLS)) {
    it(`${name} is a global function preceded by JSDoc with @customfunction`, () => {
      expect(typeof (bundle.context as Record<string, unknown>)[name]).toBe('function');
      const decl = bundle.code.indexOf(`\nfunction ${name}(`);
      expect(decl).toBeGreaterThan(0);
      const before = bundle.code.slice(0, decl).trimEnd();
      expect(before.endsWith('*/')).toBe(true);
      const doc = before.slice(before.lastIndexOf('/**'));
      expect(doc).toContain('@customfunction');
      expect(doc).toMatch(/@param/);
      expect(doc).toMatch(/@return/);
    });

    it(`${name} called in the bundle gives the engine's answer, ${LAZY.has(name) ? `loading dist/${LAZY.get(name)}.html once` : 'loading no other file'}`, () => {
      // A fresh context, as each custom-function call gets: what it loads is its own doing.
      const fresh = loadBundle(env);
      const global = (fresh.context as Record<string, (...a: unknown[]) => unknown>)[name];
      const local = (engine as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
      for (const args of CALLS[name]) {
        const expected = withSheetEnv(env, () => local(...args));
        const actual = global(...(fresh.toRealm(args) as unknown[]));
        expect(plain(actual)).toEqual(plain(expected));
      }
      expect(fresh.reads()).toEqual(LAZY.has(name) ? { [LAZY.get(name)!]: 1 } : {});
    });
  }
});
