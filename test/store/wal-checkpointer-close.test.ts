import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { REPO_ROOT, runProcess } from '../helpers/run-cli.ts';

// The checkpointer's worker does not keep a process alive; but while it closes it must, or a script that
// awaits the store's close at its top level ends with that wait unsettled (exit code 13, nothing after it run).

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

it('when a script has had a checkpoint run and awaits close at its top level, then it closes and exits 0', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-checkpointer-'));
  dirs.push(dir);
  const module = pathToFileURL(join(REPO_ROOT, 'src/store/wal-checkpointer.ts')).href;
  const script = join(dir, 'close.mjs');
  await writeFile(
    script,
    [
      `import { createWalCheckpointer } from ${JSON.stringify(module)};`,
      `const checkpointer = createWalCheckpointer(${JSON.stringify(join(dir, 'cases.sqlite'))}, () => console.log('fell back'));`,
      // Enough writes for one checkpoint, which starts the worker.
      'for (let n = 0; n < 200; n += 1) checkpointer.wrote();',
      'await checkpointer.close();',
      "console.log('closed');",
    ].join('\n'),
  );
  const run = await runProcess(process.execPath, [script], { env: process.env });
  expect(run).toMatchObject({ code: 0, stdout: 'closed\n' });
});
