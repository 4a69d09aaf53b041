import { existsSync } from 'node:fs';
import { DEFAULT_STORE_URL } from '../config.ts';
import { StoreError } from '../errors.ts';
import type { Stores } from '../store/case-store.ts';
import { openStores } from '../store/open-stores.ts';
import { parseStoreUrl } from '../store/store-url.ts';

/**
 * Opens the stores STORE_URL names, for a command, which never creates one. With STORE_URL unset (or the
 * default) the store is a file the bot creates on its first start: a command run before that start, or in
 * another folder than the bot's, says so, rather than suggesting a typo in a setting nobody wrote; any other
 * SQLite file that is not there is most likely a typo in STORE_URL.
 */
export async function openCliStores(storeUrl: string): Promise<Stores> {
  const location = parseStoreUrl(storeUrl);
  if (location.engine === 'sqlite' && location.path !== ':memory:' && !existsSync(location.path)) {
    if (storeUrl === DEFAULT_STORE_URL) {
      throw new StoreError(
        'store_unavailable',
        `there is no store in this folder yet: STORE_URL is the default ${DEFAULT_STORE_URL} (${location.path}), which the bot creates when it first starts here (npm start); run the command in the bot's folder, or set STORE_URL as the bot has it`,
      );
    }
    // Only the bot makes a store: a command that made one would read a name mistyped in STORE_URL as an empty
    // store ("no cases", "no erasures") and leave a stray file beside the real one.
    throw new StoreError(
      'store_unavailable',
      `there is no store at ${location.path}: check STORE_URL for a typo (the bot creates its store when it first starts, npm start; a command never does)`,
    );
  }
  return openStores(storeUrl);
}
