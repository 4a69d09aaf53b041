import { type FileHandle, open } from 'node:fs/promises';
import { StoreError } from '../errors.ts';
import { describeError } from './kv-engine.ts';

/** Makes the writes already committed to a SQLite file's write-ahead log durable. */
export interface WalSync {
  /**
   * Resolves once every write committed before the call is on disk; rejects (a StoreError) when the disk
   * refused. Calls made while a sync is under way share the next one.
   */
  synced(): Promise<void>;
  /**
   * Runs `run` once no sync is under way: at once when none is, else as the one under way ends, before the
   * writes waiting for the next sync start it, so that what `run` commits shares that sync with them.
   */
  whenIdle(run: () => void): void;
  /** Throws the failure of an earlier sync, so that nothing more is read or written after one. */
  refuseIfFailed(): void;
  close(): Promise<void>;
}

/**
 * Syncs the write-ahead log `${path}-wal` on libuv's thread pool, in place of SQLite syncing it inside
 * every commit (`synchronous = FULL`), which holds Node's one thread for the disk's 1.5–4 ms a commit: a
 * complaint's filing is about two dozen commits, and the acknowledgements waiting meanwhile queued behind
 * them. SQLite commits with `synchronous = NORMAL` (the log written, not synced) and every write waits for
 * this before it counts as done, so what a caller was told is stored survives a power cut as before. The
 * log only grows or restarts from its start after a checkpoint (which SQLite syncs itself), so syncing the
 * file covers every commit made before the sync began; commits that arrive during one share the next.
 *
 * A sync that fails fails every later one too, until a restart: after a failed fsync the kernel may have
 * dropped the pages and report the next sync clean, and a write must never be confirmed on that. The
 * engine then refuses every statement (see refuseIfFailed), so the store counts as lost, as a removed file does.
 */
export function createWalSync(path: string): WalSync {
  const walPath = `${path}-wal`;
  let handle: Promise<FileHandle> | undefined;
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  let failed: StoreError | undefined;
  let idle: (() => void)[] = [];

  const syncNow = async (): Promise<void> => {
    if (failed) throw failed;
    try {
      handle ??= open(walPath, 'r+');
      await (await handle).datasync();
    } catch (error) {
      failed = new StoreError(
        'store_unavailable',
        `the SQLite store ${path} could not sync its writes to disk: ${describeError(error)}; nothing more is read or written until the bot is restarted`,
        { cause: error },
      );
      throw failed;
    }
  };

  const synced = (): Promise<void> => {
    if (!running) {
      running = syncNow().finally(() => {
        running = undefined;
        const waiting = idle;
        idle = [];
        for (const run of waiting) run();
      });
      return running;
    }
    // The sync under way may have begun before this caller's commit: it waits for the one after. A sync begun
    // since (by a whenIdle callback's write) began after this commit, so it covers it.
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return running ?? synced();
      });
    return next;
  };

  return {
    synced,
    whenIdle(run) {
      if (running) idle.push(run);
      else run();
    },
    refuseIfFailed() {
      if (failed) throw failed;
    },
    async close() {
      const opened = handle;
      handle = undefined;
      await (await opened?.catch(() => undefined))?.close();
    },
  };
}
