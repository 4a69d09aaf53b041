/**
 * One step of the digest-at-scale benchmark, in its own process so that its memory peak is its own:
 *   generate — writes CASES generated cases (and their day, closed-day and open-case indexes) in bulk through the engine;
 *   rewind   — moves the last digest back `periodDays` (a longer period to build);
 *   build    — builds one morning digest from them (report, Block Kit messages, chart PNG) and prints
 *              the time and the process's peak memory as JSON;
 *   strip    — deletes the cases' trimmed copies (Redis), leaving a store as it was before copies were kept;
 *   remove   — deletes what `generate` wrote (for a shared server).
 * Usage: node test/bench/digest-scale-process.ts '{"step":"build","storeUrl":…,"namespace":…,"cases":100000}'
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { searchCases } from '../../src/archive/search-cases.ts';
import { buildDigestParts } from '../../src/blocks/digest-message.ts';
import { chartStoreLabels, renderDigestChart } from '../../src/digest/render-chart.ts';
import { buildDueReport } from '../../src/digest/run-digest.ts';
import { autoCloseEvent, remindersDue } from '../../src/domain/aftercare.ts';
import type { Case, CaseEvent } from '../../src/domain/case.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { localDateOf } from '../../src/shared/local-date.ts';
import { CASE_INDEX_CAP, type CaseIndex } from '../../src/store/case-index.ts';
import { indexMembershipOf } from '../../src/store/case-index-membership.ts';
import { ALL_SHARDS } from '../../src/store/index-shards.ts';
import { OUTLINE_TRIM } from '../../src/store/kv-case-store.ts';
import { openEngine } from '../../src/store/open-engine.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { dayBucketOf } from '../../src/store/period-index.ts';
import { recordKeys } from '../../src/store/record-keys.ts';
import { INDEX_SCHEMA_VERSION } from '../../src/store/reindex-cases.ts';
import { trimRecord } from '../../src/store/trim-record.ts';

interface Step {
  step: 'generate' | 'rewind' | 'build' | 'reads' | 'strip' | 'remove';
  storeUrl: string;
  namespace: string;
  cases: number;
  /** Days the cases are spread over before the slot (365: a year). */
  spanDays?: number;
  /** rewind: the days since the last digest, when not the day since yesterday's that `generate` left. */
  periodDays?: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Step;
/** The digest is due at 08:30 Beijing time on this day; the cases reach back a year before it. */
const SLOT = new Date('2026-12-02T08:30:00+08:00');
const SPAN_MS = (job.spanDays ?? 365) * 24 * 3_600_000;
const STORES = [
  '黄兴店',
  '五一店',
  '河西店',
  '开福店',
  '雨花店',
  '岳麓店',
  '星沙店',
  '梅溪湖店',
  'Wuyi Road',
  'IFS',
  'Mall 2',
  'Airport',
];
const TEMPERAMENTS = ['lively', 'forceful', 'peaceable', 'analytical'] as const;
const CAUSES = ['quality', 'use', 'unknown'] as const;
const CHUNK = 500;

const policy = await loadPolicy(DEFAULT_POLICY_PATH);

function key(relative: string): string {
  return `${job.namespace}:${relative}`;
}

const OWNERS = 40;

/** Case n's owner: the chain's 40 staff in turn. */
function ownerOf(n: number): string {
  return `U${(n % OWNERS).toString().padStart(4, '0')}`;
}

function caseId(n: number): string {
  return `C-B${n.toString(36).padStart(5, '0')}`;
}

/**
 * Case n of the set, filed n/cases of a year before the slot (newest last), as the app would have stored
 * it: a real triaged case with its store, category, temperament and cause varied, taken through the
 * app's own transitions (applyCaseEvent, and the automatic close once nothing is owed). Cases of the last
 * week are still in hand — open, awaiting a manager, or resolved and due their follow-up call. Older
 * ones were followed up a week after resolution and so closed, except what a chain leaves owed: one in
 * 100 follow-up calls never recorded, and one in 20 repairs (a tenth of cases get one) never collected.
 */
