import { describeNetworkCause } from '../slack/start-failure.ts';

/**
 * Slack's answers that say "not now" rather than "never" (its method docs for chat.postMessage, chat.update
 * and conversations.open list them as temporary, or the workspace is mid-migration). Every other error
 * Slack answers with (`ok: false`) is about this request, this channel or this token — not_in_channel,
 * channel_not_found, is_archived, invalid_blocks, msg_too_long, invalid_auth, account_inactive,
 * no_permission, restricted_action, too_many_attachments, invalid_arguments… — and sending the same request
 * again cannot change the answer, so it is permanent.
 */
const TEMPORARY_ANSWERS: ReadonlySet<string> = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'request_timeout',
  'service_unavailable',
  'team_added_to_org',
  'org_login_required',
  'external_channel_migrating',
  'update_failed',
  'streaming_state_conflict',
]);

/** Why one try of a post failed, as the outbox acts on it. */
export interface PostFailure {
  /** True when retrying cannot help: the job becomes a dead letter at once. */
  permanent: boolean;
  /** Slack's error (`not_in_channel`), `http_503`, `ratelimited`, a network code (`ECONNREFUSED`), or the message. */
  error: string;
  /** Slack's Retry-After, in milliseconds, when it rate-limited the call. */
  retryAfterMs?: number;
  /** True when a call to Slack failed (so the last call the job made is the one that failed). */
  fromSlack: boolean;
}

/** The fields of @slack/web-api's errors read here, matched by `code` since bolt may carry its own copy. */
interface WebApiErrorShape {
  code?: unknown;
  data?: { error?: unknown };
  statusCode?: unknown;
  retryAfter?: unknown;
}

/**
 * Tells a failure that retrying can mend (the network, Slack's 5xx, a rate limit, Slack's own temporary
 * errors, and anything not from Slack, such as a post waiting for the review post it belongs under) from one
 * it cannot (any other error Slack answers with).
 */
export function classifyPostFailure(error: unknown): PostFailure {
  const { code, data, statusCode, retryAfter } = (
    typeof error === 'object' && error !== null ? error : {}
  ) as WebApiErrorShape;
  if (code === 'slack_webapi_rate_limited_error') {
    return {
      permanent: false,
      fromSlack: true,
      error: 'ratelimited',
      ...(typeof retryAfter === 'number' ? { retryAfterMs: Math.max(0, retryAfter) * 1000 } : {}),
    };
  }
  if (code === 'slack_webapi_platform_error') {
    const answer = typeof data?.error === 'string' && data.error ? data.error : 'unknown_error';
    return { permanent: !TEMPORARY_ANSWERS.has(answer), fromSlack: true, error: answer };
  }
  if (code === 'slack_webapi_http_error')
    return { permanent: false, fromSlack: true, error: `http_${String(statusCode)}` };
  if (code === 'slack_webapi_request_error')
    return { permanent: false, fromSlack: true, error: describeNetworkCause(error) };
  return { permanent: false, fromSlack: false, error: error instanceof Error ? error.message : String(error) };
}
