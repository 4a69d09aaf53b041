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

describe("settings errors, in the product's words (issue 14)", () => {
  const problemsOf = (override: Record<string, string>): readonly string[] => {
    try {
      loadSettings({ ...base, ...override });
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    throw new Error('no problem reported');
  };

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a port number from 0 to 65535 (got "abc")'],
    [{ PORT: '99999' }, 'PORT must be a port number from 0 to 65535 (got "99999")'],
    [{ PORT: '-1' }, 'PORT must be a port number from 0 to 65535 (got "-1")'],
    [{ PORT: '80.5' }, 'PORT must be a port number from 0 to 65535 (got "80.5")'],
    [{ HEALTH_PORT: '70000' }, 'HEALTH_PORT must be a port number from 0 to 65535 (got "70000")'],
    [{ APPROVAL_REMIND_HOURS: '0' }, 'APPROVAL_REMIND_HOURS must be a number of hours above 0, at most 720 (got "0")'],
    [
      { APPROVAL_REMIND_HOURS: 'soon' },
      'APPROVAL_REMIND_HOURS must be a number of hours above 0, at most 720 (got "soon")',
    ],
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT must be json or pretty (got "xml")'],
    [{ METRICS: 'yes' }, 'METRICS must be on or off (got "yes")'],
    [{ TZ: 'Mars/Base' }, 'TZ must be an IANA time zone such as Asia/Shanghai (got "Mars/Base")'],
    [
      { OPENAI_API_KEY: 'k', LLM_TIMEOUT_MS: 'soon' },
      'LLM_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000 (got "soon")',
    ],
    [
      { OPENAI_API_KEY: 'k', LLM_TIMEOUT_MS: '50' },
      'LLM_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000 (got "50")',
    ],
    [{ OPENAI_API_KEY: 'k', LLM_JSON_MODE: 'yes' }, 'LLM_JSON_MODE must be true, false or auto (got "yes")'],
    [{ POLICY_FILE: './nope.yml' }, 'POLICY_FILE ./nope.yml cannot be read (no such file)'],
    [{ POLICY_FILE: REPO_ROOT }, `POLICY_FILE ${REPO_ROOT} cannot be read (it is a directory)`],
  ])('when %o, then the one line says what the setting takes and what it got', (override, line) => {
    expect(problemsOf(override)).toEqual([line]);
  });

  it('when DEFAULT_LOCALE is zh-TW, then the line says zh-TW and zh-HK staff get Chinese from their own Slack language, and what DEFAULT_LOCALE does set', () => {
    expect(problemsOf({ DEFAULT_LOCALE: 'zh-TW' })).toEqual([
      'DEFAULT_LOCALE must be zh-CN or en (got "zh-TW"; zh-TW and zh-HK staff get Chinese from their own Slack language anyway, and what they say to customers comes in the complaint\'s own script, traditional included; DEFAULT_LOCALE sets the review channel\'s language and the fallback for other Slack languages: zh-CN for Chinese there)',
    ]);
  });

  it('when a value is long, then the line shows only its start, on one line', () => {
    const [line] = problemsOf({ PORT: `${'9'.repeat(500)}\nmore` });
    expect(line).toBe(`PORT must be a port number from 0 to 65535 (got "${'9'.repeat(40)}…")`);
  });

  it('when a token is pasted with its quotes, then the line says so without showing it', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: '"xoxb-secret"' })).toEqual([
      'SLACK_BOT_TOKEN must be a bot token starting with xoxb- (the value starts with a quote mark: remove the quotes around it)',
    ]);
    expect(problemsOf({ SLACK_APP_TOKEN: "'xapp-secret'" })).toEqual([
      'SLACK_APP_TOKEN must be an app-level token starting with xapp- (the value starts with a quote mark: remove the quotes around it)',
    ]);
  });

  it('when one approver is a name, then the line names that entry', () => {
    expect(problemsOf({ APPROVERS: 'U012ABC,bob' })).toEqual([
      'APPROVERS each entry must be a user ID (U…) or user-group ID (S…), not a name or @handle (got "bob"; a person\'s ID is under their profile\'s ⋯ → Copy member ID)',
    ]);
  });

  it('when a token is wrong, then its value is never shown back', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxp-secret-user-token' })).toEqual([
      'SLACK_BOT_TOKEN must be a bot token starting with xoxb-',
    ]);
  });
});

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
    [
      { STORE_URL: 'mysql://user:hunter2@db/x' },
      /^STORE_URL must start with sqlite:\/\/, redis:\/\/ or postgres:\/\/ \(got "mysql:\/\/…"\)$/,
    ],
    [{ STORE_URL: 'sqlite:/srv/complaints.sqlite' }, /^STORE_URL must start with .* \(got "sqlite:\/…"\)$/],
    [{ STORE_URL: 'user:hunter2@redis-host:6379' }, /^STORE_URL must start with .* \(got "user:…"\)$/],
    [
      { STORE_URL: './data/complaints.sqlite' },
      /^STORE_URL must start with .* \(got no scheme; a file is sqlite:\/\/\.\/data\/complaints\.sqlite\)$/,
    ],
    [{ DEFAULT_LOCALE: 'fr' }, /^DEFAULT_LOCALE /],
    [{ SLACK_API_URL: 'not a url' }, /^SLACK_API_URL /],
    [{ LOG_LEVEL: 'verbose' }, /^LOG_LEVEL must be debug, info, warn or error \(got "verbose"\)$/],
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
