import { z } from 'zod';

/** What every report kept per slot has: the slot it is for and where its period ends. */
export interface SlotReport {
  slot: string;
  to: string;
}

/**
 * One scheduled report as stored (the morning digest, the weekly root-cause report): the report built for
 * its slot, and which of its parts are in Slack (part index → message ts, or the file id for a chart), so a
 * retried or resumed post never repeats one.
 */
export function slotRecordSchema<Report extends z.ZodType<SlotReport>>(report: Report) {
  return z
    .object({
      version: z.number().int().nonnegative(),
      report,
      posted: z.record(z.string().regex(/^\d+$/), z.string().min(1)),
      /**
       * How many parts the report has, recorded with the first part posted (the split never depends on
       * anything but the report), so a sweep can tell a report still going out from one that is done.
       */
      partCount: z.number().int().positive().optional(),
    })
    .strict();
}

/** A stored slot's record, whatever the report. */
export interface SlotRecord<Report extends SlotReport> {
  version: number;
  report: Report;
  posted: Record<string, string>;
  partCount?: number | undefined;
}

/** Where the previous report of a schedule ended, so a bot starting late knows it missed a slot. */
export const LastSlotSchema = z
  .object({
    version: z.number().int().nonnegative(),
    slot: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
  })
  .strict();
export type LastSlot = z.infer<typeof LastSlotSchema>;

/**
 * Reports kept one per scheduled slot. `claim` is what makes a slot's report exactly one across restarts
 * and instances sharing a store: it stores the slot's report only if none is stored (one atomic
 * insert-if-absent), so of two instances building the same slot, one stores its report and the other finds it.
 */
export interface SlotStore<Report extends SlotReport> {
  /** Stores `report` as its slot's report unless one is there; the stored record and whether this call stored it. */
  claim(report: Report): Promise<{ record: SlotRecord<Report>; created: boolean }>;
  get(slot: string): Promise<SlotRecord<Report> | undefined>;
  /**
   * Records that part `index` of the slot's report (of `partCount` parts) is in Slack as `ref`; the record
   * as it is now.
   */
  markPosted(slot: string, index: number, ref: string, partCount: number): Promise<SlotRecord<Report>>;
  /** The latest report claimed: its slot and the end of its period. */
  last(): Promise<LastSlot | undefined>;
  /** Moves "the latest report" forward to `slot` (never back, whichever instance writes last). */
  recordLast(slot: string, to: string): Promise<void>;
}
