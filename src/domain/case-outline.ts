import { z } from 'zod';
import { FlagKindSchema, TemperamentReadSchema } from './analysis.ts';
import { CaseSchema } from './case.ts';
import { RemedyKindSchema } from './policy-schema.ts';

/**
 * A case as reports and sweeps read it: everything done with it, but of the analysis only what it found
 * (category, problem, temperament and its confidence, which flags) and of the policy's verdicts only which remedy is of which kind. The
 * wording and the verdicts' detail are two thirds of a stored case (about 10 of 15 KB); a morning digest
 * reads thousands of cases and needs none of it, so it is left unparsed and dropped at once. Unknown keys
 * are stripped, not refused: an outline is read from whole case records.
 */
export const CaseOutlineSchema = z.object({
  ...CaseSchema.shape,
  analysis: z.object({
    category: z.string().nullable(),
    problem: z.string().nullable(),
    temperament: z.object({ type: TemperamentReadSchema, confidence: z.number().min(0).max(1) }),
    /** Only which flags: the SLA clocks' targets depend on them (optional for outlines built by hand). */
    flags: z.array(z.object({ kind: FlagKindSchema, group: z.enum(['difficult', 'crisis']) })).optional(),
  }),
  remedies: z.array(z.object({ id: z.string().min(1), kind: RemedyKindSchema })),
});
export type CaseOutline = z.infer<typeof CaseOutlineSchema>;
