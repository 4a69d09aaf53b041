import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { parseOutcomeForm } from '../../blocks/outcome-modal.js';
import { parseTemperamentForm } from '../../blocks/temperament-modal.js';
import { type CaseEvent, CaseSchema } from '../../complaints/case.js';
import { changeCase } from '../../complaints/change-case.js';
import { isAppError } from '../../errors.js';
import { LanguageSchema } from '../../shared/language.js';
import type { ListenerContext } from '../listener-context.js';
import { REPLIES, reply, tellPrivately } from '../replies.js';

type ViewArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs;

/** Applies a change and tells the user privately when the case's state does not allow it. */
async function apply(ctx: ListenerContext, args: ViewArgs, caseId: string, event: CaseEvent): Promise<void> {
  try {
    await changeCase({ cases: ctx.stores.cases, delivery: ctx.delivery, clock: ctx.clock }, caseId, event);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const language = LanguageSchema.parse(args.context.language);
    await tellPrivately(
      args.client,
      args.body.user.id,
      undefined,
      `${reply(REPLIES.refused, language)} ${error.message}`,
    );
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
    await apply(ctx, args, record.id, {
      type: 'resolved',
      at: ctx.clock().toISOString(),
      by: args.body.user.id,
      outcome: parsed.outcome,
      satisfaction: parsed.satisfaction,
      ...(parsed.improvement ? { improvement: parsed.improvement } : {}),
    });
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
    await apply(ctx, args, record.id, {
      type: 'temperament-corrected',
      at: ctx.clock().toISOString(),
      by: args.body.user.id,
      from: record.analysis.temperament.type,
      to: parsed.temperament,
    });
  };
}
