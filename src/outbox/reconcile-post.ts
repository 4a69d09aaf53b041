import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '@slack/bolt';
import type { ChatPostMessageArguments, ChatPostMessageResponse, WebClient } from '@slack/web-api';
import { classifyPostFailure } from './post-failure.ts';

/** The `event_type` of the metadata every post of the outbox carries, so a later try can find it in Slack. */
export const POST_EVENT_TYPE = 'complaint_desk_post';
/**
 * How far before the earlier try began a lookup reaches: Slack stamps a message with its own clock, which
 * may be a little behind this machine's (both keep to NTP within a second; this allows far more). Kept
 * short because the lookup reads the window newest first, and a busy channel fills it.
 */
export const LOOKUP_MARGIN_MS = 30_000;
/** Messages a lookup reads per page, and the most pages it reads before it gives up and posts. */
export const LOOKUP_PAGE_SIZE = 50;
export const LOOKUP_MAX_PAGES = 10;

/** What a post's metadata names: the job, its case, and which of the job's posts it is (the first is 0). */
export interface PostMarker {
  case_id: string;
  job_id: string;
  post: number;
}

/**
 * Notes on the job, before a try's first post, that a post may reach Slack (`at`), and answers when an
 * earlier try did so and never finished (undefined when none); `undefined` drops the note again.
 */
export type NoteTry = (at: Date | undefined) => Promise<string | undefined>;

interface TryContext {
  caseId: string;
  jobId: string;
  noteTry: NoteTry;
  /** Set at the try's first post: when an earlier try began posting and never finished, if one did. */
  earlier?: { at: string | undefined };
  /** Whether a post of this try reached Slack, or may have (its answer was lost). */
  reached: boolean;
  posts: number;
}

const current = new AsyncLocalStorage<TryContext>();

/**
 * Runs one try of an outbox job: each `chat.postMessage` made through a client from
 * {@link reconcilingClient} carries the job's marker as message metadata, and when an earlier try posted
 * and did not finish (the bot died, or lost Slack's answer), each post is first looked for in Slack and,
 * when found, taken as posted instead of posted again.
 */
export function withPostMarkers<T>(
  job: { id: string; caseId: string },
  noteTry: NoteTry,
  run: () => Promise<T>,
): Promise<T> {
  return current.run({ caseId: job.caseId, jobId: job.id, noteTry, reached: false, posts: 0 }, run);
}

/**
 * Whether a failed post surely left nothing in Slack: Slack answered and refused it (an error, a rate
 * limit), or it failed before it was sent. A lost connection, a timeout or a 5xx may follow a post Slack took.
 */
function leftNothing(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code !== 'slack_webapi_http_error' && code !== 'slack_webapi_request_error';
}

interface FoundMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

function isMarked(message: FoundMessage, marker: PostMarker): boolean {
  const payload = message.metadata?.event_payload;
  return (
    message.metadata?.event_type === POST_EVENT_TYPE &&
    payload?.job_id === marker.job_id &&
    payload.post === marker.post
  );
}

/** Slack's `oldest`: seconds with microseconds, as message timestamps are written. */
function slackTs(epochMs: number): string {
  return (Math.max(0, epochMs) / 1000).toFixed(6);
}

/**
 * The message a post made under `marker` left in `channel` (or in the thread `threadTs`) since `since`, or
 * undefined when none is there. Reads at most {@link LOOKUP_MAX_PAGES} pages; `complete` says whether it
 * read everything in the window.
 */
async function lookUp(
  client: WebClient,
  channel: string,
  threadTs: string | undefined,
  since: number,
  marker: PostMarker,
): Promise<{ found: FoundMessage | undefined; complete: boolean }> {
  let cursor: string | undefined;
  for (let page = 0; page < LOOKUP_MAX_PAGES; page += 1) {
    const window = {
      channel,
      oldest: slackTs(since),
      include_all_metadata: true,
      limit: LOOKUP_PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    };
    const answer = threadTs
      ? await client.conversations.replies({ ...window, ts: threadTs })
      : await client.conversations.history(window);
    const found = (answer.messages as FoundMessage[] | undefined)?.find((message) => isMarked(message, marker));
    if (found) return { found, complete: true };
    cursor = answer.response_metadata?.next_cursor || undefined;
    if (!(answer.has_more && cursor)) return { found: undefined, complete: true };
  }
  return { found: undefined, complete: false };
}

