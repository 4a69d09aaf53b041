import type { z } from 'zod';
import { StoreError } from '../errors.ts';
import type { AtomicKv } from './atomic-kv.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import { modifyRecord } from './modify-record.ts';
import { parseRecordToWrite, parseStoredRecord } from './parse-record.ts';
import { type LastSlot, LastSlotSchema, type SlotRecord, type SlotReport, type SlotStore } from './slot-store.ts';

/** Where one schedule's reports are kept, and what they are called in errors ("the digest"). */
export interface SlotKeys {
  record: (slot: string) => string;
  last: string;
  what: string;
}

/** Reports on an {@link AtomicKv}: one record per slot, created only if absent, and a pointer to the latest. */
export class KvSlotStore<Report extends SlotReport> implements SlotStore<Report> {
  readonly #kv: AtomicKv;
  readonly #mutex: KeyedMutex;
  readonly #schema: z.ZodType<SlotRecord<Report>>;
  readonly #keys: SlotKeys;

  constructor(kv: AtomicKv, mutex: KeyedMutex, schema: z.ZodType<SlotRecord<Report>>, keys: SlotKeys) {
    this.#kv = kv;
    this.#mutex = mutex;
    this.#schema = schema;
    this.#keys = keys;
  }

  #what(slot: string): string {
    return `the ${this.#keys.what} for ${slot}`;
  }

  async claim(report: Report): Promise<{ record: SlotRecord<Report>; created: boolean }> {
    const fresh = parseRecordToWrite(this.#schema, { version: 0, report, posted: {} }, this.#what(report.slot));
    const created = await this.#kv.putIfAbsent(this.#keys.record(report.slot), fresh);
    const stored = created ? fresh : await this.get(report.slot);
    // Slot records are never deleted, so one that refused the insert is there to read.
    if (!stored) throw new StoreError('store_unavailable', `${this.#what(report.slot)} was claimed but cannot be read`);
    return { record: stored, created };
  }

  async get(slot: string): Promise<SlotRecord<Report> | undefined> {
    return parseStoredRecord(this.#schema, await this.#kv.get(this.#keys.record(slot)), this.#what(slot));
  }

  async markPosted(slot: string, index: number, ref: string, partCount: number): Promise<SlotRecord<Report>> {
    const what = this.#what(slot);
    const { after } = await modifyRecord(this.#kv, this.#mutex, {
      key: this.#keys.record(slot),
      what,
      parse: (raw) => parseStoredRecord(this.#schema, raw, what),
      change: (current) => {
        if (!current) throw new StoreError('not_found', `${what} does not exist`);
        if (current.posted[index] !== undefined) return current;
        return { ...current, partCount: current.partCount ?? partCount, posted: { ...current.posted, [index]: ref } };
      },
    });
    if (!after) throw new StoreError('not_found', `${what} does not exist`);
    return after;
  }

  async last(): Promise<LastSlot | undefined> {
    return parseStoredRecord(LastSlotSchema, await this.#kv.get(this.#keys.last), `the last ${this.#keys.what}`);
  }

  async recordLast(slot: string, to: string): Promise<void> {
    await modifyRecord(this.#kv, this.#mutex, {
      key: this.#keys.last,
      what: `the last ${this.#keys.what}`,
      parse: (raw) => parseStoredRecord(LastSlotSchema, raw, `the last ${this.#keys.what}`),
      change: (current) =>
        current && Date.parse(current.slot) >= Date.parse(slot) ? current : { version: 0, slot, to },
    });
  }
}
