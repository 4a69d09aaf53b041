import type { Case, CaseEvent } from './case.ts';

/** The history entry that records one escalation of a request for approval that waited too long. */
export type ApprovalEscalatedEvent = Extract<CaseEvent, { type: 'approval-escalated' }>;

/** The escalation of one request to one level, once one was recorded. */
export function approvalEscalationOf(
  record: Pick<Case, 'history'>,
  request: number,
  level: number,
): ApprovalEscalatedEvent | undefined {
  return record.history.find(
    (event): event is ApprovalEscalatedEvent =>
      event.type === 'approval-escalated' && event.request === request && event.level === level,
  );
}

/** The highest level one request was escalated to, 0 when it never was. */
export function approvalEscalatedLevel(record: Pick<Case, 'history'>, request: number): number {
  return record.history.reduce(
    (top, event) =>
      event.type === 'approval-escalated' && event.request === request ? Math.max(top, event.level) : top,
    0,
  );
}

/**
 * Who may decide a request besides the approvers: everyone its escalations told. Read from the history, so
 * it holds for exactly that request and needs no store of its own.
 */
export function escalatedDeciders(record: Pick<Case, 'history'>, request: number): string[] {
  return [
    ...new Set(
      record.history.flatMap((event) =>
        event.type === 'approval-escalated' && event.request === request ? event.notified : [],
      ),
    ),
  ];
}
