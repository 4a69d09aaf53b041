import { z } from 'zod';
import { LanguageSchema, LocalizedSchema } from '../shared/language.ts';

/** Apology wording to say to the customer, in the customer's language. */
export const ApologySchema = z.object({ language: LanguageSchema, text: z.string().min(1).max(600) }).strict();
export type Apology = z.infer<typeof ApologySchema>;

/**
 * The resolution to put to the customer, drawn only from eligible remedies (by their policy ids).
 * A forceful customer gets up to three options to choose from (seed 001); others get one recommendation.
 */
export const ResolutionSuggestionSchema = z
  .object({
    options: z.array(z.string().min(1)).max(3),
    recommended: z.string().min(1).nullable(),
    letCustomerChoose: z.boolean(),
    /** How to put it to this customer, e.g. "offer all three, then let them choose". */
    note: LocalizedSchema,
  })
  .strict();
export type ResolutionSuggestion = z.infer<typeof ResolutionSuggestionSchema>;

export const FollowUpPlanSchema = z
  .object({
    /** Days after resolution for the follow-up call (回访). */
    afterDays: z.number().int().positive(),
    /** The call script, step by step (seed 002). */
    script: z.array(LocalizedSchema).min(1),
  })
  .strict();
export type FollowUpPlan = z.infer<typeof FollowUpPlanSchema>;

/** The six steps of seed 001, each worded for this customer. */
export const HandlingStepSchema = z.object({ step: z.number().int().min(1).max(6), text: LocalizedSchema }).strict();
export type HandlingStep = z.infer<typeof HandlingStepSchema>;

export const SuggestionSchema = z
  .object({
    apology: ApologySchema,
    steps: z.array(HandlingStepSchema).length(6),
    resolution: ResolutionSuggestionSchema,
    followUp: FollowUpPlanSchema,
  })
  .strict();
export type Suggestion = z.infer<typeof SuggestionSchema>;
