// Mutation testing of the guard modules (issue 17): `npm run mutate`, or `npm run mutate -- --mutate src/x.ts`
// for chosen files. docs/mutation-testing.md says what is covered, why, how long it takes and what CI does.
// Run from the repository's root (the npm script does); every path here is relative to it.

/**
 * The guard modules: the code whose failure would let something through that must never get through —
 * a decision by the wrong person, a second decision, a never-say phrase, a remedy beyond the policy, a
 * ping or a phone number in the review channel, a second case, a lost or doubled post, a broken export.
 * Signature and timestamp verification is Bolt's own HTTPReceiver, not our code, so it is not here.
 */
export const guardModules = [
  // approver and four-eyes middleware
  'src/middleware/require-decider.ts',
  'src/middleware/require-case-editor.ts',
  'src/slack/approvers.ts',
  // decided-once transitions
  'src/domain/case-transitions.ts',
  'src/complaints/decide-approval.ts',
  // never-say guards and the rules' apology
  'src/analysis/wording/phrase-guard.ts',
  'src/analysis/wording/never-say.ts',
  'src/analysis/wording/never-say-patterns.ts',
  'src/analysis/wording/apology.ts',
  // policy periods and authority
  'src/policy/period.ts',
  'src/policy/approval-grounds.ts',
  // mrkdwn escaping and contact masking
  'src/blocks/mrkdwn.ts',
  'src/blocks/safe-text.ts', // added when it landed; not in the first full measurement
  'src/shared/contact-patterns.ts',
  // case-id idempotency (file-complaint.ts: only the lines that derive the case id and file it once)
  'src/store/kv-idempotency-store.ts',
  'src/complaints/file-complaint.ts:30-84',
  // outbox retry and digest exactly-once
  'src/outbox/deliver-posts.ts',
  'src/store/kv-outbox-store.ts',
  'src/digest/post-digest.ts',
  'src/digest/digest-slot.ts',
  // CSV export
  'src/archive/export-csv.ts',
  // the LLM's answer held to the policy
  'src/analysis/llm/guard-resolution.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The suite's own config (root = the sandbox copy). Forks, as in `npm test`: the SQLite and canvas
  // native modules are loaded per process, not per worker thread.
  vitest: { configFile: 'test/vitest.config.ts', related: true, pool: 'forks' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // A static mutant (one in code run only while a module loads: the tables, the patterns, constants) costs
  // a fresh test environment and every test related to its file — for a guard that the app imports, the
  // whole component suite, minutes a mutant. They are left out by default (38% of the mutants, 82% of the
  // time in the first measurement); `MUTATE_STATIC=1 npm run mutate -- …` includes them.
  ignoreStatic: process.env.MUTATE_STATIC !== '1',
  mutate: guardModules,
  // Two cores: two test-runner processes (each runs its vitest with one fork) and the checkers beside them.
  concurrency: 2,
  // Component tests start an app and a fake Slack each; a busy 2-core machine needs room before a
  // mutant counts as a timeout (an endless loop).
  timeoutMS: 20_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 20,
  // The sandbox copy leaves out what no test needs: the benchmark scripts, reports, docs.
  ignorePatterns: ['test/bench', 'reports', 'docs', 'coverage', 'data', 'dist'],
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0, reportScoreTable: true },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  cleanTempDir: true,
};
