import type { DigestReport } from '../domain/digest-report.ts';
import { eraseFromDigest } from '../domain/erasure.ts';
import { StoreError } from '../errors.ts';
import type { AtomicKv } from './atomic-kv.ts';
import {
  type DigestRecord,
  DigestRecordSchema,
  type DigestStore,
  type LastDigest,
  LastDigestSchema,
} from './digest-store.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import { modifyRecord } from './modify-record.ts';
import { parseRecordToWrite, parseStoredRecord } from './parse-record.ts';
import { DIGEST_PREFIX, recordKeys } from './record-keys.ts';

/** How many digests an erasure reads per round trip. */
const ERASE_BATCH = 20;

/** Digests on an {@link AtomicKv}: one record per slot, created only if absent, and a pointer to the latest. */
export class KvDigestStore implements DigestStore {
  readonly #kv: AtomicKv;
  readonly #mutex: KeyedMutex;

  constructor(kv: AtomicKv, mutex: KeyedMutex) {
    this.#kv = kv;
    this.#mutex = mutex;
  }

  async claim(report: DigestReport): Promise<{ record: DigestRecord; created: boolean }> {
    const fresh = parseRecordToWrite(
      DigestRecordSchema,
      { version: 0, report, posted: {} },
      `the digest for ${report.slot}`,
    );
    const created = await this.#kv.putIfAbsent(recordKeys.digest(report.slot), fresh);
    const stored = created ? fresh : await this.get(report.slot);
    // Digests are never deleted, so one that refused the insert is there to read.
    if (!stored)
      throw new StoreError('store_unavailable', `the digest for ${report.slot} was claimed but cannot be read`);
    return { record: stored, created };
  }

  async get(slot: string): Promise<DigestRecord | undefined> {
    return parseStoredRecord(DigestRecordSchema, await this.#kv.get(recordKeys.digest(slot)), `the digest for ${slot}`);
  }

  async markPosted(slot: string, index: number, ref: string, partCount: number): Promise<DigestRecord> {
    const { after } = await modifyRecord(this.#kv, this.#mutex, {
      key: recordKeys.digest(slot),
      what: `the digest for ${slot}`,
      parse: (raw) => parseStoredRecord(DigestRecordSchema, raw, `the digest for ${slot}`),
      change: (current) => {
        if (!current) throw new StoreError('not_found', `the digest for ${slot} does not exist`);
        if (current.posted[index] !== undefined) return current;
        return { ...current, partCount: current.partCount ?? partCount, posted: { ...current.posted, [index]: ref } };
      },
    });
    if (!after) throw new StoreError('not_found', `the digest for ${slot} does not exist`);
    return after;
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

  async last(): Promise<LastDigest | undefined> {
    return parseStoredRecord(LastDigestSchema, await this.#kv.get(recordKeys.lastDigest()), 'the last digest');
  }

  async recordLast(slot: string, to: string): Promise<void> {
    await modifyRecord(this.#kv, this.#mutex, {
      key: recordKeys.lastDigest(),
      what: 'the last digest',
      parse: (raw) => parseStoredRecord(LastDigestSchema, raw, 'the last digest'),
      change: (current) =>
        current && Date.parse(current.slot) >= Date.parse(slot) ? current : { version: 0, slot, to },
    });
  }
}
