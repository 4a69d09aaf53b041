import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../../src/store/open-engine.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { describeStoreContract, type StoreTarget } from './store-contract.ts';

/** A target on a database STORE_URL names; `shared` when several instances may use it at once. */
export function urlTarget(url: string, shared: boolean, dispose?: () => Promise<void>): StoreTarget {
  return {
    open: (namespace) => openStores(url, { namespace }),
    openEngine: () => openEngine(url),
    shared,
    ...(dispose ? { dispose } : {}),
  };
}

/** A fresh SQLite file in a temporary directory, removed afterwards. */
export async function sqliteTarget(): Promise<StoreTarget> {
  const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-store-'));
  return urlTarget(`sqlite://${join(dir, 'cases.sqlite')}`, false, () => rm(dir, { recursive: true, force: true }));
}

/**
 * SQLite, and the servers whose URLs the environment gives (TEST_REDIS_URL, TEST_POSTGRES_URL), each by
 * its engine's name, for a `describe.each` over every engine at hand.
 */
export function availableTargets(env: NodeJS.ProcessEnv = process.env): [string, () => Promise<StoreTarget>][] {
  const servers = { Redis: env.TEST_REDIS_URL?.trim(), PostgreSQL: env.TEST_POSTGRES_URL?.trim() };
  return [
    ['SQLite', sqliteTarget],
    ...Object.entries(servers).flatMap(([engine, url]): [string, () => Promise<StoreTarget>][] =>
      url ? [[engine, async () => urlTarget(url, true)]] : [],
    ),
  ];
}

/**
 * Runs the contract against the server in `variable` (started by .ci/services.sh). Locally, without the
 * variable, the suite is skipped; in CI (CI=true) a missing variable fails, since CI starts the servers.
 */
export function describeServerContract(engine: string, variable: string, env: NodeJS.ProcessEnv = process.env): void {
  const url = env[variable]?.trim();
  if (url) {
    describeStoreContract(engine, async () => urlTarget(url, true));
  } else if (env.CI === 'true') {
    describe(`the ${engine} store`, () => {
      it(`when CI=true, then ${variable} is set (eval "$(.ci/services.sh)" starts the server)`, () => {
        expect.fail(`${variable} is not set: CI must run the ${engine} store tests; eval "$(.ci/services.sh)" first`);
      });
    });
  } else {
    describe.skip(`the ${engine} store (set ${variable}, e.g. eval "$(.ci/services.sh)")`, () => {
      it('is skipped', () => undefined);
    });
  }
}
