import { type ChildProcess, spawn } from 'node:child_process';
import { startCommand } from './run-bot.ts';
import { REPO_ROOT } from './run-cli.ts';

/** A bot started as its own process with npm start's command, left running for a test to talk to. */
export interface BotProcess {
  /** HTTP mode's port, read from the "running" line; undefined in Socket Mode. */
  port: number | undefined;
  /** Everything it wrote so far, standard output then standard error. */
  output(): string;
  /** Whether it is still running (it has not exited by itself). */
  running(): boolean;
  /** Sends SIGTERM and resolves with its exit code. */
  stop(): Promise<number | null>;
  /** Kills it at once (SIGKILL, as `kill -9` does: nothing of it runs after) and resolves once it is gone. */
  kill(): Promise<void>;
}

/**
 * Starts the bot as `npm start` does (its command run directly, so SIGTERM reaches the bot) and resolves once
 * it says it is running; rejects with what it wrote if it exits first.
 */
export async function startBotProcess(env: NodeJS.ProcessEnv): Promise<BotProcess> {
  const [node, ...args] = startCommand();
  if (node !== 'node') throw new Error(`npm start runs ${String(node)}, not node`);
  const child: ChildProcess = spawn(process.execPath, args, { cwd: REPO_ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const output = () => `${stdout}${stderr}`;
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (/is running/.test(stdout)) resolve();
      else if (child.exitCode !== null)
        reject(new Error(`the bot exited (${child.exitCode}) before running:\n${output()}`));
      else setTimeout(check, 50);
    };
    check();
  });
  const port = /HTTP mode on port (\d+)/.exec(stdout)?.[1];
  return {
    port: port === undefined ? undefined : Number(port),
    output,
    running: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
