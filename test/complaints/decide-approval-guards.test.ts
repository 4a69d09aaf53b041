import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceApprovalRequest, recordDecision, recordWithdrawal } from '../../src/complaints/decide-approval.ts';
import type { Case } from '../../src/domain/case.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import type { PostJob } from '../../src/domain/post-job.ts';
import type { PostDelivery } from '../../src/outbox/deliver-posts.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { makeCase, minutesIn } from '../store/case-fixtures.ts';

// What a decision or a withdrawal queues ahead of its write, so a crash between the two loses nothing:
// edges the first mutation run (docs/mutation-testing.md) found untested.

let stores: Stores;
let sent: PostJob[][];
const now = new Date('2026-11-21T02:30:00.000Z');

/** Records what would be sent; the jobs queued ahead stay in the outbox for the test to read. */
const delivery: PostDelivery = {
  send: async (jobs) => {
    sent.push([...jobs]);
  },
  queue: async () => undefined,
  deliverDue: async () => undefined,
  start: () => undefined,
  stop: () => undefined,
};

beforeEach(async () => {
  stores = await openStores('sqlite://:memory:', { log: () => undefined });
  sent = [];
});
afterEach(async () => {
  await stores.close();
});

const deps = (cases = stores.cases) => ({ cases, outbox: stores.outbox, delivery, clock: () => now });

/** A stored case whose refund is waiting for a manager; its request is the last event. */
async function awaiting(id: string): Promise<Case> {
  const proposed = applyCaseEvent(makeCase({ id }), {
    type: 'proposed',
    at: minutesIn(1),
    by: 'U_STAFF',
    remedyId: 'refund',
  });
  const asked = applyCaseEvent(proposed, {
    type: 'approval-requested',
    at: minutesIn(2),
    by: 'U_STAFF',
    remedyId: 'refund',
    reason: 'customer insists',
  });
  return (await stores.cases.create(asked)).record;
}

const queuedAhead = async () =>
  (await stores.outbox.due(new Date(8.64e15), 100)).map((job) => [job.id, job.dueAt] as const);

describe('jobs queued ahead of a change', () => {
  it('when the decision cannot be written, then its jobs wait a minute in the outbox, not due before', async () => {
    const record = await awaiting('Q1');
    const request = record.history.length - 1;
    // The store as it is, but every write fails.
    const failing = new Proxy(stores.cases, {
      get: (target, name) =>
        name === 'update'
          ? async () => Promise.reject(new Error('database is locked'))
          : (Reflect.get(target, name) as (...args: unknown[]) => unknown).bind(target),
    });

    await expect(
      recordDecision(
        deps(failing),
        { caseId: 'Q1', request },
        { at: now.toISOString(), by: 'U_MANAGER', decision: 'approved', remedyId: 'refund' },
      ),
    ).rejects.toThrow('database is locked');

    const inAMinute = new Date(now.getTime() + 60_000).toISOString();
    expect(await stores.outbox.due(now, 10)).toEqual([]);
    expect(await queuedAhead()).toEqual([
      [`approval-close:Q1:${request}`, inAMinute],
      [`approval-notice:Q1:${record.history.length}`, inAMinute],
    ]);
    expect(sent).toEqual([]);
  });

  it('when a request is withdrawn, then its copies are closed and no decision notice is queued', async () => {
    const record = await awaiting('Q2');
    const request = record.history.length - 1;
    const updated = await recordWithdrawal(deps(), { caseId: 'Q2', request }, 'U_STAFF');
    expect(updated.status).toBe('proposed');
    expect((await queuedAhead()).map(([id]) => id)).toEqual([`approval-close:Q2:${request}`]);
    expect(sent.flat().map((job) => job.kind)).toEqual(['approval-close', 'review-update']);
  });
});

describe('announcing a request', () => {
  it('when the case has no pending request, then nothing is sent', async () => {
    const { record } = await stores.cases.create(makeCase({ id: 'Q3' }));
    await announceApprovalRequest(deps(), record);
    expect(sent).toEqual([]);
  });

  it('when it has one, then it goes to the thread and the approvers', async () => {
    const record = await awaiting('Q4');
    await announceApprovalRequest(deps(), record);
    const kinds = sent.flat().map((job) => job.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['approval-post']));
  });
});
