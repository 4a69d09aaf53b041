import { type HeldComplaint, HeldComplaintSchema } from '../domain/held-complaint.ts';
import type { AtomicKv } from './atomic-kv.ts';
import type { IntakeStore } from './case-store.ts';
import { parseRecordToWrite, parseStoredRecord } from './parse-record.ts';
import { INTAKE_PREFIX, recordKeys } from './record-keys.ts';

/** How many held records a walk reads per round trip. */
const BATCH = 50;

/**
 * Held complaints on an {@link AtomicKv}: one record each, under `intake:`. Only a start of the bot (and its
 * rare sweep) walks them, and there are at most the complaints of the few seconds before a crash.
 */
export class KvIntakeStore implements IntakeStore {
  readonly #kv: AtomicKv;

  constructor(kv: AtomicKv) {
    this.#kv = kv;
  }

  async hold(held: HeldComplaint): Promise<void> {
    const record = parseRecordToWrite(HeldComplaintSchema, held, `held complaint ${held.id}`);
    // Submits arriving together are held in one transaction: a form's acknowledgement waits for this.
    await this.#kv.putIfAbsentGrouped(recordKeys.intake(record.id), record);
  }

  release(id: string): Promise<void> {
    return this.#kv.delete(recordKeys.intake(id));
  }

  async heldBefore(before: Date, limit: number): Promise<HeldComplaint[]> {
    const found: HeldComplaint[] = [];
    for await (const keys of this.#kv.keysWithPrefix(INTAKE_PREFIX, BATCH)) {
      const raws = await this.#kv.getMany(keys);
      keys.forEach((key, position) => {
        const held = parseStoredRecord(HeldComplaintSchema, raws[position], `held complaint ${key}`);
        if (held && Date.parse(held.receivedAt) < before.getTime()) found.push(held);
      });
    }
    return found.sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt)).slice(0, Math.max(0, limit));
  }
}
