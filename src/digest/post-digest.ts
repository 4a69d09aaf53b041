import type { Logger } from '@slack/bolt';
import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
  type WebClient,
} from '@slack/web-api';
import { buildDigestParts } from '../blocks/digest-message.ts';
import type { DigestReport } from '../domain/digest-report.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { PostJob } from '../domain/post-job.ts';
import { reconcilingClient } from '../outbox/reconcile-post.ts';
import type { Language } from '../shared/language.ts';
import type { Stores } from '../store/case-store.ts';
import { createSlotPartPoster, postPart, slotJob } from './post-slot-part.ts';
import { chartStoreLabels, renderDigestChart } from './render-chart.ts';

/** The prefix of a digest job's `caseId`: the jobs are about a slot, not a case. */
export const DIGEST_JOB_PREFIX = 'digest:';

/** The job that posts part `index` of the digest for `slot`. */
export function digestJob(slot: string, index: number, at: Date): PostJob {
  return slotJob('digest-post', DIGEST_JOB_PREFIX, slot, index, at);
}

/** How many permalinks are asked for at once. */
const PERMALINK_CONCURRENCY = 8;

/** Slack answers that say "try again later": an error status of the platform itself, not of the request. */
const PASSING_PLATFORM_ERRORS = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/**
 * Whether a failed Web API call is worth retrying as it is: rate limited (429), Slack failing (5xx or a
 * platform error saying so), or the request never answered. Anything else — `message_not_found`,
 * `channel_not_found`, `not_in_channel` — will fail the same way every time.
 */
export function isPassingFailure(error: unknown): boolean {
  if (error instanceof WebAPIRateLimitedError || error instanceof WebAPIRequestError) return true;
  if (error instanceof WebAPIHTTPError) return error.statusCode === 429 || error.statusCode >= 500;
  if (error instanceof WebAPIPlatformError) return PASSING_PLATFORM_ERRORS.has(error.data.error);
  // Not a Web API answer at all (a bug, a timeout of our own): let the outbox try again and log it.
  return true;
}

function describeError(error: unknown): string {
  if (error instanceof WebAPIPlatformError) return error.data.error;
  return error instanceof Error ? error.message : String(error);
}

export interface DigestPosterDeps {
  stores: Stores;
  client: WebClient;
  policy: Policy;
  /** DIGEST_CHANNEL (default REVIEW_CHANNEL). */
  channel: string;
  /** The channel's language (DEFAULT_LOCALE). */
  language: Language;
  clock: () => Date;
  logger: Logger;
  /** The name an owner goes by in Slack (users.info, cached); undefined when it cannot be had. Absent: ids. */
  nameOf?: (userId: string) => Promise<string | undefined>;
}

/** Every review post a report links to. */
function postsIn(report: DigestReport): { channel: string; ts: string }[] {
  return [
    ...report.cases,
    ...report.open,
    ...report.awaitingApproval,
    ...report.followUpsDue,
    ...report.repairs,
    ...report.lessons,
  ]
    .map((entry) => entry.post)
    .filter((post): post is { channel: string; ts: string } => post !== null);
}

type PostRef = { channel: string; ts: string };

/** Permalinks of review posts, asked for once per process (they never change). */
export interface PermalinkCache {
  /** Asks Slack for the permalinks not yet known; throws when Slack is busy or down, for the outbox to retry. */
  resolve(posts: readonly PostRef[]): Promise<void>;
  /** The permalink of a post, when Slack gave one. */
  linkOf(post: PostRef): string | undefined;
}

/**
 * Permalinks for a report's links to review posts, a few at a time. A post Slack will not link to (deleted,
 * or in a channel the bot left) is shown unlinked, and asked for once per process too.
 */
export function createPermalinkCache(client: WebClient, logger: Pick<Logger, 'warn'>, name: string): PermalinkCache {
  const permalinks = new Map<string, string>();
  const unlinkable = new Set<string>();
  return {
    async resolve(posts) {
      const missing = [...new Map(posts.map((post) => [`${post.channel}/${post.ts}`, post] as const)).entries()].filter(
        ([key]) => !permalinks.has(key) && !unlinkable.has(key),
      );
      // A few at a time: a full digest links some hundreds of posts, within chat.getPermalink's generous limit.
      for (let start = 0; start < missing.length; start += PERMALINK_CONCURRENCY) {
        await Promise.all(
          missing.slice(start, start + PERMALINK_CONCURRENCY).map(async ([key, post]) => {
            try {
              // chat.getPermalink is what Slack documents for a link to a message; the URL's form is not a contract.
              const answer = await client.chat.getPermalink({ channel: post.channel, message_ts: post.ts });
              if (answer.permalink) permalinks.set(key, answer.permalink);
            } catch (error) {
              // One post deleted, or a channel the bot left, must not hold back the whole report for good: that
              // case shows its id unlinked. Slack being busy or down is different, and the outbox retries it.
              if (isPassingFailure(error)) throw error;
              unlinkable.add(key);
              logger.warn(`${name}: no link to ${post.channel}/${post.ts}: ${describeError(error)}`);
            }
          }),
        );
      }
    },
    linkOf: (post) => permalinks.get(`${post.channel}/${post.ts}`),
  };
}

/**
 * Posts digests part by part, as outbox jobs: each job renders the stored report, posts its one part
 * (a message, or the chart uploaded with the files upload API), records it on the digest, and queues the
 * next part. A part already recorded is never posted again, so a retried, resumed or duplicated job
 * only moves on; a failed one stays in the outbox and is retried with the rest.
 */
export function createDigestPoster(
  deps: DigestPosterDeps,
): (job: PostJob, send: (jobs: readonly PostJob[]) => Promise<void>) => Promise<void> {
  const { stores, policy, logger } = deps;
  // Its parts are outbox jobs: each post carries its job, and one tried before is looked for first.
  const client = reconcilingClient(deps.client, logger);
  const links = createPermalinkCache(client, logger, 'digest');

  /**
   * The owners' names, asked for when a part is posted (like the links). A failed lookup leaves the owner
   * shown by id; unlike a link it holds nothing back, since a name never changes where the digest is cut.
   */
  async function resolveNames(report: DigestReport): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const { nameOf } = deps;
    if (!nameOf) return names;
    const owners = [
      ...new Set(
        [...report.open, ...report.awaitingApproval, ...report.followUpsDue, ...report.repairs].map(
          (entry) => entry.owner,
        ),
      ),
    ];
    for (let start = 0; start < owners.length; start += PERMALINK_CONCURRENCY) {
      await Promise.all(
        owners.slice(start, start + PERMALINK_CONCURRENCY).map(async (owner) => {
          const name = await nameOf(owner).catch(() => undefined);
          if (name) names.set(owner, name);
        }),
      );
    }
    return names;
  }

  return createSlotPartPoster({
    store: stores.digests,
    kind: 'digest-post',
    prefix: DIGEST_JOB_PREFIX,
    name: 'digest',
    clock: deps.clock,
    logger,
    partsOf: async (report) => {
      await links.resolve(postsIn(report));
      const names = await resolveNames(report);
      return buildDigestParts(report, {
        language: deps.language,
        policy,
        linkOf: links.linkOf,
        nameOf: (userId) => names.get(userId),
        chart: true,
        chartStoreLabels: chartStoreLabels(report),
      });
    },
    post: (part, report) =>
      postPart(client, deps.channel, part, async () => ({
        png: await renderDigestChart(report, policy, part.kind === 'chart' ? part.title : ''),
        filename: `complaints-${report.today}.png`,
      })),
  });
}
