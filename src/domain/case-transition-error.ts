import { AppError } from '../errors.ts';
import type { CaseStatus } from './case.ts';

/**
 * Why a change was refused, for the reply a person gets (the message is for logs, in English):
 * - `status`: the case's status does not allow it (`status` says which it is);
 * - `already-decided`: the request was decided before;
 * - `no-request`: the request named does not exist;
 * - `own-request`: the decider made the request;
 * - `not-current-proposal`: a request for anything but the current proposal needing approval;
 * - `needs-approval`: carrying out a proposal a manager has not approved;
 * - `repair-step`: a repair step out of order (ready before promised, collected before ready);
 * - `same-owner`: a handoff to the one who has the case already;
 * - `owner-changed`: a handoff from someone the case has since left (handed meanwhile).
 */
export type TransitionRefusal =
  | 'status'
  | 'already-decided'
  | 'no-request'
  | 'own-request'
  | 'not-current-proposal'
  | 'needs-approval'
  | 'repair-step'
  | 'same-owner'
  | 'owner-changed';

/** A change a case's status does not allow (resolving a closed case, deciding twice); nothing is changed. */
export class CaseTransitionError extends AppError {
  readonly refusal: TransitionRefusal;
  /** The case's status when the change was refused. */
  readonly status: CaseStatus | undefined;

  constructor(message: string, refusal: TransitionRefusal = 'status', status?: CaseStatus) {
    super('invalid_transition', message);
    this.refusal = refusal;
    this.status = status;
  }
}