/** A direct message is posted to a user id; its history is the DM channel's, which conversations.open names. */
async function historyChannel(client: WebClient, channel: string): Promise<string> {
  if (!/^[UW]/.test(channel)) return channel;
  const opened = await client.conversations.open({ users: channel });
  const id = opened.channel?.id;
  if (!id) throw new Error(`conversations.open gave no channel for ${channel}`);
  return id;
}

/**
 * The same client, whose `chat.postMessage` inside {@link withPostMarkers} marks each post and, after an
 * unfinished earlier try, reconciles it with what Slack already has. Outside a try it calls straight
 * through. `chat.update` is left alone: it sets a message to the content given, so repeating it changes
 * nothing.
 */
export function reconcilingClient(client: WebClient, logger: Pick<Logger, 'warn'>): WebClient {
  const postMessage = async (args: ChatPostMessageArguments): Promise<ChatPostMessageResponse> => {
    const context = current.getStore();
    if (!context) return client.chat.postMessage(args);
    const marker: PostMarker = { case_id: context.caseId, job_id: context.jobId, post: context.posts };
    context.posts += 1;
    // Slack's clock, not the app's: the note is compared with message timestamps.
    context.earlier ??= { at: await context.noteTry(new Date()) };
    const earlierAt = context.earlier.at;
    if (earlierAt !== undefined) {
      const posted = await reconcile(client, logger, args, marker, Date.parse(earlierAt) - LOOKUP_MARGIN_MS);
      if (posted) {
        context.reached = true;
        return posted;
      }
    }
    try {
      const posted = await client.chat.postMessage({
        ...args,
        metadata: { event_type: POST_EVENT_TYPE, event_payload: { ...marker } },
      } as ChatPostMessageArguments);
      context.reached = true;
      return posted;
    } catch (error) {
      // Nothing of this job is in Slack: its next try need not look (a 429 must not cost a lookup too).
      if (leftNothing(error) && !context.reached && earlierAt === undefined)
        await context.noteTry(undefined).catch(() => undefined);
      else context.reached = true;
      throw error;
    }
  };
  const chat = new Proxy(client.chat, {
    get(target, property, receiver) {
      return property === 'postMessage' ? postMessage : Reflect.get(target, property, receiver);
    },
  });
  return new Proxy(client, {
    get(target, property, receiver) {
      return property === 'chat' ? chat : Reflect.get(target, property, receiver);
    },
  });
}

/**
 * The answer of a post that is in Slack already, or undefined when it must be posted. Slack being busy or
 * down fails the try (it is retried, and looks again); a lookup Slack refuses for good (a missing
 * channels:history scope on an app not yet reinstalled) is logged and the post goes out, as it did before.
 */
async function reconcile(
  client: WebClient,
  logger: Pick<Logger, 'warn'>,
  args: ChatPostMessageArguments,
  marker: PostMarker,
  since: number,
): Promise<ChatPostMessageResponse | undefined> {
  const threadTs = typeof args.thread_ts === 'string' ? args.thread_ts : undefined;
  let channel = args.channel;
  try {
    channel = await historyChannel(client, args.channel);
    const { found, complete } = await lookUp(client, channel, threadTs, since, marker);
    if (found?.ts)
      return { ok: true, channel, ts: found.ts, message: found as NonNullable<ChatPostMessageResponse['message']> };
    if (!complete) {
      logger.warn(
        `outbox: ${marker.job_id}: read ${LOOKUP_MAX_PAGES * LOOKUP_PAGE_SIZE} messages of ${channel} without finding or passing its earlier post; posting it`,
      );
    }
    return undefined;
  } catch (error) {
    const failure = classifyPostFailure(error);
    if (!failure.fromSlack || !failure.permanent) throw error;
    logger.warn(
      `outbox: ${marker.job_id}: could not look for its earlier post in ${channel} (${failure.error}); posting it, which may post it twice`,
    );
    return undefined;
  }
}
