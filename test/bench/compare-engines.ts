/**
 * `npm run bench -- compare [ref]`: this tree's triage engine against the one at a git ref (default `main`),
 * both loaded in one process. First the speed, in alternating 25 ms turns timed by CPU time (a machine busy
 * with other work slows both alike), beside a control of this engine against a second copy of itself, whose
 * spread is the noise; then whether both give the same JSON on complaints mutated at random (traditional
 * script, capitals, ſ and İ, spliced and dropped sentences, the facts staff enter). Every engine round so far
 * has rebuilt this by hand; `BENCH_SECONDS` (default 10) per set and `BENCH_MUTATIONS` (default 2,000) set
 * its length.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Converter } from 'opencc-js/cn2t';
import type { Complaint } from '../../src/domain/complaint.ts';
import { loadLabelledSet } from '../../src/evaluation/labelled-set.ts';
import { asPastedComplaint, loadRealSet, REAL_SETS } from '../../src/evaluation/real-set.ts';

interface Engine {
  triage: (complaint: Complaint, now: Date, repeatCount?: number) => Promise<unknown>;
  parse: (input: unknown) => Complaint;
}

interface Item {
  complaint: Complaint;
  now: Date;
}

/** The moment `npm run eval` enters the real complaints at. */
const REAL_AT = new Date('2026-12-01T10:00:00+08:00');
const TURN_MS = 25;

/** The triage engine of the tree at `root` (its own modules, caches and policy), ready to run. */
async function loadEngine(root: string): Promise<Engine> {
  const at = (path: string) => pathToFileURL(join(root, path)).href;
  const { triageComplaint } = await import(at('src/complaints/triage-complaint.ts'));
  const { createRulesAnalyser } = await import(at('src/analysis/rules-analyser.ts'));
  const { DEFAULT_POLICY_PATH, loadPolicy } = await import(at('src/policy/load-policy.ts'));
  const { ComplaintSchema } = await import(at('src/domain/complaint.ts'));
  const policy = await loadPolicy(DEFAULT_POLICY_PATH);
  const analyser = createRulesAnalyser();
  return {
    parse: (input) => ComplaintSchema.parse(input),
    triage: (complaint, now, repeatCount) =>
      triageComplaint({ complaint, policy, now, analyser, ...(repeatCount === undefined ? {} : { repeatCount }) }),
  };
}

/** The source of `ref` (or of the working tree, for `null`) in a temporary folder sharing this node_modules. */
function extractTree(ref: string | null): string {
  const folder = mkdtempSync(join(tmpdir(), 'compare-engines-'));
  const archive = ref === null ? execFileSync('git', ['stash', 'create'], { encoding: 'utf8' }).trim() || 'HEAD' : ref;
  execFileSync('sh', ['-c', `git archive ${archive} src package.json | tar -x -C "${folder}"`]);
  symlinkSync(realpathSync('node_modules'), join(folder, 'node_modules'));
  return folder;
}

/** CPU time per complaint of each engine over the same items, in alternating turns; `[0]` is the reference. */
async function sideBySide(engines: readonly Engine[], items: readonly Item[], seconds: number) {
  const done = engines.map(() => 0);
  const spent = engines.map(() => 0);
  const pairs: number[] = [];
  for (const engine of engines)
    for (let index = 0; index < items.length * 3; index++) {
      const item = items[index % items.length] as Item;
      await engine.triage(item.complaint, item.now);
    }
  for (let turn = 0; turn < (seconds * 1000) / TURN_MS / engines.length; turn++) {
    const rates: number[] = [];
    for (const [row, engine] of engines.entries()) {
      const wall = performance.now();
      const cpu = process.cpuUsage();
      let count = 0;
      while (performance.now() - wall < TURN_MS) {
        const item = items[((done[row] ?? 0) + count) % items.length] as Item;
        await engine.triage(item.complaint, item.now);
        count++;
      }
      const used = process.cpuUsage(cpu);
      done[row] = (done[row] ?? 0) + count;
      spent[row] = (spent[row] ?? 0) + used.user + used.system;
      rates.push(count / (used.user + used.system));
    }
    pairs.push((rates[1] ?? 0) / (rates[0] ?? 1));
  }
  pairs.sort((a, b) => a - b);
  const at = (share: number) => (pairs[Math.floor(share * (pairs.length - 1))] ?? 0).toFixed(2);
  const perSecond = engines.map((_, row) => ((done[row] ?? 0) / (spent[row] ?? 1)) * 1e6);
  return {
    ratio: (perSecond[1] ?? 0) / (perSecond[0] ?? 1),
    perSecond,
    spread: `turn pairs: median ${at(0.5)}, quartiles ${at(0.25)}–${at(0.75)}`,
  };
}

