import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { buildFollowUpModal, buildRepairModal, buildRepairReadyModal } from '../../blocks/aftercare-modals.ts';
import { CaseSchema } from '../../domain/case.ts';
import { LanguageSchema } from '../../shared/language.ts';
import { localDateOf } from '../../shared/local-date.ts';
import { encodedView } from '../../slack/encoded-view.ts';
import type { ListenerContext } from '../listener-context.ts';
import { applyAftercareEvent } from '../views/submit-aftercare-forms.ts';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** The case and reader that requireCaseEditor put on the context. */
function caseAndLanguage({ context }: ButtonArgs) {
  return { record: CaseSchema.parse(context.caseRecord), language: LanguageSchema.parse(context.language) };
}

/** "Record follow-up": what the customer said on the call. */
export async function openFollowUpModal(args: ButtonArgs): Promise<void> {
  await args.ack();
  const { record, language } = caseAndLanguage(args);
  await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: encodedView(buildFollowUpModal({ language, caseId: record.id })),
  });
}

/** "Repair" / "Change the date": the repair and the date promised to the customer. */
export function openRepairModal(ctx: ListenerContext) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const { record, language } = caseAndLanguage(args);
    const today = localDateOf(ctx.clock(), ctx.policy.timezone);
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: encodedView(buildRepairModal({ language, record, today })),
    });
  };
}

/** "Ready for pickup": the day the customer was told. */
export function openRepairReadyModal(ctx: ListenerContext) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const { record, language } = caseAndLanguage(args);
    const today = localDateOf(ctx.clock(), ctx.policy.timezone);
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: encodedView(buildRepairReadyModal({ language, caseId: record.id, today })),
    });
  };
}

/** "Collected": the customer took the repaired item home; nothing to fill in. */
export function recordRepairCollected(ctx: ListenerContext) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const { record, language } = caseAndLanguage(args);
    await applyAftercareEvent(ctx, args.client, args.body.user.id, language, record.id, {
      type: 'repair-collected',
      at: ctx.clock().toISOString(),
      by: args.body.user.id,
    });
  };
}
