import type { Case } from '../domain/case.ts';
import type { CaseOutline } from '../domain/case-outline.ts';
import type { Delegation } from '../domain/delegation.ts';
import type { ErasureAudit } from '../domain/erasure.ts';
import type { HeldComplaint } from '../domain/held-complaint.ts';
import type { DeadLetter, PostJob } from '../domain/post-job.ts';
import type { DigestStore } from './digest-store.ts';
import type { WeeklyStore } from './weekly-store.ts';

/**
 * Where cases live. Implementations keep every case whole (one record per case) and make `update`
 * atomic per case, so two changes to one case at the same moment — on one instance or several — both
 * land, one after the other, and neither is lost.
 */
export interface CaseStore {
  /**
   * Stores a new case unless one with the same id exists (a retried or double submit), and returns the
   * stored case and whether this call created it.
   */
  create(record: Case): Promise<{ record: Case; created: boolean }>;
  get(id: string): Promise<Case | undefined>;
  /**
   * Reads the latest version, applies `change`, and writes the result with `version` + 1, retrying on a
   * concurrent write. `change` may run more than once, so it must be pure. Throws when the case is absent;
   * errors thrown by `change` propagate and nothing is written.
   */
  update(id: string, change: (current: Case) => Case): Promise<Case>;
  /** Cases a staff member owns, newest first. */
  listByOwner(owner: string, limit: number): Promise<Case[]>;
  /** The most recent cases, newest first, optionally of one store. */
  listRecent(limit: number, store?: string): Promise<Case[]>;
  /**
   * One customer's cases in every store, newest first, by the fingerprint of their phone or member number
   * (the newest CASE_INDEX_CAP of them): how a repeat customer's earlier complaints are found.
   */
  listByCustomer(fingerprint: string, limit: number): Promise<Case[]>;
  /** Cases awaiting a manager's approval, newest first (what approvers must decide). */
  listAwaitingApproval(limit: number): Promise<Case[]>;
  /**
   * Every case filed in the half-open range [from, to) — `createdAt` at or after `from` and before `to` —
   * oldest first. Reads only the per-day buckets the range touches, never the whole store; see
   * {@link CaseStore.eachCreatedBetween} to walk a long period without holding it all in memory.
   */
  listCreatedBetween(from: Date, to: Date): Promise<Case[]>;
  /**
   * As {@link CaseStore.listCreatedBetween}, one case at a time as its outline (no analysis wording, no
   * verdict detail), reading `batchSize` cases per round trip: for reports that walk thousands of cases.
   */
  eachCreatedBetween(from: Date, to: Date, batchSize?: number): AsyncIterable<CaseOutline>;
  /**
   * Every case not yet closed — open, proposed, awaiting approval, resolved (follow-up pending) or followed
   * up — oldest first: what the morning digest lists as still in hand.
   */
  listOpen(): Promise<Case[]>;
  /**
   * As {@link CaseStore.listOpen}, one case at a time as its outline, reading `batchSize` cases per round
   * trip; the cases in `skip` (a walk has read them already) are not read again.
   */
  eachOpen(batchSize?: number, skip?: ReadonlySet<string>): AsyncIterable<CaseOutline>;
  /**
   * Every case closed in [from, to), one at a time: what left the open list in a digest's period (its
   * follow-up call, say, is still news). Reads only the per-day buckets of closed cases the range touches,
   * and not the cases in `skip`.
   */
  eachClosedBetween(from: Date, to: Date, batchSize?: number, skip?: ReadonlySet<string>): AsyncIterable<CaseOutline>;
  /**
   * When the oldest case was filed, or undefined for an empty store: where the first morning digest
   * starts. Reads the list of filing days (one key per day with a case) and the first day's bucket, never
   * the cases; an entry whose case was never written (a crash) only starts that digest a little earlier.
   */
  firstCreatedAt(): Promise<Date | undefined>;
  close(): Promise<void>;
}