function generated(n: number, template: Case): Case {
  const createdAt = new Date(SLOT.getTime() - SPAN_MS + Math.floor(((n + 0.5) * SPAN_MS) / job.cases));
  const at = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000).toISOString();
  const DAY = 24 * 60;
  const ageDays = (SLOT.getTime() - createdAt.getTime()) / 86_400_000;
  const category = policy.categories[n % policy.categories.length]?.id ?? 'jewellery';
  const by = ownerOf(n);
  let record: Case = {
    ...template,
    id: caseId(n),
    store: STORES[n % STORES.length] ?? '黄兴店',
    owner: by,
    status: 'open',
    createdAt: at(0),
    updatedAt: at(0),
    complaint: { ...template.complaint, suspectedCause: CAUSES[n % CAUSES.length] ?? 'unknown' },
    analysis: {
      ...template.analysis,
      category,
      temperament: { ...template.analysis.temperament, type: TEMPERAMENTS[n % TEMPERAMENTS.length] ?? 'lively' },
    },
    history: [{ type: 'created', at: at(0), by }],
    reviewPost: { channel: 'C0REVIEW', ts: `${1_700_000_000 + n}.000100` },
    version: 0,
  };
  // As changeCase records a change: the event, then the close it brings about when nothing is owed.
  const apply = (event: CaseEvent) => {
    record = applyCaseEvent(record, event);
    const closing = autoCloseEvent(record, event.at);
    if (closing) record = applyCaseEvent(record, closing);
  };
  const day = (days: number) => localDateOf(new Date(createdAt.getTime() + days * 86_400_000), policy.timezone);
  if (ageDays < 7 && n % 4 === 0) return { ...record, version: record.history.length - 1 };
  if (ageDays < 7 && n % 4 === 1) return { ...record, status: 'awaiting-approval', version: 0 };
  const repair = n % 10 === 3;
  if (repair) apply({ type: 'repair-promised', at: at(60), by, remedyId: 'stone-resetting', promisedFor: day(6) });
  apply({
    type: 'resolved',
    at: at(90),
    by,
    outcome: '免费重新镶钻,当场完成',
    satisfaction: 3 + (n % 3),
    ...(n % 5 === 0 ? { improvement: '进货时逐件检查镶嵌牢固度' } : {}),
  });
  if (repair && ageDays > 6) apply({ type: 'repair-ready', at: at(6 * DAY), by, customerToldOn: day(6) });
  if (repair && ageDays > 7 && n % 200 !== 3) apply({ type: 'repair-collected', at: at(6 * DAY + 240), by });
  if (ageDays > 8 && n % 100 !== 7) {
    apply({
      type: 'followed-up',
      at: at(7 * DAY + 120),
      by,
      result: '顾客表示满意,项链每天都戴',
      satisfaction: 3 + (n % 3),
    });
  }
  return { ...record, version: record.history.length - 1 };
}

async function generate(): Promise<void> {
  // Imported here, not above: it runs a triage, which the measured `build` step must not carry.
  const { makeCase } = await import('../store/case-fixtures.ts');
  const template = makeCase({ id: 'C-TEMPLATE' });
  const engine = await openEngine(job.storeUrl);
  // Every index the app keeps, filled by the app's own rule of which case belongs on which.
  const indexes = new Map<string, { kind: 'set' | 'newest-first'; entries: CaseIndex['entries'] }>();
  let open = 0;
  let batch: { key: string; value: unknown }[] = [];
  const flush = async () => {
    if (batch.length > 0) await engine.keyv.setMany(batch);
    batch = [];
  };
  for (let n = 0; n < job.cases; n += 1) {
    const record = generated(n, template);
    const entry = { id: record.id, createdAt: record.createdAt };
    if (record.status !== 'closed') open += 1;
    for (const membership of indexMembershipOf(record)) {
      if (!membership.member) continue;
      const index = indexes.get(membership.key) ?? { kind: membership.kind, entries: [] };
      index.entries.push(entry);
      indexes.set(membership.key, index);
    }
    batch.push({ key: key(recordKeys.case(record.id)), value: record });
    // As the store writes a case on an engine that keeps trimmed copies (Redis): its copy beside it.
    if (engine.keepsTrimmedCopies)
      batch.push({
        key: key(recordKeys.trimmedCopy(recordKeys.case(record.id))),
        value: trimRecord(record, OUTLINE_TRIM),
      });
    if (batch.length >= CHUNK) await flush();
  }
  // Cases were made oldest first: a set index keeps that order, a capped one the newest CASE_INDEX_CAP, newest first.
  for (const [indexKey, { kind, entries }] of indexes) {
    const kept = kind === 'set' ? entries : entries.slice(-CASE_INDEX_CAP).reverse();
    batch.push({ key: key(indexKey), value: { version: 0, entries: kept } });
    if (batch.length >= CHUNK) await flush();
  }
  // The indexes are written here as the current version writes them, so opening the store must not
  // backfill them again (that would be measured as the digest's memory).
  batch.push({ key: key(recordKeys.indexSchema()), value: { version: 0, indexVersion: INDEX_SCHEMA_VERSION } });
  await flush();
  await engine.close();
  // A chain a year in has had yesterday's digest: today's covers the day since, not the store's whole year
  // (which is what the very first digest on a store does).
  const stores = await openStores(job.storeUrl, { namespace: job.namespace });
  const yesterday = new Date(SLOT.getTime() - 86_400_000).toISOString();
  await stores.digests.recordLast(yesterday, yesterday);
  await stores.close();
  process.stdout.write(`${JSON.stringify({ indexes: indexes.size, open })}\n`);
}

