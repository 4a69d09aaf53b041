import { z } from 'zod';
import { LocalizedSchema } from '../shared/language.ts';

/**
 * Why an LLM reading was not used. The case then says "analysed by rules" with this reason, so a
 * manager can tell a slow endpoint from a model that answered nonsense.
 */
export const FALLBACK_REASONS = [
  /** No answer within LLM_TIMEOUT_MS. */
  'timeout',
  /** 429 after the SDK's bounded retries. */
  'rate-limited',
  /** 5xx after the SDK's bounded retries. */
  'server-error',
  /** The endpoint could not be reached. */
  'unreachable',
  /** The endpoint refused the request (a 4xx other than 429: bad key, unknown model…). */
  'rejected',
  /** The answer was not JSON. */
  'invalid-json',
  /** The answer was JSON but not the agreed shape. */
  'schema-mismatch',
  /** The bot stopped before the answer came; the analysis stored on filing stands. */
  'interrupted',
  /** Anything else; the detail says what. */
  'other',
] as const;
export const FallbackReasonSchema = z.enum(FALLBACK_REASONS);
export type FallbackReason = z.infer<typeof FallbackReasonSchema>;

/** What the guardrails changed in a model's answer, each with the reason staff are shown. */
export const GUARD_ADJUSTMENTS = [
  /** An evidence quote that does not occur in the complaint was dropped. */
  'quote-dropped',
  /** A remedy the policy did not find eligible (or does not know) was removed. */
  'remedy-removed',
  /** A sum above the staff authority limit: it needs a manager's approval. */
  'approval-needed',
  /** Wording failed the phrase guard and was asked for again once. */
  'wording-regenerated',
  /** Wording failed the phrase guard twice (or promised too much) and the rules analyser's is used. */
  'wording-replaced',
] as const;

export const GuardAdjustmentSchema = z
  .object({
    kind: z.enum(GUARD_ADJUSTMENTS),
    /** The remedy id concerned, for remedy and approval adjustments. */
    remedy: z.string().min(1).optional(),
    reason: LocalizedSchema,
  })
  .strict();
export type GuardAdjustment = z.infer<typeof GuardAdjustmentSchema>;

/**
 * How an analysis was produced, recorded on the case whenever an LLM endpoint is configured: the model and
 * prompt version asked, the tokens this analysis spent (none when served from the cache), what the
 * guardrails changed, and — when the rules analyser stood in — why.
 */
export const AnalysisEngineSchema = z
  .object({
    model: z.string().min(1),
    promptVersion: z.string().min(1),
    tokens: z.object({ input: z.number().int().nonnegative(), output: z.number().int().nonnegative() }).strict(),
    cached: z.boolean(),
    adjustments: z.array(GuardAdjustmentSchema),
    fallback: z
      .object({ reason: FallbackReasonSchema, detail: z.string().max(300) })
      .strict()
      .optional(),
  })
  .strict();
export type AnalysisEngine = z.infer<typeof AnalysisEngineSchema>;
