import type { Case, CaseEvent } from '../domain/case.ts';
import { applyCaseEvent } from '../domain/case-transitions.ts';
import { jobForChange } from '../outbox/deliver-posts.ts';
import { handoffAnalysisJob } from '../outbox/handoff-posts.ts';
import type { ChangeCaseDeps } from './change-case.ts';

/** A handoff as the form gave it: who hands it, from whom (as the form found it) to whom, and why. */
export interface HandoffRequest {
  caseId: string;
  at: string;
  by: string;
  /** The owner when the form was opened: a case handed on meanwhile is not handed again from under them. */
  from: string;
  to: string;
  note?: string;
  /** The form's view id; a second submit of the same form (a double click, Slack's retry) hands nothing. */
  form: string;
}

/** Thrown inside the atomic update to leave the case as it is: this form's handoff is already recorded. */
class AlreadyHanded extends Error {}

/**
 * Hands a case to a colleague (换人, issue 15) in one atomic write — the owner changes and the history
 * says who handed it from whom to whom — then queues, through the outbox, the review post's edit with a
 * thread line, and the analysis for the new owner (once per handoff), so reminders and the DM follow the
 * owner from now on. `handed` is false when this form's handoff was recorded before: nothing is sent again.
 */
export async function handOverCase(
  deps: ChangeCaseDeps,
  request: HandoffRequest,
): Promise<{ record: Case; handed: boolean }> {
  const event: CaseEvent = {
    type: 'handed-over',
    at: request.at,
    by: request.by,
    from: request.from,
    to: request.to,
    ...(request.note === undefined ? {} : { note: request.note }),
    form: request.form,
  };
  let record: Case;
  try {
    record = await deps.cases.update(request.caseId, (current) => {
      if (current.history.some((entry) => entry.type === 'handed-over' && entry.form === request.form)) {
        throw new AlreadyHanded();
      }
      return applyCaseEvent(current, event);
    });
  } catch (error) {
    if (!(error instanceof AlreadyHanded)) throw error;
    const current = await deps.cases.get(request.caseId);
    if (!current) throw error;
    return { record: current, handed: false };
  }
  const at = deps.clock();
  await deps.delivery.send([jobForChange(record, at), handoffAnalysisJob(record, record.history.length - 1, at)]);
  return { record, handed: true };
}
