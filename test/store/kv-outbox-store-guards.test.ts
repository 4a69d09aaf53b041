import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeadLetter, PostJob } from '../../src/domain/post-job.ts';
import { type AtomicKv, createAtomicKv } from '../../src/store/atomic-kv.ts';
import { ExpirySweeper } from '../../src/store/expiry-sweeper.ts';
import { KeyedMutex } from '../../src/store/keyed-mutex.ts';
import { KvOutboxStore } from '../../src/store/kv-outbox-store.ts';
import { MAX_WRITE_ATTEMPTS } from '../../src/store/modify-record.ts';
import { openEngine } from '../../src/store/open-engine.ts';

// The outbox's records when something went half-way — a reschedule or a completion cut off by a crash, a
// damaged record, a write that keeps losing its race — at the edges the first mutation run
// (docs/mutation-testing.md) found untested. The store is opened on an in-memory SQLite database, and
// the records underneath are read and changed the way a crash would leave them.

let kv: AtomicKv;
let outbox: KvOutboxStore;

beforeEach(async () => {
  kv = createAtomicKv(await openEngine('sqlite://:memory:'), 'guards');
  outbox = new KvOutboxStore(kv, new KeyedMutex(), new ExpirySweeper(kv, []));
});
afterEach(async () => {
  await kv.close();
});

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const job = (id: string, dueAt: string): PostJob => ({ id, caseId: 'C-1', kind: 'review-post', dueAt, attempts: 0 });
const ids = (jobs: readonly PostJob[]) => jobs.map((found) => found.id);

interface StoredJob {
  version: number;
  token: string;
  job: PostJob;
}

/** Changes a job's own record and not its index entry, as a reschedule cut off half-way leaves it. */
async function moveJobOnly(id: string, dueAt: string): Promise<void> {
  const stored = (await kv.get(`outbox:job:${id}`)) as StoredJob;
  const moved = { ...stored, version: stored.version + 1, job: { ...stored.job, dueAt } };
  expect(await kv.compareAndSwap(`outbox:job:${id}`, stored.version, moved)).toBe(true);
}

const indexed = async () =>
  ((await kv.get('outbox:due')) as { entries: { id: string; dueAt: string }[] } | undefined)?.entries ?? [];

describe('due jobs when the index lags behind the jobs', () => {
  it('when a job was moved later but its index entry was not, then it is not due before its own time', async () => {
    await outbox.enqueue(job('moved', inMinutes(-5)));
    await moveJobOnly('moved', inMinutes(10));
    expect(await outbox.due(new Date(), 10)).toEqual([]);
    expect(ids(await outbox.due(new Date(Date.now() + 11 * 60_000), 10))).toEqual(['moved']);
  });

  it('when the jobs’ own times order them otherwise than the index, then their own times decide, ids breaking ties', async () => {
    await outbox.enqueue(job('z-first-in-index', inMinutes(-5)));
    await outbox.enqueue(job('b-second', inMinutes(-3)));
    await outbox.enqueue(job('a-third', inMinutes(-2)));
    const same = inMinutes(-1);
    await moveJobOnly('z-first-in-index', same);
    await moveJobOnly('b-second', same);
    expect(ids(await outbox.due(new Date(), 10))).toEqual(['a-third', 'b-second', 'z-first-in-index']);
  });

  it('when the limit is reached in the first batch, then later index entries are not read into the answer', async () => {
    await outbox.enqueue(job('early-in-index', inMinutes(-5)));
    await outbox.enqueue(job('later-in-index', inMinutes(-3)));
    await moveJobOnly('early-in-index', inMinutes(-1));
    // Oldest first by the index: the first entry fills the limit of one.
    expect(ids(await outbox.due(new Date(), 1))).toEqual(['early-in-index']);
  });

  it('when a second batch finds more due jobs than the limit has room for, then no more than the limit come back', async () => {
    await outbox.enqueue(job('moved-away', inMinutes(-5)));
    await outbox.enqueue(job('b', inMinutes(-4)));
    await outbox.enqueue(job('c', inMinutes(-3)));
    await outbox.enqueue(job('d', inMinutes(-2)));
    await moveJobOnly('moved-away', inMinutes(10));
    // A limit of 2 reads the index two entries at a time: [moved-away, b] gives one job, [c, d] two more.
    expect(ids(await outbox.due(new Date(), 2))).toEqual(['b', 'c']);
  });
});

