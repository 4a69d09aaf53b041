import { randomUUID } from 'node:crypto';
import type { Case, ErasureReason } from '../domain/case.ts';
import { type ErasureAudit, eraseCase, erasureOf, retentionCutoff } from '../domain/erasure.ts';
import type { PostJob } from '../domain/post-job.ts';
import { jobForChange } from '../outbox/deliver-posts.ts';
import { type NormalisedCustomerId, textsNameCustomerId } from '../shared/customer-id.ts';
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
  /**
   * How it was found: by the reference staff gave, or by the number written in its texts (a case filed with
   * no number in the customer field, or by a release from before the field).
   */
  foundBy: 'reference' | 'text';
}

/** Who an erasure request is for: the keyed fingerprint of their number, and the number itself, normalised. */
export interface ErasureSubject {
  fingerprint: string;
  id: NormalisedCustomerId;
}

/** The texts of a case that hold the customer's own words or what staff wrote of them. */
function customerTextsOf(found: Pick<Case, 'complaint'>): (string | undefined)[] {
  const { complaint } = found;
  return [complaint.narrative, complaint.customerWords, complaint.customerAsk, complaint.behaviour, complaint.product];
}

/**
 * The cases of the customer, newest first: those their fingerprint finds, then every other case whose texts
 * write their number. The second is a walk over every case, which an erasure request (rare, and run from the
 * command line) can afford, and which nothing else finds: no index holds a number staff did not type in the
 * customer field.
 */
export async function findCustomerCases(
  stores: Pick<Stores, 'cases'>,
  subject: ErasureSubject,
  now: Date,
): Promise<CustomerCase[]> {
  const byReference = await stores.cases.listByCustomer(subject.fingerprint, CASE_INDEX_CAP);
  const found: CustomerCase[] = byReference.map((record) => ({
    id: record.id,
    store: record.store,
    status: record.status,
    createdAt: record.createdAt,
    erased: erasureOf(record) !== undefined,
    foundBy: 'reference',
  }));
  const known = new Set(found.map((entry) => entry.id));
  const first = await stores.cases.firstCreatedAt();
  if (!first) return found;
  const inTexts: CustomerCase[] = [];
  // A day past now: a case filed by another instance while this walk runs is still looked at.
  const end = new Date(now.getTime() + 86_400_000);
  for await (const outline of stores.cases.eachCreatedBetween(first, end)) {
    if (known.has(outline.id) || !textsNameCustomerId(customerTextsOf(outline), subject.id)) continue;
    inTexts.push({
      id: outline.id,
      store: outline.store,
      status: outline.status,
      createdAt: outline.createdAt,
      erased: erasureOf(outline) !== undefined,
      foundBy: 'text',
    });
  }
  inTexts.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return [...found, ...inTexts];
}

/**
 * A customer's request (PIPL/GDPR): their data erased from every case their fingerprint finds, open or
 * closed; an open case keeps its facts and goes on. The request is audited even when nothing was found.
 */
export async function eraseCustomer(deps: ErasureDeps, subject: ErasureSubject, by: string): Promise<Case[]> {
  const found = await findCustomerCases(deps.stores, subject, deps.clock());
  return eraseCases(
    deps,
    found.map((entry) => entry.id),
    'request',
    { by },
  );
}
