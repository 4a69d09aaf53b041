import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as the fake received it, with form fields decoded (JSON-looking values parsed). */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
  /** When the call arrived (epoch ms), for benchmarks that time the app's work up to it. */
  at: number;
  /** The HTTP status the fake answered with (200, or the status of a failure it was told to give). */
  status: number;
}

/** A message the fake holds, as chat.postMessage left it: what conversations.history and .replies read. */
export interface StoredMessage {
  /** The channel, a DM's as `D…` even when posted to the user's id (as Slack answers it). */
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  /** A file shared into the channel (files.completeUploadExternal with a channel) is a message carrying it. */
  files?: { id: string; name: string; title: string }[];
}

/** Answers held back until released: the call is taken (and a post stored) as Slack would, only the answer waits. */
interface Hold {
  when: (args: Record<string, unknown>) => boolean;
  arrived: (call: RecordedCall) => void;
  released: Promise<void>;
}

interface Failure {
  status: number;
  retryAfter?: number;
  count: number;
  /** Which calls fail (all when absent). */
  when?: (args: Record<string, unknown>) => boolean;
}

/**
 * A stand-in for the Slack Web API on loopback: it answers like Slack for the methods the app uses,
 * records every call, and can be told to fail (5xx, 429) so retry paths can be tested.
 */
