import { docs as npsDocs } from './nps';
import { docs as csatDocs } from './csat';
import { docs as cesDocs } from './ces';
import { docs as churnDocs } from './churn';
import { docs as flagDocs } from './flags';
import { docs as artDocs } from './art';
import { docs as activeUserDocs } from './active-users';
import { docs as trendDocs } from './trend';
import { docs as cohortDocs } from './cohort';
import { docs as themeDocs } from './themes';
import { docs as journeyDocs } from './journey';
import { docs as coverageDocs } from './coverage';
import { docs as dateDocs } from './dates';
/**
 * The user documentation of every custom function, in one place: the build turns it into the
 * JSDoc Sheets shows in autocomplete (with @customfunction), and the README's function table is
 * generated from it (scripts/readme-functions.mjs). Write it for a shop owner.
 *
 * Each function file gives its docs as a function (`docs()`), not a constant: the add-on never
 * reads them at run time, and a constant built with spreads or `${…}` is code esbuild must keep,
 * so the docs would ride in dist/Code.js a second time, beside the JSDoc made from them.
 */
export interface ParamDoc {
  name: string;
  /** JSDoc type as Sheets shows it, e.g. `number[][]`, `number`, `string`. */
  type: string;
  optional?: boolean;
  /** One line, with an example range or value. */
  description: string;
}

export interface FunctionDoc {
  name: string;
  /** One line a shop owner understands. */
  summary: string;
  params: ParamDoc[];
  /** `{type} what comes back`. */
  returns: string;
  /** A formula as typed in a cell, e.g. `=NPS(C2:C)`. */
  example: string;
}

export const CATALOG: FunctionDoc[] = [
  ...npsDocs(),
  ...csatDocs(),
  ...cesDocs(),
  ...churnDocs(),
  ...flagDocs(),
  ...artDocs(),
  ...activeUserDocs(),
  ...trendDocs(),
  ...cohortDocs(),
  ...themeDocs(),
  ...journeyDocs(),
  ...coverageDocs(),
  ...dateDocs(),
];
