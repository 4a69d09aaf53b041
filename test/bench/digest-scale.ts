/**
 * The morning digest at scale: 100,000 stored cases (a year of a chain's complaints), generated straight
 * into the store, then one digest built from them — report, Block Kit messages and chart — timed, with the
 * peak memory of the process that built it. Each step runs in its own process, so generating the cases
 * does not count towards the digest's time or memory. SQLite always; Redis when TEST_REDIS_URL is set.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { verdict } from './aim.ts';

const run = promisify(execFile);
const CASES = Number(process.env.BENCH_DIGEST_CASES ?? 100_000);
const AIM_MS = 1000;
const AIM_MB = 200;
const STEP = fileURLToPath(new URL('./digest-scale-process.ts', import.meta.url));

/**
 * Each step runs on plain Node 24 as the bot does (TypeScript by type stripping, no loader) and with no V8
 * flags, so the figures are those of the code alone.
 */
async function step(
  name: string,
  storeUrl: string,
  namespace: string,
  { cases = CASES, spanDays = 365, periodDays }: { cases?: number; spanDays?: number; periodDays?: number } = {},
): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [STEP, JSON.stringify({ step: name, storeUrl, namespace, cases, spanDays, periodDays })],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout.trim();
}

interface BuildFigures {
  filed: number;
  lines: number;
  open: number;
  awaitingApproval: number;
  followUpsDue: number;
  repairs: number;
  messages: number;
  pngBytes: number;
  firstMs: number;
  beforeMb: number;
  bestMs: number;
  peakRssMb: number;
  /** The report, messages and chart of the first build, hashed. */
  digestSha: string;
}

async function benchOne(engine: string, storeUrl: string): Promise<void> {
  const namespace = `bench-digest-${randomBytes(3).toString('hex')}`;
  const generating = performance.now();
  await step('generate', storeUrl, namespace);
  const generatedIn = (performance.now() - generating) / 1000;
  try {
    const figures = JSON.parse(await step('build', storeUrl, namespace)) as BuildFigures;
    console.log(
      `  ${engine.padEnd(7)} ${figures.firstMs.toFixed(0).padStart(5)} ms first, ${figures.bestMs.toFixed(0).padStart(5)} ms best ` +
        `(aim < ${AIM_MS} ms: ${verdict(figures.firstMs < AIM_MS)}); peak RSS ${figures.peakRssMb.toFixed(0)} MB ` +
        `(aim < ${AIM_MB} MB: ${verdict(figures.peakRssMb < AIM_MB)}; ${figures.beforeMb.toFixed(0)} MB before building)`,
    );
    console.log(
      `          the day's digest: ${figures.filed} new cases, ${figures.open} open, ${figures.awaitingApproval} awaiting approval, ` +
        `${figures.followUpsDue} follow-ups due, ${figures.repairs} repairs due or awaiting pickup; ${figures.messages} messages and a ${Math.round(figures.pngBytes / 1024)} KB chart ` +
        `(generating ${CASES} cases took ${generatedIn.toFixed(0)} s, not counted)`,
    );
    // How the cost follows the period: the same store, the digest after a week without one.
    await step('rewind', storeUrl, namespace, { periodDays: 7 });
    const week = JSON.parse(await step('build', storeUrl, namespace)) as BuildFigures;
    console.log(
      `          a week's digest on the same store: ${week.filed} new cases (${(week.filed / figures.filed).toFixed(1)}× the day's), ` +
        `${week.bestMs.toFixed(0)} ms best (${(week.bestMs / figures.bestMs).toFixed(1)}× the day's), peak ${week.peakRssMb.toFixed(0)} MB ` +
        "— the cost follows the period's cases and what is still owed; how it grows with the store's total: `npm run bench -- growth`",
    );
    if (engine === 'Redis') {
      // The baseline in the same run: the same store with the trimmed copies deleted, as a store from before
      // they were kept — the walks then read every case whole.
      await step('strip', storeUrl, namespace);
      const whole = JSON.parse(await step('build', storeUrl, namespace)) as BuildFigures;
      console.log(
        `          the same week's digest reading whole records (the copies deleted, as a store from before them): ` +
          `peak ${whole.peakRssMb.toFixed(0)} MB, ${whole.bestMs.toFixed(0)} ms best — with the copies ` +
          `${(week.peakRssMb / whole.peakRssMb).toFixed(2)}× the memory and ${(week.bestMs / whole.bestMs).toFixed(2)}× the time; ` +
          `the same report, messages and chart byte for byte: ${whole.digestSha === week.digestSha ? 'yes' : 'NO'}`,
      );
    }
  } finally {
    await step('remove', storeUrl, namespace).catch(() => undefined);
  }
}

