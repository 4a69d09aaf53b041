import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const TRIAGE = 'src/cli/triage.ts';
const BLAND = ['--at', '2026-11-21T10:00', 'The clasp broke a week after she bought the bracelet.'];

describe('npm run triage -- --from', () => {
  it('when the complaint came from a news report, then it is a media crisis and says it stands on where it came from', async () => {
    const run = await runCli(TRIAGE, ['--from', 'news-report', '--lang', 'en', ...BLAND]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('media (reported, or threatened)');
    expect(run.stdout).toContain('where staff said it came from: a news report');
    const json = await runCli(TRIAGE, ['--from', 'posted-online', '--json', ...BLAND]);
    const result = JSON.parse(json.stdout) as { flags: { kind: string }[] };
    expect(result.flags.map((flag) => flag.kind)).toContain('social-media');
  });

  it('when the complaint came in person, then nothing about where it came from is flagged', async () => {
    const run = await runCli(TRIAGE, ['--from', 'in-person', '--json', ...BLAND]);
    const result = JSON.parse(run.stdout) as { flags: { kind: string }[] };
    expect(result.flags).toEqual([]);
  });

  it('when --from names no channel, then it prints one line naming the channels and exits 2', async () => {
    const run = await runCli(TRIAGE, ['--from', 'newspaper', ...BLAND]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('news-report');
  });
});
