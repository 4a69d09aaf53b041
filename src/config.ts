import { z } from 'zod';
import { InputError } from './errors.js';
import { DEFAULT_POLICY_PATH } from './policy/load-policy.js';

const SLACK_ID = /^[A-Z][A-Z0-9]{2,}$/;

/** Treats empty and blank values as unset, as a shell's `VAR=` means "not configured". */
function readEnv(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

const ConfigSchema = z.object({
  /** SLACK_BOT_TOKEN: the bot token (xoxb-…) from OAuth & Permissions. */
  botToken: z.string().regex(/^xoxb-/, 'must be a bot token starting with xoxb-'),
  /** SLACK_SIGNING_SECRET: from Basic Information; verifies every request in HTTP mode. */
  signingSecret: z.string().min(8, 'looks too short for a signing secret'),
  /** SLACK_APP_TOKEN: an app-level token (xapp-…) with connections:write; when set the bot uses Socket Mode. */
  appToken: z
    .string()
    .regex(/^xapp-/, 'must be an app-level token starting with xapp-')
    .optional(),
  /** PORT: the HTTP port in HTTP mode (default 3000). */
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  /** SLACK_API_URL: base URL of the Slack Web API (default https://slack.com/api/), for GovSlack, proxies and tests. */
  slackApiUrl: z.url().default('https://slack.com/api/'),
  /** REVIEW_CHANNEL: the channel ID (C… or G…) where every case is posted for the review meeting. */
  reviewChannel: z.string().regex(/^[CG][A-Z0-9]{2,}$/, 'must be a channel ID such as C0123ABCD (not a #name)'),
  /** APPROVERS: comma-separated user IDs (U…/W…) and user-group IDs (S…) who may decide on compensation. */
  approvers: z.array(z.string().regex(SLACK_ID, 'each entry must be a user ID (U…) or user-group ID (S…)')).default([]),
  /** STORE_URL: sqlite://PATH (default sqlite://./data/complaints.sqlite), redis://… or postgres://… */
  storeUrl: z
    .string()
    .regex(/^(sqlite|redis|rediss|postgres|postgresql):\/\//, 'must start with sqlite://, redis:// or postgres://')
    .default('sqlite://./data/complaints.sqlite'),
  /** POLICY_FILE: the store policy YAML (default: the example policy). */
  policyFile: z.string().default(DEFAULT_POLICY_PATH),
  /** DEFAULT_LOCALE: zh-CN or en, for users whose Slack locale is neither (default en). */
  defaultLocale: z.enum(['zh-CN', 'en']).default('en'),
  /** STORES: optional comma-separated store names offered in the complaint form. */
  stores: z.array(z.string().min(1).max(100)).default([]),
  /** LOG_LEVEL: debug, info, warn or error (default info). */
  logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

/** The bot's configuration, read once at start. */
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

const ENV_NAMES: Record<keyof z.infer<typeof ConfigSchema>, string> = {
  botToken: 'SLACK_BOT_TOKEN',
  signingSecret: 'SLACK_SIGNING_SECRET',
  appToken: 'SLACK_APP_TOKEN',
  port: 'PORT',
  slackApiUrl: 'SLACK_API_URL',
  reviewChannel: 'REVIEW_CHANNEL',
  approvers: 'APPROVERS',
  storeUrl: 'STORE_URL',
  policyFile: 'POLICY_FILE',
  defaultLocale: 'DEFAULT_LOCALE',
  stores: 'STORES',
  logLevel: 'LOG_LEVEL',
};

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Reads and validates the configuration. This is the only place that reads the environment; a missing or
 * malformed value stops the bot with one line naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = {
    botToken: readEnv(env, 'SLACK_BOT_TOKEN'),
    signingSecret: readEnv(env, 'SLACK_SIGNING_SECRET'),
    appToken: readEnv(env, 'SLACK_APP_TOKEN'),
    port: readEnv(env, 'PORT'),
    slackApiUrl: readEnv(env, 'SLACK_API_URL'),
    reviewChannel: readEnv(env, 'REVIEW_CHANNEL'),
    approvers: list(readEnv(env, 'APPROVERS')),
    storeUrl: readEnv(env, 'STORE_URL'),
    policyFile: readEnv(env, 'POLICY_FILE'),
    defaultLocale: readEnv(env, 'DEFAULT_LOCALE'),
    stores: list(readEnv(env, 'STORES')),
    logLevel: readEnv(env, 'LOG_LEVEL')?.toLowerCase(),
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (parsed.success) {
    const url = parsed.data.slackApiUrl.endsWith('/') ? parsed.data.slackApiUrl : `${parsed.data.slackApiUrl}/`;
    return Object.freeze({ ...parsed.data, slackApiUrl: url });
  }
  const issue = parsed.error.issues[0];
  const key = issue?.path[0];
  const names: Record<string, string | undefined> = ENV_NAMES;
  const name = (typeof key === 'string' ? names[key] : undefined) ?? String(key);
  const message = issue?.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue?.message;
  throw new InputError(`${name} ${message ?? 'is invalid'}`);
}
