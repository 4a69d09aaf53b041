import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { DeadLetter, PostJob } from '../domain/post-job.ts';
import { InputError } from '../errors.ts';
import type { AtomicKv } from './atomic-kv.ts';
import type { OutboxStore } from './case-store.ts';
import type { ExpirySweeper } from './expiry-sweeper.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import { modifyRecord, modifyRecords, versionedWrite } from './modify-record.ts';
import {
  type DeadLetterIndex,
  DeadLetterIndexSchema,
  type DeadLetterRecord,
  DeadLetterRecordSchema,
  type DueEntry,
  type DueIndex,
  DueIndexSchema,
  type JobRecord,
  JobRecordSchema,
  LeaseSchema,
  oldestFirst,
  PostJobSchema,
  withDeadEntry,
  withDueEntry,
  withoutDueEntries,
} from './outbox-records.ts';
import { parseStoredRecord } from './parse-record.ts';
import { LEASE_PREFIX, recordKeys } from './record-keys.ts';

const RetrySchema = z.object({
  dueAt: z.iso.datetime({ offset: true }),
  attempts: z.number().int().nonnegative(),
  firstFailedAt: z.iso.datetime({ offset: true }).optional(),
});

/**
 * The outbox on an {@link AtomicKv}: one record per job, a due index of pending job ids (oldest first),
 * and one lease record per claimed job — created only if absent, lapsing after the lease, so two instances
 * never hold the same job at once.
 *
 * A job is written before its index entry and its entry is removed after it, so a crash between the two
 * can leave an entry without a job (skipped, then pruned by `due`), never a pending job without an entry.
 */
export class KvOutboxStore implements OutboxStore {
  readonly #kv: AtomicKv;
  readonly #mutex: KeyedMutex;
  readonly #sweeper: ExpirySweeper;

  constructor(kv: AtomicKv, mutex: KeyedMutex, sweeper: ExpirySweeper) {
    this.#kv = kv;
    this.#mutex = mutex;
    this.#sweeper = sweeper;
  }

