import type { DigestReport } from '../domain/digest-report.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { PostJob } from '../domain/post-job.ts';
import type { Stores } from '../store/case-store.ts';
import type { DigestRecord, LastDigest } from '../store/digest-store.ts';
import { DigestReportBuilder, firstPeriodStart } from './build-digest-report.ts';
import { DIGEST_CRON_OFF, slotAt } from './digest-slot.ts';
import { digestJob, isUnfinished, nextUnposted } from './post-digest.ts';

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
export type DigestRunOutcome =
  | { kind: 'nothing-due'; reason: string }
  | { kind: 'posted'; report: DigestReport }
  | { kind: 'already-claimed'; report: DigestReport };

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
  for await (const record of deps.stores.cases.eachCreatedBetween(from, to)) builder.addFiled(record);
  for await (const record of deps.stores.cases.eachOpen()) builder.addNotClosed(record);
  // Closed in the period (the follow-up call that ended its aftercare): still news for the meeting.
  for await (const record of deps.stores.cases.eachClosedBetween(from, to)) builder.addNotClosed(record);
  return builder.build();
}

/**
 * Whether a bot starting now posts `slot`'s digest at once, marked late: an earlier digest went out and
 * ended before the slot, so the bot was down when it came. A first start never does: its first digest is
 * at its first slot, and covers everything filed before it.
 */
export function isMissedSlot(slot: Date, last: LastDigest | undefined): boolean {
  return last !== undefined && Date.parse(last.slot) < slot.getTime();
}

/**
 * Queues the next part of any claimed digest still going out: the latest scheduled slot's and the latest
 * recorded one's. A run that claimed its slot and then failed to queue the first part (the store or Slack
 * down, a crash) would otherwise wait for a restart; run from a timer, this picks it up within a minute.
 * Parts are queued, not tried, so a part already failing keeps its backoff. Returns the slots resumed.
 */
export async function resumeUnfinishedDigests(deps: DigestRunDeps): Promise<string[]> {
  const scheduled = deps.cron === DIGEST_CRON_OFF ? undefined : slotAt(deps.cron, deps.timeZone, deps.clock());
  const last = await deps.stores.digests.last();
  const slots = [...new Set([scheduled?.toISOString(), last?.slot].filter((slot) => slot !== undefined))];
  const resumed: string[] = [];
  for (const slot of slots) {
    const record = await deps.stores.digests.get(slot);
    if (!record) continue;
    await deps.stores.digests.recordLast(record.report.slot, record.report.to);
    if (!isUnfinished(record)) continue;
    await (deps.queue ?? deps.send)([digestJob(slot, nextUnposted(record), deps.clock())]);
    resumed.push(slot);
  }
  return resumed;
}

async function resume(deps: DigestRunDeps, record: DigestRecord): Promise<void> {
  await deps.send([digestJob(record.report.slot, nextUnposted(record), deps.clock())]);
}

/**
 * Makes sure the digest of the latest slot is out: builds it, claims the slot in the store (insert if
 * absent, atomic across instances), records where its period ended, and queues its first part; the
 * outbox posts the rest. A slot already claimed — by this instance before a restart, or by another —
 * is only resumed, so each slot gets exactly one digest.
 *
 * With `catchUp` (at start), a slot is posted only if an earlier digest exists and ended before it: the
 * bot was down at the slot, and its digest goes out now, marked late. A first start never posts one.
 */
export async function runDueDigest(deps: DigestRunDeps, { catchUp = false } = {}): Promise<DigestRunOutcome> {
  const slot = slotAt(deps.cron, deps.timeZone, deps.clock());
  if (!slot) return { kind: 'nothing-due', reason: 'the schedule has not fired yet' };
  const slotIso = slot.toISOString();
  const existing = await deps.stores.digests.get(slotIso);
  if (existing) {
    // The run that claimed it may have stopped before recording where its period ended (a crash); without
    // this the next digest would cover two days and repeat this one's cases. Never moves back.
    await deps.stores.digests.recordLast(existing.report.slot, existing.report.to);
    await resume(deps, existing);
    return { kind: 'already-claimed', report: existing.report };
  }
  if (catchUp) {
    const last = await deps.stores.digests.last();
    if (!isMissedSlot(slot, last)) {
      return { kind: 'nothing-due', reason: last ? 'the latest slot is posted' : 'no digest was posted before' };
    }
  }
  const report = await buildDueReport(deps, slot);
  const { record, created } = await deps.stores.digests.claim(report);
  await deps.stores.digests.recordLast(record.report.slot, record.report.to);
  await resume(deps, record);
  return created ? { kind: 'posted', report: record.report } : { kind: 'already-claimed', report: record.report };
}
