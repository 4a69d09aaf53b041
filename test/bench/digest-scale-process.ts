/**
 * One step of the digest-at-scale benchmark, in its own process so that its memory peak is its own:
 *   generate — writes CASES generated cases (and their day and open-case indexes) in bulk through the engine;
 *   build    — builds one morning digest from them (report, Block Kit messages, chart PNG) and prints
 *              the time and the process's peak memory as JSON;
 *   remove   — deletes what `generate` wrote (for a shared server).
 * Usage: node --import tsx test/bench/digest-scale-process.ts '{"step":"build","storeUrl":…,"namespace":…,"cases":100000}'
 */
import { performance } from 'node:perf_hooks';
import { buildDigestParts } from '../../src/blocks/digest-message.js';
import type { Case, CaseEvent, CaseStatus } from '../../src/complaints/case.js';
import { chartStoreLabels, renderDigestChart } from '../../src/digest/render-chart.js';
import { buildDueReport } from '../../src/digest/run-digest.js';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.js';
import type { CaseIndex } from '../../src/store/case-index.js';
import { openEngine } from '../../src/store/open-engine.js';
import { openStores } from '../../src/store/open-stores.js';
import { dayBucketOf } from '../../src/store/period-index.js';
import { recordKeys } from '../../src/store/record-keys.js';
import { INDEX_SCHEMA_VERSION } from '../../src/store/reindex-cases.js';

interface Step {
  step: 'generate' | 'build' | 'remove';
  storeUrl: string;
  namespace: string;
  cases: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Step;
/** The digest is due at 08:30 Beijing time on this day; the cases reach back a year before it. */
const SLOT = new Date('2026-12-02T08:30:00+08:00');
const SPAN_MS = 365 * 24 * 3_600_000;
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

function caseId(n: number): string {
  return `C-B${n.toString(36).padStart(5, '0')}`;
}

/**
 * Case n of the set, filed n/cases of a year before the slot (newest last), as the app would have stored
 * it: a real triaged case with its store, category, temperament, cause and status varied. Cases of the
 * last week are still in hand — open, awaiting a manager, or resolved and due their follow-up call —
 * and older ones are closed, about as a chain's year looks.
 */
function generated(n: number, template: Case): Case {
  const createdAt = new Date(SLOT.getTime() - SPAN_MS + Math.floor(((n + 0.5) * SPAN_MS) / job.cases));
  const at = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000).toISOString();
  const ageDays = (SLOT.getTime() - createdAt.getTime()) / 86_400_000;
  const category = policy.categories[n % policy.categories.length]?.id ?? 'jewellery';
  const by = `U${(n % 40).toString().padStart(4, '0')}`;
  const history: CaseEvent[] = [{ type: 'created', at: at(0), by }];
  let status: CaseStatus = 'closed';
  if (ageDays < 7 && n % 4 === 0) status = 'open';
  else if (ageDays < 7 && n % 4 === 1) status = 'awaiting-approval';
  if (status === 'closed' || (ageDays < 7 && n % 4 >= 2)) {
    history.push({
      type: 'resolved',
      at: at(90),
      by,
      outcome: '免费重新镶钻,当场完成',
      satisfaction: 3 + (n % 3),
      ...(n % 5 === 0 ? { improvement: '进货时逐件检查镶嵌牢固度' } : {}),
    });
    status = ageDays < 7 ? 'resolved' : 'closed';
  }
  if (status === 'closed') history.push({ type: 'closed', at: at(60 * 24 * 8), by });
  return {
    ...template,
    id: caseId(n),
    store: STORES[n % STORES.length] ?? '黄兴店',
    owner: by,
    status,
    createdAt: at(0),
    updatedAt: history.at(-1)?.at ?? at(0),
    complaint: { ...template.complaint, suspectedCause: CAUSES[n % CAUSES.length] ?? 'unknown' },
    analysis: {
      ...template.analysis,
      category,
      temperament: { ...template.analysis.temperament, type: TEMPERAMENTS[n % TEMPERAMENTS.length] ?? 'lively' },
    },
    history,
    reviewPost: { channel: 'C0REVIEW', ts: `${1_700_000_000 + n}.000100` },
    version: history.length - 1,
  };
}

