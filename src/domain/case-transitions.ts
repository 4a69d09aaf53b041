import { isRepairKind, repairOf } from './aftercare.ts';
import type { Analysis } from './analysis.ts';
import { CASE_STATUSES, type Case, type CaseEvent, type CaseStatus, type Proposal } from './case.ts';
import { CaseTransitionError } from './case-transition-error.ts';
import type { Complaint } from './complaint.ts';
import type { RemedyVerdict } from './remedy-verdict.ts';

export interface OpenCaseInput {
  id: string;
  store: string;
  owner: string;
  at: string;
  complaint: Complaint;
  analysis: Analysis;
  remedies: readonly RemedyVerdict[];
}

/** Opens a case for a triaged complaint; its history starts with who filed it and when. */
export function openCase({ id, store, owner, at, complaint, analysis, remedies }: OpenCaseInput): Case {
  return {
    id,
    store,
    owner,
    status: 'open',
    createdAt: at,
    updatedAt: at,
    complaint,
    analysis,
    remedies: [...remedies],
    proposal: null,
    decisions: [],
    history: [{ type: 'created', at, by: owner }],
    reviewPost: null,
    version: 0,
  };
}

/**
 * Whether a proposal needs a manager (issue: managers approve compensation): anything the policy did
 * not find eligible, anything the policy reserves for managers, and money above the staff limit. Money
 * with no amount is not known to be within the limit, so it needs a manager too (the form asks for the
 * amount; this keeps a proposal recorded some other way from slipping past the authority rule).
 */
export function proposalNeedsApproval(remedies: readonly RemedyVerdict[], remedyId: string, amount?: number): boolean {
  const verdict = remedies.find((remedy) => remedy.id === remedyId);
  if (!verdict?.eligible || verdict.needsApproval) return true;
  return verdict.staffLimit !== null && (amount === undefined || amount > verdict.staffLimit);
}

/** The statuses each kind of event may be applied in. */
const ALLOWED_FROM: Record<CaseEvent['type'], readonly CaseStatus[]> = {
  created: [],
  'temperament-corrected': ['open', 'proposed', 'awaiting-approval', 'resolved', 'followed-up'],
  proposed: ['open', 'proposed'],
  'approval-requested': ['proposed'],
  'approval-withdrawn': ['awaiting-approval'],
  decided: ['awaiting-approval'],
  resolved: ['open', 'proposed'],
  'followed-up': ['resolved'],
  closed: ['resolved', 'followed-up'],
  // A repair runs beside the rest of the case: agreed while it is open or after it is resolved.
  'repair-promised': ['open', 'proposed', 'awaiting-approval', 'resolved', 'followed-up'],
  'repair-ready': ['open', 'proposed', 'awaiting-approval', 'resolved', 'followed-up'],
  'repair-collected': ['open', 'proposed', 'awaiting-approval', 'resolved', 'followed-up'],
  // The bot records who a crisis was told to whatever the case's state: it never changes the state.
  'crisis-alerted': CASE_STATUSES,
  // Escalating an overdue case tells people; it never changes the case's state.
  escalated: CASE_STATUSES,
  // Only a request still waiting is escalated; it tells people and never changes the case's state.
  'approval-escalated': ['awaiting-approval'],
  // A case can change hands until it is closed; the customer can decline a resolution offered, or come back.
  'handed-over': ['open', 'proposed', 'awaiting-approval', 'resolved', 'followed-up'],
  'customer-declined': ['open', 'proposed'],
  reopened: ['resolved', 'followed-up'],
  // Erasing the customer's data (erasure.ts) never changes the case's state: open or closed, it is a fact kept.
  erased: CASE_STATUSES,
};

function refuse(current: Case, event: CaseEvent): never {
  if (event.type === 'decided' && current.decisions.length > 0 && current.status !== 'awaiting-approval') {
    const last = current.decisions[current.decisions.length - 1];
    throw new CaseTransitionError(
      `case ${current.id}: the request was already decided (${last?.decision} by ${last?.by} at ${last?.at})`,
      'already-decided',
      current.status,
    );
  }
  throw new CaseTransitionError(
    `case ${current.id}: cannot apply "${event.type}" while the case is ${current.status}`,
    'status',
    current.status,
  );
}