describe('what a poll reads', () => {
  it('when only some pending jobs are due, then only their records are read, not every pending job’s', async () => {
    await outbox.enqueue(job('due-now', inMinutes(-1)));
    await outbox.enqueue(job('later', inMinutes(5)));
    await outbox.enqueue(job('much-later', inMinutes(60)));
    const read: string[] = [];
    const counting: AtomicKv = {
      ...kv,
      get: (key) => kv.get(key),
      getMany: (keys) => {
        read.push(...keys);
        return kv.getMany(keys);
      },
      putIfAbsent: (key, record) => kv.putIfAbsent(key, record),
      compareAndSwap: (key, version, record) => kv.compareAndSwap(key, version, record),
      delete: (key) => kv.delete(key),
    };
    const store = new KvOutboxStore(counting, new KeyedMutex(), new ExpirySweeper(counting, []));
    expect(ids(await store.due(new Date(), 10))).toEqual(['due-now']);
    // The due index is what keeps a poll every few seconds from reading the whole queue.
    expect(read).toEqual(['outbox:job:due-now']);
  });
});

describe('index entries without a job', () => {
  it('when the first entries have lost their jobs, then the next batch is read and each job comes once', async () => {
    await outbox.enqueue(job('gone-1', inMinutes(-5)));
    await outbox.enqueue(job('gone-2', inMinutes(-4)));
    await outbox.enqueue(job('kept', inMinutes(-3)));
    await kv.delete('outbox:job:gone-1');
    await kv.delete('outbox:job:gone-2');

    expect(ids(await outbox.due(new Date(), 2))).toEqual(['kept']);
    // The entries without a job are pruned; the live one stays.
    expect((await indexed()).map((entry) => entry.id)).toEqual(['kept']);
    expect(ids(await outbox.due(new Date(), 2))).toEqual(['kept']);
  });

  it('when a job is completed, then its index entry goes with it and the others stay', async () => {
    await outbox.enqueue(job('done', inMinutes(-2)));
    await outbox.enqueue(job('waiting', inMinutes(-1)));
    await outbox.complete('done');
    expect((await indexed()).map((entry) => entry.id)).toEqual(['waiting']);
  });
});

describe('rescheduling', () => {
  it('when a job is rescheduled, then its index entry moves with it', async () => {
    await outbox.enqueue(job('retry', inMinutes(-2)));
    const later = inMinutes(7);
    await outbox.reschedule('retry', later, 1, 'slack: 500');
    expect(await indexed()).toEqual([expect.objectContaining({ id: 'retry', dueAt: later })]);
  });

  it('when the error is very long, then its first 2,000 characters are kept', async () => {
    await outbox.enqueue(job('long', inMinutes(-2)));
    await outbox.reschedule('long', inMinutes(-1), 1, `${'x'.repeat(1_999)}yz`);
    const [found] = await outbox.due(new Date(), 1);
    expect(found?.lastError).toBe(`${'x'.repeat(1_999)}y`);
  });

  it('when the retry is malformed, then it is refused naming the job and the field', async () => {
    await expect(outbox.reschedule('j-1', 'tomorrow', 1, 'x')).rejects.toThrow(/^outbox job j-1: dueAt: /);
    await expect(outbox.reschedule('j-1', inMinutes(1), -1, 'x')).rejects.toThrow(/^outbox job j-1: attempts: /);
  });
});

describe('enqueueing', () => {
  it('when a job is malformed, then it is refused naming the job and the field', async () => {
    await expect(outbox.enqueue({ ...job('bad', 'not a date') })).rejects.toThrow(/^outbox job bad: dueAt: /);
  });

  it('when the job keeps losing its race to be written, then enqueue gives up naming it and lists nothing', async () => {
    let tries = 0;
    const racing: AtomicKv = {
      ...kv,
      writeTogether: async (writes) => {
        if (!writes.some(({ key }) => key.startsWith('outbox:job:'))) return kv.writeTogether(writes);
        tries += 1;
        return false;
      },
    };
    const store = new KvOutboxStore(racing, new KeyedMutex(), new ExpirySweeper(racing, []));
    await expect(store.enqueue(job('racing', inMinutes(-1)))).rejects.toThrow(
      /^outbox job racing and the due index kept changing/,
    );
    expect(tries).toBe(MAX_WRITE_ATTEMPTS);
    expect(await indexed()).toEqual([]);
  });
});

