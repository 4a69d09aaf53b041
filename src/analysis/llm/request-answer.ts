import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  RateLimitError,
} from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { FallbackReason } from '../../domain/analysis-engine.ts';
import { ANSWER_SCHEMA_NAME, LlmAnswerSchema } from './llm-answer-schema.ts';
import type { LlmConfig } from './llm-config.ts';
import { LlmError } from './llm-error.ts';

/** The endpoint settings a request needs (see `loadLlmConfig`). */
export type LlmEndpoint = NonNullable<LlmConfig['endpoint']>;

/** Tokens one request spent, as the endpoint reports them. */
export interface TokenUsage {
  input: number;
  output: number;
}

/** The model's raw answer text and what it cost. */
export interface LlmReply {
  content: string;
  usage: TokenUsage;
}

/** Bounded: three attempts in all, and never beyond the analysis's deadline. */
const MAX_RETRIES = 2;

/** Keyless servers (Ollama, vLLM) ignore the key, but the SDK insists on one. */
const KEYLESS = 'not-needed';

/**
 * What a server that cannot do structured outputs says when it refuses them: a 400 (older vLLM, DeepSeek,
 * Qwen) or a 422 (servers that validate the request body) whose message names the feature. Any other 400
 * is a request the server would refuse in JSON mode too.
 */
const REFUSES_SCHEMA = /response_format|json_schema|structured/i;

/** When one analysis must be over: every request it makes, the SDK's retries included, shares this. */
export interface Deadline {
  readonly signal: AbortSignal;
  /** Epoch milliseconds. */
  readonly at: number;
}

/** A deadline `ms` from now. */
export function startDeadline(ms: number, now: number = Date.now()): Deadline {
  return { signal: AbortSignal.timeout(ms), at: now + ms };
}

/** The messages to send, which may depend on the mode (the answer shape is spelt out only in JSON mode). */
export type MessagesFor = (mode: { jsonMode: boolean }) => ChatCompletionMessageParam[];

/**
 * Asks the model for one answer. Structured outputs (a strict JSON schema) where the server supports
 * them; JSON mode where it does not — always when LLM_JSON_MODE=true, or after the server has once refused
 * a JSON schema (see {@link REFUSES_SCHEMA}), which this requester then remembers unless LLM_JSON_MODE=false.
 * Every failure becomes an LlmError with the reason the case will show.
 */
export class AnswerRequester {
  readonly #client: OpenAI;
  readonly #endpoint: LlmEndpoint;
  /** Set once the server refuses structured outputs; later requests go straight to JSON mode. */
  #jsonModeDetected = false;

  constructor(endpoint: LlmEndpoint, client?: OpenAI) {
    this.#endpoint = endpoint;
    this.#client =
      client ??
      new OpenAI({
        apiKey: endpoint.apiKey ?? KEYLESS,
        ...(endpoint.baseUrl === undefined ? {} : { baseURL: endpoint.baseUrl }),
        timeout: endpoint.timeoutMs,
        maxRetries: MAX_RETRIES,
        // Retries and failures are reported on the case; the SDK's own console warnings would only be noise.
        logLevel: 'off',
      });
  }

  /** Whether requests now go in JSON mode. */
  get usesJsonMode(): boolean {
    return this.#endpoint.responseFormat === 'json' || this.#jsonModeDetected;
  }

  /** One answer before `deadline`, retries included. */
  async request(messagesFor: MessagesFor, deadline: Deadline): Promise<LlmReply> {
    const jsonMode = this.usesJsonMode;
    try {
      return await this.#create(messagesFor({ jsonMode }), jsonMode, deadline);
    } catch (error) {
      if (!jsonMode && this.#endpoint.responseFormat === 'detect' && refusesStructuredOutputs(error)) {
        this.#jsonModeDetected = true;
        try {
          return await this.#create(messagesFor({ jsonMode: true }), true, deadline);
        } catch (retryError) {
          throw toLlmError(retryError);
        }
      }
      throw toLlmError(error);
    }
  }

  async #create(messages: ChatCompletionMessageParam[], jsonMode: boolean, deadline: Deadline): Promise<LlmReply> {
    const left = deadline.at - Date.now();
    if (left <= 0) throw new LlmError('timeout', 'no time left before LLM_TIMEOUT_MS');
    const completion = await this.#client.chat.completions.create(
      {
        model: this.#endpoint.model,
        messages,
        temperature: 0.2,
        response_format: jsonMode ? { type: 'json_object' } : zodResponseFormat(LlmAnswerSchema, ANSWER_SCHEMA_NAME),
      },
      { signal: deadline.signal, timeout: left, maxRetries: MAX_RETRIES },
    );
    const choice = completion.choices[0];
    const content = choice?.message.content;
    if (!content) {
      const refusal = choice?.message.refusal;
      throw new LlmError('schema-mismatch', refusal ? `the model refused: ${refusal}` : 'the answer was empty');
    }
    return {
      content,
      usage: { input: completion.usage?.prompt_tokens ?? 0, output: completion.usage?.completion_tokens ?? 0 },
    };
  }
}

/** Whether a failure is a server refusing structured outputs, as opposed to refusing the request itself. */
function refusesStructuredOutputs(error: unknown): boolean {
  return (
    error instanceof APIError &&
    (error.status === 400 || error.status === 422) &&
    REFUSES_SCHEMA.test(`${error.message} ${JSON.stringify(error.error ?? '')}`)
  );
}

/** Sorts an SDK failure into the reason a case shows; the detail keeps the endpoint's own words. */
export function toLlmError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  const reason = reasonFor(error);
  const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 200) || error.name : String(error);
  return new LlmError(reason, detail, { cause: error });
}

function reasonFor(error: unknown): FallbackReason {
  // The deadline's abort and the SDK's per-attempt timeout are the same thing to staff: too slow.
  if (error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) return 'timeout';
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  if (error instanceof RateLimitError) return 'rate-limited';
  if (error instanceof APIConnectionError) return 'unreachable';
  if (error instanceof APIError && typeof error.status === 'number') {
    return error.status >= 500 ? 'server-error' : 'rejected';
  }
  return 'other';
}
