import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { LlmConfig } from './analysis/llm/llm-config.ts';
import { checkSchedule, DIGEST_CRON_OFF } from './digest/digest-slot.ts';
import { ConfigError, InputError } from './errors.ts';
import { DEFAULT_POLICY_PATH, describeReadFailure } from './policy/load-policy.ts';
import { timeZoneProblem } from './shared/time-zone-name.ts';
import { DEFAULT_SLACK_API_URL } from './slack/slack-api-url.ts';

const SLACK_ID = /^[A-Z][A-Z0-9]{2,}$/;

/**
 * The values `.env.example` ships with, by variable, and what to put there instead. A copied file that
 * still holds one would otherwise pass the format checks and start against Slack with a fake token.
 */
export const EXAMPLE_VALUES: Readonly<Record<string, { value: string; instead: string }>> = {
  SLACK_BOT_TOKEN: {
    value: 'xoxb-your-bot-token',
    instead: "paste the Bot User OAuth Token from your app's OAuth & Permissions page (https://api.slack.com/apps)",
  },
  SLACK_SIGNING_SECRET: {
    value: 'your-signing-secret',
    instead: "paste the Signing Secret from your app's Basic Information → App Credentials",
  },
  SLACK_APP_TOKEN: {
    value: 'xapp-your-app-token',
    instead:
      'paste an app-level token (Basic Information → App-Level Tokens, scope connections:write), or leave it empty for HTTP mode',
  },
  REVIEW_CHANNEL: {
    value: 'C0123456789',
    instead: "put your review channel's ID (channel details → the ID at the bottom)",
  },
  DIGEST_CHANNEL: {
    value: 'C0123456789',
    instead: "put the digest channel's ID, or leave it empty for REVIEW_CHANNEL",
  },
};

/** Placeholder wording people write into examples ("xoxb-your-token", "xoxb-…", "<secret>", "changeme"). */
const PLACEHOLDER_WORDING = /your[-_ ]|…|\.\.\.|[<>]|changeme|placeholder/i;

/** A refinement refusing the example value of a variable, or any placeholder wording when `wording` is set. */
function refuseExample(name: keyof typeof EXAMPLE_VALUES, wording = false) {
  const example = EXAMPLE_VALUES[name];
  return (value: string | undefined, context: z.RefinementCtx) => {
    if (value === undefined || !example) return;
    if (value === example.value) {
      context.addIssue({
        code: 'custom',
        message: `is still the example value from .env.example (${example.value}): ${example.instead}`,
      });
    } else if (wording && PLACEHOLDER_WORDING.test(value)) {
      context.addIssue({ code: 'custom', message: `looks like a placeholder, not a real value: ${example.instead}` });
    }
  };
}