describe('damaged records', () => {
  it('when a job, the index or a lease is damaged, then reading it fails naming which', async () => {
    await outbox.enqueue(job('j-1', inMinutes(-1)));
    expect(await outbox.claim('j-1', 'worker-a', 60_000)).toBe(true);

    await kv.delete('outbox:lease:j-1');
    await kv.putIfAbsent('outbox:lease:j-1', { version: 0, expiresAt: Date.now() + 60_000 });
    await expect(outbox.claim('j-1', 'worker-b', 60_000)).rejects.toThrow(/lease on outbox job j-1 in the store/);

    await kv.delete('outbox:job:j-1');
    await kv.putIfAbsent('outbox:job:j-1', { version: 0 });
    await expect(outbox.due(new Date(), 10)).rejects.toThrow(/outbox job j-1 in the store/);

    await kv.delete('outbox:due');
    await kv.putIfAbsent('outbox:due', { version: 0 });
    await expect(outbox.due(new Date(), 10)).rejects.toThrow(/the outbox due index in the store/);
  });

  it('when every write of a record loses its race, then the failure names the record', async () => {
    await outbox.enqueue(job('contended', inMinutes(-1)));
    const losing: AtomicKv = {
      ...kv,
      get: (key) => kv.get(key),
      getMany: (keys) => kv.getMany(keys),
      putIfAbsent: (key, record) => kv.putIfAbsent(key, record),
      compareAndSwap: async () => false,
      delete: (key) => kv.delete(key),
      writeTogether: async () => false,
    };
    const store = new KvOutboxStore(losing, new KeyedMutex(), new ExpirySweeper(losing, []));
    await expect(store.reschedule('contended', inMinutes(5), 1, 'x')).rejects.toThrow(
      /^outbox job contended kept changing/,
    );
    await expect(store.enqueue(job('second', inMinutes(-1)))).rejects.toThrow(
      /^outbox job second and the due index kept changing/,
    );
  });
});

describe('a retry that does not name the first failure', () => {
  it('when a job is rescheduled without its first failure, then the one stored is kept, so the day still counts', async () => {
    const first = inMinutes(-30);
    await outbox.enqueue(job('reminder', inMinutes(-2)));
    await outbox.reschedule('reminder', inMinutes(-1), 1, 'http_503', first);
    // A reminder put off until the store opens is rescheduled without it (deliver-posts.ts).
    await outbox.reschedule('reminder', inMinutes(-1), 1, 'waiting for business hours');
    const [found] = await outbox.due(new Date(), 1);
    expect(found).toMatchObject({ id: 'reminder', firstFailedAt: first, lastError: 'waiting for business hours' });
  });
});

