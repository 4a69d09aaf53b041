import { existsSync } from 'node:fs';

/**
 * Preloaded by the npm scripts (`node --import ./src/load-env-file.ts`) in place of Node's
 * `--env-file-if-exists=.env`, which writes ".env not found. Continuing without it." to standard error
 * on every run without one — noise before a CLI's one-line error and at the top of the bot's log. Like
 * `--env-file`, values already in the environment win (an empty one included), so a shell's or a process
 * manager's settings override the file. This module is an entry point, like `main.ts`: loading the file
 * on import is its whole purpose.
 */
export const ENV_FILE = '.env';

if (existsSync(ENV_FILE)) {
  try {
    process.loadEnvFile(ENV_FILE);
  } catch (error) {
    process.stderr.write(
      `complaint-desk: cannot read ${ENV_FILE}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(2);
  }
}