export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  /** Slack locale per user id for users.info; others get en-US. */
  readonly locales = new Map<string, string>();
  /** Display names per user id for users.info (`profile.display_name`); others have only a handle. */
  readonly names = new Map<string, string>();
  /** Users users.info describes as bots (`is_bot`), and as deactivated (`deleted`). */
  readonly bots = new Set<string>();
  readonly deactivated = new Set<string>();
  /** Members per user group for usergroups.users.list; other groups are empty. */
  readonly groups = new Map<string, string[]>();
  /** The bot token's scopes, sent as Slack's `x-oauth-scopes` header when set (e.g. an app missing files:read). */
  oauthScopes: string[] | undefined;
  private readonly failures = new Map<string, Failure>();
  /** Platform errors (HTTP 200, `ok: false`) to answer, per method, for the calls a predicate picks. */
  private readonly refusals = new Map<string, { error: string; when: (args: Record<string, unknown>) => boolean }>();
  /** Every message posted, in order; a test may delete one (as a person would) by taking it out. */
  readonly messages: StoredMessage[] = [];
  private readonly holds = new Map<string, Hold>();
  private server: Server | undefined;
  private nextTs = 1_700_000_000;
  private nextMessage = 1;
  private nextView = 1;
  private nextFile = 1;
  /** The bytes POSTed to each upload URL handed out by files.getUploadURLExternal, by file id. */
  readonly uploads = new Map<string, Buffer>();
  /** The name each file id was asked for under (files.getUploadURLExternal), as Slack keeps it. */
  private readonly fileNames = new Map<string, string>();

  /** The base URL to use as SLACK_API_URL. */
  url = '';
  /** What apps.connections.open hands out: the WebSocket URL of a Socket Mode test server. */
  socketUrl = '';
  /** Fields auth.test answers besides (or instead of) workspace T1's, e.g. an org-wide install's. */
  authTest: Record<string, unknown> = {};

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/api/`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  /**
   * Makes the next `count` calls of a method (those `when` picks, if given) fail with an HTTP status (429
   * carries Retry-After).
   */
  fail(
    method: string,
    status: number,
    count = 1,
    retryAfter?: number,
    when?: (args: Record<string, unknown>) => boolean,
  ): void {
    this.failures.set(method, {
      status,
      count,
      ...(retryAfter === undefined ? {} : { retryAfter }),
      ...(when ? { when } : {}),
    });
  }

  /** Answers calls of a method that `when` picks with `{ ok: false, error }`, as Slack does for a bad request. */
  refuse(method: string, error: string, when: (args: Record<string, unknown>) => boolean = () => true): void {
    this.refusals.set(method, { error, when });
  }

  /**
   * Takes the next call of a method `when` picks as Slack would (a post is stored) but holds its answer
   * until `release` — the moment a bot can be killed after Slack accepted a post and before it heard so.
   */
  hold(
    method: string,
    when: (args: Record<string, unknown>) => boolean = () => true,
  ): { arrived: Promise<RecordedCall>; release: () => void } {
    let release: () => void = () => undefined;
    let arrived: (call: RecordedCall) => void = () => undefined;
    const arrival = new Promise<RecordedCall>((resolve) => {
      arrived = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.holds.set(method, { when, arrived, released });
    return { arrived: arrival, release };
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Waits until a call of a method satisfies a predicate (the app works after acknowledging). */
  async waitFor(
    method: string,
    predicate: (call: RecordedCall) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<RecordedCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find((call) => call.method === method && predicate(call));
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.calls.map((call) => call.method).join(', ');
        throw new Error(`no ${method} call within ${timeoutMs} ms (seen: ${seen || 'none'})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    // An upload URL (files upload API, step 2) takes the raw bytes, not a Web API call.
    const upload = /^\/upload\/([A-Z0-9]+)$/.exec(request.url ?? '');
    if (upload?.[1]) {
      const bytes = uploadedBytes(Buffer.concat(chunks), request.headers['content-type'] ?? '');
      this.uploads.set(upload[1], bytes);
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(`OK - ${bytes.length}`);
      return;
    }
    const body = Buffer.concat(chunks).toString('utf8');
    const method = (request.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const args = decode(body, request.headers['content-type'] ?? '');
    const auth = request.headers.authorization;
    const call: RecordedCall = {
      method,
      args,
      token: auth?.replace(/^Bearer /, '') ?? (args.token as string | undefined),
      at: Date.now(),
      status: 200,
    };
    this.calls.push(call);

    const failure = this.failures.get(method);
    if (failure && failure.count > 0 && (failure.when?.(args) ?? true)) {
      failure.count -= 1;
      call.status = failure.status;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
      response.writeHead(failure.status, headers);
      response.end(JSON.stringify({ ok: false, error: failure.status === 429 ? 'ratelimited' : 'internal_error' }));
      return;
    }
    const refusal = this.refusals.get(method);
    response.writeHead(200, {
      'content-type': 'application/json',
      ...(this.oauthScopes ? { 'x-oauth-scopes': this.oauthScopes.join(',') } : {}),
    });
    if (refusal?.when(args)) {
      response.end(JSON.stringify({ ok: false, error: refusal.error }));
      return;
    }
    const answer = JSON.stringify(this.answer(method, args));
    const hold = this.holds.get(method);
    if (hold?.when(args)) {
      this.holds.delete(method);
      hold.arrived(call);
      await hold.released;
    }
    if (!response.destroyed) response.end(answer);
  }

  /** A DM posted to a user id lives in the DM channel conversations.open names for that user. */
  private channelOf(channel: unknown): string {
    const id = String(channel);
    return /^[UW]/.test(id) ? `D${id.replace(/^U/, '')}` : id;
  }

  /** conversations.history (`thread` undefined) or .replies: the messages after `oldest`, a page at a time. */
  private listMessages(args: Record<string, unknown>, thread: string | undefined): Record<string, unknown> {
    const channel = this.channelOf(args.channel);
    const oldest = Number(args.oldest ?? 0);
    const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
    const inWindow = this.messages.filter(
      (message) =>
        message.channel === channel &&
        (thread === undefined
          ? message.thread_ts === undefined || message.thread_ts === message.ts
          : message.ts === thread || message.thread_ts === thread) &&
        (Number(message.ts) > oldest || message.ts === thread),
    );
    // History is newest first; a thread's replies oldest first, its parent leading.
    const ordered = thread === undefined ? inWindow.toReversed() : inWindow;
    const limit = Math.max(1, Number(args.limit ?? 100));
    const start = Number(args.cursor ?? 0);
    const page = ordered.slice(start, start + limit).map(({ metadata, channel: _channel, ...message }) => ({
      type: 'message',
      ...message,
      ...(withMetadata && metadata ? { metadata } : {}),
    }));
    const more = start + limit < ordered.length;
    return {
      ok: true,
      messages: page,
      has_more: more,
      response_metadata: { next_cursor: more ? String(start + limit) : '' },
    };
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).replace(/^U/, '')}` } };
      case 'auth.test':
        return {
          ok: true,
          url: 'https://example.slack.com/',
          team: 'Test',
          user: 'bot',
          team_id: 'T1',
          user_id: 'UBOT',
          bot_id: 'BBOT',
          ...this.authTest,
        };
      case 'views.open':
      case 'views.push':
        return { ok: true, view: { ...(args.view as object), id: `V${this.nextView++}`, hash: 'h1' } };
      case 'views.update':
      case 'views.publish':
        return {
          ok: true,
          view: { ...(args.view as object), id: String(args.view_id ?? `V${this.nextView++}`), hash: 'h2' },
        };
      case 'chat.postMessage': {
        // Slack's own clock, as message timestamps are, made unique by a counter.
        const ts = `${Math.floor(Date.now() / 1000)}.${String(this.nextMessage++).padStart(6, '0')}`;
        const metadata = args.metadata as StoredMessage['metadata'] | undefined;
        this.messages.push({
          channel: this.channelOf(args.channel),
          ts,
          ...(typeof args.thread_ts === 'string' ? { thread_ts: args.thread_ts } : {}),
          text: args.text,
          ...(metadata ? { metadata } : {}),
        });
        return { ok: true, channel: args.channel, ts, message: { ts, text: args.text } };
      }
      case 'conversations.history':
        return this.listMessages(args, undefined);
      case 'conversations.replies':
        return this.listMessages(args, String(args.ts));
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.nextTs++}.000200` };
      case 'chat.getPermalink':
        return {
          ok: true,
          channel: args.channel,
          permalink: `https://example.slack.com/archives/${String(args.channel)}/p${String(args.message_ts).replace('.', '')}`,
        };
      case 'files.getUploadURLExternal': {
        const id = `F${this.nextFile++}`;
        this.fileNames.set(id, String(args.filename ?? ''));
        return { ok: true, file_id: id, upload_url: this.url.replace(/\/api\/$/, `/upload/${id}`) };
      }
      case 'files.completeUploadExternal': {
        const files = (Array.isArray(args.files) ? args.files : []) as { id: string; title?: string }[];
        if (typeof args.channel_id === 'string') {
          // Shared into the channel: Slack posts a message carrying the files, with the comment as its text.
          this.messages.push({
            channel: this.channelOf(args.channel_id),
            ts: `${Math.floor(Date.now() / 1000)}.${String(this.nextMessage++).padStart(6, '0')}`,
            ...(typeof args.initial_comment === 'string' ? { text: args.initial_comment } : {}),
            files: files.map((file) => ({
              id: file.id,
              name: this.fileNames.get(file.id) ?? '',
              title: file.title ?? '',
            })),
          });
        }
        return { ok: true, files: files.map((file) => ({ id: file.id, title: file.title ?? '' })) };
      }
      case 'apps.connections.open':
        return this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'invalid_auth' };
      case 'usergroups.users.list':
        return { ok: true, users: this.groups.get(String(args.usergroup)) ?? [] };
      case 'users.info': {
        const user = String(args.user);
        const displayName = this.names.get(user);
        return {
          ok: true,
          user: {
            id: user,
            name: user.toLowerCase(),
            locale: this.locales.get(user) ?? 'en-US',
            is_bot: this.bots.has(user),
            deleted: this.deactivated.has(user),
            ...(displayName ? { profile: { display_name: displayName, real_name: displayName } } : {}),
          },
        };
      }
      default:
        return { ok: true };
    }
  }
}

/** The file in an upload: the raw body, or the first part of a multipart/form-data body (as the SDK sends it). */
function uploadedBytes(body: Buffer, contentType: string): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!contentType.startsWith('multipart/form-data') || !marker) return body;
  const start = body.indexOf(`--${marker}`);
  const headersEnd = body.indexOf('\r\n\r\n', start);
  const end = body.indexOf(`\r\n--${marker}`, headersEnd);
  return start < 0 || headersEnd < 0 || end < 0 ? body : body.subarray(headersEnd + 4, end);
}

function decode(body: string, contentType: string): Record<string, unknown> {
  if (!body) return {};
  if (contentType.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
