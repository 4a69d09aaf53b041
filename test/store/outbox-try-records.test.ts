import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostJob } from '../../src/domain/post-job.ts';
import { type AtomicKv, createAtomicKv } from '../../src/store/atomic-kv.ts';
import { ExpirySweeper } from '../../src/store/expiry-sweeper.ts';
import { KeyedMutex } from '../../src/store/keyed-mutex.ts';
import { KvOutboxStore } from '../../src/store/kv-outbox-store.ts';
import { openEngine } from '../../src/store/open-engine.ts';

// Issue 14: the records the exactly-once outbox adds — a lease renewed or released, a try noted on a job —
// when they are damaged, and what a release leaves behind. (The contract on every engine is in
// store-contract.ts; here the records underneath are read and changed directly.)

let kv: AtomicKv;
let outbox: KvOutboxStore;

beforeEach(async () => {
  kv = createAtomicKv(await openEngine('sqlite://:memory:'), 'tries');
  outbox = new KvOutboxStore(kv, new KeyedMutex(), new ExpirySweeper(kv, []));
});
afterEach(async () => {
  await kv.close();
});

const job = (id: string): PostJob => ({
  id,
  caseId: 'C-1',
  kind: 'review-post',
  dueAt: new Date(Date.now() - 60_000).toISOString(),
  attempts: 0,
});

async function damage(key: string): Promise<void> {
  await kv.delete(key);
  await kv.putIfAbsent(key, { version: 0, expiresAt: Date.now() + 60_000 });
}

describe('the records of a try', () => {
  it('when a lease or a job is damaged, then renewing, releasing or noting a try fails naming which', async () => {
    await outbox.enqueue(job('j-1'));
    expect(await outbox.claim('j-1', 'worker-a', 60_000)).toBe(true);
    await damage('outbox:lease:j-1');
    await expect(outbox.renew('j-1', 'worker-a', 60_000)).rejects.toThrow(/lease on outbox job j-1 in the store/);
    await expect(outbox.releaseLeases(() => true)).rejects.toThrow(/lease outbox:lease:j-1 in the store/);

    await kv.delete('outbox:job:j-1');
    await kv.putIfAbsent('outbox:job:j-1', { version: 0 });
    await expect(outbox.noteTry('j-1', new Date())).rejects.toThrow(/outbox job j-1 in the store/);
  });

  it('when a lease is released, then it is written over as lapsed, one version on, for any later claim to take', async () => {
    await outbox.enqueue(job('j-1'));
    expect(await outbox.claim('j-1', 'gone:1', 60_000)).toBe(true);
    const [held] = (await kv.getMany(['outbox:lease:j-1'])) as { version: number }[];

    expect(await outbox.releaseLeases(() => true)).toBe(1);
    // Lapsed, it reads as absent; as a write it bumped the version, as every write does.
    expect(await kv.get('outbox:lease:j-1')).toBeUndefined();
    expect(await kv.compareAndSwap('outbox:lease:j-1', (held?.version ?? 0) + 1, { version: 9, expiresAt: 0 })).toBe(
      true,
    );
    expect(await outbox.claim('j-1', 'worker-b', 60_000)).toBe(true);
  });
});
