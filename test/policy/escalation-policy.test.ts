import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PolicyLoadError } from '../../src/errors.ts';
import { DEFAULT_POLICY_PATH, loadPolicy, parsePolicy } from '../../src/policy/load-policy.ts';
import { httpBotEnv, runStartCommand } from '../helpers/run-bot.ts';
import { runCli } from '../helpers/run-cli.ts';

// Issue 15: the policy file's escalation ladder, validated like the rest of the file — a person or group
// named by anything but a Slack id is refused with one line naming the file, the line and what to write.

const MINIMAL = await readFile(
  fileURLToPath(new URL('../fixtures/policies/minimal.policy.yml', import.meta.url)),
  'utf8',
);

const withLadder = (notify: string) =>
  `${MINIMAL.trimEnd()}\nescalation:\n  levels:\n    - name: { zh: 店长, en: store manager }\n      notify: [${notify}]\n`;
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
/** "line:col" of a needle, 1-based, as the loader reports a place. */
function placeOf(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle));
  return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
}

function loadError(text: string): string {
  try {
    parsePolicy(text, 'policy.yml');
  } catch (error) {
    if (error instanceof PolicyLoadError) return error.message;
    throw error;
  }
  throw new Error('expected a PolicyLoadError');
}

describe('the policy file’s escalation section', () => {
  it('when it is absent, then the policy has no ladder (no alerts), as before', () => {
    expect(parsePolicy(MINIMAL, 'policy.yml').escalation).toBeUndefined();
  });

  it('when it names users, groups and approvers, then the levels are kept in order', () => {
    const text = `${withLadder('U01AB2CD3, W0ENTERPRISE, S0STOREMGRS, approvers')}    - name: { zh: 区域经理, en: regional manager }\n      notify: [S0REGIONAL]\n`;
    const policy = parsePolicy(text, 'policy.yml');
    expect(policy.escalation?.levels.map((level) => level.name.en)).toEqual(['store manager', 'regional manager']);
    expect(policy.escalation?.levels[0]?.notify).toEqual(['U01AB2CD3', 'W0ENTERPRISE', 'S0STOREMGRS', 'approvers']);
  });

  it.each([
    ['a @name', '"@wang.li"'],
    ['a channel', 'C0REVIEW'],
    ['a lower-case id', 'u01ab2cd3'],
  ])('when a level names %s, then one line names the file, its line and what to write instead', (_what, bad) => {
    const text = withLadder(`U01AB2CD3, ${bad}`);
    expect(loadError(text)).toBe(
      `policy.yml:${placeOf(text, bad)}: escalation.levels[0].notify[1]: use a Slack user id (U… or W…), a user-group id (S…) or approvers — not a @name or #channel (a profile’s ⋮ menu → Copy member ID)`,
    );
  });

  it('when a level notifies nobody, then it is refused', () => {
    expect(loadError(withLadder(''))).toMatch(/^policy\.yml:\d+:\d+: escalation\.levels\[0\]\.notify: Too small/);
  });

  it('when the example policy is loaded, then its first level is the store manager, notifying APPROVERS', async () => {
    const policy = await loadPolicy(DEFAULT_POLICY_PATH);
    expect(policy.escalation?.levels[0]).toEqual({ name: { zh: '店长', en: 'store manager' }, notify: ['approvers'] });
  });

  it('when npm run triage is given a policy with a bad id, then it prints one line with the line number and exits 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'escalation-'));
    try {
      const file = join(dir, 'policy.yml');
      const text = withLadder('"@store-manager"');
      await writeFile(file, text);
      const run = await runCli('src/cli/triage.ts', ['--policy', file, 'the ring broke']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(`${file}:${lineOf(text, '@store-manager')}:`);
      expect(run.stderr).toContain('escalation.levels[0].notify[0]: use a Slack user id (U… or W…)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('when the bot is started with a policy that names a #channel, then it stops at once with the line, not a stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'escalation-'));
    try {
      const file = join(dir, 'policy.yml');
      const text = withLadder('"#managers"');
      await writeFile(file, text);
      // Slack is never reached: the policy is read first.
      const run = await runStartCommand(httpBotEnv('http://127.0.0.1:9/api/', dir, { POLICY_FILE: file }), {
        timeoutMs: 15_000,
      });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.code).not.toBe(0);
      expect(output).toContain(`${file}:${lineOf(text, '#managers')}:`);
      expect(output).toContain('escalation.levels[0].notify[0]: use a Slack user id');
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
