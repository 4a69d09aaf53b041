import type { PostJob } from '../domain/post-job.ts';
import type { LastSlot, SlotRecord, SlotReport, SlotStore } from '../store/slot-store.ts';
import { DIGEST_CRON_OFF, slotAt } from './digest-slot.ts';
import { isUnfinished, nextUnposted } from './post-slot-part.ts';

/** What a scheduled report (the digest, the weekly report) needs to claim its slot and queue its parts. */
export interface SlotRunDeps<Report extends SlotReport> {
  store: SlotStore<Report>;
  /** The cron pattern (DIGEST_CRON, WEEKLY_CRON); `off` means an external scheduler runs it. */
  cron: string;
  timeZone: string;
  clock: () => Date;
  /** The report due at `slot`. */
  build: (slot: Date) => Promise<Report>;
  /** The job posting part `index` of the report for `slot`. */
  jobOf: (slot: string, index: number, at: Date) => PostJob;
  /** Queues posts durably and tries them (the outbox). */
  send: (jobs: readonly PostJob[]) => Promise<void>;
  /** Queues posts durably for the outbox's next round, without trying them now (so a backoff holds). */
  queue?: ((jobs: readonly PostJob[]) => Promise<void>) | undefined;
}

/** What a run did: nothing due, a report it built and queued, or one another run (or instance) had claimed. */
export type SlotRunOutcome<Report> =
  | { kind: 'nothing-due'; reason: string }
  | { kind: 'posted'; report: Report }
  | { kind: 'already-claimed'; report: Report };

/**
 * Whether a bot starting now posts `slot`'s report at once, marked late: an earlier report went out and
 * was for an earlier slot, so the bot was down when this one came. A first start never does.
 */
export function isMissedSlot(slot: Date, last: LastSlot | undefined): boolean {
  return last !== undefined && Date.parse(last.slot) < slot.getTime();
}

async function resume<Report extends SlotReport>(deps: SlotRunDeps<Report>, record: SlotRecord<Report>) {
  await deps.send([deps.jobOf(record.report.slot, nextUnposted(record), deps.clock())]);
}

/**
 * Makes sure the report of the latest slot is out: builds it, claims the slot in the store (insert if
 * absent, atomic across instances), records where its period ended, and queues its first part; the outbox
 * posts the rest. A slot already claimed — by this instance before a restart, or by another — is only
 * resumed, so each slot gets exactly one report.
 *
 * With `catchUp` (at start), a slot is posted only if an earlier report exists and was for an earlier
 * slot: the bot was down at the slot, and its report goes out now, marked late. A first start never posts one.
 */
export async function runDueSlot<Report extends SlotReport>(
  deps: SlotRunDeps<Report>,
  { catchUp = false } = {},
): Promise<SlotRunOutcome<Report>> {
  const slot = slotAt(deps.cron, deps.timeZone, deps.clock());
  if (!slot) return { kind: 'nothing-due', reason: 'the schedule has not fired yet' };
  const existing = await deps.store.get(slot.toISOString());
  if (existing) {
    // The run that claimed it may have stopped before recording where its period ended (a crash). Never moves back.
    await deps.store.recordLast(existing.report.slot, existing.report.to);
    await resume(deps, existing);
    return { kind: 'already-claimed', report: existing.report };
  }
  if (catchUp) {
    const last = await deps.store.last();
    if (!isMissedSlot(slot, last)) {
      return { kind: 'nothing-due', reason: last ? 'the latest slot is posted' : 'none was posted before' };
    }
  }
  const report = await deps.build(slot);
  const { record, created } = await deps.store.claim(report);
  await deps.store.recordLast(record.report.slot, record.report.to);
  await resume(deps, record);
  return created ? { kind: 'posted', report: record.report } : { kind: 'already-claimed', report: record.report };
}

/**
 * Queues the next part of any claimed report still going out: the latest scheduled slot's and the latest
 * recorded one's. A run that claimed its slot and then failed to queue the first part (the store or Slack
 * down, a crash) would otherwise wait for a restart; run from a timer, this picks it up within a minute.
 * Parts are queued, not tried, so a part already failing keeps its backoff. Returns the slots resumed.
 */
export async function resumeUnfinishedSlots<Report extends SlotReport>(deps: SlotRunDeps<Report>): Promise<string[]> {
  const scheduled = deps.cron === DIGEST_CRON_OFF ? undefined : slotAt(deps.cron, deps.timeZone, deps.clock());
  const last = await deps.store.last();
  const slots = [...new Set([scheduled?.toISOString(), last?.slot].filter((slot) => slot !== undefined))];
  const resumed: string[] = [];
  for (const slot of slots) {
    const record = await deps.store.get(slot);
    if (!record) continue;
    await deps.store.recordLast(record.report.slot, record.report.to);
    if (!isUnfinished(record)) continue;
    await (deps.queue ?? deps.send)([deps.jobOf(slot, nextUnposted(record), deps.clock())]);
    resumed.push(slot);
  }
  return resumed;
}
