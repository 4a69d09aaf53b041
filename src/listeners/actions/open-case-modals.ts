import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { buildCompensationModal } from '../../blocks/compensation-modal.ts';
import { APPROVAL_REPLIES } from '../../blocks/messages/approval.ts';
import { t } from '../../blocks/messages/common.ts';
import { buildOutcomeModal } from '../../blocks/outcome-modal.ts';
import { buildTemperamentModal } from '../../blocks/temperament-modal.ts';
import { pendingRequest } from '../../domain/approval-request.ts';
import { CaseSchema } from '../../domain/case.ts';
import { LanguageSchema } from '../../shared/language.ts';
import { encodedView } from '../../slack/encoded-view.ts';
import { tellPrivately } from '../replies.ts';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** The case and reader that requireCaseEditor put on the context. */
export function caseAndLanguage({ context }: ButtonArgs) {
  return { record: CaseSchema.parse(context.caseRecord), language: LanguageSchema.parse(context.language) };
}

/** "Record the outcome": what was done, the customer's satisfaction, the improvement for the store. */
export async function openOutcomeModal(args: ButtonArgs): Promise<void> {
  await args.ack();
  const { record, language } = caseAndLanguage(args);
  await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: encodedView(buildOutcomeModal({ language, caseId: record.id })),
  });
}

/** "Correct the temperament": staff know the customer better than any reading. */
export async function openTemperamentModal(args: ButtonArgs): Promise<void> {
  await args.ack();
  const { record, language } = caseAndLanguage(args);
  await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: encodedView(
      buildTemperamentModal({ language, caseId: record.id, current: record.analysis.temperament.type }),
    ),
  });
}

/**
 * "Ask for compensation": a remedy, an amount and the reason a manager will read. While a request is
 * pending nothing replaces it silently: staff are told to withdraw it first.
 */
export async function openCompensationModal(args: ButtonArgs): Promise<void> {
  await args.ack();
  const { record, language } = caseAndLanguage(args);
  if (pendingRequest(record)) {
    await tellPrivately(
      args.client,
      args.body.user.id,
      args.body.channel?.id,
      t(APPROVAL_REPLIES.withdrawFirst, language),
    );
    return;
  }
  await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: encodedView(buildCompensationModal({ language, caseId: record.id, remedies: record.remedies })),
  });
}
