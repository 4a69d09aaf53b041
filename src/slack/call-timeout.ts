/**
 * How long one Web API call may take before the client gives it up (the WebClient's `timeout`; without
 * one a call Slack never answers would wait for ever). The outbox's lease is this plus a margin.
 */
export const SLACK_CALL_TIMEOUT_MS = 10_000;