  async enqueue(input: PostJob): Promise<void> {
    const parsed = PostJobSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`outbox job ${input.id}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    const job = parsed.data;
    const jobKey = recordKeys.job(job.id);
    const dueKey = recordKeys.dueIndex();
    // The job and its entry together (one transaction where the engine allows); one by one, the job first.
    await modifyRecords(this.#kv, this.#mutex, {
      keys: [jobKey, dueKey],
      what: `outbox job ${job.id} and the due index`,
      plan: ([rawJob, rawDue]) => {
        const index = this.#parseDueIndex(rawDue);
        // Also when it is already there: re-indexes a job a crash left out of the index.
        const stored = this.#parseJob(job.id, rawJob) ?? { version: 0, token: randomUUID(), job };
        const entry = { id: job.id, dueAt: stored.job.dueAt, token: stored.token };
        const writes = rawJob === undefined ? [{ key: jobKey, record: stored }] : [];
        return { writes: [...writes, ...versionedWrite(dueKey, index, withDueEntry(index, entry))], result: undefined };
      },
    });
  }

  async due(now: Date, limit: number): Promise<PostJob[]> {
    const count = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0;
    if (count === 0) return [];
    const at = now.getTime();
    const index = this.#parseDueIndex(await this.#kv.get(recordKeys.dueIndex()));
    const candidates = (index?.entries ?? []).filter((entry) => Date.parse(entry.dueAt) <= at);
    const found: JobRecord[] = [];
    const orphans: DueEntry[] = [];
    for (let start = 0; start < candidates.length && found.length < count; start += count) {
      const batch = candidates.slice(start, start + count);
      const raws = await this.#kv.getMany(batch.map((entry) => recordKeys.job(entry.id)));
      batch.forEach((entry, position) => {
        const record = this.#parseJob(entry.id, raws[position]);
        if (!record) orphans.push(entry);
        // The job's own dueAt decides: the index can lag behind a reschedule that crashed half-way.
        else if (Date.parse(record.job.dueAt) <= at) found.push(record);
      });
    }
    if (orphans.length > 0) await this.#changeDueIndex((current) => withoutDueEntries(current, orphans));
    return found
      .map((record) => record.job)
      .sort(oldestFirst)
      .slice(0, count);
  }

  async complete(id: string): Promise<void> {
    const jobKey = recordKeys.job(id);
    const dueKey = recordKeys.dueIndex();
    // The job's token as first read: a retry after the job went (one by one) still takes its entry out.
    let token: string | undefined;
    // Together where the engine allows; one by one, the job goes before its entry and the lease last.
    await modifyRecords(this.#kv, this.#mutex, {
      keys: [jobKey, dueKey],
      what: `outbox job ${id} and the due index`,
      plan: ([rawJob, rawDue]) => {
        token ??= this.#parseJob(id, rawJob)?.token;
        const index = this.#parseDueIndex(rawDue);
        const unlisted =
          token === undefined ? [] : versionedWrite(dueKey, index, withoutDueEntries(index, [{ id, token }]));
        return { writes: [{ key: jobKey }, ...unlisted, { key: recordKeys.lease(id) }], result: undefined };
      },
    });
  }

  async reschedule(
    id: string,
    dueAt: string,
    attempts: number,
    lastError: string,
    firstFailedAt?: string,
  ): Promise<void> {
    const retry = RetrySchema.safeParse({ dueAt, attempts, ...(firstFailedAt === undefined ? {} : { firstFailedAt }) });
    if (!retry.success) {
      const issue = retry.error.issues[0];
      throw new InputError(`outbox job ${id}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    const { after } = await modifyRecord(this.#kv, this.#mutex, {
      key: recordKeys.job(id),
      what: `outbox job ${id}`,
      parse: (raw) => this.#parseJob(id, raw),
      // A job finished meanwhile has nothing left to retry.
      change: (current) =>
        current && { ...current, job: { ...current.job, ...retry.data, lastError: lastError.slice(0, 2000) } },
    });
    if (after) {
      await this.#changeDueIndex((index) => withDueEntry(index, { id, dueAt: after.job.dueAt, token: after.token }));
    }
    // This try is over: the next one claims afresh when the job is due again.
    await this.#kv.delete(recordKeys.lease(id));
  }

  async bury(input: DeadLetter): Promise<boolean> {
    const letter = this.#parseLetter(input);
    const { id } = letter.job;
    const record = await this.#readJob(id);
    if (!record) {
      await this.#kv.delete(recordKeys.lease(id));
      return false;
    }
    // Kept before the job leaves the queue: a crash in between leaves the job to be tried (and buried) again.
    await modifyRecord(this.#kv, this.#mutex, {
      key: recordKeys.deadLetter(id),
      what: `dead letter ${id}`,
      parse: (raw) => this.#parseDeadLetter(id, raw),
      change: (current) => ({ version: current?.version ?? 0, letter }),
    });
    await this.#changeDeadIndex((index) => withDeadEntry(index, id, letter.diedAt));
    await this.complete(id);
    return true;
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    const count = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0;
    if (count === 0) return [];
    const index = parseStoredRecord(
      DeadLetterIndexSchema,
      await this.#kv.get(recordKeys.deadLetterIndex()),
      'the dead-letter index',
    );
    const ids = (index?.entries ?? []).slice(0, count).map((entry) => entry.id);
    if (ids.length === 0) return [];
    const raws = await this.#kv.getMany(ids.map(recordKeys.deadLetter));
    // An entry whose letter is gone (revived, the index write after it cut off) is skipped.
    return ids.flatMap((id, position) => {
      const record = this.#parseDeadLetter(id, raws[position]);
      return record ? [record.letter] : [];
    });
  }

  async revive(id: string, at: Date): Promise<PostJob | undefined> {
    const record = this.#parseDeadLetter(id, await this.#kv.get(recordKeys.deadLetter(id)));
    if (!record) {
      await this.#changeDeadIndex((index) => withDeadEntry(index, id, undefined));
      return undefined;
    }
    const { lastError: _lastError, firstFailedAt: _firstFailedAt, ...rest } = record.letter.job;
    const job: PostJob = { ...rest, attempts: 0, dueAt: at.toISOString() };
    // Queued before the letter goes: a crash in between leaves a letter for a job already back on the queue.
    await this.enqueue(job);
    await this.#kv.delete(recordKeys.deadLetter(id));
    await this.#changeDeadIndex((index) => withDeadEntry(index, id, undefined));
    return job;
  }

  async claim(id: string, worker: string, leaseMs: number): Promise<boolean> {
    this.#sweeper.poke();
    const now = Date.now();
    const leaseKey = recordKeys.lease(id);
    const lease = { version: 0, worker, expiresAt: now + Math.max(1, Math.ceil(leaseMs)) };
    if (!(await this.#kv.putIfAbsent(leaseKey, lease))) {
      const held = parseStoredRecord(LeaseSchema, await this.#kv.get(leaseKey), `lease on outbox job ${id}`);
      return held?.worker === worker;
    }
    // Claimed; but a job finished since the caller listed it is not to be posted again. (Whether it is due
    // is the caller's call: it lists due jobs by its own clock, which need not be this one.)
    if (await this.#readJob(id)) return true;
    await this.#kv.delete(leaseKey);
    return false;
  }

  async renew(id: string, worker: string, leaseMs: number): Promise<boolean> {
    const leaseKey = recordKeys.lease(id);
    const held = parseStoredRecord(LeaseSchema, await this.#kv.get(leaseKey), `lease on outbox job ${id}`);
    if (held?.worker !== worker) return false;
    const expiresAt = Date.now() + Math.max(1, Math.ceil(leaseMs));
    return this.#kv.compareAndSwap(leaseKey, held.version, { ...held, version: held.version + 1, expiresAt });
  }

  async releaseLeases(isGone: (worker: string) => boolean): Promise<number> {
    let released = 0;
    for await (const keys of this.#kv.keysWithPrefix(LEASE_PREFIX, 100)) {
      const raws = await this.#kv.getMany(keys);
      for (const [position, key] of keys.entries()) {
        const held = parseStoredRecord(LeaseSchema, raws[position], `lease ${key}`);
        if (!held || !isGone(held.worker)) continue;
        // Lapsed rather than deleted, and only the very lease read: one taken meanwhile by a live worker stays.
        if (await this.#kv.compareAndSwap(key, held.version, { ...held, version: held.version + 1, expiresAt: 0 })) {
          released += 1;
        }
      }
    }
    return released;
  }

  async noteTry(id: string, at: Date | undefined): Promise<string | undefined> {
    const { before } = await modifyRecord(this.#kv, this.#mutex, {
      key: recordKeys.job(id),
      what: `outbox job ${id}`,
      parse: (raw) => this.#parseJob(id, raw),
      change: (current) => {
        if (!current || (at === undefined) === (current.job.triedAt === undefined)) return current;
        const { triedAt: _triedAt, ...job } = current.job;
        return { ...current, job: at === undefined ? job : { ...job, triedAt: at.toISOString() } };
      },
    });
    return before?.job.triedAt;
  }

  async #readJob(id: string): Promise<JobRecord | undefined> {
    return this.#parseJob(id, await this.#kv.get(recordKeys.job(id)));
  }

  #parseJob(id: string, raw: unknown): JobRecord | undefined {
    return parseStoredRecord(JobRecordSchema, raw, `outbox job ${id}`);
  }

  #parseLetter(input: DeadLetter): DeadLetter {
    const parsed = DeadLetterRecordSchema.shape.letter.safeParse({
      ...input,
      error: input.error.slice(0, 2000) || 'unknown error',
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`dead letter ${input.job.id}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    return parsed.data;
  }

  #parseDeadLetter(id: string, raw: unknown): DeadLetterRecord | undefined {
    return parseStoredRecord(DeadLetterRecordSchema, raw, `dead letter ${id}`);
  }

  async #changeDeadIndex(change: (index: DeadLetterIndex | undefined) => DeadLetterIndex | undefined): Promise<void> {
    await modifyRecord(this.#kv, this.#mutex, {
      key: recordKeys.deadLetterIndex(),
      what: 'the dead-letter index',
      parse: (raw) => parseStoredRecord(DeadLetterIndexSchema, raw, 'the dead-letter index'),
      change,
    });
  }

  #parseDueIndex(raw: unknown): DueIndex | undefined {
    return parseStoredRecord(DueIndexSchema, raw, 'the outbox due index');
  }

  async #changeDueIndex(change: (index: DueIndex | undefined) => DueIndex | undefined): Promise<void> {
    await modifyRecord(this.#kv, this.#mutex, {
      key: recordKeys.dueIndex(),
      what: 'the outbox due index',
      parse: (raw) => this.#parseDueIndex(raw),
      change,
    });
  }
}
