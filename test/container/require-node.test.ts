import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUIRED_NODE_MAJOR } from '../../src/require-node.mjs';
import { botEnv, startCommand } from '../helpers/run-bot.ts';
import { REPO_ROOT } from '../helpers/run-cli.ts';

// Issue 12: after `npm ci --omit=dev` the `node` devDependency is gone and `npm start` runs the system's
// Node. On one older than 24 it must stop at once with one line naming the Node needed.

/** A `node` on PATH, outside any node_modules/.bin (where npm puts the devDependency), older than required. */
function olderSystemNode(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.includes('node_modules')) continue;
    const candidate = join(dir, 'node');
    if (!existsSync(candidate)) continue;
    const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (Number(version.replace(/^v/, '').split('.')[0]) < REQUIRED_NODE_MAJOR) return candidate;
  }
  return undefined;
}

describe('the Node the bot needs', () => {
  it("when package.json's engines are read, then they ask for the same Node the start check does", () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${REQUIRED_NODE_MAJOR}`);
    expect(startCommand()).toContain('./src/require-node.mjs');
  });

  const older = olderSystemNode();
  it.skipIf(!older)(
    'when npm start’s command runs on an older system Node, then one line names the Node needed, exit 2, nothing started',
    () => {
      const [, ...args] = startCommand();
      const run = spawnSync(older ?? 'node', args, {
        cwd: REPO_ROOT,
        env: botEnv({}),
        encoding: 'utf8',
        timeout: 15_000,
      });
      expect(run.stderr.split('\n').filter(Boolean)).toEqual([
        expect.stringMatching(
          /^complaint-desk: needs Node\.js 24 or newer, but .* is Node\.js \d+\.\d+\.\d+: install Node\.js 24 /,
        ),
      ]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
    },
  );
});
