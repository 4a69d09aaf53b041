import type { DigestReport } from '../domain/digest-report.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { PostJob } from '../domain/post-job.ts';
import type { Stores } from '../store/case-store.ts';
import { DigestReportBuilder, firstPeriodStart } from './build-digest-report.ts';
import { digestJob } from './post-digest.ts';
import { resumeUnfinishedSlots, runDueSlot, type SlotRunDeps, type SlotRunOutcome } from './run-slot.ts';

export interface DigestRunDeps {
  stores: Stores;
  policy: Policy;
  /** DIGEST_CRON. */
  cron: string;
  /** TZ, else the policy's time zone. */
  timeZone: string;
  clock: () => Date;
  /** Queues posts durably and tries them (the outbox). */
  send: (jobs: readonly PostJob[]) => Promise<void>;
  /** Queues posts durably for the outbox's next round, without trying them now (so a backoff holds). */
  queue?: (jobs: readonly PostJob[]) => Promise<void>;
}

/** What a run did: nothing due, a digest it built and queued, or one another run (or instance) had claimed. */
export type DigestRunOutcome = SlotRunOutcome<DigestReport>;

/**
 * Builds the report for the digest due at `slot`: everything since the previous digest's end — or, for the
 * first digest ever, since the first case (see {@link firstPeriodStart}) — up to the slot. `upTo` ends the
 * period earlier, for a preview of a slot still to come: what it would say if it ran now.
 */
export async function buildDueReport(
  deps: Pick<DigestRunDeps, 'stores' | 'policy' | 'clock'>,
  slot: Date,
  upTo: Date = slot,
): Promise<DigestReport> {
  const last = await deps.stores.digests.last();
  const to = upTo;
  const lastEnd = last ? new Date(last.to) : firstPeriodStart(slot, await deps.stores.cases.firstCreatedAt());
  const from = lastEnd.getTime() < to.getTime() ? lastEnd : to;
  // Case by case, keeping only what the digest shows: thousands of open cases never sit in memory whole.
  const builder = new DigestReportBuilder({ slot, from, to, now: deps.clock(), policy: deps.policy });
  // A case is read once: the period's cases still in hand are on the open list too, and a long period's
  // are thousands of records that would be read and parsed twice.
  const read = new Set<string>();
  for await (const record of deps.stores.cases.eachCreatedBetween(from, to)) {
    builder.addFiled(record);
    read.add(record.id);
  }
  for await (const record of deps.stores.cases.eachOpen(undefined, read)) {
    builder.addNotClosed(record);
    read.add(record.id);
  }
  // Closed in the period (the follow-up call that ended its aftercare): still news for the meeting.
  for await (const record of deps.stores.cases.eachClosedBetween(from, to, undefined, read))
    builder.addNotClosed(record);
  return builder.build();
}

/** The digest's slot machinery: its store, its build and its jobs (run-slot.ts). */
function slotDeps(deps: DigestRunDeps): SlotRunDeps<DigestReport> {
  return {
    store: deps.stores.digests,
    cron: deps.cron,
    timeZone: deps.timeZone,
    clock: deps.clock,
    build: (slot) => buildDueReport(deps, slot),
    jobOf: digestJob,
    send: deps.send,
    queue: deps.queue,
  };
}

/**
 * Queues the next part of any claimed digest still going out (see {@link resumeUnfinishedSlots}). Returns
 * the slots resumed.
 */
export function resumeUnfinishedDigests(deps: DigestRunDeps): Promise<string[]> {
  return resumeUnfinishedSlots(slotDeps(deps));
}

/**
 * Makes sure the digest of the latest slot is out, exactly once per slot across restarts and instances
 * (see {@link runDueSlot}). With `catchUp` (at start), a slot missed while the bot was down goes out now,
 * marked late; a first start never posts one.
 */
export function runDueDigest(deps: DigestRunDeps, { catchUp = false } = {}): Promise<DigestRunOutcome> {
  return runDueSlot(slotDeps(deps), { catchUp });
}
