import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadSettings } from '../src/config.ts';
import { ConfigError, InputError } from '../src/errors.ts';
import { REPO_ROOT } from './helpers/run-cli.ts';

const base = {
  SLACK_BOT_TOKEN: 'xoxb-1',
  SLACK_SIGNING_SECRET: 'secret-123456',
  REVIEW_CHANNEL: 'C0123ABCD',
};

describe('loadConfig', () => {
  it('when only the required values are set, then the defaults fill the rest (HTTP mode)', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      port: 3000,
      slackApiUrl: 'https://slack.com/api/',
      storeUrl: 'sqlite://./data/complaints.sqlite',
      defaultLocale: 'en',
      approvers: [],
    });
    expect(config.appToken).toBeUndefined();
  });

  it('when values are given, then they are trimmed, listed and validated', () => {
    const config = loadConfig({
      ...base,
      SLACK_APP_TOKEN: ' xapp-1-A ',
      APPROVERS: 'U1ABC, S0GROUP ,W2XYZ',
      PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      DEFAULT_LOCALE: 'zh-CN',
    });
    expect(config).toMatchObject({
      appToken: 'xapp-1-A',
      approvers: ['U1ABC', 'S0GROUP', 'W2XYZ'],
      port: 8080,
      slackApiUrl: 'http://127.0.0.1:9999/api/',
      defaultLocale: 'zh-CN',
    });
  });

  it.each([
    [{ SLACK_BOT_TOKEN: '' }, /^SLACK_BOT_TOKEN is required$/],
    [{ SLACK_BOT_TOKEN: 'xoxp-user' }, /^SLACK_BOT_TOKEN must be a bot token/],
    [{ REVIEW_CHANNEL: '#complaints' }, /^REVIEW_CHANNEL must be a channel ID/],
    [{ PORT: 'eighty' }, /^PORT /],
    [{ APPROVERS: 'alice' }, /^APPROVERS each entry/],
    [{ STORE_URL: 'mysql://x' }, /^STORE_URL must start with/],
    [{ DEFAULT_LOCALE: 'fr' }, /^DEFAULT_LOCALE /],
    [{ SLACK_API_URL: 'not a url' }, /^SLACK_API_URL /],
    [{ LOG_LEVEL: 'verbose' }, /^LOG_LEVEL must be debug, info, warn or error$/],
  ])('when %o is wrong, then one line names the variable', (override, message) => {
    expect(() => loadConfig({ ...base, ...override })).toThrow(InputError);
    expect(() => loadConfig({ ...base, ...override })).toThrow(message);
  });
});

describe('loadConfig with values left from .env.example', () => {
  const example = parseEnv(readFileSync(join(REPO_ROOT, '.env.example'), 'utf8'));

  it('when .env.example is used as it is, then every placeholder is named as the example value, all at once', () => {
    const error = catchConfigError(() => loadConfig(example));
    expect(error.problems).toEqual([
      expect.stringMatching(
        /^SLACK_BOT_TOKEN is still the example value from \.env\.example \(xoxb-your-bot-token\): /,
      ),
      expect.stringMatching(
        /^SLACK_SIGNING_SECRET is still the example value from \.env\.example \(your-signing-secret\): /,
      ),
      expect.stringMatching(
        /^SLACK_APP_TOKEN is still the example value from \.env\.example \(xapp-your-app-token\): /,
      ),
      expect.stringMatching(/^REVIEW_CHANNEL is still the example value from \.env\.example \(C0123456789\): /),
    ]);
    expect(error.message.split('\n')).toEqual(error.problems);
  });

  it('when the example file is filled in, then it loads', () => {
    const config = loadConfig({ ...example, ...base, SLACK_APP_TOKEN: 'xapp-1-A0-123-abc' });
    expect(config).toMatchObject({ appToken: 'xapp-1-A0-123-abc', reviewChannel: base.REVIEW_CHANNEL });
  });

  it.each([
    ['SLACK_BOT_TOKEN', 'xoxb-…'],
    ['SLACK_BOT_TOKEN', 'xoxb-your-token-here'],
    ['SLACK_SIGNING_SECRET', '<signing secret>'],
    ['SLACK_APP_TOKEN', 'xapp-...'],
    ['DIGEST_CHANNEL', 'C0123456789'],
  ])('when %s is %s, then it is refused as a placeholder', (name, value) => {
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(
      new RegExp(`^${name} (looks like a placeholder|is still the example value)`),
    );
  });
});

describe('loadSettings', () => {
  it('when settings of the bot and of the LLM are wrong, then one line each, in one error', () => {
    const error = catchConfigError(() =>
      loadSettings({
        REVIEW_CHANNEL: '#complaints',
        PORT: 'eighty',
        HEALTH_PORT: '70000',
        OPENAI_BASE_URL: 'http://x',
      }),
    );
    expect(error.problems).toEqual([
      'SLACK_BOT_TOKEN is required',
      'SLACK_SIGNING_SECRET is required',
      expect.stringMatching(/^PORT /),
      expect.stringMatching(/^HEALTH_PORT /),
      'REVIEW_CHANNEL must be a channel ID such as C0123ABCD (not a #name)',
      'OPENAI_MODEL is required when OPENAI_BASE_URL is set (the model name your server serves)',
    ]);
  });

  it('when everything is right, then the bot and LLM settings come back together', () => {
    const { config, llm } = loadSettings({ ...base, HEALTH_PORT: '8081' });
    expect(config.healthPort).toBe(8081);
    expect(llm.endpoint).toBeUndefined();
  });
});

function catchConfigError(load: () => unknown): ConfigError {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
