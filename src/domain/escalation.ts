import type { Case, CaseEvent } from './case.ts';

/** The history entry that records one escalation of an overdue case. */
export type EscalatedEvent = Extract<CaseEvent, { type: 'escalated' }>;

/** The case's escalation to a level, once one was recorded. */
export function escalationOf(record: Pick<Case, 'history'>, level: number): EscalatedEvent | undefined {
  return record.history.find((event): event is EscalatedEvent => event.type === 'escalated' && event.level === level);
}

/** The highest level the case was escalated to, 0 when it never was. */
export function escalatedLevel(record: Pick<Case, 'history'>): number {
  return record.history.reduce((top, event) => (event.type === 'escalated' ? Math.max(top, event.level) : top), 0);
}
