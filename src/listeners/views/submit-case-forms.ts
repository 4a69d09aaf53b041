import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { buildRequestReceipt } from '../../blocks/approval-message.ts';
import { parseCompensationForm } from '../../blocks/compensation-modal.ts';
import { APPROVAL_REPLIES } from '../../blocks/messages/approval.ts';
import { t } from '../../blocks/messages/common.ts';
import { REPLIES } from '../../blocks/messages/replies.ts';
import { parseOutcomeForm } from '../../blocks/outcome-modal.ts';
import { parseTemperamentForm } from '../../blocks/temperament-modal.ts';
import { changeCase } from '../../complaints/change-case.ts';
import { requestCompensation } from '../../complaints/request-compensation.ts';
import { pendingRequest } from '../../domain/approval-request.ts';
import { type Case, type CaseEvent, CaseSchema } from '../../domain/case.ts';
import { LanguageSchema } from '../../shared/language.ts';
import { reviewLinks } from '../../slack/review-links.ts';
import { tellRefusal } from '../error-reply.ts';
import type { ListenerContext } from '../listener-context.ts';
import { reply, tellPrivately } from '../replies.ts';

type ViewArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs;

/**
 * Applies changes in turn, each built from the case as the previous one left it, and tells the user
 * privately when the case's state does not allow one. Returns the case after the last change that
 * landed, or undefined when one was refused.
 */
export async function applyCaseChanges(
  ctx: ListenerContext,
  args: ViewArgs,
  caseId: string,
  ...events: ((current: Case) => CaseEvent | undefined)[]
): Promise<Case | undefined> {
  let current: Case = CaseSchema.parse(args.context.caseRecord);
  try {
    for (const next of events) {
      const event = next(current);
      if (event) {
        current = await changeCase(
          { cases: ctx.stores.cases, delivery: ctx.delivery, clock: ctx.clock },
          caseId,
          event,
        );
      }
    }
    return current;
  } catch (error) {
    const language = LanguageSchema.parse(args.context.language);
    await tellRefusal(
      { client: args.client, user: args.body.user.id, channel: undefined },
      error,
      language,
      ctx.policy.timezone,
    );
    return undefined;
  }
}

/** The outcome form: what was done, the customer's satisfaction, the improvement; the case is resolved. */
export function submitOutcomeForm(ctx: ListenerContext) {
  return async (args: ViewArgs): Promise<void> => {
    const language = LanguageSchema.parse(args.context.language);
    const parsed = parseOutcomeForm(args.view.state.values, language);
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await args.ack();
    const record = CaseSchema.parse(args.context.caseRecord);
    await applyCaseChanges(ctx, args, record.id, () => ({
      // Not accepted by the customer: what was offered is recorded and the case stays open (issue 15).
      type: parsed.accepted ? 'resolved' : 'customer-declined',
      at: ctx.clock().toISOString(),
      by: args.body.user.id,
      outcome: parsed.outcome,
      satisfaction: parsed.satisfaction,
      ...(parsed.improvement ? { improvement: parsed.improvement } : {}),
    }));
  };
}

/** The temperament correction: recorded in the history and shown on the case from then on. */
export function submitTemperamentForm(ctx: ListenerContext) {
  return async (args: ViewArgs): Promise<void> => {
    const parsed = parseTemperamentForm(args.view.state.values, LanguageSchema.parse(args.context.language));
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await args.ack();
    const record = CaseSchema.parse(args.context.caseRecord);
    await applyCaseChanges(ctx, args, record.id, () => ({
      type: 'temperament-corrected',
      at: ctx.clock().toISOString(),
      by: args.body.user.id,
      from: record.analysis.temperament.type,
      to: parsed.temperament,
    }));
  };
}

/**
 * A request for compensation: recorded as the case's proposal; when it is beyond the staff member's
 * authority it becomes a request for approval, and the staff member is told to promise nothing yet.
 */
export function submitCompensationForm(ctx: ListenerContext) {
  return async (args: ViewArgs): Promise<void> => {
    const language = LanguageSchema.parse(args.context.language);
    const record = CaseSchema.parse(args.context.caseRecord);
    const parsed = parseCompensationForm(args.view.state.values, language, record.remedies);
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await args.ack();
    const by = args.body.user.id;
    // One active request per case: a new one never replaces the pending one silently.
    if (pendingRequest(record)) {
      await tellPrivately(args.client, by, undefined, t(APPROVAL_REPLIES.withdrawFirst, language));
      return;
    }
    let updated: Case;
    try {
      updated = await requestCompensation(
        {
          cases: ctx.stores.cases,
          outbox: ctx.stores.outbox,
          delivery: ctx.delivery,
          clock: ctx.clock,
          // A repeat customer's history counted again for the manager (issue 15).
          repeat: { policy: ctx.policy, linksFor: (cases) => reviewLinks(args.client, cases) },
        },
        record.id,
        {
          by,
          at: ctx.clock().toISOString(),
          remedyId: parsed.remedyId,
          ...(parsed.amount === undefined ? {} : { amount: parsed.amount }),
          reason: parsed.reason,
        },
      );
    } catch (error) {
      // Another submit got there first (a double click, a Slack retry): its request stands.
      await tellRefusal({ client: args.client, user: by, channel: undefined }, error, language, ctx.policy.timezone);
      return;
    }
    const request = pendingRequest(updated);
    if (!request) {
      await tellPrivately(args.client, by, undefined, reply(REPLIES.withinAuthority, language));
      return;
    }
    // The request was queued for the approvers (durably, so it reaches them even if Slack fails now); now
    // the staff member is told, with the button to withdraw it.
    await args.client.chat.postMessage({
      channel: by,
      ...buildRequestReceipt({ record: updated, request: request.index, language, policy: ctx.policy }),
    });
  };
}
