/**
 * Section 5 (continued): the command line's ordinary streaming reader (src/cli/core/load.ts), the
 * path every run takes that DuckDB's SQL path (src/cli/sql/) does not: tickets, customers, activity,
 * `--by`, several surveys in one mapping, XLSX, Google Sheets. Two runs as users make them, each in
 * a fresh child process (cli-child.mjs, plain node on the built dist/cli.mjs) so its peak
 * RSS is the CLI's own:
 *
 * - `cx-metrics metrics survey.csv --by Channel` on the 10^6-row survey export (gen-csv.ts's
 *   writeSurveyCsv, nine mapped columns): one report per channel, which the SQL path declines;
 * - `cx-metrics report tickets.csv` on a 10^6-row helpdesk export (writeTicketsCsv: opened and
 *   resolved times, first-contact flag, customer, channel): FCR and resolution time;
 * - `cx-metrics report activity.csv` on a 10^6-event activity log (writeActivityCsv: 50,000 users
 *   over twelve months): active users, stickiness, cohorts.
 *
 * Yardstick: the 256 MB budget of issue 18 (ratio ≤ 1), measured by the bench only, never asserted
 * in a test. At 10^7 rows (`--cli-rows=10000000`: about 100 s a run, so not in the default bench)
 * the `--by` run peaked at 533 MB (1.17 GB before a survey was counted from its packed columns,
 * src/cli/core/counted-survey.ts): not flat yet, as the packed columns themselves grow with the rows,
 * about 19 bytes a survey row (191 MB at 10^7), and their reading adds the parser's garbage. Wall times are printed in the notes (there is no other engine doing the same job to
 * hold them to: DuckDB's yardstick is the SQL path's row in cli.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeActivityCsv, writeSurveyCsv, writeTicketsCsv } from '../../src/cli/core/gen-csv';
import { runCli } from './cli';
import { TIME_ZONE } from './data';
import { row, type BenchRow } from './measure';

const RUNS = 2;
const RSS_BUDGET_MB = 256;

/** `rows`: the exports' size (default 10^6; `--cli-rows=10000000` for 10^7). */
export async function cliFallbackRows(notes: string[], rows = 1_000_000): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cx-bench-fallback-'));
  try {
    const survey = join(dir, 'survey.csv');
    const tickets = join(dir, 'tickets.csv');
    await writeSurveyCsv(survey, { rows });
    await writeTicketsCsv(tickets, { rows });
    const activity = join(dir, 'activity.csv');
    await writeActivityCsv(activity, { rows });
    const cases: { name: string; args: string[] }[] = [
      { name: 'cx-metrics metrics --by Channel on a survey CSV (ordinary reader)', args: ['metrics', survey, '--by', 'Channel'] },
      { name: 'cx-metrics report on a tickets CSV (ordinary reader)', args: ['report', tickets] },
      { name: 'cx-metrics report on an activity log CSV (ordinary reader)', args: ['report', activity] },
    ];
    const out: BenchRow[] = [];
    for (const { name, args } of cases) {
      const runs = Array.from({ length: RUNS }, () => runCli([...args, '--time-zone', TIME_ZONE, '--period', '2026-10']));
      notes.push(`cli (ordinary reader): ${RUNS} runs of \`${name.replace(/ \(ordinary reader\)$/, '')}\` took ${runs.map((r) => (r.ms / 1000).toFixed(1)).join(', ')} s; peak RSS ${runs.map((r) => r.maxRssMb.toFixed(0)).join(', ')} MB`);
      out.push(row(`${name}, peak RSS MB`, rows, Math.max(...runs.map((r) => r.maxRssMb)), `${RSS_BUDGET_MB} MB budget`, RSS_BUDGET_MB, 1.0));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
