import type { z } from 'zod';
import { type DigestReport, DigestReportSchema } from '../domain/digest-report.ts';
import { type LastSlot, LastSlotSchema, type SlotStore, slotRecordSchema } from './slot-store.ts';

/** One scheduled digest as stored: its report, and which of its parts are in Slack (see slot-store.ts). */
export const DigestRecordSchema = slotRecordSchema(DigestReportSchema);
export type DigestRecord = z.infer<typeof DigestRecordSchema>;

/** Where the previous digest ended, so the next one covers everything since. */
export const LastDigestSchema = LastSlotSchema;
export type LastDigest = LastSlot;

/** The morning digests, one per scheduled slot, exactly once across restarts and instances. */
export type DigestStore = SlotStore<DigestReport>;
