import type { z } from 'zod';
import { type DigestReport, DigestReportSchema } from '../domain/digest-report.ts';
import { type LastSlot, LastSlotSchema, type SlotStore, slotRecordSchema } from './slot-store.ts';

/** One scheduled digest as stored: its report, and which of its parts are in Slack (see slot-store.ts). */
export const DigestRecordSchema = slotRecordSchema(DigestReportSchema);
export type DigestRecord = z.infer<typeof DigestRecordSchema>;

/** Where the previous digest ended, so the next one covers everything since. */
export const LastDigestSchema = LastSlotSchema;
export type LastDigest = LastSlot;

/**
 * The morning digests, one per scheduled slot, exactly once across restarts and instances; and, because a
 * digest quotes cases, a way to take out what an erasure took from them.
 */
export interface DigestStore extends SlotStore<DigestReport> {
  /**
   * Rewrites every stored digest that quoted one of the cases in `ids` with their customer data erased
   * (erasure.ts, issue 15), so a digest kept for its slot never brings it back; how many were rewritten.
   */
  eraseCases(ids: readonly string[]): Promise<number>;
}
