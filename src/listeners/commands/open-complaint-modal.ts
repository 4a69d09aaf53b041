import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { buildComplaintModal } from '../../blocks/complaint-modal.ts';
import { defaultLanguage } from '../../services.ts';
import type { ListenerContext } from '../listener-context.ts';

/**
 * `/complaint [the customer's words]` opens the complaint form at once — the trigger expires in 3 s —
 * in the language we already know for the user, then switches it to their Slack locale if that differs.
 */
export function openComplaintModal(ctx: ListenerContext) {
  return async ({ ack, command, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    await ctx.ackGate.afterAck(
      async () => {
        const user = command.user_id;
        const guess = ctx.languages.cached(user) ?? defaultLanguage(ctx.config);
        const build = (language: typeof guess) =>
          buildComplaintModal({
            language,
            prefill: command.text,
            categories: ctx.policy.categories,
            stores: ctx.config.stores,
            privateMetadata: JSON.stringify({ channel: command.channel_id }),
          });
        const opened = await client.views.open({ trigger_id: command.trigger_id, view: build(guess) });
        const language = await ctx.languages.resolve(user);
        const viewId = opened.view?.id;
        if (language !== guess && viewId) {
          await client.views.update({
            view_id: viewId,
            ...(opened.view?.hash ? { hash: opened.view.hash } : {}),
            view: build(language),
          });
        }
      },
      { urgent: true },
    );
  };
}
