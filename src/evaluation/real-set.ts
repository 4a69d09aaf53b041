import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AIM_KINDS, FlagKindSchema, TEMPERAMENTS } from '../domain/analysis.ts';
import { type Complaint, type ComplaintChannel, ComplaintChannelSchema, ComplaintSchema } from '../domain/complaint.ts';
import { InputError } from '../errors.ts';
import { loadIdentifiedList } from './labelled-set.ts';

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

/**
 * The kind of page each real text was published on (a news report, a public post, a consumer council's
 * notice…), annotated blind — from the address and the opening, without the labels — as a store manager who
 * found it would answer the form's "where it reached us". `unknown` or absent leaves the field empty.
 */
export const REAL_PAGE_KINDS = 'test/fixtures/complaints/real/pages.yml';

const PageKindsSchema = z.record(z.string().min(1), z.union([ComplaintChannelSchema, z.literal('unknown')]));

/** Reads the page kinds as the channel staff would pick, by complaint id; an unknown kind is left out. */
export async function loadPageChannels(path: string): Promise<ReadonlyMap<string, ComplaintChannel>> {
  const parsed = PageKindsSchema.safeParse(parseYaml(await readFile(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const channels = new Map<string, ComplaintChannel>();
  for (const [id, kind] of Object.entries(parsed.data)) if (kind !== 'unknown') channels.set(id, kind);
  return channels;
}

/** Reads a YAML file of real complaints, refusing the whole file on the first bad entry or a repeated id. */
export function loadRealSet(path: string): Promise<RealComplaint[]> {
  return loadIdentifiedList(path, RealComplaintSchema);
}

/**
 * A real text as a store manager would paste it into the form: the whole text as what happened, and — when
 * given — where it reached the store, nothing else.
 */
export function asPastedComplaint(item: RealComplaint, channel?: ComplaintChannel): Complaint {
  return ComplaintSchema.parse({ narrative: item.text, ...(channel ? { channel } : {}) });
}