/** Treats empty and blank values as unset, as a shell's `VAR=` means "not configured". */
function readEnv(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** A port setting: a whole number from 0 (any free port) to 65535, one message for every way it can be wrong. */
function portNumber() {
  const message = 'must be a port number from 0 to 65535';
  return z.coerce.number(message).int(message).min(0, message).max(65535, message);
}

/**
 * Settings whose bad value is shown back (numbers and choices, never tokens or secrets), with what else the
 * line should say. Slack users whose own language is any Chinese (zh-TW and zh-HK too) already get Chinese,
 * so a shop in Taiwan or Hong Kong reaching for DEFAULT_LOCALE=zh-TW learns what it does and does not need.
 */
const SHOWN_VALUES: Readonly<Record<string, string>> = {
  port: '',
  healthPort: '',
  approvalRemindHours: '',
  retentionDays: '',
  defaultLocale:
    "zh-TW and zh-HK staff get Chinese from their own Slack language anyway, and what they say to customers comes in the complaint's own script, traditional included; DEFAULT_LOCALE sets the review channel's language and the fallback for other Slack languages: zh-CN for Chinese there",
  digestTimeZone: '',
  logLevel: '',
  logFormat: '',
  metrics: '',
  jsonMode: '',
  timeoutMs: '',
};

/** How much of a bad value a line shows: enough to recognise it, never a pasted file. */
const SHOWN_LENGTH = 40;

/**
 * STORE_URL names its engine by scheme. A wrong one is shown by its scheme alone, never whole: the rest of a
 * store URL may hold a password.
 */
function storeUrlScheme(value: string, context: z.RefinementCtx): void {
  if (/^(sqlite|redis|rediss|postgres|postgresql):\/\//.test(value)) return;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/{0,3}/.exec(value)?.[0];
  context.addIssue({
    code: 'custom',
    message: `must start with sqlite://, redis:// or postgres:// (${scheme ? `got ${JSON.stringify(`${scheme}…`)}` : 'got no scheme; a file is sqlite://./data/complaints.sqlite'})`,
  });
}

/** ` (got "value"; note)` for a setting in {@link SHOWN_VALUES}, else nothing. */
function shownValue(key: unknown, value: unknown): string {
  if (typeof key !== 'string' || typeof value !== 'string' || SHOWN_VALUES[key] === undefined) return '';
  const note = SHOWN_VALUES[key];
  const shown = value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
  return ` (got ${JSON.stringify(shown)}${note ? `; ${note}` : ''})`;
}

/** Refuses a policy file that cannot be read now, so it is named with the other settings rather than after them. */
function refuseUnreadableFile(path: string, context: z.RefinementCtx) {
  try {
    readFileSync(path);
  } catch (error) {
    context.addIssue({ code: 'custom', message: `${path} cannot be read (${describeReadFailure(error)})` });
  }
}

/**
 * A token setting's kind, by its prefix. The value itself is never shown back; but a token pasted with its quotes
 * (a systemd `Environment=`, a compose file, a shell that did not strip them) is said to be one, since "must start
 * with xoxb-" puzzles someone looking at a value that does.
 */
function tokenPrefix(prefix: string, kind: string) {
  return (token: string, context: z.RefinementCtx) => {
    if (token.startsWith(prefix)) return;
    const quoted = /^["'‘“]/.test(token) && token.slice(1).startsWith(prefix);
    const hint = quoted ? ' (the value starts with a quote mark: remove the quotes around it)' : '';
    context.addIssue({ code: 'custom', message: `must be ${kind} starting with ${prefix}${hint}` });
  };
}

/** An approver: a user or user-group ID; the entry that is not one is named, since a list may be long. */
function approverId(id: string, context: z.RefinementCtx) {
  if (SLACK_ID.test(id)) return;
  const shown = id.length > SHOWN_LENGTH ? `${id.slice(0, SHOWN_LENGTH)}…` : id;
  context.addIssue({
    code: 'custom',
    message: `each entry must be a user ID (U…) or user-group ID (S…), not a name or @handle (got ${JSON.stringify(shown)}; a person's ID is under their profile's ⋯ → Copy member ID)`,
  });
}

/** A schedule setting: a cron pattern croner accepts, read in the digest's time zone, or `off`. */
function cronSetting(fallback: string) {
  return z
    .string()
    .default(fallback)
    .superRefine((pattern, context) => {
      const problem = pattern === DIGEST_CRON_OFF ? undefined : checkSchedule(pattern, 'UTC');
      if (problem) {
        context.addIssue({ code: 'custom', message: `is not a cron pattern such as "${fallback}": ${problem}` });
      }
    });
}

const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

/**
 * A channel setting: its ID (C… or G…). What people paste instead is answered in its own words — a channel's
 * link (Slack's *Copy link*) with the ID it holds, a person's user ID, a #name — since "(not a #name)" alone
 * would puzzle whoever pasted a link.
 */
function channelId(name: 'REVIEW_CHANNEL' | 'DIGEST_CHANNEL') {
  return z
    .string()
    .superRefine((value, context) => {
      if (CHANNEL_ID.test(value)) return;
      const linked = /\/archives\/([CG][A-Z0-9]{2,})(?=[/?#]|$)/.exec(value)?.[1];
      const message = linked
        ? `must be a channel ID such as C0123ABCD, not a link: the ID in this link is ${linked}`
        : /^[UW][A-Z0-9]{2,}$/.test(value)
          ? "must be a channel ID such as C0123ABCD, not a person's user ID (U…)"
          : 'must be a channel ID such as C0123ABCD (not a #name)';
      context.addIssue({ code: 'custom', message });
    })
    .superRefine(refuseExample(name));
}

/** The morning digest's settings, shared by the bot and `npm run digest`. */
const DigestConfigShape = {
  /** DIGEST_CHANNEL: the channel ID the morning digest is posted to (default REVIEW_CHANNEL). */
  digestChannel: channelId('DIGEST_CHANNEL').optional(),
  /** DIGEST_CRON: when the digest is posted, a cron pattern (default `30 8 * * *`); `off` leaves it to `npm run digest`. */
  digestCron: cronSetting('30 8 * * *'),
  /** WEEKLY_CRON: when the weekly root-cause report is posted (default Monday 09:00); `off` turns it off. */
  weeklyCron: cronSetting('0 9 * * 1'),
  /** TZ: the time zone DIGEST_CRON is read in (default: the policy's `timezone`). */
  digestTimeZone: z
    .string()
    .superRefine((name, ctx) => {
      const problem = timeZoneProblem(name);
      if (!problem) return;
      const why = problem.kind === 'short-name' ? `, not a short name that Node reads as ${problem.readAs}` : '';
      ctx.addIssue({ code: 'custom', message: `must be an IANA time zone such as Asia/Shanghai${why}` });
    })
    .optional(),
};

/**
 * STORE_URL when none is set: the one SQLite store the bot creates, directory and all, on its first run. Any
 * other SQLite path must be in a directory that exists, so a typo is refused rather than starting empty.
 */
export const DEFAULT_STORE_URL = 'sqlite://./data/complaints.sqlite';

const REMIND_HOURS_MESSAGE = 'must be a number of hours above 0, at most 720';
/** RETENTION_DAYS: whole days, at most a hundred years. */
const RETENTION_MESSAGE = 'must be a whole number of days from 1 to 36500';

const ConfigSchema = z.object({
  /** SLACK_BOT_TOKEN: the bot token (xoxb-…) from OAuth & Permissions. */
  botToken: z
    .string()
    .superRefine(tokenPrefix('xoxb-', 'a bot token'))
    .superRefine(refuseExample('SLACK_BOT_TOKEN', true)),
  /** SLACK_SIGNING_SECRET: from Basic Information; verifies every request in HTTP mode. */
  signingSecret: z
    .string()
    .min(8, 'looks too short for a signing secret')
    .superRefine(refuseExample('SLACK_SIGNING_SECRET', true)),
  /** SLACK_APP_TOKEN: an app-level token (xapp-…) with connections:write; when set the bot uses Socket Mode. */
  appToken: z
    .string()
    .superRefine(tokenPrefix('xapp-', 'an app-level token'))
    .optional()
    .superRefine(refuseExample('SLACK_APP_TOKEN', true)),
  /** PORT: the HTTP port in HTTP mode (default 3000). */
  port: portNumber().default(3000),
  /**
   * HEALTH_PORT: when set, `GET /healthz` is also served on this port (200 once the bot is connected and
   * ready, 503 before and while Socket Mode reconnects) — the health check of Socket Mode, which has no HTTP
   * server of its own. Unset: none (HTTP mode still answers `/healthz` on PORT).
   */
  healthPort: portNumber().optional(),
  /** SLACK_API_URL: base URL of the Slack Web API (default https://slack.com/api/), for GovSlack, proxies and tests. */
  slackApiUrl: z
    .url({ protocol: /^https?$/, error: `must be a URL such as ${DEFAULT_SLACK_API_URL}` })
    .default(DEFAULT_SLACK_API_URL),
  /** REVIEW_CHANNEL: the channel ID (C… or G…) where every case is posted for the review meeting. */
  reviewChannel: channelId('REVIEW_CHANNEL'),
  /** APPROVERS: comma-separated user IDs (U…/W…) and user-group IDs (S…) who may decide on compensation. */
  approvers: z.array(z.string().superRefine(approverId)).default([]),
  /** STORE_URL: sqlite://PATH (default sqlite://./data/complaints.sqlite), redis://… or postgres://… */
  storeUrl: z.string().superRefine(storeUrlScheme).default(DEFAULT_STORE_URL),
  /** POLICY_FILE: the store policy YAML (default: the example policy). */
  policyFile: z.string().default(DEFAULT_POLICY_PATH).superRefine(refuseUnreadableFile),
  /** DEFAULT_LOCALE: zh-CN or en, for users whose Slack locale is neither (default en). */
  defaultLocale: z.enum(['zh-CN', 'en'], 'must be zh-CN or en').default('en'),
  /** STORES: optional comma-separated store names offered in the complaint form. */
  stores: z.array(z.string().min(1).max(100)).default([]),
  /**
   * APPROVAL_REMIND_HOURS: after how many hours a request still pending reminds the approvers, once, in the
   * store's business hours (default 4).
   */
  approvalRemindHours: z.coerce
    .number(REMIND_HOURS_MESSAGE)
    .positive(REMIND_HOURS_MESSAGE)
    .max(24 * 30, REMIND_HOURS_MESSAGE)
    .default(4),
  /**
   * CUSTOMER_KEY: the secret (at least 32 characters, e.g. `openssl rand -hex 32`) that customers' phone and
   * member numbers are fingerprinted with, so a repeat customer's cases are found (issue 15). Unset: the
   * form has no such field. Changing it later means earlier cases no longer match new ones.
   */
  customerKey: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. the output of openssl rand -hex 32)')
    .superRefine((value, context) => {
      if (PLACEHOLDER_WORDING.test(value) || new Set(value).size < 8)
        context.addIssue({ code: 'custom', message: 'looks like a placeholder; use openssl rand -hex 32' });
    })
    .optional(),
  /**
   * RETENTION_DAYS: closed cases closed more than this many days ago have the customer's data erased, at
   * start and daily (issue 15); wins over the policy file's `retention.days`. Unset: the policy decides.
   */
  retentionDays: z.coerce
    .number(RETENTION_MESSAGE)
    .int(RETENTION_MESSAGE)
    .min(1, RETENTION_MESSAGE)
    .max(36_500, RETENTION_MESSAGE)
    .optional(),
  ...DigestConfigShape,
  /** LOG_LEVEL: debug, info, warn or error (default info). */
  logLevel: z.enum(['debug', 'info', 'warn', 'error'], 'must be debug, info, warn or error').default('info'),
  /**
   * LOG_FORMAT: `json` (one JSON object a line, for a log collector) or `pretty` (for a person at a
   * terminal). Unset: pretty when standard output is a terminal, else JSON.
   */
  logFormat: z.enum(['json', 'pretty'], 'must be json or pretty').optional(),
  /** METRICS: `on` (default) serves Prometheus metrics at GET /metrics wherever /healthz is served; `off` does not. */
  metrics: z
    .enum(['on', 'off'], 'must be on or off')
    .default('on')
    .transform((value) => value === 'on'),
});

/** The bot's configuration, read once at start. */
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

const ENV_NAMES: Record<keyof z.infer<typeof ConfigSchema>, string> = {
  botToken: 'SLACK_BOT_TOKEN',
  signingSecret: 'SLACK_SIGNING_SECRET',
  appToken: 'SLACK_APP_TOKEN',
  port: 'PORT',
  healthPort: 'HEALTH_PORT',
  slackApiUrl: 'SLACK_API_URL',
  reviewChannel: 'REVIEW_CHANNEL',
  approvers: 'APPROVERS',
  storeUrl: 'STORE_URL',
  policyFile: 'POLICY_FILE',
  defaultLocale: 'DEFAULT_LOCALE',
  stores: 'STORES',
  approvalRemindHours: 'APPROVAL_REMIND_HOURS',
  customerKey: 'CUSTOMER_KEY',
  retentionDays: 'RETENTION_DAYS',
  digestChannel: 'DIGEST_CHANNEL',
  digestCron: 'DIGEST_CRON',
  weeklyCron: 'WEEKLY_CRON',
  digestTimeZone: 'TZ',
  logLevel: 'LOG_LEVEL',
  logFormat: 'LOG_FORMAT',
  metrics: 'METRICS',
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
    healthPort: readEnv(env, 'HEALTH_PORT'),
    slackApiUrl: readEnv(env, 'SLACK_API_URL'),
    reviewChannel: readEnv(env, 'REVIEW_CHANNEL'),
    approvers: list(readEnv(env, 'APPROVERS')),
    storeUrl: readEnv(env, 'STORE_URL'),
    policyFile: readEnv(env, 'POLICY_FILE'),
    defaultLocale: readEnv(env, 'DEFAULT_LOCALE'),
    stores: list(readEnv(env, 'STORES')),
    approvalRemindHours: readEnv(env, 'APPROVAL_REMIND_HOURS'),
    customerKey: readEnv(env, 'CUSTOMER_KEY'),
    retentionDays: readEnv(env, 'RETENTION_DAYS'),
    ...readDigestEnv(env),
    logLevel: readEnv(env, 'LOG_LEVEL')?.toLowerCase(),
    logFormat: readEnv(env, 'LOG_FORMAT')?.toLowerCase(),
    metrics: readEnv(env, 'METRICS')?.toLowerCase(),
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (parsed.success) {
    const { appToken, port, healthPort } = parsed.data;
    // In HTTP mode PORT answers /healthz itself; the same number again would fail as a port "in use by another
    // process", which sends an operator looking for a process that is the bot.
    if (!appToken && healthPort !== undefined && healthPort === port && port !== 0) {
      throw new ConfigError([
        `HEALTH_PORT ${healthPort} is PORT too: in HTTP mode PORT already answers /healthz and /metrics; leave HEALTH_PORT empty or choose another port`,
      ]);
    }
    const url = parsed.data.slackApiUrl.endsWith('/') ? parsed.data.slackApiUrl : `${parsed.data.slackApiUrl}/`;
    return Object.freeze({ ...parsed.data, slackApiUrl: url });
  }
  throw new ConfigError(describeIssues(parsed.error.issues, ENV_NAMES, raw));
}

/**
 * One line per variable with a problem (its first), in the order the issues came: "NAME message". A
 * required variable left unset reads "is required".
 */
function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  envNames: Readonly<Record<string, string>>,
  raw: Readonly<Record<string, unknown>>,
): string[] {
  const lines = new Map<string, string>();
  for (const issue of issues) {
    const key = issue.path[0];
    const name = (typeof key === 'string' ? envNames[key] : undefined) ?? String(key);
    if (lines.has(name)) continue;
    const unset = typeof key === 'string' && raw[key] === undefined;
    const message = issue.code === 'invalid_type' && unset ? 'is required' : issue.message;
    lines.set(name, `${name} ${message}${unset ? '' : shownValue(key, raw[key as string])}`);
  }
  return [...lines.values()];
}

/** A command's settings parsed on their own: one line per malformed value, naming the variable, as for the bot. */
function parseCliConfig<S extends z.ZodType>(schema: S, raw: Record<string, string | undefined>): Readonly<z.infer<S>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return Object.freeze(parsed.data as z.infer<S>);
  throw new ConfigError(describeIssues(parsed.error.issues, ENV_NAMES, raw));
}

function readDigestEnv(env: NodeJS.ProcessEnv) {
  return {
    digestChannel: readEnv(env, 'DIGEST_CHANNEL'),
    digestCron: readEnv(env, 'DIGEST_CRON'),
    weeklyCron: readEnv(env, 'WEEKLY_CRON'),
    digestTimeZone: readEnv(env, 'TZ'),
  };
}

// The preview posts nothing, so the channels are not read: a .env still holding the example channel works.
const DigestCliConfigSchema = z.object({
  storeUrl: ConfigSchema.shape.storeUrl,
  policyFile: ConfigSchema.shape.policyFile,
  defaultLocale: ConfigSchema.shape.defaultLocale,
  digestCron: DigestConfigShape.digestCron,
  digestTimeZone: DigestConfigShape.digestTimeZone,
});

/** What `npm run digest -- --dry-run` needs: no Slack tokens, and no channel. */
export type DigestCliConfig = Readonly<z.infer<typeof DigestCliConfigSchema>>;

/**
 * Reads the digest's settings on their own, so `npm run digest -- --dry-run` runs without Slack tokens;
 * a malformed value is one line naming the variable, as for the bot.
 */
export function loadDigestCliConfig(env: NodeJS.ProcessEnv = process.env): DigestCliConfig {
  const raw = {
    storeUrl: readEnv(env, 'STORE_URL'),
    policyFile: readEnv(env, 'POLICY_FILE'),
    defaultLocale: readEnv(env, 'DEFAULT_LOCALE'),
    digestCron: readEnv(env, 'DIGEST_CRON'),
    digestTimeZone: readEnv(env, 'TZ'),
  };
  return parseCliConfig(DigestCliConfigSchema, raw);
}

const ReportCliConfigSchema = z.object({
  storeUrl: ConfigSchema.shape.storeUrl,
  policyFile: ConfigSchema.shape.policyFile,
  defaultLocale: ConfigSchema.shape.defaultLocale,
});

/** What `npm run report` needs: the store, the policy and the language; no Slack tokens and no schedule. */
export type ReportCliConfig = Readonly<z.infer<typeof ReportCliConfigSchema>>;

/** Reads `npm run report`'s settings; a malformed value is one line naming the variable, as for the bot. */
export function loadReportCliConfig(env: NodeJS.ProcessEnv = process.env): ReportCliConfig {
  const raw = {
    storeUrl: readEnv(env, 'STORE_URL'),
    policyFile: readEnv(env, 'POLICY_FILE'),
    defaultLocale: readEnv(env, 'DEFAULT_LOCALE'),
  };
  return parseCliConfig(ReportCliConfigSchema, raw);
}

const OutboxCliConfigSchema = z.object({
  storeUrl: ConfigSchema.shape.storeUrl,
  defaultLocale: ConfigSchema.shape.defaultLocale,
});

/** What `npm run outbox` needs: the store, and the language it explains Slack's errors in; no Slack tokens. */
export type OutboxCliConfig = Readonly<z.infer<typeof OutboxCliConfigSchema>>;

/** Reads `npm run outbox`'s settings on their own; a malformed value is one line naming the variable. */
export function loadOutboxCliConfig(env: NodeJS.ProcessEnv = process.env): OutboxCliConfig {
  return parseCliConfig(OutboxCliConfigSchema, {
    storeUrl: readEnv(env, 'STORE_URL'),
    defaultLocale: readEnv(env, 'DEFAULT_LOCALE'),
  });
}

const StoreCliConfigSchema = z.object({ storeUrl: ConfigSchema.shape.storeUrl });

/** What `npm run backup` needs: the store, and nothing of Slack's. */
export type StoreCliConfig = Readonly<z.infer<typeof StoreCliConfigSchema>>;

/** Reads `npm run backup`'s one setting, STORE_URL; a malformed value is one line naming it. */
export function loadStoreCliConfig(env: NodeJS.ProcessEnv = process.env): StoreCliConfig {
  return parseCliConfig(StoreCliConfigSchema, { storeUrl: readEnv(env, 'STORE_URL') });
}

const EraseCliConfigSchema = z.object({
  storeUrl: ConfigSchema.shape.storeUrl,
  customerKey: ConfigSchema.shape.customerKey,
});

/** What `npm run erase` needs: the store, and CUSTOMER_KEY to find a customer's cases; no Slack tokens. */
export type EraseCliConfig = Readonly<z.infer<typeof EraseCliConfigSchema>>;

/** Reads `npm run erase`'s settings on their own; a malformed value is one line naming the variable. */
export function loadEraseCliConfig(env: NodeJS.ProcessEnv = process.env): EraseCliConfig {
  return parseCliConfig(EraseCliConfigSchema, {
    storeUrl: readEnv(env, 'STORE_URL'),
    customerKey: readEnv(env, 'CUSTOMER_KEY'),
  });
}

/** The model used with OpenAI itself when OPENAI_MODEL is not set. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

const TIMEOUT_MESSAGE = 'must be a whole number of milliseconds from 100 to 600000';

const LlmConfigSchema = z.object({
  /** OPENAI_API_KEY: the endpoint's key; enables LLM analysis (with OpenAI unless OPENAI_BASE_URL is set). */
  apiKey: z.string().optional(),
  /** OPENAI_BASE_URL: any OpenAI-compatible endpoint (Ollama, vLLM, DeepSeek, Qwen, Azure…); enables LLM analysis, key or not. */
  baseUrl: z.url({ protocol: /^https?$/, error: 'must be a URL such as http://127.0.0.1:11434/v1' }).optional(),
  /** OPENAI_MODEL: the model to ask (default gpt-4o-mini on OpenAI; required with OPENAI_BASE_URL). */
  model: z.string().min(1).max(200).optional(),
  /** LLM_JSON_MODE: true = JSON mode plus validation; false = structured outputs only; unset = detect. */
  jsonMode: z.enum(['true', 'false', 'auto'], 'must be true, false or auto').default('auto'),
  /** LLM_TIMEOUT_MS: how long one analysis may wait for the endpoint, retries included (default 8000). */
  timeoutMs: z.coerce
    .number(TIMEOUT_MESSAGE)
    .int(TIMEOUT_MESSAGE)
    .min(100, TIMEOUT_MESSAGE)
    .max(600_000, TIMEOUT_MESSAGE)
    .default(8000),
});

