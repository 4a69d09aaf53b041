import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runProcess } from '../helpers/run-cli.ts';

// Issue 13, start-up: every command keeps Node's compile cache (src/cache-compiled-modules.mjs), so the bot's
// TypeScript is not stripped and compiled afresh at each start.

const withoutLlm = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(OPENAI|LLM)_/.test(name) && !/^NODE_(DISABLE_)?COMPILE_CACHE$/.test(name),
    ),
  );

describe("the commands' compile cache", () => {
  const made: string[] = [];
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  it('when npm run triage runs, then the modules it compiled are cached under the temporary folder, and a second run answers the same', async () => {
    // A temporary folder of its own (TMPDIR), and no NODE_COMPILE_CACHE: the cache is the commands' own doing.
    const temporary = await mkdtemp(join(tmpdir(), 'complaint-desk-compile-cache-'));
    made.push(temporary);
    const args = ['run', '-s', 'triage', '--', '--json', '--at', '2026-11-21T10:00', '顾客昨天买的项链断了,要求退货'];
    const env = { ...withoutLlm(), TMPDIR: temporary };
    const first = await runProcess('npm', args, { env });
    expect(first.code).toBe(0);
    const cached = await readdir(join(temporary, 'node-compile-cache'), { recursive: true });
    // npm caches its own hundred or so modules there too; the bot and its libraries add some six hundred more.
    expect(cached.length).toBeGreaterThan(300);
    const second = await runProcess('npm', args, { env });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
  });
});
