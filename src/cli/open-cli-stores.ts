import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_STORE_URL } from '../config.ts';
import { StoreError } from '../errors.ts';
import type { Stores } from '../store/case-store.ts';
import { openStores } from '../store/open-stores.ts';
import { parseStoreUrl } from '../store/store-url.ts';

/**
 * Opens the stores STORE_URL names, for a command. With STORE_URL unset (or the default) the store is a file
 * the bot creates on its first start: a command run before that start, or in another folder than the bot's,
 * says so, rather than suggesting a typo in a setting nobody wrote.
 */
export async function openCliStores(storeUrl: string): Promise<Stores> {
  if (storeUrl === DEFAULT_STORE_URL) {
    const location = parseStoreUrl(storeUrl);
    if (location.engine === 'sqlite' && !existsSync(dirname(location.path))) {
      throw new StoreError(
        'store_unavailable',
        `there is no store in this folder yet: STORE_URL is the default ${DEFAULT_STORE_URL} (${location.path}), which the bot creates when it first starts here (npm start); run the command in the bot's folder, or set STORE_URL as the bot has it`,
      );
    }
  }
  return openStores(storeUrl);
}
