import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, CaseEvent } from '../../src/domain/case.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { makeCase, minutesIn } from './case-fixtures.ts';
import { sqliteTarget } from './store-targets.ts';

let stores: Stores;
let dispose: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const target = await sqliteTarget();
  stores = await target.open('awaiting');
  dispose = target.dispose;
});
afterAll(async () => {
  await stores?.close();
  await dispose?.();
});

const step = (event: CaseEvent) => (current: Case) => applyCaseEvent(current, event);
const ask = (minute: number): CaseEvent[] => [
  { type: 'proposed', at: minutesIn(minute), by: 'U_STAFF', remedyId: 'compensation', amount: 200 },
  {
    type: 'approval-requested',
    at: minutesIn(minute),
    by: 'U_STAFF',
    remedyId: 'compensation',
    amount: 200,
    reason: 'Wants 200',
  },
];

describe('cases awaiting approval', () => {
  it('when cases enter and leave awaiting-approval, then the list follows them, newest first', async () => {
    for (const [index, id] of ['A-1', 'A-2', 'A-3'].entries()) {
      await stores.cases.create(makeCase({ id, minute: index }));
    }
    for (const id of ['A-1', 'A-2', 'A-3']) for (const event of ask(5)) await stores.cases.update(id, step(event));
    expect((await stores.cases.listAwaitingApproval(10)).map((found) => found.id)).toEqual(['A-3', 'A-2', 'A-1']);

    await stores.cases.update(
      'A-2',
      step({ type: 'decided', at: minutesIn(6), by: 'UMANAGER01', decision: 'approved', remedyId: 'compensation' }),
    );
    await stores.cases.update('A-3', step({ type: 'approval-withdrawn', at: minutesIn(6), by: 'U_STAFF' }));
    expect((await stores.cases.listAwaitingApproval(10)).map((found) => found.id)).toEqual(['A-1']);

    for (const event of ask(7)) await stores.cases.update('A-3', step(event));
    expect((await stores.cases.listAwaitingApproval(10)).map((found) => found.id)).toEqual(['A-3', 'A-1']);
    expect((await stores.cases.listAwaitingApproval(1)).map((found) => found.id)).toEqual(['A-3']);
  });
});
