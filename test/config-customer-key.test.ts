import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { ConfigError } from '../src/errors.ts';

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

describe('CUSTOMER_KEY (issue 15: repeat customers)', () => {
  it('when it is unset, then there is no key and no problem', () => {
    expect(loadConfig(base).customerKey).toBeUndefined();
  });

  it('when it is a good secret, then it is the key', () => {
    const key = '6f1c0a9e3b7d52e48c1f0a6b9d3e7c21a4b8f05d6e2c9a71b3f4e8d0c5a6b7e9';
    expect(loadConfig({ ...base, CUSTOMER_KEY: key }).customerKey).toBe(key);
  });

  it.each([
    ['short', 'CUSTOMER_KEY must be at least 32 characters (e.g. the output of openssl rand -hex 32)'],
    ['your-customer-key-goes-here-please-1234', 'CUSTOMER_KEY looks like a placeholder; use openssl rand -hex 32'],
    ['a'.repeat(40), 'CUSTOMER_KEY looks like a placeholder; use openssl rand -hex 32'],
  ])('when it is %j, then one line says what is wrong, without the secret', (value, line) => {
    const problems = problemsOf({ CUSTOMER_KEY: value });
    expect(problems).toEqual([line]);
    expect(problems.join('\n')).not.toContain(value);
  });
});
