import type { PostDelivery } from '../outbox/deliver-posts.js';
import { jobForChange } from '../outbox/deliver-posts.js';
import type { CaseStore } from '../store/case-store.js';
import type { Case, CaseEvent } from './case.js';
import { applyCaseEvent } from './case-transitions.js';

export interface ChangeCaseDeps {
  cases: CaseStore;
  delivery: PostDelivery;
  clock: () => Date;
}

/**
 * Records one change to a case atomically (concurrent changes each land, in turn), then brings the
 * review channel up to date: the post is edited and the change gets a line in its thread.
 */
export async function changeCase(deps: ChangeCaseDeps, caseId: string, event: CaseEvent): Promise<Case> {
  const updated = await deps.cases.update(caseId, (current) => applyCaseEvent(current, event));
  await deps.delivery.send([jobForChange(updated, deps.clock())]);
  return updated;
}
