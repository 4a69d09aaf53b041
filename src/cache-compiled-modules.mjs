/**
 * Preloaded by the bot's commands right after require-node.mjs: turns on Node's module compile cache. The bot is
 * TypeScript that Node strips of its types and compiles at every start, as it compiles every library; the cache
 * keeps both on disk, in `node-compile-cache` under the system's temporary folder or wherever `NODE_COMPILE_CACHE`
 * names (`NODE_DISABLE_COMPILE_CACHE=1` turns it off), and takes about a third off the CPU of an `npm run triage`
 * and of a start once a first run has filled it. Node never lets it fail a start: where the folder cannot be
 * written, modules compile as before. JavaScript, so that it runs before the first TypeScript module is read.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