/** A seeded generator, so a run that finds a difference can be repeated. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** Complaints made from the labelled ones by random edits, as staff and customers write them. */
function* mutatedComplaints(items: readonly Item[], count: number, random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const toHongKong = Converter({ from: 'cn', to: 'hk' });
  const toTaiwan = Converter({ from: 'cn', to: 'tw' });
  const sentencesOf = (text: string) => text.split(/(?<=[。！？!?.；;\n])/u).filter((part) => part.trim());
  const pool = items.flatMap(({ complaint: { narrative, customerWords, customerAsk, behaviour } }) =>
    [narrative, customerWords, customerAsk, behaviour].filter((text): text is string => !!text).flatMap(sentencesOf),
  );
  const inserts = [
    'ſ',
    'İ',
    'K',
    '　',
    'ＡＢＣ',
    '１２３',
    '\n',
    '，',
    '!',
    'Refund me 200',
    '退我500元',
    '不',
    'not ',
    '没有',
    '12315',
    '店员说',
    'the clerk said ',
  ];
  const edit = (text: string): string => {
    const at = Math.floor(random() * (text.length + 1));
    const kind = random();
    if (kind < 0.15) return random() < 0.5 ? toHongKong(text) : toTaiwan(text);
    if (kind < 0.3) return text.slice(0, at) + toHongKong(text.slice(at, at + 20)) + text.slice(at + 20);
    if (kind < 0.42) return text.replace(/\b\w+\b/gu, (word) => (random() < 0.2 ? word.toUpperCase() : word));
    if (kind < 0.55) return text.slice(0, at) + pick(inserts) + text.slice(at);
    const parts = sentencesOf(text);
    if (kind < 0.7) parts.splice(Math.floor(random() * (parts.length + 1)), 0, pick(pool));
    else if (kind < 0.8 && parts.length > 1) parts.splice(Math.floor(random() * parts.length), 1);
    else if (kind < 0.9) return text.replace(/[si]/gu, (char) => (random() < 0.1 ? (char === 's' ? 'ſ' : 'İ') : char));
    else return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 10));
    return parts.join(random() < 0.5 ? '' : ' ');
  };
  for (let made = 0; made < count; made++) {
    const base = pick(items);
    const input: Record<string, unknown> = { ...base.complaint };
    for (const field of ['narrative', 'customerWords', 'customerAsk', 'behaviour', 'product'] as const) {
      if (random() >= 0.6) continue;
      const text = input[field] as string | undefined;
      let edited = text ?? (random() < 0.15 ? pick(pool) : undefined);
      for (let times = 1 + Math.floor(random() * 3); edited !== undefined && times > 0; times--) edited = edit(edited);
      input[field] = edited?.slice(0, field === 'product' ? 150 : field === 'customerAsk' ? 480 : 900);
    }
    if (random() < 0.2) input.suspectedCause = pick(['quality', 'use', 'unknown']);
    if (random() < 0.2) input.hasReceipt = pick([true, false, undefined]);
    if (random() < 0.15) input.specialPrice = !input.specialPrice;
    if (random() < 0.2) {
      const bought = Date.parse((input.purchasedAt as string | undefined) ?? base.now.toISOString());
      input.purchasedAt = random() < 0.3 ? undefined : new Date(bought - random() * 400 * 86_400_000).toISOString();
    }
    if (random() < 0.15) input.category = undefined;
    if (random() < 0.15) input.problem = undefined;
    if (random() < 0.1) input.price = Math.round(random() * 5000);
    if (random() < 0.1)
      input.channel = pick(['in-person', 'phone', 'message', 'posted-online', 'regulator', undefined]);
    for (const key of Object.keys(input)) if (input[key] === undefined || input[key] === '') delete input[key];
    yield { input, now: base.now, repeatCount: random() < 0.15 ? 1 + Math.floor(random() * 4) : undefined };
  }
}

/** Runs the comparison and prints it; exits 1 when the engines disagree on any complaint. */
export async function benchCompareEngines(ref = 'main'): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const mutations = Number(process.env.BENCH_MUTATIONS ?? 2000);
  const folders = [extractTree(ref), extractTree(null)];
  try {
    const [reference, current, copy] = [
      await loadEngine(folders[0] as string),
      await loadEngine('.'),
      await loadEngine(folders[1] as string),
    ] as const;
    const sets: Record<string, Item[]> = {
      synthetic: [
        ...(await loadLabelledSet('test/fixtures/complaints/dev.yml')),
        ...(await loadLabelledSet('test/fixtures/complaints/holdout.yml')),
      ].map((item) => ({ complaint: item.complaint, now: new Date(item.at) })),
      'real dev': (await loadRealSet(REAL_SETS['real-dev'])).map((item) => ({
        complaint: asPastedComplaint(item),
        now: REAL_AT,
      })),
    };
    console.log(`this tree against ${ref}, CPU time in alternating ${TURN_MS} ms turns, ${seconds}s a row`);
    for (const [name, items] of Object.entries(sets)) {
      const against = await sideBySide([reference, current], items, seconds);
      const control = await sideBySide([copy, current], items, seconds);
      const count = (perSecond: number | undefined) => Math.round(perSecond ?? 0).toLocaleString('en');
      console.log(
        `  ${name.padEnd(9)} ${against.ratio.toFixed(2)}× ${ref}'s speed (${count(against.perSecond[1])} against ${count(against.perSecond[0])} a CPU second; ${against.spread})`,
      );
      console.log(`  ${''.padEnd(9)} ${control.ratio.toFixed(2)}× itself, the noise (${control.spread})`);
    }
    const items = Object.values(sets).flat();
    let differ = 0;
    for (const { input, now, repeatCount } of mutatedComplaints(items, mutations, seeded(2026))) {
      const complaint = current.parse(input);
      const outputs = await Promise.all(
        [reference, current].map((engine) =>
          engine.triage(structuredClone(complaint), now, repeatCount).then(
            (result) => JSON.stringify(result),
            (error: unknown) => `error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
          ),
        ),
      );
      if (outputs[0] === outputs[1]) continue;
      differ++;
      if (differ <= 3) console.log(`  differs: ${JSON.stringify({ complaint, now, repeatCount })}`);
    }
    console.log(`mutated complaints: ${mutations - differ} of ${mutations} the same JSON as ${ref}'s`);
    if (differ > 0) process.exitCode = 1;
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}