const LLM_ENV_NAMES: Record<keyof z.infer<typeof LlmConfigSchema>, string> = {
  apiKey: 'OPENAI_API_KEY',
  baseUrl: 'OPENAI_BASE_URL',
  model: 'OPENAI_MODEL',
  jsonMode: 'LLM_JSON_MODE',
  timeoutMs: 'LLM_TIMEOUT_MS',
};

/**
 * Reads the LLM settings on their own, so the command-line tools can use an endpoint without Slack
 * tokens. Neither OPENAI_API_KEY nor OPENAI_BASE_URL set means no endpoint: the rules analyser alone.
 */
export function loadLlmConfig(env: NodeJS.ProcessEnv = process.env): LlmConfig {
  const raw = {
    apiKey: readEnv(env, 'OPENAI_API_KEY'),
    baseUrl: readEnv(env, 'OPENAI_BASE_URL'),
    model: readEnv(env, 'OPENAI_MODEL'),
    jsonMode: readEnv(env, 'LLM_JSON_MODE')?.toLowerCase(),
    timeoutMs: readEnv(env, 'LLM_TIMEOUT_MS'),
  };
  const parsed = LlmConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error.issues, LLM_ENV_NAMES, raw));
  const { apiKey, baseUrl, model, jsonMode, timeoutMs } = parsed.data;
  if (apiKey === undefined && baseUrl === undefined) return Object.freeze({});
  if (baseUrl !== undefined && model === undefined) {
    throw new InputError('OPENAI_MODEL is required when OPENAI_BASE_URL is set (the model name your server serves)');
  }
  const responseFormat = jsonMode === 'true' ? 'json' : jsonMode === 'false' ? 'structured' : 'detect';
  return Object.freeze({
    endpoint: Object.freeze({
      ...(apiKey === undefined ? {} : { apiKey }),
      ...(baseUrl === undefined ? {} : { baseUrl }),
      model: model ?? DEFAULT_OPENAI_MODEL,
      responseFormat,
      timeoutMs,
    }),
  });
}

/** Everything the bot reads from the environment. */
export interface Settings {
  readonly config: Config;
  readonly llm: LlmConfig;
}

/**
 * Reads the bot's settings and the LLM's together, so every bad value is reported in one run: a
 * {@link ConfigError} with one line per variable.
 */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...(error instanceof ConfigError ? error.problems : [error.message]));
      return undefined;
    }
  };
  const config = attempt(() => loadConfig(env));
  const llm = attempt(() => loadLlmConfig(env));
  if (config === undefined || llm === undefined) throw new ConfigError(problems);
  return { config, llm };
}

/** Every environment variable the bot reads, so tests (and tools) can clear them all for a clean run. */
export const SETTING_NAMES: readonly string[] = [...Object.values(ENV_NAMES), ...Object.values(LLM_ENV_NAMES)];
