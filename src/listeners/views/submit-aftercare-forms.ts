import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { parseFollowUpForm, parseRepairForm, parseRepairReadyForm } from '../../blocks/aftercare-modals.js';
import { type Case, type CaseEvent, CaseSchema } from '../../complaints/case.js';
import { changeCase } from '../../complaints/change-case.js';
import { type Language, LanguageSchema } from '../../shared/language.js';
import { localDateOf } from '../../shared/local-date.js';
import { tellRefusal } from '../error-reply.js';
import type { ListenerContext } from '../listener-context.js';

type ViewArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs;

/**
 * Records one aftercare change (the review post is edited and gets a thread line); when the case's state
 * does not allow it — the follow-up already recorded, the repair already collected — the user is told
 * privately and nothing changes.
 */
export async function applyAftercareEvent(
  ctx: ListenerContext,
  client: WebClient,
  user: string,
  language: Language,
  caseId: string,
  event: CaseEvent,
): Promise<Case | undefined> {
  try {
    return await changeCase({ cases: ctx.stores.cases, delivery: ctx.delivery, clock: ctx.clock }, caseId, event);
  } catch (error) {
    await tellRefusal({ client, user, channel: undefined }, error, language, ctx.policy.timezone);
    return undefined;
  }
}

function context(args: ViewArgs) {
  return { record: CaseSchema.parse(args.context.caseRecord), language: LanguageSchema.parse(args.context.language) };
}

/** The follow-up form: the call's result (and satisfaction) becomes the case's `followed-up` event. */
export function submitFollowUpForm(ctx: ListenerContext) {
  return async (args: ViewArgs): Promise<void> => {
    const { record, language } = context(args);
    const parsed = parseFollowUpForm(args.view.state.values, language);
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await args.ack();
    const by = args.body.user.id;
    await applyAftercareEvent(ctx, args.client, by, language, record.id, {
      type: 'followed-up',
      at: ctx.clock().toISOString(),
      by,
      result: parsed.result,
      ...(parsed.satisfaction === undefined ? {} : { satisfaction: parsed.satisfaction }),
    });
  };
}

/** The repair form: the repair and the date promised to the customer (a new date replaces the old). */
export function submitRepairForm(ctx: ListenerContext) {
  return async (args: ViewArgs): Promise<void> => {
    const { record, language } = context(args);
    const today = localDateOf(ctx.clock(), ctx.policy.timezone);
    const parsed = parseRepairForm(args.view.state.values, language, record, today);
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await args.ack();
    const by = args.body.user.id;
    await applyAftercareEvent(ctx, args.client, by, language, record.id, {
      type: 'repair-promised',
      at: ctx.clock().toISOString(),
      by,
      remedyId: parsed.remedyId,
      promisedFor: parsed.promisedFor,
      ...(parsed.note ? { note: parsed.note } : {}),
    });
  };
}

/** The "ready for pickup" form: from the day the customer was told, a month until it counts as abandoned. */
export function submitRepairReadyForm(ctx: ListenerContext) {
  return async (args: ViewArgs): Promise<void> => {
    const { record, language } = context(args);
    const today = localDateOf(ctx.clock(), ctx.policy.timezone);
    const parsed = parseRepairReadyForm(args.view.state.values, language, today);
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await args.ack();
    const by = args.body.user.id;
    await applyAftercareEvent(ctx, args.client, by, language, record.id, {
      type: 'repair-ready',
      at: ctx.clock().toISOString(),
      by,
      customerToldOn: parsed.customerToldOn,
    });
  };
}
