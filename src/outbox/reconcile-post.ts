import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import type {
  ChatPostMessageArguments,
  ChatPostMessageResponse,
  FilesUploadV2Arguments,
  WebAPICallResult,
  WebClient,
} from '@slack/web-api';
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
  /** A file shared into the channel comes as a message carrying it. */
  files?: { id?: string; name?: string }[];
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
 * The message `isIt` picks (the one a post made under its marker left) in `channel` (or in the thread
 * `threadTs`) since `since`, or undefined when none is there. Reads at most {@link LOOKUP_MAX_PAGES} pages; `complete` says whether it
 * read everything in the window.
 */
async function lookUp(
  client: WebClient,
  channel: string,
  threadTs: string | undefined,
  since: number,
  isIt: (message: FoundMessage) => boolean,
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
    const found = (answer.messages as FoundMessage[] | undefined)?.find(isIt);
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
    return reconciledTry(
      context,
      (since) => reconcile(client, logger, args, marker, since),
      () =>
        client.chat.postMessage({
          ...args,
          metadata: { event_type: POST_EVENT_TYPE, event_payload: { ...marker } },
        } as ChatPostMessageArguments),
    );
  };
  // A file shared into a channel (the digest's chart) can carry no metadata, so its name carries the job:
  // a later try finds the message sharing the file by that name.
  const filesUploadV2 = async (args: FilesUploadV2Arguments): Promise<WebAPICallResult> => {
    const context = current.getStore();
    const channel = 'channel_id' in args ? args.channel_id : undefined;
    const filename = 'filename' in args ? args.filename : undefined;
    if (!context || !channel || !filename) return client.filesUploadV2(args);
    const named = jobFilename(filename, context.jobId);
    return reconciledTry(
      context,
      (since) => findUpload(client, logger, channel, named, context.jobId, since),
      () => client.filesUploadV2({ ...args, filename: named } as FilesUploadV2Arguments),
    );
  };
  const chat = new Proxy(client.chat, {
    get(target, property, receiver) {
      return property === 'postMessage' ? postMessage : Reflect.get(target, property, receiver);
    },
  });
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'chat') return chat;
      if (property === 'filesUploadV2') return filesUploadV2;
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * One post of a try: looked for first when an earlier try of the job posted and never finished, else made,
 * noting on the job whether anything of it may be in Slack.
 */
async function reconciledTry<T>(
  context: TryContext,
  find: (since: number) => Promise<T | undefined>,
  post: () => Promise<T>,
): Promise<T> {
  // Slack's clock, not the app's: the note is compared with message timestamps.
  context.earlier ??= { at: await context.noteTry(new Date()) };
  const earlierAt = context.earlier.at;
  if (earlierAt !== undefined) {
    const found = await find(Date.parse(earlierAt) - LOOKUP_MARGIN_MS);
    if (found) {
      context.reached = true;
      return found;
    }
  }
  try {
    const posted = await post();
    context.reached = true;
    return posted;
  } catch (error) {
    // Nothing of this job is in Slack: its next try need not look (a 429 must not cost a lookup too).
    if (leftNothing(error) && !context.reached && earlierAt === undefined)
      await context.noteTry(undefined).catch(() => undefined);
    else context.reached = true;
    throw error;
  }
}

/** `digest.png` as `digest-3f9a2c.png`: the same name for every try of one job, another for any other job. */
export function jobFilename(filename: string, jobId: string): string {
  const tag = createHash('sha256').update(jobId).digest('hex').slice(0, 6);
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? `${filename.slice(0, dot)}-${tag}${filename.slice(dot)}` : `${filename}-${tag}`;
}

/**
 * The answer of an upload already shared into `channel` (found by its file's name), shaped as
 * filesUploadV2's; undefined when it must be uploaded. Failures are handled as for posts.
 */
async function findUpload(
  client: WebClient,
  logger: Pick<Logger, 'warn'>,
  channel: string,
  filename: string,
  jobId: string,
  since: number,
): Promise<WebAPICallResult | undefined> {
  const found = await lookUpOrPost(
    logger,
    jobId,
    () => channel,
    () =>
      lookUp(client, channel, undefined, since, (message) =>
        (message.files ?? []).some((file) => file.name === filename),
      ),
  );
  const file = found?.files?.find((each) => each.name === filename);
  // filesUploadV2's answer: one completion per upload, each naming its files.
  const answer = { ok: true, files: [{ ok: true, files: [{ id: file?.id, name: filename }] }] };
  return file?.id ? (answer as WebAPICallResult) : undefined;
}

/**
 * Runs a lookup: what it found, or undefined when the post must be made — nothing found, or a lookup Slack
 * refuses for good (a missing history scope on an app not yet reinstalled, logged). Slack being busy or down
 * fails the try, which is retried and looks again.
 */
async function lookUpOrPost(
  logger: Pick<Logger, 'warn'>,
  jobId: string,
  where: () => string,
  look: () => Promise<{ found: FoundMessage | undefined; complete: boolean }>,
): Promise<FoundMessage | undefined> {
  try {
    const { found, complete } = await look();
    if (found) return found;
    if (!complete) {
      logger.warn(
        `outbox: ${jobId}: read ${LOOKUP_MAX_PAGES * LOOKUP_PAGE_SIZE} messages of ${where()} without finding or passing its earlier post; posting it`,
      );
    }
    return undefined;
  } catch (error) {
    const failure = classifyPostFailure(error);
    if (!failure.fromSlack || !failure.permanent) throw error;
    logger.warn(
      `outbox: ${jobId}: could not look for its earlier post in ${where()} (${failure.error}); posting it, which may post it twice`,
    );
    return undefined;
  }
}

/** The answer of a post that is in Slack already, or undefined when it must be posted (see lookUpOrPost). */
async function reconcile(
  client: WebClient,
  logger: Pick<Logger, 'warn'>,
  args: ChatPostMessageArguments,
  marker: PostMarker,
  since: number,
): Promise<ChatPostMessageResponse | undefined> {
  const threadTs = typeof args.thread_ts === 'string' ? args.thread_ts : undefined;
  let channel = args.channel;
  const found = await lookUpOrPost(
    logger,
    marker.job_id,
    () => channel,
    async () => {
      channel = await historyChannel(client, args.channel);
      return lookUp(client, channel, threadTs, since, (message) => isMarked(message, marker));
    },
  );
  return found?.ts
    ? { ok: true, channel, ts: found.ts, message: found as NonNullable<ChatPostMessageResponse['message']> }
    : undefined;
}
