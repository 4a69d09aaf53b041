import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  BadRequestError,
  RateLimitError,
} from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { LlmConfig } from '../../config.js';
import { LlmError } from '../../errors.js';
import type { FallbackReason } from '../analysis-engine.js';
import { ANSWER_SCHEMA_NAME, LlmAnswerSchema } from './llm-answer-schema.js';

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

/** Bounded: three attempts in all, and never beyond the request's deadline. */
const MAX_RETRIES = 2;

/** Keyless servers (Ollama, vLLM) ignore the key, but the SDK insists on one. */
const KEYLESS = 'not-needed';

/**
 * Asks the model for one answer. Structured outputs (a strict JSON schema) where the server supports
 * them; JSON mode where it does not — always when LLM_JSON_MODE=true, or after the server has once refused
 * a JSON schema with a 400, which this requester then remembers. Every failure becomes an LlmError with
 * the reason the case will show.
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

  /** One answer within LLM_TIMEOUT_MS, retries included. */
  async request(messages: ChatCompletionMessageParam[]): Promise<LlmReply> {
    const deadline = AbortSignal.timeout(this.#endpoint.timeoutMs);
    try {
      return await this.#create(messages, this.usesJsonMode, deadline);
    } catch (error) {
      if (error instanceof BadRequestError && !this.usesJsonMode && this.#endpoint.responseFormat === 'detect') {
        // Many OpenAI-compatible servers (older vLLM, DeepSeek, Qwen) reject `json_schema` outright.
        this.#jsonModeDetected = true;
        try {
          return await this.#create(messages, true, deadline);
        } catch (retryError) {
          throw toLlmError(retryError);
        }
      }
      throw toLlmError(error);
    }
  }

  async #create(messages: ChatCompletionMessageParam[], jsonMode: boolean, signal: AbortSignal): Promise<LlmReply> {
    const completion = await this.#client.chat.completions.create(
      {
        model: this.#endpoint.model,
        messages,
        temperature: 0.2,
        response_format: jsonMode ? { type: 'json_object' } : zodResponseFormat(LlmAnswerSchema, ANSWER_SCHEMA_NAME),
      },
      { signal, timeout: this.#endpoint.timeoutMs, maxRetries: MAX_RETRIES },
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
