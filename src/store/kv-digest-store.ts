import type { DigestReport } from '../domain/digest-report.ts';
import { eraseFromDigest } from '../domain/erasure.ts';
import type { AtomicKv } from './atomic-kv.ts';
import { DigestRecordSchema, type DigestStore } from './digest-store.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import { KvSlotStore } from './kv-slot-store.ts';
import { modifyRecord } from './modify-record.ts';
import { parseStoredRecord } from './parse-record.ts';
import { DIGEST_PREFIX, recordKeys } from './record-keys.ts';

/** How many digests an erasure reads per round trip. */
const ERASE_BATCH = 20;

/** Digests on an {@link AtomicKv}: one record per slot, created only if absent, and a pointer to the latest. */
export class KvDigestStore extends KvSlotStore<DigestReport> implements DigestStore {
  readonly #kv: AtomicKv;
  readonly #mutex: KeyedMutex;

  constructor(kv: AtomicKv, mutex: KeyedMutex) {
    super(kv, mutex, DigestRecordSchema, { record: recordKeys.digest, last: recordKeys.lastDigest(), what: 'digest' });
    this.#kv = kv;
    this.#mutex = mutex;
  }

  async eraseCases(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const erased = new Set(ids);
    let rewritten = 0;
    // One digest a day: a few hundred records a year, walked in batches.
    for await (const keys of this.#kv.keysWithPrefix(DIGEST_PREFIX, ERASE_BATCH)) {
      const raws = await this.#kv.getMany(keys);
      for (const [position, key] of keys.entries()) {
        const stored = parseStoredRecord(DigestRecordSchema, raws[position], `the digest ${key}`);
        if (!stored || eraseFromDigest(stored.report, erased) === stored.report) continue;
        await modifyRecord(this.#kv, this.#mutex, {
          key,
          what: `the digest ${key}`,
          parse: (raw) => parseStoredRecord(DigestRecordSchema, raw, `the digest ${key}`),
          change: (current) => (current ? { ...current, report: eraseFromDigest(current.report, erased) } : current),
        });
        rewritten += 1;
      }
    }
    return rewritten;
  }
}
