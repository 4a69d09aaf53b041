import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { closedPort } from './run-bot.ts';

const run = promisify(execFile);

const USER = 'complaint_desk';
const PASSWORD = 'complaint_desk';
const DATABASE = 'complaint_desk_outage';

/**
 * The directory of the newest PostgreSQL server binaries: Debian's /usr/lib/postgresql/<version>/bin (what
 * .ci/services.sh installs), else the directory of the `pg_ctl` on PATH. Undefined when there is none.
 */
export function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => ['initdb', 'pg_ctl', 'psql'].every((tool) => existsSync(join(root, version, 'bin', tool))))
        .sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b))
    : [];
  const newest = versions.at(-1);
  if (newest) return join(root, newest, 'bin');
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  const pgCtl = onPath.status === 0 ? onPath.stdout.trim() : '';
  return pgCtl ? pgCtl.slice(0, pgCtl.lastIndexOf('/')) : undefined;
}

/** A PostgreSQL server of a test's own, which the test can really stop and start again (same port, same data). */
export interface OwnPostgres {
  /** postgres://… for the bot: a password login to a database of its own, over loopback TCP. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server if it runs and removes its directory; safe to call at any point, more than once. */
  destroy(): Promise<void>;
}

/**
 * initdb into a fresh temporary directory, pg_ctl start on a free loopback port, a login role and a database
 * for the bot. PostgreSQL refuses to run as root, so under root (CI) every tool runs as the `postgres` user
 * (runuser), which owns the directory; another user runs them as itself.
 */
export async function startOwnPostgres(bin: string): Promise<OwnPostgres> {
  const root = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-pg-'));
  const data = join(dir, 'data');
  const as = (tool: string, args: string[]) =>
    root
      ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { cwd: dir })
      : run(join(bin, tool), args, { cwd: dir });
  let running = false;
  const port = await closedPort();
  const server = {
    async start() {
      // -k: the socket lives in the test's directory (only its owner reaches it); -w: back once it accepts connections.
      // Fsync off: a throwaway server, and a stop is a process ending, not a machine losing power, so what
      // was written is in the kernel's cache when it starts again. Commits stay synchronous, so nothing a
      // commit acknowledged is lost by the immediate stop below.
      await as('pg_ctl', [
        '-D',
        data,
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-t',
        '30',
        '-o',
        `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`,
        'start',
      ]);
      running = true;
    },
    async stop() {
      // Immediate: the server ends at once, no checkpoint, and recovers from its log at the next start, as
      // after a crash; every connection of the bot's is dropped.
      await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      running = false;
    },
  };
  const destroy = async () => {
    if (running) await server.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (root) await run('chown', ['postgres:postgres', dir]);
    await as('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    await server.start();
    const psql = (sql: string) =>
      as('psql', [
        '-h',
        dir,
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-XqAt',
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        sql,
      ]);
    await psql(`CREATE ROLE ${USER} LOGIN PASSWORD '${PASSWORD}'`);
    await psql(`CREATE DATABASE ${DATABASE} OWNER ${USER}`);
  } catch (error) {
    await destroy();
    throw error;
  }
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`, ...server, destroy };
}
