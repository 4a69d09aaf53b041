import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { buildHandoffModal } from '../../blocks/handoff-modal.ts';
import { t } from '../../blocks/messages/common.ts';
import { REOPEN_FORM } from '../../blocks/messages/confirmation.ts';
import { HANDOFF_ERRORS } from '../../blocks/messages/handoff.ts';
import { buildReopenModal } from '../../blocks/reopen-modal.ts';
import { encodedView } from '../../slack/encoded-view.ts';
import { tellPrivately } from '../replies.ts';
import { caseAndLanguage } from './open-case-modals.ts';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** "Hand over": the colleague and a note; a closed case is not handed on, and its owner is told so at once. */
export async function openHandoffModal(args: ButtonArgs): Promise<void> {
  await args.ack();
  const { record, language } = caseAndLanguage(args);
  if (record.status === 'closed') {
    await tellPrivately(args.client, args.body.user.id, args.body.channel?.id, t(HANDOFF_ERRORS.closed, language));
    return;
  }
  await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: encodedView(buildHandoffModal({ language, caseId: record.id, owner: record.owner })),
  });
}

/** "Reopen": only a resolved or followed-up case the customer came back on; anything else is told why. */
export async function openReopenModal(args: ButtonArgs): Promise<void> {
  await args.ack();
  const { record, language } = caseAndLanguage(args);
  if (record.status !== 'resolved' && record.status !== 'followed-up') {
    await tellPrivately(args.client, args.body.user.id, args.body.channel?.id, t(REOPEN_FORM.notResolved, language));
    return;
  }
  await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: encodedView(buildReopenModal({ language, caseId: record.id })),
  });
}
