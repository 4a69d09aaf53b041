import { afterEach, describe, expect, it } from 'vitest';
import { changeCase } from '../../src/complaints/change-case.ts';
import { buildDueReport } from '../../src/digest/run-digest.ts';
import type { Case, CaseEvent } from '../../src/domain/case.ts';
import type { PostJob } from '../../src/domain/post-job.ts';
import type { PostDelivery } from '../../src/outbox/deliver-posts.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { makeCase } from '../store/case-fixtures.ts';

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const by = 'U_STAFF';
const opened: Stores[] = [];
afterEach(async () => {
  for (const stores of opened.splice(0)) await stores.close();
});

/** A case resolved on 21 November, in an in-memory store, and a change function whose posts are recorded. */
async function setup() {
  const stores = await openStores('sqlite://:memory:', { log: () => undefined });
  opened.push(stores);
  const sent: PostJob[] = [];
  const delivery = {
    send: async (jobs: readonly PostJob[]) => {
      sent.push(...jobs);
    },
  } as Pick<PostDelivery, 'send'> as PostDelivery;
  const deps = { cases: stores.cases, delivery, clock: () => new Date('2026-11-28T03:00:00Z') };
  await stores.cases.create(makeCase({ id: 'C-1' }));
  const change = (event: CaseEvent): Promise<Case> => changeCase(deps, 'C-1', event);
  await change({ type: 'resolved', at: '2026-11-21T05:00:00Z', by, outcome: 'Re-set the stone', satisfaction: 4 });
  return { stores, sent, change };
}

const followUp: CaseEvent = {
  type: 'followed-up',
  at: '2026-11-28T03:00:00Z',
  by,
  result: 'Wears it every day, happy',
  satisfaction: 5,
};

describe('closing a case once nothing is owed', () => {
  it('when the follow-up call is recorded and no repair is waiting, then the case is closed by the bot, off the open list, with a thread line for each event', async () => {
    const { stores, sent, change } = await setup();
    sent.length = 0;
    const closed = await change(followUp);
    expect(closed.status).toBe('closed');
    expect(closed.history.slice(-2)).toMatchObject([
      { type: 'followed-up' },
      { type: 'closed', by: 'complaint-desk', note: 'follow-up done' },
    ]);
    expect(sent.map((job) => job.eventIndex)).toEqual([closed.history.length - 2, closed.history.length - 1]);
    expect((await stores.cases.listOpen()).map((found) => found.id)).toEqual([]);

    // The morning after, the digest still tells the call, though the case has left the open list.
    const report = await buildDueReport(
      { stores, policy, clock: () => new Date('2026-11-29T00:30:00Z') },
      new Date('2026-11-29T00:30:00Z'),
    );
    expect(report.cases.map((line) => [line.id, line.status, line.followUp?.result])).toEqual([
      ['C-1', 'closed', 'Wears it every day, happy'],
    ]);
    expect(report.open).toEqual([]);
  });

  it('when a repair is still waiting at the follow-up call, then the case stays open until the repair is collected', async () => {
    const { stores, change } = await setup();
    await change({
      type: 'repair-promised',
      at: '2026-11-22T03:00:00Z',
      by,
      remedyId: 'stone-resetting',
      promisedFor: '2026-12-05',
    });
    expect((await change(followUp)).status).toBe('followed-up');
    expect((await stores.cases.listOpen()).map((found) => found.id)).toEqual(['C-1']);

    await change({ type: 'repair-ready', at: '2026-12-04T03:00:00Z', by, customerToldOn: '2026-12-04' });
    expect((await stores.cases.get('C-1'))?.status).toBe('followed-up');
    const collected = await change({ type: 'repair-collected', at: '2026-12-06T03:00:00Z', by });
    expect(collected.status).toBe('closed');
    expect((await stores.cases.listOpen()).map((found) => found.id)).toEqual([]);
  });

  it('when a repair is collected before the follow-up call, then the case waits for the call', async () => {
    const { change } = await setup();
    await change({
      type: 'repair-promised',
      at: '2026-11-22T03:00:00Z',
      by,
      remedyId: 'stone-resetting',
      promisedFor: '2026-11-25',
    });
    await change({ type: 'repair-ready', at: '2026-11-24T03:00:00Z', by, customerToldOn: '2026-11-24' });
    expect((await change({ type: 'repair-collected', at: '2026-11-26T03:00:00Z', by })).status).toBe('resolved');
    expect((await change(followUp)).status).toBe('closed');
  });
});
