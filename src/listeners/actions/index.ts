import type { App, BlockButtonAction } from '@slack/bolt';
import { ACTION, AFTERCARE_ACTION, ESCALATION_ACTION, HANDOFF_ACTION } from '../../blocks/ids.ts';
import { requireCaseEditor } from '../../middleware/require-case-editor.ts';
import { requireDecider, requireRequester } from '../../middleware/require-decider.ts';
import type { ListenerContext } from '../listener-context.ts';
import {
  openFollowUpModal,
  openRepairModal,
  openRepairReadyModal,
  recordRepairCollected,
} from './aftercare-actions.ts';
import { openDecisionModal, openHistoryModal, withdrawPendingRequest } from './decide-request.ts';
import { acknowledgeOpenCase, takeEscalatedCase } from './escalation-actions.ts';
import { openHandoffModal, openReopenModal } from './handoff-actions.ts';
import { openCompensationModal, openOutcomeModal, openTemperamentModal } from './open-case-modals.ts';

export function registerActions(app: App, ctx: ListenerContext): void {
  app.action<BlockButtonAction>(ACTION.recordOutcome, requireCaseEditor(ctx), openOutcomeModal);
  app.action<BlockButtonAction>(ACTION.correctTemperament, requireCaseEditor(ctx), openTemperamentModal);
  app.action<BlockButtonAction>(ACTION.requestCompensation, requireCaseEditor(ctx), openCompensationModal);
  app.action<BlockButtonAction>(ACTION.showHistory, requireCaseEditor(ctx), openHistoryModal(ctx));
  app.action<BlockButtonAction>(ACTION.approve, requireDecider(ctx), openDecisionModal(ctx, 'approve'));
  app.action<BlockButtonAction>(ACTION.adjust, requireDecider(ctx), openDecisionModal(ctx, 'adjust'));
  app.action<BlockButtonAction>(ACTION.reject, requireDecider(ctx), openDecisionModal(ctx, 'reject'));
  app.action<BlockButtonAction>(ACTION.withdrawRequest, requireRequester(ctx), withdrawPendingRequest(ctx));
  app.action<BlockButtonAction>(AFTERCARE_ACTION.recordFollowUp, requireCaseEditor(ctx), openFollowUpModal);
  app.action<BlockButtonAction>(AFTERCARE_ACTION.promiseRepair, requireCaseEditor(ctx), openRepairModal(ctx));
  app.action<BlockButtonAction>(AFTERCARE_ACTION.repairReady, requireCaseEditor(ctx), openRepairReadyModal(ctx));
  app.action<BlockButtonAction>(AFTERCARE_ACTION.repairCollected, requireCaseEditor(ctx), recordRepairCollected(ctx));
  app.action<BlockButtonAction>(HANDOFF_ACTION.handOver, requireCaseEditor(ctx), openHandoffModal);
  app.action<BlockButtonAction>(HANDOFF_ACTION.reopen, requireCaseEditor(ctx), openReopenModal);
  app.action<BlockButtonAction>(ESCALATION_ACTION.take, takeEscalatedCase(ctx));
  app.action<BlockButtonAction>(ESCALATION_ACTION.openCase, acknowledgeOpenCase);
}
