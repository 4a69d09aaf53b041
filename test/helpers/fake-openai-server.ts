import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST /v1/chat/completions as the fake received it. */
export interface RecordedCompletion {
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
    [key: string]: unknown;
  };
  authorization: string | undefined;
}

/** What the fake does with one request. */
export type FakeReply =
  /** A completion whose message content is this text (objects are sent as their JSON). */
  | { content: string | object; usage?: { input: number; output: number }; delayMs?: number }
  /** An HTTP error, as OpenAI sends them. */
  | { status: number; message?: string; headers?: Record<string, string> };

/** Decides the reply to a request; the default when nothing is queued. */
export type ReplyFor = (request: RecordedCompletion, index: number) => FakeReply;

const DEFAULT_USAGE = { input: 1200, output: 300 };

/**
 * An OpenAI-compatible chat-completions endpoint on loopback. It records every request body and answers
 * from a queue of scripted replies (then from a default): a good answer, malformed JSON, a 429 with
 * retry-after, a slow answer… `rejectJsonSchema` makes it refuse structured outputs with a 400, as older
 * vLLM, DeepSeek and Qwen servers do.
 */
export class FakeOpenAiServer {
  readonly requests: RecordedCompletion[] = [];
  /** Refuse `response_format: json_schema` with a 400 (servers without structured outputs). */
  rejectJsonSchema = false;
  /** The base URL to use as OPENAI_BASE_URL. */
  url = '';
  private readonly queue: FakeReply[] = [];
  private fallback: ReplyFor = () => ({ status: 500, message: 'no reply scripted' });
  private server: Server | undefined;

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/v1`;
    return this;
  }

  async stop(): Promise<void> {
    // A slow answer may still be pending; drop it rather than wait for it.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Replies to the next requests in this order. */
  enqueue(...replies: FakeReply[]): this {
    this.queue.push(...replies);
    return this;
  }

  /** Replies to every request not covered by the queue. */
  otherwise(reply: ReplyFor): this {
    this.fallback = reply;
    return this;
  }

  /** Forgets recorded requests and queued replies. */
  reset(): void {
    this.requests.length = 0;
    this.queue.length = 0;
    this.rejectJsonSchema = false;
    this.fallback = () => ({ status: 500, message: 'no reply scripted' });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      this.send(response, 404, { error: { message: `no route ${request.method} ${request.url}`, type: 'not_found' } });
      return;
    }
    const recorded: RecordedCompletion = {
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedCompletion['body'],
      authorization: request.headers.authorization,
    };
    const index = this.requests.push(recorded) - 1;
    if (this.rejectJsonSchema && recorded.body.response_format?.type === 'json_schema') {
      this.send(response, 400, {
        error: { message: "response_format type 'json_schema' is not supported", type: 'invalid_request_error' },
      });
      return;
    }
    const reply = this.queue.shift() ?? this.fallback(recorded, index);
    if ('status' in reply) {
      this.send(
        response,
        reply.status,
        { error: { message: reply.message ?? `status ${reply.status}`, type: 'fake_error', code: null } },
        // The SDK would otherwise wait its default backoff (0.5 s, 1 s…) between retries.
        { 'retry-after-ms': '5', ...reply.headers },
      );
      return;
    }
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (response.destroyed) return;
    const usage = reply.usage ?? DEFAULT_USAGE;
    this.send(response, 200, {
      id: `chatcmpl-${index}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: recorded.body.model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content),
            refusal: null,
          },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output },
    });
  }

  private send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (response.destroyed) return;
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  }
}