describe('dead letters', () => {
  const letter = (id: string, diedAt: string, extra: Partial<DeadLetter> = {}): DeadLetter => ({
    job: { ...job(id, diedAt), attempts: 3 },
    error: 'not_in_channel',
    method: 'chat.postMessage',
    channel: 'C0REVIEW',
    permanent: true,
    diedAt,
    ...extra,
  });
  const deadIndex = async () =>
    ((await kv.get('outbox:dead-letters')) as { entries: { id: string }[] } | undefined)?.entries.map(
      (entry) => entry.id,
    );
  async function buried(id: string, diedAt: string, extra: Partial<DeadLetter> = {}): Promise<DeadLetter> {
    const kept = letter(id, diedAt, extra);
    await outbox.enqueue(job(id, diedAt));
    expect(await outbox.bury(kept)).toBe(true);
    return kept;
  }

  it('when Slack’s error is empty, then the letter says "unknown error"; when very long, its first 2,000 characters', async () => {
    await buried('empty', inMinutes(-2), { error: '' });
    await buried('long', inMinutes(-1), { error: `${'x'.repeat(1_999)}yz` });
    expect((await outbox.deadLetters(10)).map((kept) => kept.error)).toEqual([
      `${'x'.repeat(1_999)}y`,
      'unknown error',
    ]);
  });

  it('when a letter is malformed, then it is refused naming the job and the field, even a field of the job', async () => {
    await expect(outbox.bury({ ...letter('bad', inMinutes(0)), diedAt: 'yesterday' })).rejects.toThrow(
      /^dead letter bad: diedAt: /,
    );
    await expect(outbox.bury({ ...letter('bad', inMinutes(0)), job: job('bad', 'never') })).rejects.toThrow(
      /^dead letter bad: job\.dueAt: /,
    );
  });

  it('when a job that already has a letter is given up on again, then its one letter is the new one', async () => {
    // A revive cut off between queueing the job and removing the letter leaves both; the job may fail again.
    await buried('again', inMinutes(-10));
    const second = await buried('again', inMinutes(-1), { error: 'channel_not_found' });
    expect(await outbox.deadLetters(10)).toEqual([second]);
    expect(await deadIndex()).toEqual(['again']);
  });

  it('when a letter is revived, then its entry leaves the index too', async () => {
    await buried('older', inMinutes(-10));
    await buried('newer', inMinutes(-1));
    expect(await deadIndex()).toEqual(['newer', 'older']);
    await outbox.revive('newer', new Date());
    expect(await deadIndex()).toEqual(['older']);
  });

  it('when an entry’s letter is gone, then reviving it prunes the entry and nothing is queued', async () => {
    await buried('cut-off', inMinutes(-1));
    await kv.delete('outbox:dead:cut-off');
    expect(await outbox.revive('cut-off', new Date())).toBeUndefined();
    expect(await deadIndex()).toEqual([]);
    expect(await outbox.due(new Date(8.64e15), 10)).toEqual([]);
  });

  it('when there are none, or none are asked for, then listing reads only the index, or nothing', async () => {
    const reads: string[] = [];
    const counting: AtomicKv = {
      ...kv,
      get: (key) => {
        reads.push(key);
        return kv.get(key);
      },
      getMany: (keys) => {
        reads.push(`many:${keys.join(',')}`);
        return kv.getMany(keys);
      },
      putIfAbsent: (key, record) => kv.putIfAbsent(key, record),
      compareAndSwap: (key, version, record) => kv.compareAndSwap(key, version, record),
      delete: (key) => kv.delete(key),
    };
    const store = new KvOutboxStore(counting, new KeyedMutex(), new ExpirySweeper(counting, []));
    expect(await store.deadLetters(10)).toEqual([]);
    expect(reads).toEqual(['outbox:dead-letters']);
    reads.length = 0;
    await buried('dead', inMinutes(-1));
    expect(await store.deadLetters(0)).toEqual([]);
    expect(reads).toEqual([]);
  });

  it('when a letter or the index is damaged, then reading it fails naming which', async () => {
    await buried('j-1', inMinutes(-1));
    await kv.delete('outbox:dead:j-1');
    const damaged = { version: 0, letter: { error: 'not_in_channel' } };
    await kv.putIfAbsent('outbox:dead:j-1', damaged);
    await expect(outbox.deadLetters(10)).rejects.toThrow(/^dead letter j-1 in the store/);
    await expect(outbox.revive('j-1', new Date())).rejects.toThrow(/^dead letter j-1 in the store/);

    await kv.delete('outbox:dead-letters');
    await kv.putIfAbsent('outbox:dead-letters', { version: 0 });
    await expect(outbox.deadLetters(10)).rejects.toThrow(/^the dead-letter index in the store/);
    await expect(outbox.revive('never-died', new Date())).rejects.toThrow(/^the dead-letter index in the store/);
  });

  it('when every write of a letter or of the index loses its race, then the failure names which', async () => {
    const losingOn = (prefix: string): AtomicKv => ({
      ...kv,
      get: (key) => kv.get(key),
      getMany: (keys) => kv.getMany(keys),
      putIfAbsent: async (key, record) => (key.startsWith(prefix) ? false : kv.putIfAbsent(key, record)),
      compareAndSwap: async (key, version, record) =>
        key.startsWith(prefix) ? false : kv.compareAndSwap(key, version, record),
      delete: (key) => kv.delete(key),
    });
    await outbox.enqueue(job('contended', inMinutes(-1)));
    const letters = losingOn('outbox:dead:');
    await expect(
      new KvOutboxStore(letters, new KeyedMutex(), new ExpirySweeper(letters, [])).bury(
        letter('contended', inMinutes(0)),
      ),
    ).rejects.toThrow(/^dead letter contended kept changing/);
    const index = losingOn('outbox:dead-letters');
    await expect(
      new KvOutboxStore(index, new KeyedMutex(), new ExpirySweeper(index, [])).bury(letter('contended', inMinutes(0))),
    ).rejects.toThrow(/^the dead-letter index kept changing/);
  });
});
