import { z } from 'zod';
import { DigestReportSchema } from '../domain/digest-report.ts';

/**
 * One scheduled digest as stored: the report built for its slot, and which of its parts are in Slack
 * (part index → message ts, or the file id for the chart), so a retried or resumed post never repeats one.
 */
export const DigestRecordSchema = z
  .object({
    version: z.number().int().nonnegative(),
    report: DigestReportSchema,
    posted: z.record(z.string().regex(/^\d+$/), z.string().min(1)),
    /**
     * How many parts the digest has, recorded with the first part posted (the split never depends on
     * anything but the report), so a sweep can tell a digest still going out from one that is done.
     */
    partCount: z.number().int().positive().optional(),
  })
  .strict();
export type DigestRecord = z.infer<typeof DigestRecordSchema>;

/** Where the previous digest ended, so the next one covers everything since. */
export const LastDigestSchema = z
  .object({
    version: z.number().int().nonnegative(),
    slot: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
  })
  .strict();
export type LastDigest = z.infer<typeof LastDigestSchema>;

/**
 * The morning digests. `claim` is what makes a slot's digest exactly one across restarts and instances
 * sharing a store: it stores the slot's digest only if none is stored (one atomic insert-if-absent), so
 * of two instances building the same slot, one stores its report and the other finds it.
 */
export interface DigestStore {
  /** Stores `report` as its slot's digest unless one is there; the stored record and whether this call stored it. */
  claim(report: z.infer<typeof DigestReportSchema>): Promise<{ record: DigestRecord; created: boolean }>;
  get(slot: string): Promise<DigestRecord | undefined>;
  /**
   * Records that part `index` of the slot's digest (of `partCount` parts) is in Slack as `ref`; the record
   * as it is now.
   */
  markPosted(slot: string, index: number, ref: string, partCount: number): Promise<DigestRecord>;
  /** The latest digest claimed: its slot and the end of its period. */
  last(): Promise<LastDigest | undefined>;
  /** Moves "the latest digest" forward to `slot` (never back, whichever instance writes last). */
  recordLast(slot: string, to: string): Promise<void>;
  /**
   * Rewrites every stored digest that quoted one of the cases in `ids` with their customer data erased
   * (erasure.ts, issue 15), so a digest kept for its slot never brings it back; how many were rewritten.
   */
  eraseCases(ids: readonly string[]): Promise<number>;
}
