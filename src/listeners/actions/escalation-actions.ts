import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { APPROVAL_REPLIES } from '../../blocks/messages/approval.ts';
import { t } from '../../blocks/messages/common.ts';
import { ESCALATION } from '../../blocks/messages/escalation.ts';
import { HANDOFF_ERRORS } from '../../blocks/messages/handoff.ts';
import { handOverCase } from '../../complaints/hand-over-case.ts';
import type { Case } from '../../domain/case.ts';
import { checkApprover } from '../../middleware/require-decider.ts';
import { tellRefusal } from '../error-reply.ts';
import type { ListenerContext } from '../listener-context.ts';
import { tellPrivately } from '../replies.ts';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** Everyone the ladder told about the case: each escalation's people and the crisis alert's. */
function toldAbout(record: Case): Set<string> {
  return new Set(
    record.history.flatMap((event) =>
      event.type === 'escalated' || event.type === 'crisis-alerted' ? event.notified : [],
    ),
  );
}

/** "Open the case" is a link; Slack still sends the click, which only needs acknowledging. */
export async function acknowledgeOpenCase(args: ButtonArgs): Promise<void> {
  await args.ack();
}

/**
 * "I'll take it" on an escalation DM (issue 15): the person the case was escalated to takes it over — a
 * handoff from its owner to them (hand-over-case.ts), once however often the button is pressed. Only the
 * people the ladder told about the case and the approvers may; anyone else, or a closed case, is told why.
 */
export function takeEscalatedCase(ctx: ListenerContext) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const user = args.body.user.id;
    const channel = args.body.channel?.id;
    const language = await ctx.languages.resolve(user);
    const tell = (text: string) => tellPrivately(args.client, user, channel, text);
    const record = await ctx.stores.cases.get(args.action.value ?? '');
    if (!record) return tell(t(ESCALATION.caseGone, language));
    if (!toldAbout(record).has(user)) {
      const approver = await checkApprover(args, () => ctx.approvers.isApprover(user));
      if (approver === undefined) return tell(t(APPROVAL_REPLIES.approverCheckFailed, language));
      if (!approver) return tell(t(ESCALATION.takeOnlyEscalated, language));
    }
    if (record.status === 'closed') return tell(t(HANDOFF_ERRORS.closed, language));
    if (record.owner === user) return tell(t(HANDOFF_ERRORS.toOwner, language));
    try {
      await handOverCase(
        { cases: ctx.stores.cases, delivery: ctx.delivery, clock: ctx.clock },
        {
          caseId: record.id,
          at: ctx.clock().toISOString(),
          by: user,
          from: record.owner,
          to: user,
          // A double click reads the same history: the second finds this handoff and hands nothing.
          form: `take:${user}:${record.history.length}`,
        },
      );
    } catch (error) {
      await tellRefusal({ client: args.client, user, channel }, error, language, ctx.policy.timezone);
      return;
    }
    await tell(t(ESCALATION.taken, language));
  };
}
