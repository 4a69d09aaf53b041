import type { z } from 'zod';
import { type WeeklyReport, WeeklyReportSchema } from '../domain/weekly-report.ts';
import type { AtomicKv } from './atomic-kv.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import { KvSlotStore } from './kv-slot-store.ts';
import { recordKeys } from './record-keys.ts';
import { type SlotStore, slotRecordSchema } from './slot-store.ts';

/** One weekly root-cause report as stored: its report, and which of its parts are in Slack. */
export const WeeklyRecordSchema = slotRecordSchema(WeeklyReportSchema);
export type WeeklyRecord = z.infer<typeof WeeklyRecordSchema>;

/** The weekly root-cause reports, one per WEEKLY_CRON slot, exactly once across restarts and instances. */
export type WeeklyStore = SlotStore<WeeklyReport>;

/** Weekly reports on an {@link AtomicKv}, kept like the digests (kv-slot-store.ts). */
export class KvWeeklyStore extends KvSlotStore<WeeklyReport> {
  constructor(kv: AtomicKv, mutex: KeyedMutex) {
    super(kv, mutex, WeeklyRecordSchema, {
      record: recordKeys.weekly,
      last: recordKeys.lastWeekly(),
      what: 'weekly report',
    });
  }
}