/**
 * A longer period (the digest after a week without one): the last digest moved back `periodDays` before the
 * slot, by removing the record, since the store only ever moves it forward. A step of its own, so that its
 * extra connection is not counted as the digest's memory.
 */
async function rewind(): Promise<void> {
  const engine = await openEngine(job.storeUrl);
  await engine.keyv.delete(key(recordKeys.lastDigest()));
  await engine.close();
  const stores = await openStores(job.storeUrl, { namespace: job.namespace });
  const last = new Date(SLOT.getTime() - (job.periodDays ?? 1) * 86_400_000).toISOString();
  await stores.digests.recordLast(last, last);
  await stores.close();
}

async function build(): Promise<void> {
  if (job.periodDays !== undefined) throw new Error('build: move the last digest with the rewind step first');
  const stores = await openStores(job.storeUrl, { namespace: job.namespace });
  // What the process holds before building: Node, the loaded modules (Slack, Chart.js, canvas) and the store.
  const beforeMb = process.memoryUsage().rss / 1048576;
  const runs: number[] = [];
  let summary = {};
  let firstPeakMb = 0;
  let digestSha = '';
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    const report = await buildDueReport({ stores, policy, clock: () => new Date(SLOT.getTime() + 60_000) }, SLOT);
    const parts = buildDigestParts(report, {
      language: 'zh',
      policy,
      chart: true,
      chartStoreLabels: chartStoreLabels(report),
      linkOf: (post) => `https://example.slack.com/archives/${post.channel}/p${post.ts.replace('.', '')}`,
    });
    const png = await renderDigestChart(report, policy, 'chart');
    runs.push(performance.now() - started);
    // The bot builds one digest a morning: the peak that counts is the first build's, not three in a row.
    if (round === 0) firstPeakMb = process.resourceUsage().maxRSS / 1024;
    // What the digest is, byte for byte — the report, its messages and the chart — to compare two ways of reading.
    if (round === 0)
      digestSha = createHash('sha256')
        .update(JSON.stringify(report))
        .update(JSON.stringify(parts))
        .update(png)
        .digest('hex');
    summary = {
      filed: report.counts.byStore.reduce((sum, entry) => sum + entry.count, 0),
      lines: report.cases.length,
      open: report.open.length + report.omitted.open,
      awaitingApproval: report.awaitingApproval.length + report.omitted.awaitingApproval,
      followUpsDue: report.followUpsDue.length + report.omitted.followUpsDue,
      repairs: report.repairs.length + report.omitted.repairs,
      messages: parts.filter((part) => part.kind === 'message').length,
      pngBytes: png.length,
    };
  }
  await stores.close();
  const usage = process.resourceUsage();
  process.stdout.write(
    `${JSON.stringify({ ...summary, firstMs: runs[0], bestMs: Math.min(...runs), beforeMb, peakRssMb: firstPeakMb, digestSha, peakAfterAllMb: usage.maxRSS / 1024 })}\n`,
  );
}

