import type { Case, CaseEvent } from '../../src/domain/case.ts';
import { CaseTransitionError } from '../../src/domain/case-transition-error.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';

/** The case after each event in turn. */
export function apply(record: Case, ...events: CaseEvent[]): Case {
  return events.reduce((current, event) => applyCaseEvent(current, event), record);
}

/** The refusal an event gets, or a failure when it is applied. */
export function refusalOf(record: Case, event: CaseEvent): CaseTransitionError {
  try {
    applyCaseEvent(record, event);
  } catch (error) {
    if (error instanceof CaseTransitionError) return error;
    throw error;
  }
  throw new Error(`"${event.type}" was applied; expected a refusal`);
}
