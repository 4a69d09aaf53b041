import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { InputError } from '../src/errors.js';

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
  ])('when %o is wrong, then one line names the variable', (override, message) => {
    expect(() => loadConfig({ ...base, ...override })).toThrow(InputError);
    expect(() => loadConfig({ ...base, ...override })).toThrow(message);
  });
});
