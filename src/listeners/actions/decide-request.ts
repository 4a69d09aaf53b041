import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ApprovalRefSchema } from '../../blocks/approval-ref.ts';
import { buildDecisionModal, type DecisionKind } from '../../blocks/decision-modals.ts';
import { buildHistoryModal } from '../../blocks/history-modal.ts';
import { APPROVAL_REPLIES } from '../../blocks/messages/approval.ts';
import { t } from '../../blocks/messages/common.ts';
import { recordWithdrawal } from '../../complaints/decide-approval.ts';
import { approvalRequestAt } from '../../domain/approval-request.ts';
import { CaseSchema } from '../../domain/case.ts';
import { LanguageSchema } from '../../shared/language.ts';
import { encodedView } from '../../slack/encoded-view.ts';
import { explainRefusal } from '../explain-refusal.ts';
import type { ListenerContext } from '../listener-context.ts';
import { tellPrivately } from '../replies.ts';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

function fromContext({ context }: ButtonArgs) {
  return {
    record: CaseSchema.parse(context.caseRecord),
    ref: ApprovalRefSchema.parse(context.approvalRef),
    language: LanguageSchema.parse(context.language),
  };
}

/** Approve, Adjust or Reject: opens the form for the decision (the decider was checked by middleware). */
export function openDecisionModal(ctx: ListenerContext, kind: DecisionKind) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const { record, ref, language } = fromContext(args);
    const request = approvalRequestAt(record, ref.request);
    if (!request) return;
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: encodedView(
        buildDecisionModal({
          kind,
          record,
          request: ref.request,
          event: request.event,
          language,
          policy: ctx.policy,
        }),
      ),
    });
  };
}

/** Withdraw: the pending request is withdrawn so staff can ask again; refused once it was decided. */
export function withdrawPendingRequest(ctx: ListenerContext) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const { ref, language } = fromContext(args);
    const user = args.body.user.id;
    const channel = args.body.channel?.id;
    try {
      await recordWithdrawal(
        { cases: ctx.stores.cases, outbox: ctx.stores.outbox, delivery: ctx.delivery, clock: ctx.clock },
        ref,
        user,
      );
    } catch (error) {
      await explainRefusal(ctx, { client: args.client, user, channel }, ref, error, language);
      return;
    }
    await tellPrivately(args.client, user, channel, t(APPROVAL_REPLIES.withdrawnDone, language));
  };
}

/** History: the case's record read back, every request, withdrawal and decision with who and when. */
export function openHistoryModal(ctx: ListenerContext) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const record = CaseSchema.parse(args.context.caseRecord);
    const language = LanguageSchema.parse(args.context.language);
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: encodedView(buildHistoryModal({ record, language, policy: ctx.policy })),
    });
  };
}
