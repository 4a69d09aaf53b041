import { afterEach, describe, expect, it } from 'vitest';
import { buildDueReport, resumeUnfinishedDigests, runDueDigest } from '../../src/digest/run-digest.ts';
import type { PostJob } from '../../src/domain/post-job.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { makeCase, minutesIn } from '../store/case-fixtures.ts';

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const opened: Stores[] = [];
afterEach(async () => {
  for (const stores of opened.splice(0)) await stores.close();
});

/** A run's dependencies on an in-memory store, with the outbox replaced by a list of the jobs handed to it. */
async function setup(start: string) {
  const stores = await openStores('sqlite://:memory:', { log: () => undefined });
  opened.push(stores);
  let now = new Date(start);
  const sent: PostJob[] = [];
  const queued: PostJob[] = [];
  const deps = {
    stores,
    policy,
    cron: '30 8 * * *',
    timeZone: 'Asia/Shanghai',
    clock: () => now,
    send: async (jobs: readonly PostJob[]) => {
      sent.push(...jobs);
    },
    queue: async (jobs: readonly PostJob[]) => {
      queued.push(...jobs);
    },
  };
  return { stores, deps, sent, queued, set: (moment: string) => (now = new Date(moment)) };
}

describe('running the due digest', () => {
  it('when a case filed in the period is still in hand, then the digest reads it once and still lists it as open', async () => {
    const { stores, deps } = await setup('2026-11-22T00:30:05Z');
    await stores.cases.create(makeCase({ id: 'C-NEW' }));
    await stores.cases.create(makeCase({ id: 'C-OLD', minute: -3 * 24 * 60 }));
    await stores.digests.recordLast('2026-11-21T00:30:00.000Z', '2026-11-21T00:30:00.000Z');
    const reads: string[] = [];
    const counted = <Args extends unknown[]>(walk: (...args: Args) => AsyncIterable<{ id: string }>) =>
      async function* (...args: Args) {
        for await (const record of walk(...args)) {
          reads.push(record.id);
          yield record;
        }
      };
    const cases = Object.create(stores.cases) as typeof stores.cases;
    cases.eachCreatedBetween = counted(
      stores.cases.eachCreatedBetween.bind(stores.cases),
    ) as typeof cases.eachCreatedBetween;
    cases.eachOpen = counted(stores.cases.eachOpen.bind(stores.cases)) as typeof cases.eachOpen;
    cases.eachClosedBetween = counted(
      stores.cases.eachClosedBetween.bind(stores.cases),
    ) as typeof cases.eachClosedBetween;
    const report = await buildDueReport({ ...deps, stores: { ...stores, cases } }, new Date('2026-11-22T00:30:00Z'));
    expect(reads.sort()).toEqual(['C-NEW', 'C-OLD']);
    expect(report.cases.map((line) => line.id)).toEqual(['C-NEW']);
    expect(report.open.map((entry) => entry.id).sort()).toEqual(['C-NEW', 'C-OLD']);
  });

  it('when the first digest ever runs days after the first case, then it covers every case since that one', async () => {
    // The fixtures' cases are filed on 21 November from 10:00 in Shanghai; the first slot is the 24th's 08:30.
    const { stores, deps } = await setup('2026-11-24T00:30:05Z');
    await stores.cases.create(makeCase({ id: 'C-FRIDAY' }));
    await stores.cases.create(makeCase({ id: 'C-SUNDAY', minute: 2 * 24 * 60 }));
    const outcome = await runDueDigest(deps);
    expect(outcome.kind === 'posted' && outcome.report.from).toBe(minutesIn(0));
    expect(outcome.kind === 'posted' && outcome.report.cases.map((line) => line.id)).toEqual(['C-FRIDAY', 'C-SUNDAY']);

    // On an empty store the first digest covers the day before its slot.
    const empty = await setup('2026-11-24T00:30:05Z');
    const quiet = await runDueDigest(empty.deps);
    expect(quiet.kind === 'posted' && quiet.report.from).toBe('2026-11-23T00:30:00.000Z');
  });

  it('when a run claimed its slot but stopped before recording it as the latest, then the next run records it, and the day after covers one day only', async () => {
    const { stores, deps, set } = await setup('2026-12-02T00:30:05Z');
    expect((await runDueDigest(deps)).kind).toBe('posted');

    // 3 December: claimed, then the process died before recordLast.
    set('2026-12-03T00:30:05Z');
    await stores.digests.claim(await buildDueReport(deps, new Date('2026-12-03T00:30:00Z')));
    expect((await stores.digests.last())?.slot).toBe('2026-12-02T00:30:00.000Z');
    expect((await runDueDigest(deps, { catchUp: true })).kind).toBe('already-claimed');
    expect(await stores.digests.last()).toMatchObject({
      slot: '2026-12-03T00:30:00.000Z',
      to: '2026-12-03T00:30:00.000Z',
    });

    set('2026-12-04T00:30:05Z');
    const next = await runDueDigest(deps);
    expect(next.kind === 'posted' && next.report.from).toBe('2026-12-03T00:30:00.000Z');
  });

  it('when the first part could not be queued after the claim, then the resume sweep queues it, and leaves a finished digest alone', async () => {
    const { stores, deps, queued } = await setup('2026-12-02T00:30:05Z');
    const failing = {
      ...deps,
      send: async () => {
        throw new Error('store down');
      },
    };
    await expect(runDueDigest(failing)).rejects.toThrow('store down');
    const slot = '2026-12-02T00:30:00.000Z';
    // Claimed, with nothing posted yet.
    expect(await stores.digests.get(slot)).toMatchObject({ report: { slot }, posted: {} });

    expect(await resumeUnfinishedDigests(deps)).toEqual([slot]);
    expect(queued.map((job) => job.id)).toEqual([`digest:${slot}:0`]);

    // Once every part is in Slack, nothing is queued again.
    await stores.digests.markPosted(slot, 0, '1.000100', 1);
    queued.length = 0;
    expect(await resumeUnfinishedDigests(deps)).toEqual([]);
    expect(queued).toEqual([]);
  });
});
