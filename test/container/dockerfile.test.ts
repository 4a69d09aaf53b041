import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { closedPort, httpBotEnv, startCommand } from '../helpers/run-bot.ts';
import { REPO_ROOT } from '../helpers/run-cli.ts';

// Issue 12, "Operating it": the container. There is no Docker daemon (nor Docker Hub) on the machines this
// project is built on, so the image is not built here; instead its invariants are checked, and the very
// command and health check the image runs are run, in a folder holding only what .dockerignore lets in.
// Where a Docker daemon answers, the last test builds the image too.

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined and comments dropped. */
async function readDockerfile(): Promise<Instruction[]> {
  const text = await readFile(join(REPO_ROOT, 'Dockerfile'), 'utf8');
  const logical = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return logical
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** The instructions of the last stage (what the image is). */
function finalStage(instructions: Instruction[]): Instruction[] {
  const from = instructions.map((instruction) => instruction.keyword).lastIndexOf('FROM');
  return instructions.slice(from);
}

/** An exec-form instruction's argument list (CMD ["node", …]). */
function execForm(instruction: Instruction | undefined): string[] {
  const args = JSON.parse(instruction?.args.replace(/^--\S+\s+/g, '') ?? 'null') as unknown;
  if (!Array.isArray(args)) throw new Error(`not in exec form: ${instruction?.args}`);
  return args as string[];
}

function healthcheckCommand(stage: Instruction[]): string[] {
  const healthcheck = stage.find((instruction) => instruction.keyword === 'HEALTHCHECK');
  const cmd = healthcheck?.args.slice(healthcheck.args.indexOf('CMD ') + 4);
  return execForm({ keyword: 'CMD', args: cmd ?? '' });
}

/** What the image copies in: the paths .dockerignore lets through (`*` then `!path` lines). */
async function contextPaths(): Promise<string[]> {
  const lines = (await readFile(join(REPO_ROOT, '.dockerignore'), 'utf8'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  expect(lines[0]).toBe('*');
  return lines.slice(1).map((line) => {
    expect(line.startsWith('!')).toBe(true);
    return line.slice(1).replace(/\/$/, '');
  });
}

describe('the Dockerfile', () => {
  it('when read, then it has a build stage and a Node 24 runtime stage, installs with npm ci --omit=dev and runs as a non-root user', async () => {
    const instructions = await readDockerfile();
    const froms = instructions.filter((instruction) => instruction.keyword === 'FROM');
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const image = instructions.find(
      (instruction) => instruction.keyword === 'ARG' && /^NODE_IMAGE=/.test(instruction.args),
    );
    expect(image?.args).toMatch(/^NODE_IMAGE=node:24(-|$)/);
    for (const from of froms) expect(from.args).toMatch(/^\$\{NODE_IMAGE\}/);
    const installs = instructions.filter(
      (instruction) => instruction.keyword === 'RUN' && /\bnpm (ci|install)\b/.test(instruction.args),
    );
    expect(installs.map((instruction) => instruction.args)).toEqual([expect.stringMatching(/\bnpm ci --omit=dev\b/)]);

    const stage = finalStage(instructions);
    const users = stage.filter((instruction) => instruction.keyword === 'USER');
    expect(users.at(-1)?.args).toMatch(/^(?!root$|0$)\S+$/);
    // The user is set before the command, and no RUN comes after it (they would run as that user anyway).
    const keywords = stage.map((instruction) => instruction.keyword);
    expect(keywords.lastIndexOf('USER')).toBeLessThan(keywords.lastIndexOf('CMD'));
    // The runtime stage has no compiler: build tools are installed in the dependencies stage only.
    expect(
      stage
        .filter((instruction) => instruction.keyword === 'RUN')
        .map((run) => run.args)
        .join(' '),
    ).not.toMatch(/apt-get install|g\+\+|npm (ci|install)/);
  });

  it('when the image starts, then it runs exactly what npm start runs (node, not npm, so SIGTERM reaches the bot)', async () => {
    const stage = finalStage(await readDockerfile());
    expect(execForm(stage.find((instruction) => instruction.keyword === 'CMD'))).toEqual(startCommand());
    expect(stage.some((instruction) => instruction.keyword === 'ENTRYPOINT')).toBe(false);
  });

  it('when the build context is sent, then .env, tests, reports and node_modules stay out, and every file the start command names is in', async () => {
    const paths = await contextPaths();
    for (const secretOrBulk of ['.env', 'test', 'reports', 'node_modules', '.git', 'data']) {
      expect(paths).not.toContain(secretOrBulk);
    }
    const named = startCommand().filter((arg) => arg.startsWith('./') || arg.endsWith('.ts'));
    for (const file of named) expect(paths).toContain(file.replace(/^\.\//, '').split('/')[0]);
    const copied = finalStage(await readDockerfile())
      .filter((instruction) => instruction.keyword === 'COPY' && !instruction.args.startsWith('--from'))
      .flatMap((instruction) => instruction.args.split(/\s+/).slice(0, -1));
    for (const source of copied) expect(paths).toContain(source);
  });
});

describe('the compose files', () => {
  type Service = Record<string, unknown> & { environment: Record<string, string>; depends_on: Record<string, unknown> };
  const read = async (name: string) =>
    parseYaml(await readFile(join(REPO_ROOT, name), 'utf8')) as { services: Record<string, Service> };

  it('when compose.yaml is read, then the bot is built here, waits for a healthy Redis that persists, and serves health and metrics on loopback', async () => {
    const { services } = await read('compose.yaml');
    const { bot, redis } = services;
    expect(bot?.build).toBe('.');
    expect(bot?.init).toBe(true);
    expect(bot?.env_file).toBe('.env');
    expect(bot?.environment.STORE_URL).toBe('redis://redis:6379');
    expect(bot?.environment.HEALTH_PORT).toBe('8081');
    expect(bot?.depends_on).toEqual({ redis: { condition: 'service_healthy' } });
    expect(bot?.ports).toContain('127.0.0.1:8081:8081');
    expect(redis?.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
    expect(redis?.healthcheck).toBeDefined();
  });

  it('when compose.postgres.yaml is read, then its bot is compose.yaml’s but for the store, and the password comes from .env', async () => {
    const redisBot = (await read('compose.yaml')).services.bot;
    const { bot, postgres } = (await read('compose.postgres.yaml')).services;
    const { environment, depends_on, ...rest } = bot as Service;
    const { environment: redisEnvironment, depends_on: _redisDepends, ...redisRest } = redisBot as Service;
    expect(rest).toEqual(redisRest);
    expect({ ...environment, STORE_URL: undefined }).toEqual({ ...redisEnvironment, STORE_URL: undefined });
    // Compose fills in ${POSTGRES_PASSWORD} from .env, and refuses to start without it.
    expect(environment.STORE_URL).toMatch(
      /^postgres:\/\/complaint_desk:\$\{POSTGRES_PASSWORD:\?[^}]+\}@postgres:5432\/complaint_desk$/,
    );
    expect(depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(postgres?.healthcheck).toBeDefined();
    expect((postgres?.environment as Record<string, string> | undefined)?.POSTGRES_PASSWORD).toMatch(
      /^\$\{POSTGRES_PASSWORD:\?/,
    );
  });
});

describe('the image’s start command, run in a folder holding only what the image holds', () => {
  let slack: FakeSlackApi;
  let dir: string;
  let app: string;
  beforeAll(async () => {
    slack = await new FakeSlackApi().start();
    dir = await mkdtemp(join(tmpdir(), 'complaint-desk-image-'));
    app = join(dir, 'app');
    for (const path of await contextPaths()) await cp(join(REPO_ROOT, path), join(app, path), { recursive: true });
    // node_modules as `npm ci` made it (the image's holds only production dependencies).
    await symlink(join(REPO_ROOT, 'node_modules'), join(app, 'node_modules'));
    // The store's directory, as the image makes /app/data: a SQLite store is only made in a directory that exists.
    await mkdir(join(dir, 'data'));
  });
  afterAll(async () => {
    await slack?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Resolves with everything written once `line` matches standard output. */
  function waitForLine(child: ChildProcess, line: RegExp): Promise<string> {
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (line.test(out)) resolve(out);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code} before ${line}: ${out}`)));
    });
  }

  // A longer timeout: a cold start in a folder of its own, with nothing warmed up.
  it('when it starts with the image’s settings, then it runs, its health check passes, /metrics answers, and SIGTERM stops it cleanly', {
    timeout: 90_000,
  }, async () => {
    const stage = finalStage(await readDockerfile());
    const imageEnv = Object.fromEntries(
      stage
        .filter((instruction) => instruction.keyword === 'ENV')
        .flatMap((instruction) => [...instruction.args.matchAll(/(\w+)=(\S+)/g)].map((match) => [match[1], match[2]])),
    ) as Record<string, string>;
    expect(imageEnv).toMatchObject({ NODE_ENV: 'production', LOG_FORMAT: 'json' });
    const healthPort = String(await closedPort());
    const env = httpBotEnv(slack.url, join(dir, 'data'), { ...imageEnv, PORT: '0', HEALTH_PORT: healthPort });
    const [node, ...args] = startCommand();
    expect(node).toBe('node');
    const child = spawn(process.execPath, args, { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
    try {
      await waitForLine(child, /"msg":"complaint-desk is running/);
      const [, ...check] = healthcheckCommand(stage);
      const healthcheck = spawnSync(process.execPath, check, { env: { ...env }, timeout: 10_000 });
      expect(healthcheck.status).toBe(0);
      expect((await fetch(`http://127.0.0.1:${healthPort}/metrics`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await closed).toBe(0);
    expect(stderr).toBe('');
  });
});

const dockerAnswers = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;

describe.skipIf(!dockerAnswers)('the image, built by Docker', () => {
  it('when built, then its user is not root and its command is npm start’s', { timeout: 900_000 }, () => {
    const tag = 'complaint-desk:test';
    const build = spawnSync('docker', ['build', '-t', tag, '.'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const inspect = spawnSync('docker', ['image', 'inspect', tag, '--format', '{{json .Config}}'], {
      encoding: 'utf8',
    });
    const config = JSON.parse(inspect.stdout) as { User: string; Cmd: string[] };
    expect(config.User).toBe('node');
    expect(config.Cmd).toEqual(startCommand());
    const version = spawnSync('docker', ['run', '--rm', tag, 'node', '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toMatch(/^v24\./);
  });
});
