/**
 * The saved column mapping: a zod schema that is also the type. Stored as JSON in document
 * properties (9 KB per value) and parsed on every read, so a damaged or older value gives a
 * clear message and a way out, never a crash.
 *
 * @example
 *   const saved = serializeMapping(mapping);          // '{"version":2,"sources":[…],…}'
 *   parseStoredMapping(saved)                         // { ok: true, mapping }
 *   parseStoredMapping('{"version":2,"sources":[{"sheetName":"S","sheetId":0,"headerRow":1,"columns":{"nps":"c"}}]}')
 *   // { ok: false, reason: 'corrupt', message: { en: '… mapping.sources.0.columns.nps: expected a column letter …', vi: … } }
 */
import * as z from './zod';
import type { Lang } from '../cells/types';
import { FIELD_IDS } from './fields';
import { mappingMessages } from './messages';
import { DEFAULT_SCALES, MAPPING_VERSION } from './defaults';

export { DEFAULT_SCALES, MAPPING_VERSION, referralAnswersFor } from './defaults';

export const columnLetterSchema = z.string().check(z.regex(/^[A-Z]{1,3}$/, { error: 'expected a column letter' }));

export const dataSourceSchema = z.object({
  sheetName: z.string().check(z.minLength(1, { error: 'expected a sheet name' })),
  /** The sheet's id (gid), which survives renames; null when unknown (a CSV file, an old mapping). */
  sheetId: z.nullable(z.int().check(z.gte(0))),
  /** 1-based header row; 0 when the data has no header row. */
  headerRow: z.int().check(z.gte(0)),
  /** Field → column letter, e.g. { nps: 'C', timestamp: 'A' }. */
  columns: z.partialRecord(z.enum(FIELD_IDS), columnLetterSchema),
  /**
   * Per score column, the answers people wrote and the score each counts as (sidebar step 2's
   * label table), e.g. { csat: { 'Tốt': 4, 'Rất tốt': 5 } }. Absent in mappings saved before it
   * existed, which read as before (built-in labels only).
   */
  labels: z.optional(z.partialRecord(z.enum(['nps', 'csat', 'ces']), z.record(z.string(), z.int().check(z.gte(0), z.lte(10))))),
  /** Day first or month first for day/month date text, when the column's own values do not say. */
  dateOrder: z.optional(z.enum(['dmy', 'mdy'])),
  /** The unit of plain numbers in the ticketDuration column when its header names none. */
  durationUnit: z.optional(z.enum(['hours', 'minutes', 'days'])),
});

/** The answer scales the metrics accept (metrics-spec §2): CSAT 1–3, 1–5, 1–7 or 1–10; CES 1–5 or 1–7. */
export const csatScaleSchema = z.union([z.literal(3), z.literal(5), z.literal(7), z.literal(10)]);
export const cesScaleSchema = z.union([z.literal(5), z.literal(7)]);

export const scaleSettingsSchema = z.object({
  csat: z
    .object({
      scale: csatScaleSchema,
      /** Lowest answer that counts as satisfied; default the top two boxes (metrics-spec §2). */
      threshold: z.optional(z.int().check(z.gte(1))),
    })
    .check(
      z.refine((csat) => csat.threshold === undefined || csat.threshold <= csat.scale, {
        error: 'threshold is above the scale',
        path: ['threshold'],
      }),
    ),
  ces: z.object({
    scale: cesScaleSchema,
    method: z.enum(['mean', 'percent']),
  }),
});

export const mappingSchema = z.object({
  version: z.literal(MAPPING_VERSION),
  sources: z.array(dataSourceSchema).check(z.maxLength(50)),
  scales: scaleSettingsSchema,
  /**
   * Answers of a "How did you hear about us?" column that count as referral (REFERRAL_RATE's
   * referral_answers), as the user confirmed them in step 2. Absent in mappings saved before it
   * existed: those read the list proposed from the column (see referralAnswersFor), so an older
   * saved mapping needs no migration step.
   */
  referralAnswers: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(100))),
  /** ISO time of the last save, for the sidebar's "saved on". */
  savedAt: z.optional(z.string()),
});

