import { describeAppError, isAppError } from '../errors.ts';
import { UsageRequested } from './parse-options.ts';
import { decodeText } from './text-input.ts';

/** What a command needs from its process, so tests can run commands in-process. */
export interface CliIo {
  readStdin: () => Promise<string | undefined>;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Exit codes: 2 is for input a person can fix; 1 is for anything we did not expect. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/**
 * Runs a command, turning expected errors into one line (one per bad setting) and exit 2, and anything else
 * into one line and exit 1.
 */
export async function runCommand(io: CliIo, name: string, command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    if (error instanceof UsageRequested) {
      io.out(error.message);
      return EXIT.ok;
    }
    if (isAppError(error)) {
      for (const line of describeAppError(name, error)) io.err(line);
      return EXIT.badInput;
    }
    io.err(`${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
}

/**
 * Reads all of standard input when it is piped, or nothing when it is a terminal; bytes that are not UTF-8
 * text are refused (an InputError), not decoded into replacement characters.
 */
export async function readProcessStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return decodeText(Buffer.concat(chunks), 'standard input');
}

/** Connects a command to the real process and exits with its code. */
export async function main(run: (argv: string[], io: CliIo) => Promise<number>): Promise<void> {
  const io: CliIo = {
    readStdin: readProcessStdin,
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
  // A reader that stops early (`| head`, a jq filter that fails) closes the pipe: what is left has no reader,
  // and a stack trace about it would only hide the reader's own message.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`cannot write the output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : EXIT.failure);
  });
  process.exitCode = await run(process.argv.slice(2), io);
}
