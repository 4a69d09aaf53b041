import { z } from 'zod';
import { AIM_KINDS, FlagKindSchema, TEMPERAMENTS } from '../analysis/analysis.js';
import { type Complaint, ComplaintSchema } from '../complaints/complaint.js';
import { loadIdentifiedList } from './labelled-set.js';

/**
 * A real complaint as someone wrote it in public (a consumer platform, a news report, a review), with the
 * reading a store manager gave it. Unlike the synthetic sets, it is one text, retold as it was found, and
 * any label may be `unknown`: a text that shows no temperament, asks for nothing, or names no problem.
 */
export const RealComplaintSchema = z
  .object({
    id: z.string().min(1),
    /** Where the text was found. */
    source: z.string().min(1),
    script: z.enum(['zh-Hans', 'zh-Hant', 'en']),
    text: z.string().min(1),
    label: z
      .object({
        temperament: z.enum([...TEMPERAMENTS, 'unknown']),
        temperamentWhy: z.string().min(1),
        flags: z.array(FlagKindSchema).default([]),
        aim: z.enum([...AIM_KINDS, 'unknown']),
        /** A policy category id, or `other` for goods and services the policy does not cover. */
        category: z.string().min(1),
        /** A policy problem id, or `unknown`. */
        problem: z.string().min(1),
      })
      .strict(),
  })
  .strict();
export type RealComplaint = z.infer<typeof RealComplaintSchema>;

/** The real sets: tune against `dev`, judge on `holdout`, never the other way round. */
export const REAL_SETS = {
  'real-dev': 'test/fixtures/complaints/real/dev.yml',
  'real-holdout': 'test/fixtures/complaints/real/holdout.yml',
} as const;

/** Reads a YAML file of real complaints, refusing the whole file on the first bad entry or a repeated id. */
export function loadRealSet(path: string): Promise<RealComplaint[]> {
  return loadIdentifiedList(path, RealComplaintSchema);
}

/** A real text as a store manager would paste it into the form: the whole text as what happened, nothing else. */
export function asPastedComplaint(item: RealComplaint): Complaint {
  return ComplaintSchema.parse({ narrative: item.text });
}
