import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runProcess } from '../helpers/run-cli.ts';
import { skippedStoresNotice } from '../helpers/store-servers-notice.ts';

// Issue 12, "Tests": without TEST_REDIS_URL/TEST_POSTGRES_URL the store tests against those servers are
// skipped; the run says so in one line instead of passing quietly with ~77 tests fewer.

const HINT = 'run eval "$(bash .ci/services.sh)" first';

describe('the notice of skipped store tests', () => {
  it('when neither server is set (or one is blank), then one line names them and how to start them', () => {
    expect(skippedStoresNotice({})).toBe(`⚠ store tests against Redis/PostgreSQL skipped: ${HINT}`);
    expect(skippedStoresNotice({ TEST_REDIS_URL: 'redis://127.0.0.1:6380', TEST_POSTGRES_URL: ' ' })).toBe(
      `⚠ store tests against PostgreSQL skipped: ${HINT}`,
    );
  });

  it('when both servers are set, then nothing is said', () => {
    expect(
      skippedStoresNotice({
        TEST_REDIS_URL: 'redis://127.0.0.1:6380',
        TEST_POSTGRES_URL: 'postgres://u:p@127.0.0.1/db',
      }),
    ).toBeUndefined();
  });

  it('when vitest runs without the servers, then its output ends with the line', async () => {
    const env = { ...process.env, TEST_REDIS_URL: '', TEST_POSTGRES_URL: '', NO_COLOR: '1' };
    const run = await runProcess(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--config',
        'test/vitest.config.ts',
        'test/logging/slack-logger.test.ts',
      ],
      { env, cwd: REPO_ROOT, timeoutMs: 120_000 },
    );
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(`⚠ store tests against Redis/PostgreSQL skipped: ${HINT}`);
  }, 120_000);
});
