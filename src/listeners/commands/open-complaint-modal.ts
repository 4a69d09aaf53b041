import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { ListenerContext } from '../listener-context.ts';
import { openComplaintForm } from '../open-complaint-form.ts';

/** `/complaint [the customer's words]` opens the complaint form with those words filled in. */
export function openComplaintModal(ctx: ListenerContext) {
  return async ({ ack, command, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    await ctx.ackGate.afterAck(
      () =>
        openComplaintForm(ctx, client, {
          user: command.user_id,
          triggerId: command.trigger_id,
          customerWords: command.text,
          channel: command.channel_id,
        }),
      { urgent: true },
    );
  };
}
