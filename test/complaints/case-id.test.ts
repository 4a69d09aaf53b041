import { describe, expect, it } from 'vitest';
import type { AnalysisInput, ComplaintAnalyser } from '../../src/analysis/analyser.ts';
import { analyseWithRules } from '../../src/analysis/rules-analyser.ts';
import { caseIdFor, fileComplaint } from '../../src/complaints/file-complaint.ts';
import type { Analysis } from '../../src/domain/analysis.ts';
import type { Case } from '../../src/domain/case.ts';
import { ComplaintSchema } from '../../src/domain/complaint.ts';
import type { PostJob } from '../../src/domain/post-job.ts';
import type { PostDelivery } from '../../src/outbox/deliver-posts.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import type { CaseStore } from '../../src/store/case-store.ts';

/**
 * Sharp tests for the case id and filing once (file-complaint.ts, issue 17): the id is a pure function of
 * the submission, and a submission already filed is never triaged or stored again.
 */
const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const NOW = new Date('2026-11-21T02:00:00.000Z');
const complaint = ComplaintSchema.parse({
  narrative: 'Pearl came off the clasp two days after she bought it',
  customerWords: 'Please fix it.',
});

describe('the case id', () => {
  it('when a submission is given, then its id is C- and eight characters of sha-256, the same every time', () => {
    expect(caseIdFor('V123')).toBe(caseIdFor('V123'));
    expect([caseIdFor('V123'), caseIdFor('V124'), caseIdFor('')]).toEqual(PINNED);
  });

  it('when many submissions are given, then every id reads aloud: no 0, 1, I or O, eight characters each', () => {
    const ids = Array.from({ length: 500 }, (_, index) => caseIdFor(`V${index}`));
    for (const id of ids) expect(id).toMatch(/^C-[2-9A-HJ-NP-Z]{8}$/);
    expect(new Set(ids).size).toBe(500);
    // Every letter of the alphabet turns up, so none is lost from it.
    expect(new Set(ids.flatMap((id) => [...id.slice(2)])).size).toBe(32);
  });
});

/** Cases in memory: create once per id, as the real stores do. */
function memoryCases(options: { hideFromFirstGet?: Case } = {}) {
  const records = new Map<string, Case>();
  let gets = 0;
  const cases = {
    async get(id: string) {
      gets += 1;
      if (gets === 1 && options.hideFromFirstGet) return undefined;
      return records.get(id);
    },
    async create(record: Case) {
      const existing = records.get(record.id);
      if (existing) return { record: existing, created: false };
      records.set(record.id, record);
      return { record, created: true };
    },
    async update(id: string, change: (current: Case) => Case) {
      const current = records.get(id);
      if (!current) throw new Error(`no case ${id}`);
      const changed = change(current);
      const stored = changed === current ? current : { ...changed, version: current.version + 1 };
      records.set(id, stored);
      return stored;
    },
  };
  if (options.hideFromFirstGet) records.set(options.hideFromFirstGet.id, options.hideFromFirstGet);
  return { cases: cases as unknown as CaseStore, records };
}

/** A delivery that records what it was asked to do, in order. */
function recordingDelivery(onQueue?: () => Promise<void>) {
  const calls: { call: 'send' | 'queue' | 'deliverDue'; jobs?: string[] }[] = [];
  const describe = (jobs: readonly PostJob[]) => jobs.map((job) => `${job.id}@${job.dueAt}`);
  const delivery = {
    async send(jobs: readonly PostJob[]) {
      calls.push({ call: 'send', jobs: describe(jobs) });
    },
    async queue(jobs: readonly PostJob[]) {
      await onQueue?.();
      calls.push({ call: 'queue', jobs: describe(jobs) });
    },
    async deliverDue() {
      calls.push({ call: 'deliverDue' });
    },
  };
  return { delivery: delivery as unknown as PostDelivery, calls };
}

function countingRules() {
  const counts = { analyse: 0 };
  const analyser: ComplaintAnalyser = {
    name: 'counting',
    analyse: async (input: AnalysisInput) => {
      counts.analyse += 1;
      return analyseWithRules(input);
    },
  };
  return { analyser, counts };
}

const jobsAt = (id: string, at: string) => [`staff-analysis:${id}@${at}`, `review-post:${id}@${at}`];

