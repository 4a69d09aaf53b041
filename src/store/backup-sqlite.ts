import { rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { InputError, isAppError, StoreError } from '../errors.ts';
import { describeError } from './kv-engine.ts';
import { KEYV_TABLE } from './node-sqlite-adapter.ts';

/** What a finished backup holds. */
export interface SqliteBackup {
  /** Records copied (cases, their lists, queued posts, digests…: every key in keyv's table). */
  records: number;
  /** The copy's size in bytes. */
  bytes: number;
}

/** How long opening waits for a lock the bot holds for a moment (as the bot's own connection does). */
const BUSY_TIMEOUT_MS = 5000;

/** Pages copied per step: all of them, so the copy is taken in one read transaction and never restarts. */
const ALL_PAGES = 2 ** 31 - 1;

/**
 * Copies the SQLite store at `source` to `target` with SQLite's online backup, while the bot keeps running:
 * one read transaction on a connection of its own, so the copy is one consistent moment (the WAL included)
 * and the bot's writes never wait for it. The copy is written beside `target` under a temporary name,
 * checked (`PRAGMA quick_check`), made a single self-contained file (journal mode DELETE: no -wal or -shm
 * to carry along) and only then renamed to `target`, so a failed backup leaves nothing that looks like one.
 *
 * A missing store, an existing `target` or a missing directory for it is an InputError (one line); the
 * store or the copy failing is a StoreError. Neither file is ever created where it was not asked for.
 */
export async function backupSqliteStore(source: string, target: string): Promise<SqliteBackup> {
  await requireStore(source);
  await requireFreeTarget(target);
  const partial = `${target}.partial-${process.pid}`;
  try {
    // Not read-only: a read-only connection leaves an empty -wal and -shm behind when it is the last one.
    const from = openOrFail(source, { timeout: BUSY_TIMEOUT_MS }, `cannot read the SQLite store ${source}`);
    try {
      await backup(from, partial, { rate: ALL_PAGES });
    } catch (error) {
      throw new StoreError('store_unavailable', `cannot copy the SQLite store to ${target}: ${describeError(error)}`, {
        cause: error,
      });
    } finally {
      from.close();
    }
    const records = checkCopy(partial, target);
    await rename(partial, target);
    return { records, bytes: (await stat(target)).size };
  } finally {
    await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${partial}${suffix}`, { force: true })));
  }
}

async function requireStore(source: string): Promise<void> {
  const found = await stat(source).catch(() => undefined);
  if (!found) throw new InputError(`there is no SQLite store at ${source}: nothing to back up (check STORE_URL)`);
  if (!found.isFile()) throw new InputError(`${source} is not a SQLite store file (check STORE_URL)`);
}

async function requireFreeTarget(target: string): Promise<void> {
  if (await stat(target).catch(() => undefined)) {
    throw new InputError(`${target} already exists: give the backup a new file name, or remove the old one first`);
  }
  const directory = dirname(target);
  const found = await stat(directory).catch(() => undefined);
  if (!found?.isDirectory()) throw new InputError(`the directory ${directory} for the backup does not exist`);
}

/** Makes the copy one file, checks it reads back whole, and counts its records. */
function checkCopy(partial: string, target: string): number {
  const copy = openOrFail(partial, {}, `cannot check the copy at ${target}`);
  try {
    return countRecords(copy, target);
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new StoreError(
      'store_corrupt',
      `the copy at ${target} is not a store this bot wrote: ${describeError(error)}`,
      {
        cause: error,
      },
    );
  } finally {
    copy.close();
  }
}

function countRecords(copy: DatabaseSync, target: string): number {
  copy.exec('PRAGMA journal_mode = DELETE');
  const check = copy.prepare('PRAGMA quick_check').get();
  if (check?.quick_check !== 'ok') {
    throw new StoreError('store_corrupt', `the copy at ${target} failed its check: ${String(check?.quick_check)}`);
  }
  const counted = copy.prepare(`SELECT count(*) AS records FROM "${KEYV_TABLE}"`).get();
  return Number(counted?.records ?? 0);
}

function openOrFail(path: string, options: { timeout?: number }, what: string): DatabaseSync {
  try {
    return new DatabaseSync(path, options);
  } catch (error) {
    throw new StoreError('store_unavailable', `${what}: ${describeError(error)}`, { cause: error });
  }
}
