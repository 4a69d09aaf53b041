import type { DigestReport } from '../domain/digest-report.ts';
import type { AtomicKv } from './atomic-kv.ts';
import { DigestRecordSchema } from './digest-store.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import { KvSlotStore } from './kv-slot-store.ts';
import { recordKeys } from './record-keys.ts';

/** Digests on an {@link AtomicKv}: one record per slot, created only if absent, and a pointer to the latest. */
export class KvDigestStore extends KvSlotStore<DigestReport> {
  constructor(kv: AtomicKv, mutex: KeyedMutex) {
    super(kv, mutex, DigestRecordSchema, { record: recordKeys.digest, last: recordKeys.lastDigest(), what: 'digest' });
  }
}
