import { createHash } from 'node:crypto';

/** Longer parts are hashed, so every key fits keyv's SQL key column (255 characters) with room for the namespace. */
const MAX_PART_LENGTH = 120;

function part(value: string): string {
  return value.length <= MAX_PART_LENGTH ? value : `sha256-${createHash('sha256').update(value).digest('hex')}`;
}

/** Prefixes of the records that lapse, which the SQL engines sweep now and then. */
export const LEASE_PREFIX = 'outbox:lease:';
/** See {@link LEASE_PREFIX}. */
export const SEEN_PREFIX = 'seen:';
/**
 * Prefix of the trimmed copies an engine that cannot trim as it reads keeps beside a record (Redis; see
 * KvEngine.keepsTrimmedCopies): the copy of `case:C-1` is `trimmed:case:C-1`, outside every walked prefix.
 */
export const TRIMMED_COPY_PREFIX = 'trimmed:';
/** Prefix of every case record, for walking them all (the backfill of a new index). */
export const CASE_PREFIX = 'case:';
export const INTAKE_PREFIX = 'intake:';
/** Prefix of the stored morning digests, one per slot (walked when a case's customer data is erased). */
export const DIGEST_PREFIX = 'digest:slot:';
/** Prefix of the erasure audit's records (issue 15), one per erasure, walked to list them. */
export const ERASURE_AUDIT_PREFIX = 'audit:erasure:';
export const DELEGATION_PREFIX = 'delegation:';
/** Prefix of the per-day buckets of filed cases, for finding the first day any case was filed. */
export const DAY_INDEX_PREFIX = 'index:day:';
export const CLOSED_DAY_INDEX_PREFIX = 'index:closed:';
/**
 * The open-case index before it was split into shards (index version 4): one record, and the shards'
 * common stem. The day buckets before then had no `:sNN` ending.
 */
export const OPEN_INDEX_KEY = 'index:status:not-closed';

/** A shard's ending on an index key: `s00`…`s15`. */
const shardPart = (shard: number) => `s${String(shard).padStart(2, '0')}`;
/** Whether an index key is one shard of a split index (`…:s07`). */
export const isShardKey = (key: string): boolean => /:s\d{2}$/.test(key);

/** Where each record lives, relative to the store's namespace. */
export const recordKeys = {
  case: (id: string) => `${CASE_PREFIX}${part(id)}`,
  /** The trimmed copy of the record at `key` (a key as above), on an engine that keeps them. */
  trimmedCopy: (key: string) => `${TRIMMED_COPY_PREFIX}${key}`,
  /** Newest-first lists of case ids, so listing never scans the store. */
  ownerIndex: (owner: string) => `index:owner:${part(owner)}`,
  storeIndex: (store: string) => `index:store:${part(store)}`,
  recentIndex: () => 'index:recent',
  /** Cases awaiting a manager's approval. */
  awaitingApprovalIndex: () => 'index:status:awaiting-approval',
  /** One customer's cases, newest first, by their keyed fingerprint (never the phone): repeat customers. */
  customerIndex: (fingerprint: string) => `index:customer:${part(fingerprint)}`,
  /**
   * One shard (index-shards.ts) of the cases filed on one UTC day (`YYYY-MM-DD`), uncapped: what listing by
   * period reads.
   */
  dayIndex: (day: string, shard: number) => `${DAY_INDEX_PREFIX}${part(day)}:${shardPart(shard)}`,
  /** One shard of the cases closed on one UTC day, uncapped: how the digest finds cases that finished. */
  closedDayIndex: (day: string, shard: number) => `${CLOSED_DAY_INDEX_PREFIX}${part(day)}:${shardPart(shard)}`,
  /** One shard of every case not yet closed, uncapped. */
  openIndex: (shard: number) => `${OPEN_INDEX_KEY}:${shardPart(shard)}`,
  /** Which version of the indexes the store's cases are all on (see reindex-cases.ts). */
  indexSchema: () => 'index:schema',
  /** A complaint acknowledged and not yet filed, by its submission's view id (intake). */
  intake: (id: string) => `${INTAKE_PREFIX}${part(id)}`,
  /** One erasure of customers' data (retention or a request), by when and its id, so keys sort by time. */
  erasureAudit: (at: string, id: string) => `${ERASURE_AUDIT_PREFIX}${part(at)}:${part(id)}`,
  /** An approver's delegate while away (issue 15), by the approver's user id. */
  delegation: (approver: string) => `${DELEGATION_PREFIX}${part(approver)}`,
  /** Which store this is, written when it is first opened; see store-identity.ts. */
  storeIdentity: () => 'store:identity',
  /** One morning digest, by its slot (ISO moment). */
  digest: (slot: string) => `${DIGEST_PREFIX}${part(slot)}`,
  /** Where the latest digest ended. */
  lastDigest: () => 'digest:last',
  /** One weekly root-cause report, by its slot (ISO moment). */
  weekly: (slot: string) => `weekly:slot:${part(slot)}`,
  /** The latest weekly report claimed. */
  lastWeekly: () => 'weekly:last',
  job: (id: string) => `outbox:job:${part(id)}`,
  lease: (id: string) => `${LEASE_PREFIX}${part(id)}`,
  /** The pending jobs, oldest due first. */
  dueIndex: () => 'outbox:due',
  /** A post the outbox gave up on (see DeadLetter), by its job id. */
  deadLetter: (id: string) => `outbox:dead:${part(id)}`,
  /** The dead letters' job ids, the most recent first. */
  deadLetterIndex: () => 'outbox:dead-letters',
  seen: (id: string) => `${SEEN_PREFIX}${part(id)}`,
};
