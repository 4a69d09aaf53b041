import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { parseFollowUpForm, parseRepairForm, parseRepairReadyForm } from '../../blocks/aftercare-modals.ts';
import { changeCase } from '../../complaints/change-case.ts';
import { type Case, type CaseEvent, CaseSchema } from '../../domain/case.ts';
import { type Language, LanguageSchema } from '../../shared/language.ts';
import { localDateOf } from '../../shared/local-date.ts';
import { tellRefusal } from '../error-reply.ts';
import type { ListenerContext } from '../listener-context.ts';

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

/** What an aftercare form's parser gives: the fields, or the errors to show inline. */
type Parsed<T> = ({ ok: true } & T) | { ok: false; errors: Record<string, string> };

/**
 * An aftercare form's submit: invalid fields go back inline; valid ones are acknowledged and recorded as
 * the case event `toEvent` makes of them.
 */
function submitAftercareForm<T>(
  ctx: ListenerContext,
  parse: (args: ViewArgs, record: Case, language: Language, today: string) => Parsed<T>,
  toEvent: (parsed: T, at: string, by: string) => CaseEvent,
) {
  return async (args: ViewArgs): Promise<void> => {
    const record = CaseSchema.parse(args.context.caseRecord);
    const language = LanguageSchema.parse(args.context.language);
    const parsed = parse(args, record, language, localDateOf(ctx.clock(), ctx.policy.timezone));
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await args.ack();
    const by = args.body.user.id;
    await applyAftercareEvent(
      ctx,
      args.client,
      by,
      language,
      record.id,
      toEvent(parsed, ctx.clock().toISOString(), by),
    );
  };
}

/** The follow-up form: the call's result (and satisfaction) becomes the case's `followed-up` event. */
export function submitFollowUpForm(ctx: ListenerContext) {
  return submitAftercareForm(
    ctx,
    (args, _record, language) => parseFollowUpForm(args.view.state.values, language),
    (parsed, at, by): CaseEvent => ({
      type: 'followed-up',
      at,
      by,
      result: parsed.result,
      ...(parsed.satisfaction === undefined ? {} : { satisfaction: parsed.satisfaction }),
    }),
  );
}

/** The repair form: the repair and the date promised to the customer (a new date replaces the old). */
export function submitRepairForm(ctx: ListenerContext) {
  return submitAftercareForm(
    ctx,
    (args, record, language, today) => parseRepairForm(args.view.state.values, language, record, today),
    (parsed, at, by): CaseEvent => ({
      type: 'repair-promised',
      at,
      by,
      remedyId: parsed.remedyId,
      promisedFor: parsed.promisedFor,
      ...(parsed.note ? { note: parsed.note } : {}),
    }),
  );
}

/** The "ready for pickup" form: from the day the customer was told, a month until it counts as abandoned. */
export function submitRepairReadyForm(ctx: ListenerContext) {
  return submitAftercareForm(
    ctx,
    (args, _record, language, today) => parseRepairReadyForm(args.view.state.values, language, today),
    (parsed, at, by): CaseEvent => ({ type: 'repair-ready', at, by, customerToldOn: parsed.customerToldOn }),
  );
}
