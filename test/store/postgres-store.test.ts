import { setTimeout as sleep } from 'node:timers/promises';
import KeyvPostgres from '@keyv/postgres';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../../src/store/open-engine.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { describeServerContract } from './store-targets.ts';

describeServerContract('PostgreSQL', 'TEST_POSTGRES_URL');

const url = process.env.TEST_POSTGRES_URL?.trim();

describe.skipIf(!url)('the PostgreSQL store’s connections', () => {
  it('when the server drops idle connections, then the app keeps running and the next call reconnects', async () => {
    const stores = await openStores(url ?? '', { namespace: `drop-${Date.now().toString(36)}` });
    // The same URL shares one adapter in a process, so this reaches the stores' own pool.
    const engine = await openEngine(url ?? '');
    try {
      const adapter: unknown = engine.keyv.store;
      if (!(adapter instanceof KeyvPostgres)) throw new Error('expected the @keyv/postgres adapter');
      // Several connections at once, so that some sit idle in the pool afterwards.
      const busy = await Promise.all(
        Array.from({ length: 4 }, () => adapter.query('SELECT pg_backend_pid() AS pid, pg_sleep(0.05)')),
      );
      const pids = busy.flat().map((row: { pid: number }) => row.pid);
      await adapter.query(
        'SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid WHERE pid <> pg_backend_pid()',
        [pids],
      );
      await sleep(200);

      expect(await stores.idempotency.firstTime('after-the-drop', 60_000)).toBe(true);
    } finally {
      await engine.close();
      await stores.close();
    }
  });
});
