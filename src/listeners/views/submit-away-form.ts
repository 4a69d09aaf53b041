import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { AWAY_BLOCK, parseAwayForm } from '../../blocks/away-modal.ts';
import { APPROVAL_REPLIES } from '../../blocks/messages/approval.ts';
import { AWAY_TEXT } from '../../blocks/messages/away.ts';
import { t } from '../../blocks/messages/common.ts';
import { NOT_A_COLLEAGUE } from '../../blocks/messages/handoff.ts';
import { mention } from '../../blocks/safe-text.ts';
import { latestDelegationDay } from '../../domain/delegation.ts';
import { checkApprover } from '../../middleware/require-decider.ts';
import { localDateOf } from '../../shared/local-date.ts';
import { checkColleague } from '../../slack/colleague-check.ts';
import type { ListenerContext } from '../listener-context.ts';
import { tellPrivately } from '../replies.ts';

type ViewArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs;

/**
 * The away form: checked again on submit (only approvers may name a delegate), then the delegate and the
 * last day are checked on the form — not oneself, a colleague and not a bot, from today up to 90 days —
 * and the delegation is stored, replacing the approver's previous one; they are told privately.
 */
export function submitAwayForm(ctx: ListenerContext) {
  return async (args: ViewArgs): Promise<void> => {
    const by = args.body.user.id;
    const language = await ctx.languages.resolve(by);
    const approver = await checkApprover(args, () => ctx.approvers.isApprover(by));
    if (!approver) {
      await args.ack();
      const refusal = approver === undefined ? APPROVAL_REPLIES.approverCheckFailed : AWAY_TEXT.approversOnly;
      await tellPrivately(args.client, by, undefined, t(refusal, language));
      return;
    }
    const now = ctx.clock();
    const parsed = parseAwayForm(args.view.state.values, {
      language,
      by,
      today: localDateOf(now, ctx.policy.timezone),
      latest: latestDelegationDay(now, ctx.policy.timezone),
    });
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const colleague = await checkColleague(args.client, parsed.delegate);
    if (colleague !== 'ok') {
      await args.ack({
        response_action: 'errors',
        errors: { [AWAY_BLOCK.delegate]: t(NOT_A_COLLEAGUE[colleague], language) },
      });
      return;
    }
    await args.ack();
    await ctx.stores.delegations.put({
      approver: by,
      delegate: parsed.delegate,
      until: parsed.until,
      setAt: now.toISOString(),
    });
    const said = `${t(AWAY_TEXT.saved, language)} ${mention(parsed.delegate).text} ${t(AWAY_TEXT.savedUntil, language)} ${parsed.until}.`;
    await tellPrivately(args.client, by, undefined, said);
  };
}
