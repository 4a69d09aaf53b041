import { z } from 'zod';
import { ComplaintSchema } from './complaint.ts';
import { SourceFilesSchema } from './complaint-files.ts';

/**
 * A complaint Slack was told is received (the form closed) but not yet filed as a case: kept in the store
 * from before the acknowledgement until its case is stored, so a bot that dies in between — a kill, a
 * crash, a restart in the middle of a burst — files it at its next start instead of losing it.
 */
export const HeldComplaintSchema = z
  .object({
    version: z.number().int().nonnegative(),
    /** The submission's view id: its case id derives from it, so filing it twice files it once. */
    id: z.string().min(1),
    complaint: ComplaintSchema,
    owner: z.string().min(1),
    /** The Slack message it was filed from, without its permalink (asked for again when it is filed). */
    source: z.object({ channel: z.string(), ts: z.string(), files: SourceFilesSchema.optional() }).strict().optional(),
    /** When the form was acknowledged: the moment the case is filed at, whenever that happens. */
    receivedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type HeldComplaint = z.infer<typeof HeldComplaintSchema>;
