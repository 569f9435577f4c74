/**
 * The project's zod: the tree-shakable `zod/mini` API (classic zod would add ~440 KB to the
 * Apps Script bundle; this adds ~30 KB), with zod's English messages configured once, so every
 * schema's error reads like `expected object, received array`. Import `z` from here.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };
