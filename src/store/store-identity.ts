import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { StoreError } from '../errors.ts';
import type { AtomicKv } from './atomic-kv.ts';
import { parseStoredRecord } from './parse-record.ts';
import { recordKeys } from './record-keys.ts';

const StoreIdentitySchema = z.object({ version: z.number().int(), id: z.string().min(1), createdAt: z.string() });

/**
 * The id of the store behind `kv`, made and written the first time any version that knows it opens the
 * store (an older store gets one then), so every instance on one database reads the same id.
 */
export async function claimStoreIdentity(kv: AtomicKv, now: Date = new Date()): Promise<string> {
  const fresh = { version: 0, id: randomUUID(), createdAt: now.toISOString() };
  if (await kv.putIfAbsent(recordKeys.storeIdentity(), fresh)) return fresh.id;
  const found = parseStoredRecord(StoreIdentitySchema, await kv.get(recordKeys.storeIdentity()), 'the store identity');
  if (found === undefined) {
    // Written by another instance a moment ago and gone already: the store is being emptied as we open it.
    throw new StoreError('store_unavailable', 'the store was emptied while it was being opened; check STORE_URL');
  }
  return found.id;
}

/**
 * A check for the store's probe that throws once the store is no longer the one that was opened: emptied
 * (a Redis restarted without persistence, a FLUSHALL, a database dropped and made again, a SQLite file
 * copied over in place) or another store put in its place. The database itself answers, so without this
 * the bot would go on filing complaints into a store that has lost every earlier case and queued post.
 * Once it has thrown it always throws, like a removed SQLite file: a person must look before the bot uses
 * the store again. A store that cannot be reached throws the engine's own error instead, and may come back.
 */
export function guardStoreIdentity(kv: AtomicKv, openedId: string, where: string): () => Promise<void> {
  let lost: StoreError | undefined;
  return async () => {
    if (lost) throw lost;
    const raw = await kv.get(recordKeys.storeIdentity());
    const found = StoreIdentitySchema.safeParse(raw);
    if (found.success && found.data.id === openedId) return;
    const what =
      raw === undefined || raw === null
        ? 'was emptied while the bot was running (its records are gone: a Redis restarted without persistence, a database dropped, a file copied over)'
        : 'was replaced by another store while the bot was running';
    lost = new StoreError(
      'store_unavailable',
      `the store at ${where} ${what}: nothing more is read or written until the bot is restarted (restore the store from a backup first, or check STORE_URL)`,
    );
    throw lost;
  };
}
