import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a CLI inherits, minus any LLM endpoint of the developer's: tests never reach the network. */
function hermeticEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('OPENAI_') && !name.startsWith('LLM_')),
  );
}

/**
 * Runs a command-line entry point as its own process, the way `npm run` does, with optional stdin and
 * extra environment variables (e.g. OPENAI_BASE_URL pointing at a loopback fake).
 */
export function runCli(
  script: string,
  args: readonly string[],
  stdin?: string | Uint8Array,
  env: Record<string, string> = {},
): Promise<CliRun> {
  return runProcess(process.execPath, [script, ...args], {
    env: { ...hermeticEnv(), NO_COLOR: '1', ...env },
    stdin: stdin ?? '',
  });
}

/** How {@link runProcess} runs a command. */
export interface ProcessOptions {
  env: NodeJS.ProcessEnv;
  /** The folder it runs in (default: the repository). */
  cwd?: string;
  /** Piped to standard input (text, or a file's bytes), which is then closed (default: closed at once). */
  stdin?: string | Uint8Array;
  /** Sends SIGTERM after this long if it has not exited, e.g. a bot that did start. */
  timeoutMs?: number;
  /** Sends SIGTERM once standard output matches, e.g. a bot's "running" line: a stop without a clock. */
  stopWhen?: RegExp;
}

/** Runs a command as its own process and collects what it wrote and its exit code. */
export function runProcess(command: string, args: readonly string[], options: ProcessOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? REPO_ROOT, env: options.env });
    let stdout = '';
    let stderr = '';
    let stopping = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!stopping && options.stopWhen?.test(stdout)) {
        stopping = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const timer =
      options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGTERM'), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    // A command that never reads its input (git check-ignore) may exit before the pipe is written: the write's EPIPE
    // is no failure of the command, which its exit code and output tell.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
  });
}
