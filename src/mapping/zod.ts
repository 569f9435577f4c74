/**
 * The project's zod: the tree-shakable `zod/mini` API (classic zod would add ~440 KB to the
 * Apps Script bundle), with zod's English messages configured once, so every schema's error
 * reads like `expected object, received array`. Use it as `import * as z from '…/mapping/zod'`;
 * only the functions a schema calls end up in the bundle.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
