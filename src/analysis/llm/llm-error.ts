import type { FallbackReason } from '../../domain/analysis-engine.ts';
import { AppError } from '../../errors.ts';

/**
 * An LLM analysis that cannot be used: no answer in time, an endpoint error after the SDK's retries, or an
 * answer that is not the agreed JSON. It never reaches a user: the LLM analyser catches it and the rules
 * analyser stands in, recording `reason` on the case.
 */
export class LlmError extends AppError {
  readonly reason: FallbackReason;

  constructor(reason: FallbackReason, message: string, options?: ErrorOptions) {
    super('llm_failed', message, options);
    this.reason = reason;
  }
}