function nextProposal(current: Case, event: CaseEvent): Proposal | null {
  switch (event.type) {
    case 'proposed': {
      const needsApproval = proposalNeedsApproval(current.remedies, event.remedyId, event.amount);
      return {
        remedyId: event.remedyId,
        ...(event.amount === undefined ? {} : { amount: event.amount }),
        needsApproval,
        approved: false,
      };
    }
    case 'approval-requested':
      if (!current.proposal?.needsApproval || current.proposal.remedyId !== event.remedyId) {
        throw new CaseTransitionError(
          `case ${current.id}: only the current proposal, when it needs approval, can be sent for approval`,
          'not-current-proposal',
          current.status,
        );
      }
      return current.proposal;
    case 'decided':
      if (event.decision === 'rejected') return null;
      return {
        remedyId: event.remedyId,
        ...(event.amount === undefined ? {} : { amount: event.amount }),
        needsApproval: true,
        approved: true,
      };
    default:
      return current.proposal;
  }
}

function nextStatus(current: Case, event: CaseEvent): CaseStatus {
  switch (event.type) {
    case 'proposed':
      return 'proposed';
    case 'approval-requested':
      return 'awaiting-approval';
    case 'approval-withdrawn':
      return 'proposed';
    case 'decided':
      return event.decision === 'rejected' ? 'open' : 'proposed';
    case 'resolved':
      if (current.proposal?.needsApproval && !current.proposal.approved) {
        throw new CaseTransitionError(
          `case ${current.id}: the proposal needs a manager's approval before it is carried out`,
          'needs-approval',
          current.status,
        );
      }
      return 'resolved';
    case 'followed-up':
      return 'followed-up';
    case 'closed':
      return 'closed';
    // Not accepted is not resolved: the case stays in hand, and a case the customer came back on is again.
    case 'customer-declined':
    case 'reopened':
      return 'open';
    default:
      return current.status;
  }
}

/**
 * A repair goes promised → ready → collected; the promised date may be moved until it is ready (seed 002:
 * tell the customer early, with the new date). Only a repair-kind remedy of the case can be promised.
 */
function checkRepairStep(current: Case, event: CaseEvent): void {
  const repair = repairOf(current);
  const open = repair !== undefined && repair.collectedAt === undefined;
  const fail = (why: string) => {
    throw new CaseTransitionError(`case ${current.id}: ${why}`, 'repair-step', current.status);
  };
  switch (event.type) {
    case 'repair-promised': {
      const verdict = current.remedies.find((remedy) => remedy.id === event.remedyId);
      if (!verdict || !isRepairKind(verdict.kind)) fail(`"${event.remedyId}" is not a repair of this case`);
      if (open && repair?.ready) fail('the repair is already ready for pickup');
      return;
    }
    case 'repair-ready':
      if (!open) fail('no repair is waiting to be finished');
      if (repair?.ready) fail('the repair is already ready for pickup');
      return;
    case 'repair-collected':
      if (!open || !repair?.ready) fail('no repair is waiting for pickup');
      return;
    default:
      return;
  }
}

/**
 * A handoff goes from the owner as the form found it to someone else: one made on a stale view (the case
 * changed hands meanwhile) or to the owner themselves is refused, so it never hands twice.
 */
function checkHandoff(current: Case, event: CaseEvent): void {
  if (event.type !== 'handed-over') return;
  if (event.to === current.owner) {
    throw new CaseTransitionError(`case ${current.id}: it is already ${event.to}'s`, 'same-owner', current.status);
  }
  if (event.from !== current.owner) {
    throw new CaseTransitionError(
      `case ${current.id}: it was handed from ${event.from} but is ${current.owner}'s now`,
      'owner-changed',
      current.status,
    );
  }
}

/**
 * Applies one event to a case and returns the new case; the old one is left untouched and the event is
 * appended to the history. An event the case's status does not allow is refused with nothing changed,
 * so a second decision on the same request can never flip the first.
 */
export function applyCaseEvent(current: Case, event: CaseEvent): Case {
  if (!ALLOWED_FROM[event.type].includes(current.status)) refuse(current, event);
  checkRepairStep(current, event);
  checkHandoff(current, event);
  const proposal = nextProposal(current, event);
  const status = nextStatus({ ...current, proposal }, event);
  const analysis =
    event.type === 'temperament-corrected'
      ? { ...current.analysis, temperament: { ...current.analysis.temperament, type: event.to } }
      : current.analysis;
  return {
    ...current,
    owner: event.type === 'handed-over' ? event.to : current.owner,
    status,
    proposal,
    analysis,
    updatedAt: event.at,
    decisions: event.type === 'decided' ? [...current.decisions, event] : current.decisions,
    history: [...current.history, event],
  };
}
