import type { PostJob } from '../domain/post-job.ts';

/**
 * The outbox jobs of the approval flow. Ids are stable per request (and per target), so queueing the same
 * job twice — a retried request, two instances — keeps one.
 */

/** A new request: posted to the review thread, and fanned out to each approver's DM. */
export function jobsForApprovalRequest(caseId: string, request: number, at: Date): PostJob[] {
  const dueAt = at.toISOString();
  return ['thread', 'approvers'].map((target) => ({
    id: `approval-post:${caseId}:${request}:${target}`,
    caseId,
    kind: 'approval-post',
    dueAt,
    attempts: 0,
    eventIndex: request,
    target,
  }));
}

/**
 * A settled request: every posted copy edited to show the outcome; for a decision (not a withdrawal) the
 * requester told privately, at `settledAt` (the decision's index in the history).
 */
export function jobsForSettledRequest(
  caseId: string,
  request: number,
  decision: number | undefined,
  at: Date,
): PostJob[] {
  const dueAt = at.toISOString();
  const jobs: PostJob[] = [];
  if (decision !== undefined) {
    jobs.push({
      id: `approval-notice:${caseId}:${decision}`,
      caseId,
      kind: 'approval-notice',
      dueAt,
      attempts: 0,
      eventIndex: decision,
    });
  }
  jobs.push({
    id: `approval-close:${caseId}:${request}`,
    caseId,
    kind: 'approval-close',
    dueAt,
    attempts: 0,
    eventIndex: request,
  });
  return jobs;
}

/** The one reminder of a request still pending, fanned out to each approver. */
export function jobForReminder(caseId: string, request: number, at: Date): PostJob {
  return {
    id: `approval-reminder:${caseId}:${request}:approvers`,
    caseId,
    kind: 'approval-reminder',
    dueAt: at.toISOString(),
    attempts: 0,
    eventIndex: request,
    target: 'approvers',
  };
}

/** One approver's copy of a fanned-out job. */
export function jobForApprover(job: PostJob, approver: string): PostJob {
  return {
    id: job.id.replace(/:approvers$/, `:${approver}`),
    caseId: job.caseId,
    kind: job.kind,
    dueAt: job.dueAt,
    attempts: 0,
    eventIndex: job.eventIndex,
    target: approver,
  };
}
