import type { Case, HandedOverEvent } from '../domain/case.ts';
import type { PostJob } from '../domain/post-job.ts';

/**
 * The new owner's analysis after a handoff (issue 15): a `staff-analysis` job addressed to them (`target`)
 * and naming the handoff (`eventIndex`), one per handoff, so it goes once, as a new owner's does on filing.
 */
export function handoffAnalysisJob(record: Case, eventIndex: number, at: Date): PostJob {
  const event = record.history[eventIndex];
  const to = event?.type === 'handed-over' ? event.to : record.owner;
  return {
    id: `staff-analysis:${record.id}:handoff:${eventIndex}`,
    caseId: record.id,
    kind: 'staff-analysis',
    dueAt: at.toISOString(),
    attempts: 0,
    eventIndex,
    target: to,
  };
}

/** The handoff a `staff-analysis` job sends the analysis for, if it is one. */
export function handoffOfJob(record: Case, job: Pick<PostJob, 'eventIndex'>): HandedOverEvent | undefined {
  const event = job.eventIndex === undefined ? undefined : record.history[job.eventIndex];
  return event?.type === 'handed-over' ? event : undefined;
}
