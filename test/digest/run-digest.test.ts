import { afterEach, describe, expect, it } from 'vitest';
import { buildDueReport, resumeUnfinishedDigests, runDueDigest } from '../../src/digest/run-digest.js';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.js';
import type { PostJob, Stores } from '../../src/store/case-store.js';
import { openStores } from '../../src/store/open-stores.js';

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
