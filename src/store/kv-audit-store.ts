import { z } from 'zod';
import { type ErasureAudit, ErasureAuditSchema } from '../domain/erasure.ts';
import type { AtomicKv } from './atomic-kv.ts';
import type { AuditStore } from './case-store.ts';
import { parseRecordToWrite, parseStoredRecord } from './parse-record.ts';
import { ERASURE_AUDIT_PREFIX, recordKeys } from './record-keys.ts';

/** An audit record as stored: with the version every stored record carries (atomic-kv.ts). */
const StoredAuditSchema = ErasureAuditSchema.extend({ version: z.number().int().nonnegative() }).strict();

/** How many audit records a listing reads per round trip. */
const BATCH = 100;

/**
 * The erasure audit on an {@link AtomicKv}: one record per erasure under `audit:erasure:`, written once and
 * never changed. Erasures are rare (a daily sweep, a customer's request now and then), so listing walks them.
 */
export class KvAuditStore implements AuditStore {
  readonly #kv: AtomicKv;

  constructor(kv: AtomicKv) {
    this.#kv = kv;
  }

  async recordErasure(audit: ErasureAudit): Promise<void> {
    const record = parseRecordToWrite(StoredAuditSchema, { ...audit, version: 0 }, `erasure audit ${audit.id}`);
    await this.#kv.putIfAbsent(recordKeys.erasureAudit(record.at, record.id), record);
  }

  async erasures(limit: number): Promise<ErasureAudit[]> {
    const found: ErasureAudit[] = [];
    for await (const keys of this.#kv.keysWithPrefix(ERASURE_AUDIT_PREFIX, BATCH)) {
      const raws = await this.#kv.getMany(keys);
      keys.forEach((key, position) => {
        const stored = parseStoredRecord(StoredAuditSchema, raws[position], `erasure audit ${key}`);
        if (stored) {
          const { version: _version, ...audit } = stored;
          found.push(audit);
        }
      });
    }
    return found
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? 1 : -1))
      .slice(0, Math.max(0, Math.floor(limit)));
  }
}
