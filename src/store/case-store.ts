import type { Case } from '../complaints/case.js';

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
  close(): Promise<void>;
}

/** A message the bot must get to Slack; kept until Slack has it, so a failed post is retried after a restart. */
export interface PostJob {
  /** Stable id (e.g. `review:<caseId>:v<version>`), so enqueueing the same post twice keeps one job. */
  id: string;
  caseId: string;
  kind: 'review-post' | 'review-update' | 'staff-analysis';
  /** When the job may next be tried. */
  dueAt: string;
  attempts: number;
  lastError?: string | undefined;
  /** For review updates: the history entry the thread line describes. */
  eventIndex?: number | undefined;
}

/** The durable queue of posts to Slack. */
export interface OutboxStore {
  /** Adds a job unless one with the same id is pending. */
  enqueue(job: PostJob): Promise<void>;
  /** Jobs due at `now`, oldest first. */
  due(now: Date, limit: number): Promise<PostJob[]>;
  complete(id: string): Promise<void>;
  /** Records a failed try and when to try again. */
  reschedule(id: string, dueAt: string, attempts: number, lastError: string): Promise<void>;
  /**
   * Claims a job for one worker for `leaseMs`, so instances sharing a store do not post it twice; false
   * when another worker holds it.
   */
  claim(id: string, worker: string, leaseMs: number): Promise<boolean>;
}

/** Remembers that an id (a view submission, a Slack retry) was already handled. */
export interface IdempotencyStore {
  /** True the first time an id is seen within `ttlMs`, false afterwards; atomic across instances. */
  firstTime(id: string, ttlMs: number): Promise<boolean>;
}

/** Everything the app persists, opened from STORE_URL. */
export interface Stores {
  cases: CaseStore;
  outbox: OutboxStore;
  idempotency: IdempotencyStore;
  close(): Promise<void>;
}
