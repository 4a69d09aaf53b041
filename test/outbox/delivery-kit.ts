import type { Logger } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { createPostDelivery, type PostDelivery } from '../../src/outbox/deliver-posts.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { policy } from '../policy/policy-test-kit.ts';

/**
 * The outbox as the app builds it, for a test: the review channel C_REVIEW in English, everyone reading
 * English, no approvers; the test gives the store, the Web API, the clock, the log and the worker's name.
 */
export function testDelivery(deps: {
  stores: Stores;
  client: WebClient;
  clock: () => Date;
  logger: Pick<Logger, 'warn' | 'error' | 'info' | 'debug'>;
  workerId: string;
}): PostDelivery {
  return createPostDelivery({
    ...deps,
    logger: deps.logger as Logger,
    policy,
    reviewChannel: 'C_REVIEW',
    channelLanguage: 'en',
    languageOf: async () => 'en',
    approvers: { isApprover: async () => false, listApprovers: async () => [] },
  });
}

/** A Web API client to `slackApiUrl` as the app builds it (no retries in memory, a 429 at once), giving up after `timeoutMs`. */
export function appLikeClient(slackApiUrl: string, timeoutMs: number): WebClient {
  return new WebClient('xoxb-test', {
    slackApiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
  });
}