async function remove(): Promise<void> {
  const engine = await openEngine(job.storeUrl);
  const keys: string[] = [];
  const days = new Set<string>();
  for (let n = 0; n < job.cases; n += 1) {
    const createdAt = new Date(SLOT.getTime() - SPAN_MS + Math.floor(((n + 0.5) * SPAN_MS) / job.cases));
    days.add(dayBucketOf(createdAt));
    keys.push(key(recordKeys.case(caseId(n))), key(recordKeys.trimmedCopy(recordKeys.case(caseId(n)))));
  }
  // Closed cases close within about a week and a day of filing, so their buckets are among these days or just after.
  const closedDays = [...days].flatMap((day) =>
    Array.from({ length: 10 }, (_, offset) => dayBucketOf(new Date(Date.parse(day) + offset * 86_400_000))),
  );
  keys.push(...[...days].flatMap((day) => ALL_SHARDS.map((shard) => key(recordKeys.dayIndex(day, shard)))));
  keys.push(...ALL_SHARDS.map((shard) => key(recordKeys.openIndex(shard))));
  keys.push(
    ...[...new Set(closedDays)].flatMap((day) => ALL_SHARDS.map((shard) => key(recordKeys.closedDayIndex(day, shard)))),
  );
  keys.push(key(recordKeys.digest(SLOT.toISOString())), key(recordKeys.lastDigest()));
  keys.push(key(recordKeys.indexSchema()), key(recordKeys.storeIdentity()));
  keys.push(key(recordKeys.recentIndex()), key(recordKeys.awaitingApprovalIndex()));
  keys.push(...STORES.map((store) => key(recordKeys.storeIndex(store))));
  keys.push(...Array.from({ length: OWNERS }, (_, n) => key(recordKeys.ownerIndex(ownerOf(n)))));
  for (let start = 0; start < keys.length; start += CHUNK)
    await engine.keyv.deleteMany(keys.slice(start, start + CHUNK));
  await engine.close();
}

/** Milliseconds of the fastest of three runs of `work`, after one run to warm up. */
async function fastest(work: () => Promise<unknown>): Promise<number> {
  await work();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * The other reads that walk the store, each timed: a search over the last week (`/complaint search` with a
 * date range), App Home (an owner's cases and every request awaiting a manager) and the five-minute
 * aftercare sweep (every case not closed, with the reminders due in it).
 */
async function reads(): Promise<void> {
  const stores = await openStores(job.storeUrl, { namespace: job.namespace });
  const now = new Date(SLOT.getTime() + 60_000);
  const weekAgo = new Date(SLOT.getTime() - 7 * 86_400_000);
  const query = { words: [], from: localDateOf(weekAgo, policy.timezone), to: localDateOf(SLOT, policy.timezone) };
  let found = 0;
  let due = 0;
  const figures = {
    searchMs: await fastest(async () => {
      found = (await searchCases(stores.cases, query, { timeZone: policy.timezone, now })).cases.length;
    }),
    appHomeMs: await fastest(async () => {
      await stores.cases.listAwaitingApproval(CASE_INDEX_CAP);
      await stores.cases.listByOwner('U0007', 50);
    }),
    sweepMs: await fastest(async () => {
      due = 0;
      for await (const record of stores.cases.eachOpen()) due += remindersDue(record, policy, now).length;
    }),
  };
  await stores.close();
  process.stdout.write(`${JSON.stringify({ ...figures, searchFound: found, remindersDue: due })}\n`);
}

async function strip(): Promise<void> {
  const engine = await openEngine(job.storeUrl);
  const keys = Array.from({ length: job.cases }, (_, n) => key(recordKeys.trimmedCopy(recordKeys.case(caseId(n)))));
  for (let start = 0; start < keys.length; start += CHUNK)
    await engine.keyv.deleteMany(keys.slice(start, start + CHUNK));
  await engine.close();
}

if (job.step === 'generate') await generate();
else if (job.step === 'strip') await strip();
else if (job.step === 'rewind') await rewind();
else if (job.step === 'build') await build();
else if (job.step === 'reads') await reads();
else await remove();
