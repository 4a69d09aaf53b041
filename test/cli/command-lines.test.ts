import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, runProcess } from '../helpers/run-cli.ts';

// Issue 12, "Operating it": every CLI answers a bad option with one line on standard error and exit 2, and
// `npm run -s triage -- --json` prints nothing but the JSON, so it pipes into jq as README shows.

/** The environment minus any LLM endpoint of the developer's, so the rules answer and nothing leaves the machine. */
const withoutLlm = () =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(OPENAI|LLM)_/.test(name)));

const CLIS = { triage: 'src/cli/triage.ts', eval: 'src/cli/eval.ts', digest: 'src/cli/digest.ts' } as const;

describe('a bad option on any command line', () => {
  it.each([
    ['triage', ['--bogus', 'broken'], 'triage: unknown option --bogus (npm run triage -- --help lists the options)'],
    ['triage', ['broken', '--at'], 'triage: --at needs a value (npm run triage -- --help lists the options)'],
    ['triage', ['--json=yes', 'broken'], 'triage: --json takes no value (npm run triage -- --help lists the options)'],
    ['triage', ['--price', '-5', 'broken'], 'triage: --price -5: a price cannot be negative'],
    ['eval', ['--bogus'], 'eval: unknown option --bogus (usage: npm run eval'],
    ['eval', ['--set'], 'eval: --set needs a value (usage: npm run eval'],
    ['eval', ['--llm=no'], 'eval: --llm takes no value (usage: npm run eval'],
    ['eval', ['--set', 'nope'], 'eval: --set "nope" is not one of dev, holdout, all, real, real-dev, real-holdout'],
    ['eval', ['/nonexistent/set.yml'], 'eval: cannot read /nonexistent/set.yml (usage: npm run eval'],
    ['digest', ['--bogus'], 'digest: unknown option --bogus (usage: npm run digest [-- --dry-run] [--at ISO-8601])'],
    ['digest', ['--at'], 'digest: --at needs a value (usage: npm run digest'],
    ['digest', ['stray'], 'digest: unexpected argument "stray" (usage: npm run digest'],
    ['digest', ['--dry-run=yes'], 'digest: --dry-run takes no value (usage: npm run digest'],
  ] as const)('when %s gets %j, then it prints one line and exits 2', async (cli, args, line) => {
    const run = await runCli(CLIS[cli], args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([expect.stringContaining(line), '']);
    expect(run.stderr.startsWith(line)).toBe(true);
  });
});

describe('--help on any command line', () => {
  it.each([
    [
      'eval',
      '--help',
      'usage: npm run eval [-- --set dev|holdout|all|real|real-dev|real-holdout] [--json] [--llm] [FILE…]',
    ],
    ['digest', '-h', 'usage: npm run digest [-- --dry-run] [--at ISO-8601]'],
    ['report', '--help', 'usage: npm run report [-- --weeks N] [--json] [--at ISO-8601]'],
    ['outbox', '--help', 'usage: npm run outbox [-- list] [--json] | npm run outbox -- retry <id>… | --all [--json]'],
  ] as const)(
    'when %s is asked %s, then it prints its usage and exits 0, touching no store',
    async (cli, flag, usage) => {
      const run = await runCli(`src/cli/${cli}.ts`, [flag], undefined, { STORE_URL: 'sqlite:///no/such/dir/x.sqlite' });
      expect(run).toMatchObject({ code: 0, stdout: `${usage}\n`, stderr: '' });
    },
  );
});

describe('a command run where the bot has not started yet', () => {
  it.each(['report', 'outbox'])(
    'when %s finds no default store in its folder, then one line says the bot creates it and where, exit 2',
    async (cli) => {
      const folder = await mkdtemp(join(tmpdir(), 'no-store-yet-'));
      try {
        const { STORE_URL: _unset, ...env } = withoutLlm();
        const run = await runProcess(process.execPath, [join(REPO_ROOT, `src/cli/${cli}.ts`)], { cwd: folder, env });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(
          `${cli}: there is no store in this folder yet: STORE_URL is the default sqlite://./data/complaints.sqlite (${join(folder, 'data/complaints.sqlite')}), which the bot creates when it first starts here (npm start); run the command in the bot's folder, or set STORE_URL as the bot has it\n`,
        );
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  );
});

describe('a command given a STORE_URL with a typo', () => {
  it.each(['report', 'outbox', 'digest'])(
    'when %s is pointed at a SQLite file that is not there, then one line says so, exit 2, and no store is made',
    async (cli) => {
      const folder = await mkdtemp(join(tmpdir(), 'store-typo-'));
      try {
        const typo = join(folder, 'complaint.sqlite');
        const args = cli === 'digest' ? ['--dry-run'] : [];
        const run = await runCli(`src/cli/${cli}.ts`, args, undefined, { STORE_URL: `sqlite://${typo}` });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(
          `${cli}: there is no store at ${typo}: check STORE_URL for a typo (the bot creates its store when it first starts, npm start; a command never does)\n`,
        );
        expect(await readdir(folder)).toEqual([]);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  );
});

describe('npm run -s triage -- --json', () => {
  it('when run as README shows it, then standard output is the JSON alone', async () => {
    const run = await runProcess(
      'npm',
      ['run', '-s', 'triage', '--', '--json', '--at', '2026-11-21T10:00+08:00', '项链掉了两颗钻,顾客要求换新的'],
      { env: { ...withoutLlm(), NO_COLOR: '1' } },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as { at: string; analysedBy: string };
    expect(parsed.at).toBe('2026-11-21T02:00:00.000Z');
    expect(parsed.analysedBy).toBe('rules');
  });

  it('when run without -s, then npm’s own lines come first on standard output, which is why README says -s', async () => {
    const run = await runProcess(
      'npm',
      ['run', 'triage', '--', '--json', '--at', '2026-11-21T10:00+08:00', '戒指坏了'],
      {
        env: { ...withoutLlm(), NO_COLOR: '1' },
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\n> complaint-desk@[^\n]+ triage\n/);
    expect(() => JSON.parse(run.stdout)).toThrow();
  });
});

describe('output into a pipe that is closed', () => {
  it('when the reader is gone before the command writes (| head), then it exits quietly, no stack trace', async () => {
    const child = spawn(process.execPath, [CLIS.triage, '--at', '2026-11-21T10:00', '戒指坏了'], {
      cwd: REPO_ROOT,
      env: { ...withoutLlm(), NO_COLOR: '1' },
    });
    // Closed at once, long before the command (seconds to load) writes its answer.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('npm run eval on a file that is not a labelled set', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'eval-file-'));
    await writeFile(join(folder, 'broken.yml'), 'rules: [\n  - bad');
    await writeFile(join(folder, 'empty.yml'), '');
    await writeFile(join(folder, 'mapping.yml'), 'id: one\n');
    await mkdir(join(folder, 'folder.yml'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it.each([
    ['broken.yml', ': not YAML: Block collections are not allowed within flow collections at line 2, column 3'],
    ['folder.yml', ' (it is a directory)'],
    ['empty.yml', ': the file: expected a YAML list of entries'],
    ['mapping.yml', ': the file: expected a YAML list of entries'],
  ])('when it is given %s, then it prints one line saying what is wrong and exits 2', async (name, says) => {
    const path = join(folder, name);
    const run = await runCli(CLIS.eval, [path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const line = name === 'folder.yml' ? `eval: cannot read ${path}${says}` : `eval: ${path}${says}`;
    expect(run.stderr).toBe(`${line}\n`);
  });
});
