import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { ConfigError } from '../src/errors.ts';
import { DEFAULT_POLICY_PATH, parsePolicy } from '../src/policy/load-policy.ts';

// Issue 15, retention: RETENTION_DAYS in the environment, or `retention.days` in the policy file; off when neither.

const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-123456', REVIEW_CHANNEL: 'C0123ABCD' };

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig({ ...base, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const examplePolicy = readFileSync(DEFAULT_POLICY_PATH, 'utf8');

describe('RETENTION_DAYS', () => {
  it('when it is unset, then there is no period (the policy decides, and without one nothing is erased)', () => {
    expect(loadConfig(base).retentionDays).toBeUndefined();
  });

  it('when it is a number of days, then that is the period', () => {
    expect(loadConfig({ ...base, RETENTION_DAYS: '90' }).retentionDays).toBe(90);
  });

  it.each(['0', '-5', '1.5', 'ninety', '40000'])('when it is %j, then the bot refuses it in one line', (value) => {
    expect(problemsOf({ RETENTION_DAYS: value })).toEqual([
      `RETENTION_DAYS must be a whole number of days from 1 to 36500 (got ${JSON.stringify(value)})`,
    ]);
  });
});

describe('the policy file’s retention section', () => {
  it('when it names days, then the policy carries them; the example leaves it off', () => {
    expect(parsePolicy(examplePolicy, 'example').retention).toBeUndefined();
    expect(parsePolicy(`${examplePolicy}\nretention:\n  days: 730\n`, 'with retention').retention).toEqual({
      days: 730,
    });
  });

  it('when its days are not a positive whole number, then the policy is refused', () => {
    expect(() => parsePolicy(`${examplePolicy}\nretention:\n  days: 0\n`, 'bad retention')).toThrow(/retention/);
  });
});