describe('filing once', () => {
  it('when a submission is filed, then the case is stored under its id and its posts are sent, due now', async () => {
    const { cases, records } = memoryCases();
    const { delivery, calls } = recordingDelivery();
    const { analyser } = countingRules();
    const deps = { cases, delivery, policy, analyser, clock: () => NOW, defaultStore: 'Main St' };
    const filed = await fileComplaint(deps, { complaint, owner: 'U_STAFF', sourceId: 'VONCE' });
    expect(filed.id).toBe(caseIdFor('VONCE'));
    expect([filed.store, filed.owner, filed.createdAt, filed.version]).toEqual([
      'Main St',
      'U_STAFF',
      NOW.toISOString(),
      0,
    ]);
    expect([...records.keys()]).toEqual([filed.id]);
    expect(calls).toEqual([{ call: 'send', jobs: jobsAt(filed.id, NOW.toISOString()) }]);
  });

  it('when the complaint names its store, then that store is kept, not the default', async () => {
    const { cases } = memoryCases();
    const { delivery } = recordingDelivery();
    const deps = {
      cases,
      delivery,
      policy,
      analyser: countingRules().analyser,
      clock: () => NOW,
      defaultStore: 'Main St',
    };
    const filed = await fileComplaint(deps, {
      complaint: { ...complaint, store: '黄兴店' },
      owner: 'U_STAFF',
      sourceId: 'VSTORE',
    });
    expect(filed.store).toBe('黄兴店');
  });

  it('when the same submission comes again seconds later, then nothing is triaged or stored again; its posts are queued and what is due is tried', async () => {
    const { cases, records } = memoryCases();
    const { delivery, calls } = recordingDelivery();
    const { analyser, counts } = countingRules();
    let now = NOW;
    const deps = { cases, delivery, policy, analyser, clock: () => now, defaultStore: 'Main St' };
    const first = await fileComplaint(deps, { complaint, owner: 'U_STAFF', sourceId: 'VAGAIN' });
    now = new Date(NOW.getTime() + 5_000);
    const again = await fileComplaint(deps, { complaint, owner: 'U_OTHER', sourceId: 'VAGAIN' });
    expect(again).toEqual(first);
    expect(counts.analyse).toBe(1);
    expect(records.size).toBe(1);
    expect(calls.slice(1)).toEqual([
      { call: 'queue', jobs: jobsAt(first.id, now.toISOString()) },
      { call: 'deliverDue' },
    ]);
  });

  it('when another instance stores the case between the look-up and the store, then its case is kept and nothing is sent twice', async () => {
    const { cases: probe } = memoryCases();
    const theirs = await fileComplaint(
      {
        cases: probe,
        delivery: recordingDelivery().delivery,
        policy,
        analyser: countingRules().analyser,
        clock: () => NOW,
        defaultStore: 'Theirs',
      },
      { complaint, owner: 'U_THEM', sourceId: 'VRACE' },
    );
    const { cases, records } = memoryCases({ hideFromFirstGet: theirs });
    const { delivery, calls } = recordingDelivery();
    const later = new Date(NOW.getTime() + 1_000);
    const mine = await fileComplaint(
      { cases, delivery, policy, analyser: countingRules().analyser, clock: () => later, defaultStore: 'Mine' },
      { complaint, owner: 'U_ME', sourceId: 'VRACE' },
    );
    expect(mine).toBe(theirs);
    expect(records.get(theirs.id)?.owner).toBe('U_THEM');
    expect(calls).toEqual([{ call: 'queue', jobs: jobsAt(theirs.id, later.toISOString()) }, { call: 'deliverDue' }]);
  });
});

describe('filing with an analysis that takes seconds', () => {
  function slowAnalyser(duringFull?: () => Promise<void>) {
    const analyser: ComplaintAnalyser = {
      name: 'slow',
      provisional: (input: AnalysisInput): Analysis => ({ ...analyseWithRules(input), analysedBy: 'rules' }),
      analyse: async (input) => {
        await duringFull?.();
        return { ...analyseWithRules(input), analysedBy: 'llm' };
      },
    };
    return analyser;
  }

  it('when it is filed, then its posts are held two minutes before the case is stored, and sent now with the full analysis', async () => {
    const { cases, records } = memoryCases();
    const id = caseIdFor('VSLOW');
    const storedWhenQueued: boolean[] = [];
    const { delivery, calls } = recordingDelivery(async () => {
      storedWhenQueued.push(records.has(id));
    });
    const deps = { cases, delivery, policy, analyser: slowAnalyser(), clock: () => NOW, defaultStore: 'Main St' };
    const filed = await fileComplaint(deps, { complaint, owner: 'U_STAFF', sourceId: 'VSLOW' });
    expect(storedWhenQueued).toEqual([false]);
    expect(calls).toEqual([
      { call: 'queue', jobs: jobsAt(id, '2026-11-21T02:02:00.000Z') },
      { call: 'send', jobs: jobsAt(id, NOW.toISOString()) },
    ]);
    expect([filed.analysis.analysedBy, filed.version]).toEqual(['llm', 1]);
    expect(records.get(id)?.analysis.analysedBy).toBe('llm');
  });

  it('when the case changed while the full analysis ran, then the change is kept and the provisional analysis stays', async () => {
    const { cases, records } = memoryCases();
    const id = caseIdFor('VSLOW2');
    const analyser = slowAnalyser(async () => {
      const current = records.get(id);
      if (current) records.set(id, { ...current, owner: 'U_TAKEN_OVER', version: current.version + 1 });
    });
    const deps = {
      cases,
      delivery: recordingDelivery().delivery,
      policy,
      analyser,
      clock: () => NOW,
      defaultStore: 'Main St',
    };
    const filed = await fileComplaint(deps, { complaint, owner: 'U_STAFF', sourceId: 'VSLOW2' });
    expect([filed.owner, filed.analysis.analysedBy, filed.version]).toEqual(['U_TAKEN_OVER', 'rules', 1]);
  });
});

/** Worked out apart from the code: sha-256 of the source, its first eight bytes each modulo 32 into 2-9A-Z without I and O. */
const PINNED = ['C-4DL3XET7', 'C-5MR762L7', 'C-5J64SWWN'];
