import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WeeklyReportSchema } from '../../src/domain/weekly-report.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { runCli } from '../helpers/run-cli.ts';
import { weeklyCase } from '../helpers/weekly-cases.ts';

// Issue 15: `npm run report -- --weeks N` prints the weekly root-cause report the bot posts on WEEKLY_CRON,
// read from the store and the policy only (no Slack tokens), as text or `--json`; a bad option is one line, exit 2.

const REPORT = 'src/cli/report.ts';
// Monday 7 December 2026, 09:00 in Shanghai.
const AT = '2026-12-07T09:00:00+08:00';

let dir: string;
let storeUrl: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-report-cli-'));
  storeUrl = `sqlite://${join(dir, 'cases.sqlite')}`;
  const stores = await openStores(storeUrl);
  const cases = [
    // The last four weeks (9 Nov – 7 Dec)…
    weeklyCase({ id: 'R-1', at: '2026-12-01T04:00:00Z', cause: 'quality', remedyId: 'stone-resetting' }),
    weeklyCase({ id: 'R-2', at: '2026-11-20T04:00:00Z', cause: 'quality', remedyId: 'exchange', needsApproval: true }),
    weeklyCase({
      id: 'R-3',
      at: '2026-11-12T04:00:00Z',
      cause: 'use',
      store: 'Wuyi Road <!channel>',
      improvement: { at: '2026-11-13T04:00:00Z', text: 'Show customers the care card, call 13812345678' },
    }),
    // …and the four before (12 Oct – 9 Nov).
    weeklyCase({ id: 'R-4', at: '2026-10-20T04:00:00Z', cause: 'use' }),
    weeklyCase({ id: 'R-5', at: '2026-10-25T04:00:00Z', cause: 'use' }),
  ];
  for (const record of cases) await stores.cases.create(record);
  await stores.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const env = (extra: Record<string, string> = {}) => ({
  STORE_URL: storeUrl,
  DEFAULT_LOCALE: 'en',
  SLACK_BOT_TOKEN: '',
  SLACK_SIGNING_SECRET: '',
  ...extra,
});

describe('npm run report', () => {
  it('when asked for four weeks, then it prints the report of the four weeks against the four before, without Slack tokens', async () => {
    const run = await runCli(REPORT, ['--weeks', '4', '--at', AT], undefined, env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Weekly root-cause report 2026-12-07 · last 4 weeks');
    expect(run.stdout).toContain(
      'Period: 2026-11-09 09:00 – 2026-12-07 09:00 (Asia/Shanghai) · compared with 2026-10-12 09:00 – 2026-11-09 09:00',
    );
    expect(run.stdout).toContain('Complaints: 3 (previous period 2, ↑ +1)');
    expect(run.stdout).toContain('a quality fault  2 (0, ↑ +2)');
    expect(run.stdout).toContain('caused by use  1 (2, ↓ −1)');
    expect(run.stdout).toContain('• R2 Lost stones · cited 1 · needed a manager 0');
    expect(run.stdout).toContain('• R1 Exchanges · cited 1 · needed a manager 1');
    expect(run.stdout).toContain('Show customers the care card, call 138****5678');
    expect(run.stdout).not.toContain('13812345678');
    expect(run.stdout).toContain(
      '[chart] Causes of complaints (Pareto) 2026-12-07\na quality fault 2 (67%); caused by use 1 (100%)',
    );
    expect(run.stdout).toContain('caused by use: first improvement 2026-11-13');
  });

  it('when printed to a terminal, then it is plain text: no mrkdwn marks or entities, what staff typed shown as typed', async () => {
    const run = await runCli(REPORT, ['--weeks', '4', '--at', AT], undefined, env());
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('Complaints: 3 (previous period 2, ↑ +1)');
    expect(lines).toContain('By cause (previous)');
    expect(lines).toContain('a quality fault  2 (0, ↑ +2)');
    expect(lines).toContain('Wuyi Road <!channel>  1');
    expect(run.stdout).not.toMatch(/&(?:lt|gt|amp);/);
    // Stars are left only where a number is masked.
    expect(run.stdout.replaceAll('138****5678', '')).not.toContain('*');
  });

  it('when DEFAULT_LOCALE is zh-CN, then it is in Chinese', async () => {
    const run = await runCli(REPORT, ['--weeks', '4', '--at', AT], undefined, env({ DEFAULT_LOCALE: 'zh-CN' }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('每周根因报告 2026-12-07 · 近 4 周');
    expect(run.stdout).toContain('投诉: 3 宗 (上期 2, ↑ +1)');
  });

  it('when --json, then it prints the report as data, with the Pareto bars', async () => {
    const run = await runCli(REPORT, ['--json', '--at', AT, '--weeks', '4'], undefined, env());
    expect(run.code).toBe(0);
    const { pareto, ...report } = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(WeeklyReportSchema.parse(report)).toMatchObject({ weeks: 4, total: 3, previousTotal: 2 });
    expect(pareto).toEqual([
      { cause: 'quality', count: 2, cumulativeShare: 2 / 3 },
      { cause: 'use', count: 1, cumulativeShare: 1 },
    ]);
  });

  it('when no --weeks is given, then it is the last week', async () => {
    const run = await runCli(REPORT, ['--at', AT], undefined, env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('last week');
    expect(run.stdout).toContain('Complaints: 1 (previous period 0, ↑ +1)');
  });

  it.each([
    [['--weeks', '0'], 'report: --weeks must be a whole number of weeks from 1 to 52, not "0"'],
    [['--weeks', 'four'], 'report: --weeks must be a whole number of weeks from 1 to 52, not "four"'],
    [['--weeks'], 'report: --weeks needs a value'],
    [['--bogus'], 'report: unknown option --bogus'],
    [['--at', 'yesterday'], 'report: --at must be an ISO 8601 moment'],
    [['monthly'], 'report: unexpected argument "monthly"'],
  ])('when the options are %j, then one line says what is wrong, exit 2', async (args, message) => {
    const run = await runCli(REPORT, args, undefined, env());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
  });
});
