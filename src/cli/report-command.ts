import { digestAsText } from '../blocks/digest-message.ts';
import { buildWeeklyParts } from '../blocks/weekly-message.ts';
import { loadReportCliConfig } from '../config.ts';
import { buildWeeklyFromStore } from '../digest/run-weekly.ts';
import { paretoOf } from '../domain/weekly-report.ts';
import { InputError } from '../errors.ts';
import { loadPolicy } from '../policy/load-policy.ts';
import { type CliIo, EXIT, runCommand } from './cli-io.ts';
import { openCliStores } from './open-cli-stores.ts';
import { parseOptions } from './parse-options.ts';

const USAGE = 'usage: npm run report [-- --weeks N] [--json] [--at ISO-8601]';
/** The most weeks a report looks back: a year, against the year before. */
const MAX_WEEKS = 52;

interface ReportArgs {
  weeks: number;
  json: boolean;
  at: Date | undefined;
}

function parseReportArgs(argv: readonly string[]): ReportArgs {
  const parsed = parseOptions(argv, {
    options: { weeks: { type: 'string' }, json: { type: 'boolean' }, at: { type: 'string' } },
    allowPositionals: false,
    hint: USAGE,
  });
  const { weeks = '1', json = false, at } = parsed.values;
  if (!/^\d+$/.test(weeks) || Number(weeks) < 1 || Number(weeks) > MAX_WEEKS) {
    throw new InputError(`--weeks must be a whole number of weeks from 1 to ${MAX_WEEKS}, not "${weeks}" (${USAGE})`);
  }
  if (at !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(at) || Number.isNaN(Date.parse(at)))) {
    throw new InputError(`--at must be an ISO 8601 moment such as 2026-12-07T09:00:00+08:00, not "${at}"`);
  }
  return { weeks: Number(weeks), json, at: at === undefined ? undefined : new Date(at) };
}

/**
 * `npm run report`: the weekly root-cause report of the last `--weeks` weeks up to now (or `--at`), as the
 * bot posts it on WEEKLY_CRON, printed to the terminal in DEFAULT_LOCALE (the Pareto chart as its numbers),
 * or as JSON with `--json`. Reads the store and the policy only: no Slack tokens, nothing claimed or posted.
 */
export async function runReportCommand(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  return runCommand(io, 'report', async () => {
    const { weeks, json, at } = parseReportArgs(argv);
    const config = loadReportCliConfig(env);
    const policy = await loadPolicy(config.policyFile);
    const stores = await openCliStores(config.storeUrl);
    try {
      const now = at ?? new Date();
      const report = await buildWeeklyFromStore({ stores, policy, clock: () => now }, now, weeks);
      if (json) {
        io.out(JSON.stringify({ ...report, pareto: paretoOf(report) }, null, 2));
        return EXIT.ok;
      }
      const language = config.defaultLocale === 'zh-CN' ? 'zh' : 'en';
      io.out(digestAsText(buildWeeklyParts(report, { language, policy, chart: true })));
      return EXIT.ok;
    } finally {
      await stores.close();
    }
  });
}
