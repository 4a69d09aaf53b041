import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { parseStoreUrl, redactStoreUrl } from '../../src/store/store-url.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-open-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The error openStores rejects with, checked to be a one-line StoreError. */
async function openingError(url: string, namespace?: string): Promise<StoreError> {
  const error: unknown = await openStores(url, namespace === undefined ? {} : { namespace }).then(
    async (stores) => {
      await stores.close();
      return undefined;
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StoreError);
  if (!(error instanceof StoreError)) throw new Error(`${url} opened`);
  expect(error.message).not.toContain('\n');
  return error;
}

describe('opening the stores', () => {
  it('when STORE_URL has an unknown scheme, then opening fails with one line naming the schemes it takes', async () => {
    const error = await openingError('mysql://root:hunter2@db/complaints');
    expect(error.code).toBe('store_unavailable');
    expect(error.message).toBe(
      'STORE_URL "mysql://root:***@db/complaints" has an unknown scheme: use sqlite://PATH, redis://…, rediss://…, postgres://… or postgresql://…',
    );
  });

  it('when the Redis server cannot be reached, then opening fails with one line, the password masked', async () => {
    const error = await openingError('redis://:hunter2@127.0.0.1:1');
    expect(error.code).toBe('store_unavailable');
    expect(error.message).toMatch(/^cannot reach the Redis store at redis:\/\/:\*\*\*@127\.0\.0\.1:1: .*ECONNREFUSED/);
  });

  it('when the PostgreSQL server cannot be reached, then opening fails with one line, the password masked', async () => {
    const error = await openingError('postgresql://desk:hunter2@127.0.0.1:1/complaints');
    expect(error.code).toBe('store_unavailable');
    expect(error.message).toMatch(
      /^cannot reach the PostgreSQL store at postgresql:\/\/desk:\*\*\*@127\.0\.0\.1:1\/complaints: .*ECONNREFUSED/,
    );
  });

  it('when the SQLite file cannot be opened, then opening fails with one line naming the file', async () => {
    const error = await openingError(`sqlite://${dir}`);
    expect(error.code).toBe('store_unavailable');
    expect(error.message).toMatch(new RegExp(`^cannot open the SQLite store ${dir}: `));
  });

  it('when the SQLite file’s directory does not exist, then opening fails with one line naming it, and nothing is created', async () => {
    const missing = join(dir, 'dta');
    const error = await openingError(`sqlite://${join(missing, 'complaints.sqlite')}`);
    expect(error.code).toBe('store_unavailable');
    expect(error.message).toBe(
      `the directory ${missing} of the SQLite store ${join(missing, 'complaints.sqlite')} does not exist: check STORE_URL for a typo, or create the directory if a new store is meant`,
    );
    expect(existsSync(missing)).toBe(false);
  });

  it('when the directory is one that cannot be created (under /proc), then opening fails with one line instead of hanging', async () => {
    const error = await openingError('sqlite:///proc/x/y.sqlite');
    expect(error.message).toMatch(/^the directory \/proc\/x of the SQLite store \/proc\/x\/y\.sqlite does not exist: /);
  });

  it('when the directory may be created (the default store on a first run), then it is, and the log says a new store was created', async () => {
    const path = join(dir, 'data', 'complaints.sqlite');
    const logged: string[] = [];
    const stores = await openStores(`sqlite://${path}`, { createDirectory: true, log: (line) => logged.push(line) });
    await stores.close();
    expect(existsSync(path)).toBe(true);
    expect(logged).toContain(`created a new store at ${path}`);
  });

  it('when the directory exists but the file does not, then the file is created and the log says so; opened again, nothing is said', async () => {
    const path = join(dir, 'fresh.sqlite');
    const logged: string[] = [];
    const first = await openStores(`sqlite://${path}`, { log: (line) => logged.push(line) });
    await first.close();
    expect(logged).toEqual([`created a new store at ${path}`]);
    const again = await openStores(`sqlite://${path}`, { log: (line) => logged.push(line) });
    await again.close();
    expect(logged).toEqual([`created a new store at ${path}`]);
  });

  it('when the directory may be created but its parent is missing too, then opening fails with one line', async () => {
    const error = await openStores(`sqlite://${join(dir, 'a', 'b', 'c.sqlite')}`, { createDirectory: true }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(
      /^cannot create the directory .*\/a\/b for the SQLite store: .*ENOENT/,
    );
  });

  it('when the namespace has characters a key should not, then opening fails before touching the store', async () => {
    const error = await openingError('sqlite://:memory:', 'tenant a/b');
    expect(error.message).toBe('store namespace "tenant a/b" must be 1–64 letters, digits, ".", "_" or "-"');
  });
});

describe('STORE_URL', () => {
  it('when it is sqlite:// with a relative path, then the path is taken from the working directory', () => {
    expect(parseStoreUrl('sqlite://./data/complaints.sqlite', '/srv/desk')).toEqual({
      engine: 'sqlite',
      url: 'sqlite://./data/complaints.sqlite',
      path: '/srv/desk/data/complaints.sqlite',
    });
    expect(parseStoreUrl('sqlite://data/complaints.sqlite', '/srv/desk')).toMatchObject({
      path: '/srv/desk/data/complaints.sqlite',
    });
  });

  it('when it is sqlite:/// with an absolute path, then that path is used', () => {
    expect(parseStoreUrl('sqlite:///var/lib/desk/cases.sqlite', '/srv/desk')).toMatchObject({
      engine: 'sqlite',
      path: '/var/lib/desk/cases.sqlite',
    });
  });

  it('when it names a server, then the scheme picks the engine, in any case of letters', () => {
    expect(parseStoreUrl('redis://cache:6379').engine).toBe('redis');
    expect(parseStoreUrl('rediss://cache:6380').engine).toBe('redis');
    expect(parseStoreUrl('postgres://db/desk').engine).toBe('postgres');
    expect(parseStoreUrl('PostgreSQL://db/desk').engine).toBe('postgres');
  });

  it('when it is shown, then only the password is masked', () => {
    expect(redactStoreUrl('postgres://desk:s3cr%40t@db:5432/desk')).toBe('postgres://desk:***@db:5432/desk');
    expect(redactStoreUrl('redis://:s3cret@cache:6379/0')).toBe('redis://:***@cache:6379/0');
    expect(redactStoreUrl('redis://cache:6379')).toBe('redis://cache:6379');
    expect(redactStoreUrl('sqlite://./data/complaints.sqlite')).toBe('sqlite://./data/complaints.sqlite');
  });
});
