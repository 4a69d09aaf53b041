import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { buildAwayModal } from '../../blocks/away-modal.ts';
import { APPROVAL_REPLIES } from '../../blocks/messages/approval.ts';
import { AWAY_TEXT } from '../../blocks/messages/away.ts';
import { t } from '../../blocks/messages/common.ts';
import { checkApprover } from '../../middleware/require-decider.ts';
import { localDateOf } from '../../shared/local-date.ts';
import { encodedView } from '../../slack/encoded-view.ts';
import type { ListenerContext } from '../listener-context.ts';

type CommandArgs = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/**
 * `/complaint away` opens the away form for an approver (issue 15), and `/complaint away off` ends their
 * delegation; anyone else — a delegate too, who cannot pass it on — is told privately that only
 * approvers can.
 */
export function awayCommand(ctx: ListenerContext) {
  return async (args: CommandArgs, kind: 'open' | 'off'): Promise<void> => {
    const user = args.command.user_id;
    const language = await ctx.languages.resolve(user);
    const approver = await checkApprover(args, () => ctx.approvers.isApprover(user));
    if (approver === undefined) {
      await args.ack({ response_type: 'ephemeral', text: t(APPROVAL_REPLIES.approverCheckFailed, language) });
      return;
    }
    if (!approver) {
      await args.ack({ response_type: 'ephemeral', text: t(AWAY_TEXT.approversOnly, language) });
      return;
    }
    const current = await ctx.stores.delegations.get(user);
    if (kind === 'off') {
      if (current) await ctx.stores.delegations.remove(user);
      await args.ack({
        response_type: 'ephemeral',
        text: t(current ? AWAY_TEXT.ended : AWAY_TEXT.noneToEnd, language),
      });
      return;
    }
    await args.ack();
    const today = localDateOf(ctx.clock(), ctx.policy.timezone);
    const running = current && current.until >= today ? current : undefined;
    await args.client.views.open({
      trigger_id: args.command.trigger_id,
      view: encodedView(buildAwayModal(language, running, today)),
    });
  };
}
