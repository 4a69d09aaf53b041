import { createHmac } from 'node:crypto';

export interface SlackRequestOptions {
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Sets x-slack-retry-num, as Slack does when it retries. */
  retryNum?: number;
  /** Override the signature (to forge one). */
  signature?: string | null;
}

/** The v0 signature Slack puts on every request: HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function signBody(secret: string, body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Posts a signed request the way Slack does to the app's events endpoint. */
export async function postToSlackEndpoint(
  url: string,
  secret: string,
  body: string,
  contentType: 'application/json' | 'application/x-www-form-urlencoded',
  options: SlackRequestOptions = {},
): Promise<{ status: number; text: string; json: unknown }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
  };
  const signature = options.signature === undefined ? signBody(secret, body, timestamp) : options.signature;
  if (signature !== null) headers['x-slack-signature'] = signature;
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

/** A slash command as Slack sends it (form-encoded). */
export function slashCommandBody(fields: {
  text?: string;
  user?: string;
  triggerId?: string;
  channel?: string;
  /** Where the app's `respond()` posts; the default is unreachable, for tests that do not read it. */
  responseUrl?: string;
}): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: fields.channel ?? 'C_STORE',
    channel_name: 'store',
    user_id: fields.user ?? 'U_STAFF',
    user_name: 'staff',
    command: '/complaint',
    text: fields.text ?? '',
    api_app_id: 'A1',
    response_url: fields.responseUrl ?? 'http://127.0.0.1:9/response',
    trigger_id: fields.triggerId ?? `trigger-${Math.random().toString(36).slice(2)}`,
  }).toString();
}

/** An interactive payload (view_submission, block_actions) as Slack sends it: form field `payload` with JSON. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