/** Prints the time and peak memory of building a digest over CASES stored cases, per engine. */
export async function benchDigestScale(): Promise<void> {
  console.log(`\nMorning digest over ${CASES.toLocaleString('en')} stored cases (report + messages + chart):`);
  const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-bench-digest-'));
  try {
    await benchOne('SQLite', `sqlite://${join(dir, 'cases.sqlite')}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const redis = process.env.TEST_REDIS_URL?.trim();
  if (redis) await benchOne('Redis', redis);
  else console.log('  Redis   skipped (set TEST_REDIS_URL, e.g. eval "$(.ci/services.sh)")');
}

interface ReadFigures {
  searchMs: number;
  appHomeMs: number;
  sweepMs: number;
  searchFound: number;
  remindersDue: number;
}

/** The store sizes the growth table compares, filed at the same daily rate (a chain's 274 a day). */
const GROWTH_SIZES = [1_000, 10_000, 100_000];
const PER_DAY = 274;

/**
 * How each read's cost grows with the store: 1k, 10k and 100k cases filed at the same rate, so a day's
 * digest covers about the same number of new cases at every size and only the store's total (and the
 * older cases still owed something) grows. Each figure is printed beside the 1k store's as a ratio.
 */
export async function benchGrowth(): Promise<void> {
  const sizes = (process.env.BENCH_GROWTH_SIZES ?? '')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const counts = sizes.length > 0 ? sizes : GROWTH_SIZES;
  const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-bench-growth-'));
  try {
    await growthTable('SQLite', counts, (cases) => ({
      storeUrl: `sqlite://${join(dir, `cases-${cases}.sqlite`)}`,
      namespace: 'growth',
      dispose: (storeUrl) => rm(storeUrl.slice('sqlite://'.length), { force: true }),
    }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const redis = process.env.TEST_REDIS_URL?.trim();
  if (redis) {
    const tag = randomBytes(3).toString('hex');
    await growthTable('Redis', counts, (cases) => ({ storeUrl: redis, namespace: `bench-growth-${tag}-${cases}` }));
  } else console.log('\n  Redis skipped (set TEST_REDIS_URL, e.g. eval "$(.ci/services.sh)")');
  const span = (counts.at(-1) ?? 1) / (counts[0] ?? 1);
  console.log(
    '  "new" is the day\'s filed cases, "open" every case not closed (what is still owed: the last week, and the\n' +
      `  follow-ups and repairs a chain leaves undone). A walk that grew with the store's total would grow ${span}× here.`,
  );
}

/** One engine's rows of the growth table: each size generated, measured and removed before the next. */
async function growthTable(
  engine: string,
  counts: readonly number[],
  storeOf: (cases: number) => { storeUrl: string; namespace: string; dispose?: (storeUrl: string) => Promise<void> },
): Promise<void> {
  console.log(
    `\nHow the digest and the other store walks grow with the cases stored (${engine}, ${PER_DAY} filed a day):`,
  );
  console.log(
    '  stored    new  open  digest ms  peak MB  search-week ms  App Home ms  sweep ms  (× the smallest store)',
  );
  let first: { digest: number; search: number; home: number; sweep: number } | undefined;
  const times = (value: number, base: number | undefined) => (base ? ` (${(value / base).toFixed(1)}×)` : '');
  for (const cases of counts) {
    const { storeUrl, namespace, dispose } = storeOf(cases);
    const options = { cases, spanDays: cases / PER_DAY };
    try {
      await step('generate', storeUrl, namespace, options);
      const build = JSON.parse(await step('build', storeUrl, namespace, options)) as BuildFigures;
      const reads = JSON.parse(await step('reads', storeUrl, namespace, options)) as ReadFigures;
      const row = { digest: build.bestMs, search: reads.searchMs, home: reads.appHomeMs, sweep: reads.sweepMs };
      first ??= row;
      console.log(
        `  ${cases.toLocaleString('en').padStart(7)} ${String(build.filed).padStart(5)} ${String(build.open).padStart(5)}` +
          `  ${row.digest.toFixed(0).padStart(5)}${times(row.digest, first.digest)}  ${build.peakRssMb.toFixed(0).padStart(4)}` +
          `  ${row.search.toFixed(1).padStart(6)}${times(row.search, first.search)}` +
          `  ${row.home.toFixed(1).padStart(6)}${times(row.home, first.home)}` +
          `  ${row.sweep.toFixed(1).padStart(6)}${times(row.sweep, first.sweep)}` +
          `  (search found ${reads.searchFound}, ${reads.remindersDue} reminders due)`,
      );
    } finally {
      await (dispose ? dispose(storeUrl) : step('remove', storeUrl, namespace, options).catch(() => undefined));
    }
  }
}
