import { autoCloseEvent } from '../domain/aftercare.ts';
import type { Case, CaseEvent } from '../domain/case.ts';
import { applyCaseEvent } from '../domain/case-transitions.ts';
import { repairDatePromptJobs } from '../outbox/aftercare-posts.ts';
import type { PostDelivery } from '../outbox/deliver-posts.ts';
import { jobForChange } from '../outbox/deliver-posts.ts';
import type { CaseStore } from '../store/case-store.ts';

export interface ChangeCaseDeps {
  cases: CaseStore;
  delivery: PostDelivery;
  clock: () => Date;
}

/**
 * Records one change to a case atomically (concurrent changes each land, in turn), then brings the
 * review channel up to date: the post is edited and the change gets a line in its thread. A change that
 * leaves nothing owed (the follow-up call made, no repair waiting) closes the case in the same write,
 * with a thread line of its own. A change that agrees a repair without a promised date (see
 * repairDateNeeded) also asks the owner privately for the date.
 */
export async function changeCase(deps: ChangeCaseDeps, caseId: string, event: CaseEvent): Promise<Case> {
  let before = 0;
  let previous: Case | undefined;
  const updated = await deps.cases.update(caseId, (current) => {
    before = current.history.length;
    previous = current;
    const changed = applyCaseEvent(current, event);
    const closing = autoCloseEvent(changed, event.at);
    return closing ? applyCaseEvent(changed, closing) : changed;
  });
  const at = deps.clock();
  // One thread line per event recorded: the change, and the close it brought about.
  const jobs = updated.history
    .slice(before)
    .map((_, offset) => jobForChange({ ...updated, history: updated.history.slice(0, before + offset + 1) }, at));
  // A resolution that agrees a repair with no date yet asks the owner for one, privately.
  if (previous) jobs.push(...repairDatePromptJobs(previous, updated, at));
  await deps.delivery.send(jobs);
  return updated;
}
