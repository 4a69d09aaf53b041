import { statSync } from 'node:fs';
import { StoreError } from '../errors.ts';

/**
 * Throws a StoreError once the file at `path` is no longer the one that was opened: removed (its directory
 * deleted, say) or replaced (another file moved or copied over it). SQLite goes on reading and writing the
 * open file even when it has no name any more, so without this the bot would acknowledge complaints into a
 * file nobody will find again, and the next start would open a new, empty one. Once it has thrown, it
 * always throws: a store that was lost stays refused until the bot is restarted and a person has looked.
 */
export function guardFileIdentity(path: string): () => void {
  const opened = statSync(path);
  let lost: StoreError | undefined;
  return () => {
    if (lost) throw lost;
    const now = statSync(path, { throwIfNoEntry: false });
    if (now && now.dev === opened.dev && now.ino === opened.ino) return;
    lost = new StoreError(
      'store_unavailable',
      `the SQLite store ${path} was ${now ? 'replaced by another file' : 'removed'} while the bot was running: nothing more is read or written until the bot is restarted (restore the file from a backup first, or check STORE_URL)`,
    );
    throw lost;
  };
}
