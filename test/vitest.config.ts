import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The config lives in test/ to keep the repository's top level to the design card; the root is the repo.
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // One loud line when the Redis/PostgreSQL store tests were skipped (no TEST_REDIS_URL/TEST_POSTGRES_URL).
    globalSetup: ['test/helpers/store-servers-notice.ts'],
  },
});
