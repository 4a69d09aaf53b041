import { type AppError, InputError, SlackStartError } from '../errors.ts';
import { excerptOf } from '../shared/excerpt.ts';
import { DEFAULT_SLACK_API_URL } from './slack-api-url.ts';

/** Which token a start-up call used, so the line names the setting to fix. */
export type StartToken = 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN';

/** Where each token comes from in the app's settings. */
const WHERE_FROM: Record<StartToken, string> = {
  SLACK_BOT_TOKEN:
    "copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page at https://api.slack.com/apps (it changes when the app is reinstalled)",
  SLACK_APP_TOKEN:
    "generate an app-level token (xapp-…) with the connections:write scope under your app's Basic Information → App-Level Tokens at https://api.slack.com/apps, or leave SLACK_APP_TOKEN empty for HTTP mode",
};

/** Slack's answers meaning the token itself is wrong, as opposed to something about the app or the request. */
const TOKEN_REFUSALS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'invalid_token',
]);

/** Slack's error answers are short snake_case codes; anything else came from something that is not Slack. */
const SLACK_ERROR_CODE = /^[a-z0-9_.]{1,80}$/;

/** A body that is a web page (a proxy's log-in page, a captive portal), as opposed to some other text. */
const WEB_PAGE = /<(!doctype\s+html|html|head|body|title)\b/i;

/** How much of a foreign answer the start-up line shows: its start is enough to tell what answered. */
const SHOWN_LENGTH = 120;

/** The line for an answer from something other than the Slack Web API (a body Slack would never send). */
function describeForeignAnswer(body: string, slackApiUrl: string): string {
  if (WEB_PAGE.test(body)) {
    return `Slack at ${slackApiUrl} answered with a web page, not the Slack Web API (a proxy or captive portal in between?): check SLACK_API_URL and any proxy`;
  }
  return `Slack at ${slackApiUrl} answered with something other than the Slack Web API (${JSON.stringify(excerptOf(body, SHOWN_LENGTH))}): check SLACK_API_URL and any proxy`;
}

/**
 * The line for an HTTP error status. A 5xx from Slack itself is an outage to wait out, not a setting to fix;
 * SLACK_API_URL is named only when it points somewhere other than Slack's own API, where it may be the cause.
 */
function describeHttpError(statusCode: unknown, slackApiUrl: string): string {
  const status = String(statusCode);
  const ownUrl = slackApiUrl !== DEFAULT_SLACK_API_URL;
  if (typeof statusCode === 'number' && statusCode >= 500) {
    const check = ownUrl ? `; SLACK_API_URL is set to ${slackApiUrl}: check it and any proxy in between` : '';
    return `Slack at ${slackApiUrl} answered HTTP ${status}: Slack is having trouble (see https://status.slack.com), start the bot again in a few minutes${check}`;
  }
  return `Slack at ${slackApiUrl} answered HTTP ${status}: check SLACK_API_URL (the Web API's base, such as ${DEFAULT_SLACK_API_URL}) and any proxy in between`;
}

/** The fields of @slack/web-api's errors this reads; matched by `code`, as bolt may carry its own copy. */
interface WebApiErrorShape {
  code?: unknown;
  data?: { error?: unknown };
  statusCode?: unknown;
  retryAfter?: unknown;
  original?: unknown;
}

/** The innermost system error code or message of a failed fetch (ECONNREFUSED, ENOTFOUND, "bad port"…). */
export function describeNetworkCause(error: unknown): string {
  let current: unknown = error;
  let described = 'no answer';
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && !code.startsWith('slack_')) return code;
    if (typeof message === 'string' && message) described = message;
    current =
      (current as { cause?: unknown; original?: unknown }).cause ?? (current as { original?: unknown }).original;
  }
  return described;
}

/**
 * Turns what a start-up call to Slack threw (`auth.test` with the bot token, `apps.connections.open` with
 * the app token) into one line naming the cause and the setting to fix; undefined for anything else (a bug).
 */
export function describeStartFailure(error: unknown, token: StartToken, slackApiUrl: string): AppError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, data, statusCode, retryAfter } = error as WebApiErrorShape;
  const options = { cause: error };
  if (code === 'slack_webapi_platform_error') {
    const answer = typeof data?.error === 'string' ? data.error : 'unknown error';
    // @slack/web-api hands on a body that is not JSON as the error itself: a page, never a code.
    if (typeof data?.error === 'string' && !SLACK_ERROR_CODE.test(answer)) {
      return new SlackStartError('slack_unreachable', describeForeignAnswer(answer, slackApiUrl), options);
    }
    if (TOKEN_REFUSALS.has(answer)) {
      return new SlackStartError('slack_refused', `Slack refused ${token} (${answer}): ${WHERE_FROM[token]}`, options);
    }
    const hint =
      token === 'SLACK_APP_TOKEN'
        ? "check that Socket Mode is on in your app's settings and that SLACK_APP_TOKEN belongs to this app"
        : "check the app's installation at https://api.slack.com/apps";
    return new SlackStartError(
      'slack_refused',
      `Slack refused to start the bot with ${token} (${answer}): ${hint}`,
      options,
    );
  }
  if (code === 'slack_webapi_rate_limited_error') {
    const wait = typeof retryAfter === 'number' ? ` (retry after ${retryAfter} s)` : '';
    return new SlackStartError(
      'slack_unreachable',
      `Slack rate-limited the start-up check${wait}: start the bot again in a moment`,
      options,
    );
  }
  if (code === 'slack_webapi_http_error') {
    return new SlackStartError('slack_unreachable', describeHttpError(statusCode, slackApiUrl), options);
  }
  if (code === 'slack_webapi_request_error') {
    return new SlackStartError(
      'slack_unreachable',
      `cannot reach Slack at ${slackApiUrl} (${excerptOf(describeNetworkCause(error), SHOWN_LENGTH)}): check the network, proxy and firewall, or SLACK_API_URL`,
      options,
    );
  }
  return undefined;
}

/** The line for a start-up that got no answer in time (a network that drops packets, a socket that never opens). */
export function describeStartTimeout(seconds: number, slackApiUrl: string, socketMode: boolean): SlackStartError {
  const what = socketMode ? 'no Socket Mode connection to Slack' : 'no answer from Slack';
  return new SlackStartError(
    'slack_unreachable',
    `${what} at ${slackApiUrl} within ${seconds} s: check the network, proxy and firewall (Socket Mode needs outgoing WebSocket connections to Slack), or SLACK_API_URL`,
  );
}

/** The line for a port another process holds; undefined for any other error. */
export function describeListenFailure(
  error: unknown,
  setting: 'PORT' | 'HEALTH_PORT',
  port: number,
): AppError | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'EADDRINUSE') {
    return new InputError(
      `${setting} ${port} is already in use by another process: stop it or choose another ${setting}`,
      'port_in_use',
    );
  }
  if (code === 'EACCES') {
    return new InputError(`${setting} ${port} needs privileges this process lacks: choose a port above 1023`);
  }
  return undefined;
}