export type Mapping = z.infer<typeof mappingSchema>;
export type DataSource = z.infer<typeof dataSourceSchema>;
export type ScaleSettings = z.infer<typeof scaleSettingsSchema>;
export type CsatScale = z.infer<typeof csatScaleSchema>;
export type CesScale = z.infer<typeof cesScaleSchema>;

/**
 * Version 1, the first wizard's format: one sheet, scales as two loose numbers, no sheet id.
 * Kept only to migrate from.
 */
const mappingV1Schema = z.object({
  version: z.literal(1),
  sheetName: z.string().check(z.minLength(1)),
  headerRow: z.int().check(z.gte(0)),
  columns: z.partialRecord(z.enum(FIELD_IDS), columnLetterSchema),
  csatScale: z.optional(csatScaleSchema),
  cesScale: z.optional(cesScaleSchema),
});

export type MappingParseResult =
  | { ok: true; mapping: Mapping }
  | {
      ok: false;
      reason: 'missing' | 'corrupt' | 'old-version';
      /** What happened and what to do, in each language. */
      message: Record<Lang, string>;
      /** An older mapping that can be brought up to date: `migrated` holds the result to review and save. */
      canMigrate: boolean;
      migrated?: Mapping;
    };

/** Reads a stored mapping. Never throws: every bad input becomes a result with a reason. */
export function parseStoredMapping(json: string | null | undefined): MappingParseResult {
  try {
    return parse(json);
  } catch {
    return { ok: false, reason: 'corrupt', message: mappingMessages.notJson(), canMigrate: false };
  }
}

function parse(json: string | null | undefined): MappingParseResult {
  if (json === null || json === undefined || json.trim() === '') {
    return { ok: false, reason: 'missing', message: mappingMessages.missing(), canMigrate: false };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'corrupt', message: mappingMessages.notJson(), canMigrate: false };
  }
  const version = typeof value === 'object' && value !== null && 'version' in value ? (value as { version: unknown }).version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version < MAPPING_VERSION) {
    const migrated = migrateMapping(value);
    return { ok: false, reason: 'old-version', message: mappingMessages.old(version, migrated !== null), canMigrate: migrated !== null, ...(migrated ? { migrated } : {}) };
  }
  if (typeof version === 'number' && version > MAPPING_VERSION) {
    return { ok: false, reason: 'corrupt', message: mappingMessages.newer(version), canMigrate: false };
  }
  const result = mappingSchema.safeParse(value);
  if (result.success) return { ok: true, mapping: result.data };
  const issue = result.error.issues[0];
  const path = ['mapping', ...issue.path.map(String)].join('.');
  const problem = issue.message.replace(/^Invalid input: /, '');
  return { ok: false, reason: 'corrupt', message: mappingMessages.invalid(path, problem), canMigrate: false };
}

/** An older stored mapping brought to the current version, or null when it cannot be read. */
export function migrateMapping(value: unknown): Mapping | null {
  const v1 = mappingV1Schema.safeParse(value);
  if (!v1.success) return null;
  const old = v1.data;
  const migrated: Mapping = {
    version: MAPPING_VERSION,
    sources: [{ sheetName: old.sheetName, sheetId: null, headerRow: old.headerRow, columns: old.columns }],
    scales: {
      csat: { scale: old.csatScale ?? DEFAULT_SCALES.csat.scale },
      ces: { scale: old.cesScale ?? DEFAULT_SCALES.ces.scale, method: DEFAULT_SCALES.ces.method },
    },
  };
  return mappingSchema.safeParse(migrated).success ? migrated : null;
}

/**
 * The JSON to store. Validates first, so a mapping that could not be read back is never saved
 * (throws a ZodError on a programming error; parseStoredMapping is the side that never throws).
 */
export function serializeMapping(mapping: Mapping): string {
  return JSON.stringify(mappingSchema.parse(mapping));
}