/** The durable queue of posts to Slack. */
export interface OutboxStore {
  /** Adds a job unless one with the same id is pending. */
  enqueue(job: PostJob): Promise<void>;
  /** Jobs due at `now`, oldest first. */
  due(now: Date, limit: number): Promise<PostJob[]>;
  complete(id: string): Promise<void>;
  /**
   * Records a failed try and when to try again; `firstFailedAt`, when given, is when this run of failures
   * began (otherwise the job keeps the one it has).
   */
  reschedule(id: string, dueAt: string, attempts: number, lastError: string, firstFailedAt?: string): Promise<void>;
  /**
   * Claims a job for one worker for `leaseMs`, so instances sharing a store do not post it twice; false
   * when another worker holds it.
   */
  claim(id: string, worker: string, leaseMs: number): Promise<boolean>;
  /** Extends a lease `worker` holds by `leaseMs` from now; false when it holds none (it lapsed, or was taken). */
  renew(id: string, worker: string, leaseMs: number): Promise<boolean>;
  /** Drops the leases whose worker `isGone` says has died, so their jobs are tried at once; how many. */
  releaseLeases(isGone: (worker: string) => boolean): Promise<number>;
  /**
   * Notes on a pending job that a try is about to post (`at`), unless an earlier try's note is there, and
   * answers that earlier note (undefined when none): the try looks in Slack for what it may have posted.
   * `at` undefined drops the note (the try posted nothing after all).
   */
  noteTry(id: string, at: Date | undefined): Promise<string | undefined>;
  /**
   * Takes a pending job off the queue and keeps it as a dead letter (replacing any earlier one of the same
   * id); false, and nothing kept, when the job is no longer pending (it completed meanwhile).
   */
  bury(letter: DeadLetter): Promise<boolean>;
  /** The dead letters, the most recent first, at most `limit`. */
  deadLetters(limit: number): Promise<DeadLetter[]>;
  /**
   * Puts a dead letter back on the queue, due at `at`, its tries and errors forgotten, and removes the dead
   * letter; the job put back, or undefined when no dead letter has that id.
   */
  revive(id: string, at: Date): Promise<PostJob | undefined>;
}

/** Remembers that an id (a view submission, a Slack retry) was already handled. */
export interface IdempotencyStore {
  /** True the first time an id is seen within `ttlMs`, false afterwards; atomic across instances. */
  firstTime(id: string, ttlMs: number): Promise<boolean>;
  /** True when `firstTime` has seen the id and it has not lapsed; marks nothing. */
  seen(id: string): Promise<boolean>;
}

/** Everything the app persists, opened from STORE_URL. */
/**
 * Complaints acknowledged and not yet filed (see HeldComplaint): held before the form closes, released once
 * the case is stored, and refiled by the next start when a bot died in between.
 */
export interface IntakeStore {
  /** Keeps `held` until released; holding the same submission twice keeps the first. */
  hold(held: HeldComplaint): Promise<void>;
  release(id: string): Promise<void>;
  /** The complaints still held that were received before `before`, oldest first, at most `limit`. */
  heldBefore(before: Date, limit: number): Promise<HeldComplaint[]>;
}

/**
 * The durable audit of erasures of customers' data (issue 15): which cases, when and why, never the data.
 * Records are only ever added.
 */
export interface AuditStore {
  /** Keeps one erasure; recording the same id twice keeps the first. */
  recordErasure(audit: ErasureAudit): Promise<void>;
  /** The erasures recorded, the most recent first, at most `limit`. */
  erasures(limit: number): Promise<ErasureAudit[]>;
}

/** Approvers' delegates while away (issue 15): one per approver, replaced by the approver's next one. */
export interface DelegationStore {
  get(approver: string): Promise<Delegation | undefined>;
  put(delegation: Delegation): Promise<void>;
  remove(approver: string): Promise<void>;
  /** Every delegation stored, running or ended (callers check the date). */
  list(): Promise<Delegation[]>;
}

export interface Stores {
  cases: CaseStore;
  /** The morning digests, one per scheduled slot. */
  digests: DigestStore;
  /** The weekly root-cause reports, one per WEEKLY_CRON slot (issue 15). */
  weeklies: WeeklyStore;
  outbox: OutboxStore;
  idempotency: IdempotencyStore;
  intake: IntakeStore;
  /** The erasure audit (retention and customers' requests). */
  audit: AuditStore;
  delegations: DelegationStore;
  /**
   * Fails with a StoreError (`store_unavailable`, one line) when the database cannot be used right now:
   * the server does not answer, or a SQLite file was removed or replaced while it was open (which never
   * passes until a restart). One cheap round trip; what the health check and the complaint form ask.
   */
  probe(): Promise<void>;
  close(): Promise<void>;
}
