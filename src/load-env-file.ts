import { lstatSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/**
 * Preloaded by the npm scripts (`node --import ./src/load-env-file.ts`) in place of Node's
 * `--env-file-if-exists=.env`, which writes ".env not found. Continuing without it." to standard error
 * on every run without one — noise before a CLI's one-line error and at the top of the bot's log. Like
 * `--env-file`, values already in the environment win (an empty one included), so a shell's or a process
 * manager's settings override the file. This module is an entry point, like `main.ts`: loading the file
 * on import is its whole purpose.
 */
export const ENV_FILE = '.env';

/** Why `.env` could not be read, in words; a missing file is no fault and gives undefined. */
function unreadable(error: unknown): string | undefined {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') {
    // A link whose target is gone is a `.env` someone meant to use: saying nothing would start without it.
    try {
      lstatSync(ENV_FILE);
      return 'it is a link to a file that does not exist';
    } catch {
      return undefined;
    }
  }
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? (error.message.split('\n')[0] ?? code) : String(error);
}

let text: string | undefined;
try {
  text = readFileSync(ENV_FILE, 'utf8');
} catch (error) {
  const reason = unreadable(error);
  if (reason !== undefined) {
    process.stderr.write(`complaint-desk: cannot read ${ENV_FILE}: ${reason}\n`);
    process.exit(2);
  }
}
if (text !== undefined) {
  // Notepad and other Windows editors may save UTF-8 with a byte-order mark, which would otherwise become
  // part of the first variable's name, so that setting (often SLACK_BOT_TOKEN) would be silently missing.
  const values = parseEnv(text.replace(/^\uFEFF/, ''));
  for (const [name, value] of Object.entries(values)) {
    if (process.env[name] === undefined) process.env[name] = value;
  }
}
