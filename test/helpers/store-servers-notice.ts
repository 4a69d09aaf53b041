/**
 * Vitest's global setup: says, in one line at the end of the run, when the store tests against Redis or
 * PostgreSQL were skipped for want of TEST_REDIS_URL / TEST_POSTGRES_URL, so a green run without them is
 * not taken for a run with them (about 77 tests stay silent otherwise).
 */
export const SERVER_SETTINGS = { Redis: 'TEST_REDIS_URL', PostgreSQL: 'TEST_POSTGRES_URL' } as const;

/** The line to print, or undefined when both servers are set. */
export function skippedStoresNotice(env: NodeJS.ProcessEnv): string | undefined {
  const missing = Object.entries(SERVER_SETTINGS)
    .filter(([, name]) => !env[name]?.trim())
    .map(([server]) => server);
  if (missing.length === 0) return undefined;
  return `⚠ store tests against ${missing.join('/')} skipped: run eval "$(bash .ci/services.sh)" first`;
}

export default function setup(): () => void {
  const notice = skippedStoresNotice(process.env);
  // Printed as the run ends, beside the summary a person reads, rather than scrolled away at the start.
  return () => {
    if (notice) process.stdout.write(`\n${notice}\n`);
  };
}
