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

describe('npm run triage on a complaint in traditional Chinese', () => {
  it('when staff paste a traditional complaint, then the apology and the advice come back in traditional script', async () => {
    const text = '陳小姐說，她在門市買的項鍊戴了一個禮拜就斷了，店員態度很差，她要求退貨。';
    const run = await runCli(TRIAGE, ['--json', '--at', '2026-11-21T10:00', text]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      apology: { language: string; text: string };
      steps: { text: { zh: string } }[];
    };
    expect(result.apology.language).toBe('zh');
    // Written in simplified, each of these would show 这/让/说/时/为; in traditional script none of them can.
    const wording = [result.apology.text, ...result.steps.map((step) => step.text.zh)].join('');
    expect(wording).toMatch(/[這讓說説時為們給麼處]/u);
    expect(wording).not.toMatch(/[这让说时为们给么处]/u);
  });

  it('when the same complaint is pasted in simplified, then the wording stays simplified', async () => {
    const text = '陈小姐说，她在门店买的项链戴了一个礼拜就断了，店员态度很差，她要求退货。';
    const run = await runCli(TRIAGE, ['--json', '--at', '2026-11-21T10:00', text]);
    const result = JSON.parse(run.stdout) as { apology: { text: string } };
    expect(result.apology.text).toMatch(/[这让说时为们给么处]/u);
    expect(result.apology.text).not.toMatch(/[這讓說説時為們給麼處]/u);
  });
});
