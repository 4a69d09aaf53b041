import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../helpers/run-bot.ts';
import { REPO_ROOT, runProcess } from '../helpers/run-cli.ts';

// Issue 12, "Tests": .ci/services.sh reuses only the servers it started (its pid files), never one that
// merely answers on its port — the store tests would write into someone else's Redis or PostgreSQL.
// Needs what the script needs (root, redis-server, PostgreSQL's binaries), as in CI; skipped elsewhere.

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const pgInstalled = spawnSync('sh', ['-c', 'ls /usr/lib/postgresql/*/bin/pg_ctl']).status === 0;
const canRun = process.getuid?.() === 0 && has('redis-server') && has('redis-cli') && pgInstalled;

describe.skipIf(!canRun)('.ci/services.sh with a Redis it did not start on its port', () => {
  let dir: string;
  let port: number;
  let pid: number | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'complaint-desk-services-'));
    port = await closedPort();
    // Someone else's Redis: started by hand, with data of its own.
    const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir], {
      stdio: 'ignore',
    });
    pid = server.pid;
    for (let tries = 0; tries < 100; tries++) {
      if (
        spawnSync('redis-cli', ['-p', String(port), 'set', 'theirs', 'kept'])
          .stdout?.toString()
          .includes('OK')
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(async () => {
    if (pid) process.kill(pid);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('when the script runs with its state elsewhere, then it refuses in one line naming the port and the setting, and leaves that Redis alone', async () => {
    const state = join(dir, 'state');
    const run = await runProcess('bash', ['.ci/services.sh'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        SERVICES_DIR: state,
        SERVICES_REDIS_PORT: String(port),
        SERVICES_PG_PORT: String(await closedPort()),
      },
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `services: 127.0.0.1:${port} is answered by a Redis this script did not start (pid ${pid}); the tests would write into it: stop it, or choose another port with SERVICES_REDIS_PORT`,
    );
    expect(
      spawnSync('redis-cli', ['-p', String(port), 'get', 'theirs'])
        .stdout.toString()
        .trim(),
    ).toBe('kept');
    await expect(readFile(join(state, 'redis.pid'), 'utf8')).rejects.toThrow();
  });
});