async function generate(): Promise<void> {
  // Imported here, not above: it runs a triage, which the measured `build` step must not carry.
  const { makeCase } = await import('../store/case-fixtures.js');
  const template = makeCase({ id: 'C-TEMPLATE' });
  const engine = await openEngine(job.storeUrl);
  const days = new Map<string, CaseIndex['entries']>();
  const open: CaseIndex['entries'] = [];
  let batch: { key: string; value: unknown }[] = [];
  const flush = async () => {
    if (batch.length > 0) await engine.keyv.setMany(batch);
    batch = [];
  };
  for (let n = 0; n < job.cases; n += 1) {
    const record = generated(n, template);
    const entry = { id: record.id, createdAt: record.createdAt };
    const day = dayBucketOf(record.createdAt);
    const bucket = days.get(day) ?? [];
    bucket.push(entry);
    days.set(day, bucket);
    if (record.status !== 'closed') open.push(entry);
    batch.push({ key: key(recordKeys.case(record.id)), value: record });
    if (batch.length >= CHUNK) await flush();
  }
  for (const [day, entries] of days) {
    batch.push({ key: key(recordKeys.dayIndex(day)), value: { version: 0, entries } });
    if (batch.length >= CHUNK) await flush();
  }
  batch.push({ key: key(recordKeys.openIndex()), value: { version: 0, entries: open } });
  // The indexes are written here as the current version writes them, so opening the store must not
  // backfill them again (that would be measured as the digest's memory).
  batch.push({ key: key(recordKeys.indexSchema()), value: { version: 0, indexVersion: INDEX_SCHEMA_VERSION } });
  await flush();
  await engine.close();
  process.stdout.write(`${JSON.stringify({ days: days.size, open: open.length })}\n`);
}

async function build(): Promise<void> {
  const stores = await openStores(job.storeUrl, { namespace: job.namespace });
  // What the process holds before building: Node, the loaded modules (Slack, Chart.js, canvas) and the store.
  const beforeMb = process.memoryUsage().rss / 1048576;
  const runs: number[] = [];
  let summary = {};
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
    summary = {
      filed: report.counts.byStore.reduce((sum, entry) => sum + entry.count, 0),
      lines: report.cases.length,
      open: report.open.length + report.omitted.open,
      awaitingApproval: report.awaitingApproval.length + report.omitted.awaitingApproval,
      followUpsDue: report.followUpsDue.length + report.omitted.followUpsDue,
      messages: parts.filter((part) => part.kind === 'message').length,
      pngBytes: png.length,
    };
  }
  await stores.close();
  const usage = process.resourceUsage();
  process.stdout.write(
    `${JSON.stringify({ ...summary, firstMs: runs[0], bestMs: Math.min(...runs), beforeMb, peakRssMb: usage.maxRSS / 1024 })}\n`,
  );
}

async function remove(): Promise<void> {
  const engine = await openEngine(job.storeUrl);
  const keys: string[] = [];
  const days = new Set<string>();
  for (let n = 0; n < job.cases; n += 1) {
    const createdAt = new Date(SLOT.getTime() - SPAN_MS + Math.floor(((n + 0.5) * SPAN_MS) / job.cases));
    days.add(dayBucketOf(createdAt));
    keys.push(key(recordKeys.case(caseId(n))));
  }
  keys.push(...[...days].map((day) => key(recordKeys.dayIndex(day))), key(recordKeys.openIndex()));
  keys.push(key(recordKeys.digest(SLOT.toISOString())), key(recordKeys.lastDigest()));
  for (let start = 0; start < keys.length; start += CHUNK)
    await engine.keyv.deleteMany(keys.slice(start, start + CHUNK));
  await engine.close();
}

if (job.step === 'generate') await generate();
else if (job.step === 'build') await build();
else await remove();
