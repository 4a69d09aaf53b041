import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadStoreCliConfig } from '../config.ts';
import { InputError } from '../errors.ts';
import { backupSqliteStore } from '../store/backup-sqlite.ts';
import { parseStoreUrl, redactStoreUrl } from '../store/store-url.ts';
import { type CliIo, EXIT, runCommand } from './cli-io.ts';
import { parseOptions } from './parse-options.ts';

const USAGE = 'usage: npm run backup -- --to FILE';

/** The README section these messages send people to. */
const README_SECTION = "see README, 'Backups and restore'";

/** What `--help` prints. */
const HELP = [
  USAGE,
  '',
  'Copies the SQLite store STORE_URL names to FILE, while the bot runs; FILE must not exist yet, and its',
  'directory must (mkdir -p backups first for the example). For example:',
  '  mkdir -p backups && npm run backup -- --to backups/complaints-$(date +%F).sqlite',
  'Redis and PostgreSQL stores are backed up with their own tools.',
  `Restoring, and the other stores: ${README_SECTION}.`,
].join('\n');

/** Where the server's own tools are named for the stores this command does not copy. */
const SERVER_TOOLS = {
  redis: `Redis keeps its own copies: back up its RDB snapshot (BGSAVE, then copy dump.rdb) or its AOF file (${README_SECTION})`,
  postgres: `back it up with PostgreSQL's own pg_dump, e.g. pg_dump --table=public.keyv (${README_SECTION})`,
} as const;

/** The options, or `help` alone when --help asks for the usage. */
type BackupArgs = { help: true } | { help: false; to: string; typed: string };

function parseBackupArgs(argv: readonly string[], cwd: string): BackupArgs {
  const { values } = parseOptions(argv, {
    options: { to: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: false,
    hint: USAGE,
  });
  if (values.help) return { help: true };
  const targets = values.to ?? [];
  if (targets.length > 1) {
    throw new InputError(
      `--to was given ${targets.length} times (${targets.join(', ')}): give one file for the copy (${USAGE})`,
    );
  }
  const [typed] = targets;
  if (typed === undefined || typed.trim() === '') {
    throw new InputError(
      `--to FILE is required: where the copy goes, e.g. --to backups/complaints-$(date +%F).sqlite (${USAGE})`,
    );
  }
  return { help: false, to: resolve(cwd, typed), typed };
}

/** A path as a shell takes it: as it is when plain, else in single quotes. */
function shellWord(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

/**
 * Refuses a FILE that is a directory, or whose directory is missing, with the way out: the copy is never
 * written where it was not asked for, and `mkdir -p` is one command away.
 */
async function checkTarget(to: string, typed: string): Promise<void> {
  const found = await stat(to).catch(() => undefined);
  if (found?.isDirectory()) {
    throw new InputError(
      `${to} is a directory: give the copy a file name in it, e.g. --to ${shellWord(typed.replace(/\/+$/, ''))}/complaints-$(date +%F).sqlite`,
    );
  }
  if (found) return;
  const directory = dirname(to);
  if (!(await stat(directory).catch(() => undefined))?.isDirectory()) {
    throw new InputError(
      `the directory ${directory} for the backup does not exist: make it first (mkdir -p ${shellWord(dirname(typed))}) and run the backup again`,
    );
  }
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
    const args = parseBackupArgs(argv, cwd);
    if (args.help) {
      io.out(HELP);
      return EXIT.ok;
    }
    const { to, typed } = args;
    const { storeUrl } = loadStoreCliConfig(env);
    const location = parseStoreUrl(storeUrl, cwd);
    if (location.engine !== 'sqlite') {
      throw new InputError(
        `STORE_URL ${redactStoreUrl(location.url)} is not a SQLite store, which is all this command copies: ${SERVER_TOOLS[location.engine]}`,
      );
    }
    if (location.path === ':memory:') throw new InputError('STORE_URL sqlite://:memory: keeps nothing to back up');
    await checkTarget(to, typed);
    const copied = await backupSqliteStore(location.path, to);
    io.out(
      `backup: copied ${location.path} to ${to} (${copied.records} ${copied.records === 1 ? 'record' : 'records'}, ${formatBytes(copied.bytes)}); to restore it: stop the bot, delete ${location.path}-wal and -shm if there, copy it to ${location.path}, start the bot`,
    );
    return EXIT.ok;
  });
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
