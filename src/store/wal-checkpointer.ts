import { Worker } from 'node:worker_threads';

/** How many writes go by between two checkpoints: well under SQLite's own 1,000 pages of log. */
const WRITES_PER_CHECKPOINT = 200;

/**
 * The checkpointing connection's code: plain JavaScript run by the worker (no loader, no types), one
 * PASSIVE checkpoint per message — it copies what the log holds into the file without waiting for, or
 * blocking, the bot's connection, and syncs both itself.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path);
db.exec('PRAGMA synchronous = NORMAL');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.exec('PRAGMA wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error && error.message ? error.message : error) });
  }
});
`;

/** Copies a SQLite file's write-ahead log into the file on a thread of its own; see {@link createWalCheckpointer}. */
export interface WalCheckpointer {
  /** Counts `count` writes; every {@link WRITES_PER_CHECKPOINT} writes a checkpoint is asked for, unless one is running. */
  wrote(count?: number): void;
  close(): Promise<void>;
}

/**
 * Checkpoints the write-ahead log of the SQLite file at `path` on a worker thread with a connection of its
 * own. SQLite's automatic checkpoint runs inside the commit that crosses 1,000 pages of log, on the
 * connection's thread — here Node's only one — and syncs the log and the file there: two syncs every few
 * dozen complaints filed, 3–8 ms on a quiet disk and a tenth of a second or more on a busy one, while every
 * request waits. The bot's connection turns it off (`wal_autocheckpoint = 0`, see sqlite-engine.ts) and this
 * does it instead. A checkpoint that fails (or a worker that cannot start) hands checkpointing back to
 * SQLite through `fallBack`, so the log never grows without bound. The worker starts at the first
 * checkpoint, so a command that writes a few records never starts one.
 */
export function createWalCheckpointer(path: string, fallBack: () => void): WalCheckpointer {
  let worker: Worker | undefined;
  let exited: Promise<void> | undefined;
  let writes = 0;
  let running = false;
  let failed = false;

  const giveUp = () => {
    if (failed) return;
    failed = true;
    fallBack();
    void worker?.terminate();
    worker = undefined;
  };
  // Set before close(), which also marks the checkpointer done: a worker gone for any other reason hands back.
  const onExit = () => {
    if (worker) giveUp();
  };

  const start = (): Worker | undefined => {
    try {
      // No loader and no flags of the parent's: the worker's code is plain JavaScript.
      const started = new Worker(WORKER_SOURCE, { eval: true, workerData: { path }, execArgv: [] });
      exited = new Promise<void>((resolve) =>
        started.once('exit', () => {
          onExit();
          resolve();
        }),
      );
      // A bot stopping, or a command ending, does not wait for the checkpointer.
      started.unref();
      started.on('message', (answer: { ok: boolean }) => {
        running = false;
        if (!answer.ok) giveUp();
      });
      started.on('error', giveUp);
      return started;
    } catch {
      giveUp();
      return undefined;
    }
  };

  return {
    wrote(count = 1) {
      if (failed) return;
      writes += count;
      if (writes < WRITES_PER_CHECKPOINT || running) return;
      writes = 0;
      worker ??= start();
      if (!worker) return;
      running = true;
      worker.postMessage('checkpoint');
    },
    async close() {
      failed = true;
      const closing = worker;
      worker = undefined;
      // Held again while it closes: unreferenced, a process with nothing else left to do would end with this
      // wait unsettled (a script awaiting close at its top level exits with code 13).
      closing?.ref();
      closing?.postMessage('close');
      await exited;
    },
  };
}
