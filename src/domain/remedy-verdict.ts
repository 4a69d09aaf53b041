import { z } from 'zod';
import { LocalizedSchema } from '../shared/language.ts';
import { FeeSchema, RemedyKindSchema } from './policy-schema.ts';

/** The rule that decided a verdict, quoted for staff and managers. */
export const CitedRuleSchema = z
  .object({ id: z.string().min(1), title: LocalizedSchema, citation: LocalizedSchema })
  .strict();
export type CitedRule = z.infer<typeof CitedRuleSchema>;

/** What the policy engine says about one remedy for one complaint at one moment. */
export const RemedyVerdictSchema = z
  .object({
    /** The remedy's id in the policy file; LLM suggestions must name one of these. */
    id: z.string().min(1),
    kind: RemedyKindSchema,
    name: LocalizedSchema,
    eligible: z.boolean(),
    /**
     * True when the remedy addresses the complaint's problem or any problem at all; false when it is for
     * other problems, or for particular problems while the problem is not known yet (`dependsOnProblem`).
     */
    relevant: z.boolean(),
    /**
     * False when the goods or service complained about are outside what the policy covers (a photo studio
     * sitting, another shop's order): then no remedy is eligible and a manager decides. Absent on verdicts
     * stored before it existed, which were all about covered goods.
     */
    covered: z.boolean().optional(),
    /**
     * True when the problem is not known yet and the remedy is for particular problems only: whether it
     * fits depends on what went wrong, so it is not put to the customer until staff find out. Absent on
     * verdicts stored before it existed.
     */
    dependsOnProblem: z.boolean().optional(),
    /** The rule that decides: the exclusion that took it away, else the remedy's own rule. */
    rule: CitedRuleSchema,
    /** Why it is or is not eligible, in words staff can repeat. */
    reason: LocalizedSchema,
    /** The fee of the tier that applies; null when not eligible. */
    fee: FeeSchema.nullable(),
    /** When the current tier (the free window, the exchange window) ends; null when open-ended. */
    deadline: z.string().nullable(),
    needsApproval: z.boolean(),
    /** For discretionary money remedies: the most staff may grant alone. */
    staffLimit: z.number().nonnegative().nullable(),
    /** What staff must still see for themselves or confirm before granting it. */
    checks: z.array(LocalizedSchema),
  })
  .strict();
export type RemedyVerdict = z.infer<typeof RemedyVerdictSchema>;
