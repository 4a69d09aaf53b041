import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodAnswer } from '../analysis/llm/llm-test-kit.ts';
import { FakeOpenAiServer } from '../helpers/fake-openai-server.ts';
import { type CliRun, REPO_ROOT, runProcess } from '../helpers/run-cli.ts';

/** The command line an npm script runs, split into words (the scripts hold no quoting). */
async function scriptWords(name: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return manifest.scripts[name]?.split(/\s+/) ?? [];
}

/**
 * Runs an npm script's own command line, as `npm run` would, but in a folder of the test's holding the
 * test's `.env` (the scripts preload `src/load-env-file.ts`, which reads `.env` from where it is started):
 * a developer's real `.env` at the top of the repository is never read, and nothing LLM-related is
 * inherited from the environment either.
 */
async function runScript(name: string, args: readonly string[], envFile: string): Promise<CliRun> {
  const [command, ...words] = (await scriptWords(name)).map((word) =>
    // From another folder, the repository's files are named by their full paths.
    /^(\.\/)?src\//.test(word) ? join(REPO_ROOT, word) : word,
  );
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('OPENAI_') && !key.startsWith('LLM_')),
  );
  const executable = command === 'node' ? process.execPath : join(REPO_ROOT, 'node_modules', '.bin', command ?? '');
  return runProcess(executable, [...words, ...args], { cwd: dirname(envFile), env: { ...env, NO_COLOR: '1' } });
}

const fake = new FakeOpenAiServer();
let dir: string;
let envFile: string;
beforeAll(async () => {
  await fake.start();
  dir = await mkdtemp(join(tmpdir(), 'env-file-'));
  envFile = join(dir, '.env');
  // eval reads its fixtures from test/ under the folder it runs in.
  await symlink(join(REPO_ROOT, 'test'), join(dir, 'test'));
  await writeFile(envFile, `OPENAI_BASE_URL=${fake.url}\nOPENAI_MODEL=fake-from-env-file\n`);
});
afterAll(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the npm scripts read .env, as .env.example says', () => {
  it('when .env names an endpoint, then npm run triage analyses with it', async () => {
    fake.otherwise(() => ({ content: goodAnswer() }));
    const run = await runScript(
      'triage',
      [
        '--category',
        'jewellery',
        '--lang',
        'en',
        '--words',
        '别废话,马上给我换!不换我就发抖音曝光你们!',
        '水钻项链掉了两颗钻',
      ],
      envFile,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('analysed by LLM (fake-from-env-file');
  });

  it('when .env names an endpoint, then npm run eval -- --llm finds it instead of exiting for want of one', async () => {
    fake.reset();
    fake.otherwise(() => ({ status: 401, message: 'bad key' }));
    const run = await runScript('eval', ['--llm', '--set', 'dev', '--json'], envFile);
    expect(run.stderr).not.toContain('OPENAI_API_KEY');
    expect(run.code).toBe(0);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests[0]?.body.model).toBe('fake-from-env-file');
  });
});

describe('a .env the scripts cannot use as it is', () => {
  /** A folder of its own holding `.env` as `make` leaves it, and what `npm run triage` says there. */
  async function triageBeside(make: (envPath: string) => Promise<unknown>): Promise<CliRun> {
    const folder = await mkdtemp(join(tmpdir(), 'env-file-odd-'));
    try {
      await make(join(folder, '.env'));
      return await runScript('triage', ['--at', '2026-11-21T10:00', '--lang', 'en', '戒指坏了'], join(folder, '.env'));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  it('when .env was saved with a byte-order mark and Windows line ends (Notepad), then its first setting still counts', async () => {
    fake.reset();
    fake.otherwise(() => ({ content: goodAnswer() }));
    const run = await triageBeside((path) =>
      writeFile(path, `\uFEFFOPENAI_BASE_URL=${fake.url}\r\nOPENAI_MODEL=fake-with-bom\r\n`),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('analysed by LLM (fake-with-bom');
  });

  it.each([
    ['is a directory', (path: string) => mkdir(path), 'it is a directory'],
    [
      'is a link to a file that is gone',
      (path: string) => symlink(join(tmpdir(), 'no-such-env-file'), path),
      'it is a link to a file that does not exist',
    ],
  ] as const)('when .env %s, then it says so in one line and exits 2', async (_what, make, reason) => {
    const run = await triageBeside(make);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`complaint-desk: cannot read .env: ${reason}\n`);
  });
});
