import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { ApprovalRefSchema } from '../../blocks/approval-ref.ts';
import { type DecisionKind, parseDecisionForm } from '../../blocks/decision-modals.ts';
import { recordDecision } from '../../complaints/decide-approval.ts';
import { approvalRequestAt } from '../../domain/approval-request.ts';
import { CaseSchema } from '../../domain/case.ts';
import { LanguageSchema } from '../../shared/language.ts';
import { explainRefusal } from '../explain-refusal.ts';
import type { ListenerContext } from '../listener-context.ts';

type ViewArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs;

const DECISIONS = { approve: 'approved', adjust: 'adjusted', reject: 'rejected' } as const;

/**
 * A decision form submitted: invalid input comes back inline; otherwise the decision is recorded against
 * this request with the store's compare-and-swap. If another decision got there first (a second manager, a
 * double submit, a Slack retry), the first stands and this one is told so privately.
 */
export function submitDecision(ctx: ListenerContext, kind: DecisionKind) {
  return async (args: ViewArgs): Promise<void> => {
    const record = CaseSchema.parse(args.context.caseRecord);
    const ref = ApprovalRefSchema.parse(args.context.approvalRef);
    const language = LanguageSchema.parse(args.context.language);
    const request = approvalRequestAt(record, ref.request);
    if (!request) {
      await args.ack();
      return;
    }
    const parsed = parseDecisionForm(kind, args.view.state.values, language, record, request.event);
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await args.ack();
    const user = args.body.user.id;
    try {
      await recordDecision(
        { cases: ctx.stores.cases, outbox: ctx.stores.outbox, delivery: ctx.delivery, clock: ctx.clock },
        ref,
        {
          at: ctx.clock().toISOString(),
          by: user,
          decision: DECISIONS[kind],
          remedyId: parsed.remedyId,
          ...(parsed.amount === undefined ? {} : { amount: parsed.amount }),
          ...(parsed.reason === undefined ? {} : { reason: parsed.reason }),
        },
      );
    } catch (error) {
      await explainRefusal(ctx, { client: args.client, user, channel: undefined }, ref, error, language);
    }
  };
}
