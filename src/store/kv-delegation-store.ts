import { type Delegation, DelegationSchema } from '../domain/delegation.ts';
import type { AtomicKv } from './atomic-kv.ts';
import type { DelegationStore } from './case-store.ts';
import { parseRecordToWrite, parseStoredRecord } from './parse-record.ts';
import { DELEGATION_PREFIX, recordKeys } from './record-keys.ts';

/** How many delegations a walk reads per round trip. */
const BATCH = 50;
/** Writes that lost a race to another write of the same approver's delegation are tried again this often. */
const TRIES = 5;

/**
 * Delegations on an {@link AtomicKv}: one record per approver, under `delegation:`, replaced by the
 * approver's next one. There is one per approver at most, so a walk of them all is short.
 */
export class KvDelegationStore implements DelegationStore {
  readonly #kv: AtomicKv;

  constructor(kv: AtomicKv) {
    this.#kv = kv;
  }

  async get(approver: string): Promise<Delegation | undefined> {
    return this.#read(recordKeys.delegation(approver));
  }

  async put(delegation: Delegation): Promise<void> {
    const fields = parseRecordToWrite(DelegationSchema, delegation, `delegation of ${delegation.approver}`);
    const key = recordKeys.delegation(fields.approver);
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const current = (await this.#kv.get(key)) as { version?: unknown } | undefined | null;
      const version = typeof current?.version === 'number' ? current.version : undefined;
      const written =
        version === undefined
          ? await this.#kv.putIfAbsent(key, { ...fields, version: 1 })
          : await this.#kv.compareAndSwap(key, version, { ...fields, version: version + 1 });
      if (written) return;
    }
    throw new Error(`delegation of ${delegation.approver}: another write kept winning; try again`);
  }

  remove(approver: string): Promise<void> {
    return this.#kv.delete(recordKeys.delegation(approver));
  }

  async list(): Promise<Delegation[]> {
    const found: Delegation[] = [];
    for await (const keys of this.#kv.keysWithPrefix(DELEGATION_PREFIX, BATCH)) {
      const raws = await this.#kv.getMany(keys);
      raws.forEach((raw, position) => {
        const delegation = this.#parse(raw, keys[position] ?? '');
        if (delegation) found.push(delegation);
      });
    }
    return found;
  }

  async #read(key: string): Promise<Delegation | undefined> {
    return this.#parse(await this.#kv.get(key), key);
  }

  #parse(raw: unknown, key: string): Delegation | undefined {
    if (raw === undefined || raw === null || typeof raw !== 'object') return undefined;
    const { version: _version, expiresAt: _expires, ...fields } = raw as Record<string, unknown>;
    return parseStoredRecord(DelegationSchema, fields, `delegation ${key}`);
  }
}
