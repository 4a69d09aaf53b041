import { type Case, CaseSchema } from '../complaints/case.js';
import { StoreError } from '../errors.js';
import type { AtomicKv } from './atomic-kv.js';
import { type CaseIndex, CaseIndexSchema, withCaseEntry, withoutCaseEntry } from './case-index.js';
import type { CaseStore } from './case-store.js';
import type { KeyedMutex } from './keyed-mutex.js';
import { modifyRecord } from './modify-record.js';
import { parseRecordToWrite, parseStoredRecord } from './parse-record.js';
import { recordKeys } from './record-keys.js';

/** Clamps a caller's limit to a whole, non-negative count. */
function countOf(limit: number): number {
  return Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0;
}

/**
 * Cases on an {@link AtomicKv}: each case is one record (the whole case as JSON, validated with
 * CaseSchema on every read and write), and three small index records per case — its owner's, its
 * store's and the global one, newest first — keep listing to a couple of reads.
 *
 * The case record is the truth; the indexes follow it. A case is written first and indexed after, so a
 * crash in between leaves it unlisted until it is created again (a retried submit re-indexes it) or
 * changed; lists re-check owner and store against the cases they read, so a stale entry never shows.
 * Lists reach back to the newest CASE_INDEX_CAP (500) cases of an index.
 */
export class KvCaseStore implements CaseStore {
  readonly #kv: AtomicKv;
  readonly #mutex: KeyedMutex;
  readonly #close: () => Promise<void>;

  constructor(kv: AtomicKv, mutex: KeyedMutex, close: () => Promise<void>) {
    this.#kv = kv;
    this.#mutex = mutex;
    this.#close = close;
  }

  async create(record: Case): Promise<{ record: Case; created: boolean }> {
    const fresh = parseRecordToWrite(CaseSchema, record, `case ${record.id}`);
    const created = await this.#kv.putIfAbsent(recordKeys.case(fresh.id), fresh);
    const stored = created ? fresh : await this.get(fresh.id);
    // Cases are never deleted, so one that refused the insert is there to read.
    if (!stored)
      throw new StoreError('store_unavailable', `case ${fresh.id} was refused as existing but cannot be read`);
    await this.#index(stored);
    return { record: stored, created };
  }

  async get(id: string): Promise<Case | undefined> {
    return this.#parse(id, await this.#kv.get(recordKeys.case(id)));
  }

  async update(id: string, change: (current: Case) => Case): Promise<Case> {
    const { before, after } = await modifyRecord(this.#kv, this.#mutex, {
      key: recordKeys.case(id),
      what: `case ${id}`,
      parse: (raw) => this.#parse(id, raw),
      change: (current) => {
        if (!current) throw new StoreError('not_found', `case ${id} does not exist`);
        const next = change(current);
        if (next.id !== id)
          throw new StoreError('store_corrupt', `refusing to store case ${id} under the id ${next.id}`);
        // Validated before the write, with the version it will be stored with.
        return parseRecordToWrite(CaseSchema, { ...next, version: current.version + 1 }, `case ${id}`);
      },
    });
    if (!before || !after) throw new StoreError('not_found', `case ${id} does not exist`);
    if (before.owner !== after.owner) {
      await this.#changeIndex(recordKeys.ownerIndex(before.owner), (index) => withoutCaseEntry(index, id));
    }
    if (before.store !== after.store) {
      await this.#changeIndex(recordKeys.storeIndex(before.store), (index) => withoutCaseEntry(index, id));
    }
    if (before.owner !== after.owner || before.store !== after.store) await this.#index(after);
    return after;
  }

  async listByOwner(owner: string, limit: number): Promise<Case[]> {
    return this.#list(recordKeys.ownerIndex(owner), countOf(limit), (found) => found.owner === owner);
  }

  async listRecent(limit: number, store?: string): Promise<Case[]> {
    if (store === undefined) return this.#list(recordKeys.recentIndex(), countOf(limit), () => true);
    return this.#list(recordKeys.storeIndex(store), countOf(limit), (found) => found.store === store);
  }

  close(): Promise<void> {
    return this.#close();
  }

  #parse(id: string, raw: unknown): Case | undefined {
    return parseStoredRecord(CaseSchema, raw, `case ${id}`);
  }

  async #index(stored: Case): Promise<void> {
    const entry = { id: stored.id, createdAt: stored.createdAt };
    for (const key of [
      recordKeys.ownerIndex(stored.owner),
      recordKeys.storeIndex(stored.store),
      recordKeys.recentIndex(),
    ]) {
      await this.#changeIndex(key, (index) => withCaseEntry(index, entry));
    }
  }

  async #changeIndex(key: string, change: (index: CaseIndex | undefined) => CaseIndex | undefined): Promise<void> {
    await modifyRecord(this.#kv, this.#mutex, {
      key,
      what: `index ${key}`,
      parse: (raw) => parseStoredRecord(CaseIndexSchema, raw, `index ${key}`),
      change,
    });
  }

  async #list(indexKey: string, limit: number, belongs: (found: Case) => boolean): Promise<Case[]> {
    if (limit === 0) return [];
    const index = parseStoredRecord(CaseIndexSchema, await this.#kv.get(indexKey), `index ${indexKey}`);
    const ids = index?.entries.map((entry) => entry.id) ?? [];
    const cases: Case[] = [];
    // Usually one read of `limit` cases; more only when entries went stale (a case moved to another owner).
    for (let start = 0; start < ids.length && cases.length < limit; start += limit) {
      const batch = ids.slice(start, start + limit);
      const raws = await this.#kv.getMany(batch.map(recordKeys.case));
      batch.forEach((id, position) => {
        const found = this.#parse(id, raws[position]);
        if (found && belongs(found) && cases.length < limit) cases.push(found);
      });
    }
    return cases;
  }
}
