import { randomUUID } from 'node:crypto';
import type { Case, ErasureReason } from '../domain/case.ts';
import { type ErasureAudit, eraseCase, erasureOf, retentionCutoff } from '../domain/erasure.ts';
import type { PostJob } from '../domain/post-job.ts';
import { jobForChange } from '../outbox/deliver-posts.ts';
import { CASE_INDEX_CAP } from '../store/case-index.ts';
import type { Stores } from '../store/case-store.ts';

/** How many cases one retention batch erases before it is audited and its review posts are queued. */
export const RETENTION_BATCH = 100;

/** What an erasure needs: the stores, the clock, how its review posts reach Slack, and where its line goes. */
export interface ErasureDeps {
  stores: Pick<Stores, 'cases' | 'audit' | 'digests'>;
  clock: () => Date;
  /**
   * Queues the review-post edits (the bot's outbox sends them; the CLI only enqueues, and the running bot
   * sends them on its next round), so an edit Slack refuses now is retried, not lost.
   */
  send: (jobs: readonly PostJob[]) => Promise<void>;
  /** The structured audit line: fields first, as pino takes them. */
  log: (fields: Record<string, unknown>, line: string) => void;
}

/**
 * Erases the cases with `ids` (those not erased already), each atomically in the store, then records the
 * audit and queues each review post's edit. Returns the cases this call erased.
 */
async function eraseCases(
  deps: ErasureDeps,
  ids: readonly string[],
  reason: ErasureReason,
  audit: { by: string; retentionDays?: number },
): Promise<Case[]> {
  const at = deps.clock();
  const erased: Case[] = [];
  for (const id of ids) {
    const current = await deps.stores.cases.get(id);
    if (!current || erasureOf(current)) continue;
    // Another instance may erase it between the read and the write: only this call's erasure counts. The
    // change may run more than once (a concurrent write); its last run is the one stored.
    let mine = false;
    const after = await deps.stores.cases.update(id, (latest) => {
      mine = erasureOf(latest) === undefined;
      return eraseCase(latest, { at, reason });
    });
    if (mine) erased.push(after);
  }
  if (erased.length === 0 && reason === 'retention') return erased;
  // The morning digests kept in the store quoted these cases too.
  await deps.stores.digests.eraseCases(erased.map((found) => found.id));
  const record: ErasureAudit = {
    id: randomUUID(),
    at: at.toISOString(),
    reason,
    by: audit.by,
    ...(audit.retentionDays === undefined ? {} : { retentionDays: audit.retentionDays }),
    caseIds: erased.map((found) => found.id),
  };
  await deps.stores.audit.recordErasure(record);
  deps.log(
    { audit: 'erasure', auditId: record.id, reason, by: record.by, caseIds: record.caseIds },
    `erasure: ${erased.length} case(s) had the customer's data erased (${reason === 'retention' ? `retention, closed more than ${audit.retentionDays} days ago` : "the customer's request"}): ${record.caseIds.join(', ') || 'none'}`,
  );
  await deps.send(erased.filter((found) => found.reviewPost !== null).map((found) => jobForChange(found, at)));
  return erased;
}

/**
 * The retention sweep (issue 15): every case closed more than `days` days ago whose customer data is not
 * erased yet is erased, a batch at a time, each batch audited. Run again it finds nothing more to do.
 * Returns how many cases it erased.
 */
export async function eraseExpiredCases(
  deps: ErasureDeps,
  { days, batchSize = RETENTION_BATCH }: { days: number; batchSize?: number },
): Promise<number> {
  const cutoff = retentionCutoff(days, deps.clock());
  const first = await deps.stores.cases.firstCreatedAt();
  if (!first || first >= cutoff) return 0;
  // The ids first, then the erasures: the walk reads the closed-day buckets, which erasing does not change.
  const due: string[] = [];
  for await (const outline of deps.stores.cases.eachClosedBetween(first, cutoff)) {
    if (!erasureOf(outline)) due.push(outline.id);
  }
  let total = 0;
  for (let start = 0; start < due.length; start += Math.max(1, batchSize)) {
    const batch = due.slice(start, start + Math.max(1, batchSize));
    total += (await eraseCases(deps, batch, 'retention', { by: 'retention', retentionDays: days })).length;
  }
  return total;
}

/** One of a customer's cases as `npm run erase -- --dry-run` lists it: no words, no reference. */
export interface CustomerCase {
  id: string;
  store: string;
  status: Case['status'];
  createdAt: string;
  /** Whether its customer data was erased already (it is then left alone). */
  erased: boolean;
}

/** The cases of the customer with `fingerprint` (their keyed phone or member number), newest first. */
export async function findCustomerCases(stores: Pick<Stores, 'cases'>, fingerprint: string): Promise<CustomerCase[]> {
  const cases = await stores.cases.listByCustomer(fingerprint, CASE_INDEX_CAP);
  return cases.map((found) => ({
    id: found.id,
    store: found.store,
    status: found.status,
    createdAt: found.createdAt,
    erased: erasureOf(found) !== undefined,
  }));
}

/**
 * A customer's request (PIPL/GDPR): their data erased from every case their fingerprint finds, open or
 * closed; an open case keeps its facts and goes on. The request is audited even when nothing was found.
 */
export async function eraseCustomer(deps: ErasureDeps, fingerprint: string, by: string): Promise<Case[]> {
  const found = await findCustomerCases(deps.stores, fingerprint);
  return eraseCases(
    deps,
    found.map((entry) => entry.id),
    'request',
    { by },
  );
}
