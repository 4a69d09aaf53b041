import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { parseComplaintForm } from '../../blocks/complaint-form.ts';
import { fileComplaint } from '../../complaints/file-complaint.ts';
import type { ListenerContext } from '../listener-context.ts';

/**
 * The complaint form: invalid fields go back inline before acknowledging; a valid one is acknowledged
 * within Slack's 3 s and then analysed, stored and posted.
 */
export function submitComplaintForm(ctx: ListenerContext) {
  return async ({ ack, body, view }: AllMiddlewareArgs & SlackViewMiddlewareArgs): Promise<void> => {
    const language = ctx.languages.cached(body.user.id) ?? (await ctx.languages.resolve(body.user.id));
    const parsed = parseComplaintForm(view.state.values, ctx.clock(), language);
    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await ack();
    await ctx.ackGate.afterAck(() =>
      fileComplaint(
        {
          cases: ctx.stores.cases,
          delivery: ctx.delivery,
          policy: ctx.policy,
          analyser: ctx.analyser,
          clock: ctx.clock,
          defaultStore: ctx.config.stores[0] ?? '—',
          metrics: ctx.metrics,
        },
        { complaint: parsed.complaint, owner: body.user.id, sourceId: view.id },
      ),
    );
  };
}
