import { resolve } from 'node:path';
import { loadStoreCliConfig } from '../config.ts';
import { InputError } from '../errors.ts';
import { backupSqliteStore } from '../store/backup-sqlite.ts';
import { parseStoreUrl, redactStoreUrl } from '../store/store-url.ts';
import { type CliIo, EXIT, runCommand } from './cli-io.ts';
import { parseOptions } from './parse-options.ts';

const USAGE = 'usage: npm run backup -- --to FILE';

/** Where the server's own tools are named for the stores this command does not copy. */
const SERVER_TOOLS = {
  redis:
    "Redis keeps its own copies: back up its RDB snapshot (BGSAVE, then copy dump.rdb) or its AOF file (see README, 'Backups')",
  postgres: "back it up with PostgreSQL's own pg_dump, e.g. pg_dump --table=keyv (see README, 'Backups')",
} as const;

function parseBackupArgs(argv: readonly string[], cwd: string): { to: string } {
  const { values } = parseOptions(argv, {
    options: { to: { type: 'string' } },
    allowPositionals: false,
    hint: USAGE,
  });
  if (values.to === undefined || values.to.trim() === '') {
    throw new InputError(
      `--to FILE is required: where the copy goes, e.g. --to backups/complaints-$(date +%F).sqlite (${USAGE})`,
    );
  }
  return { to: resolve(cwd, values.to) };
}

/**
 * `npm run backup -- --to FILE`: a consistent copy of the SQLite store STORE_URL names, taken while the bot
 * runs (see {@link backupSqliteStore}); one line on success naming the copy and how to restore it. For a
 * Redis or PostgreSQL store it names the server's own tools instead. Bad options and paths: one line, exit 2.
 */
export async function runBackupCommand(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): Promise<number> {
  return runCommand(io, 'backup', async () => {
    const { to } = parseBackupArgs(argv, cwd);
    const { storeUrl } = loadStoreCliConfig(env);
    const location = parseStoreUrl(storeUrl, cwd);
    if (location.engine !== 'sqlite') {
      throw new InputError(
        `STORE_URL ${redactStoreUrl(location.url)} is not a SQLite store, which is all this command copies: ${SERVER_TOOLS[location.engine]}`,
      );
    }
    if (location.path === ':memory:') throw new InputError('STORE_URL sqlite://:memory: keeps nothing to back up');
    const copied = await backupSqliteStore(location.path, to);
    io.out(
      `backup: copied ${location.path} to ${to} (${copied.records} records, ${formatBytes(copied.bytes)}); to restore it: stop the bot, delete ${location.path}-wal and -shm if there, copy it to ${location.path}, start the bot`,
    );
    return EXIT.ok;
  });
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
