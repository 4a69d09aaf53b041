import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { handoffFormOwner, parseHandoffForm } from '../../blocks/handoff-modal.ts';
import { HANDOFF_BLOCK } from '../../blocks/ids.ts';
import { t } from '../../blocks/messages/common.ts';
import { NOT_A_COLLEAGUE } from '../../blocks/messages/handoff.ts';
import { parseReopenForm } from '../../blocks/reopen-modal.ts';
import { handOverCase } from '../../complaints/hand-over-case.ts';
import { CaseSchema } from '../../domain/case.ts';
import { LanguageSchema } from '../../shared/language.ts';
import { checkColleague } from '../../slack/colleague-check.ts';
import { tellRefusal } from '../error-reply.ts';
import type { ListenerContext } from '../listener-context.ts';
import { applyCaseChanges } from './submit-case-forms.ts';

type ViewArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs;

/**
 * The handoff form (换人, issue 15): refused on the form when it names the one submitting it, the owner,
 * a bot or a deactivated account; otherwise the case is handed over once, however often the form arrives.
 */
export function submitHandoffForm(ctx: ListenerContext) {
  return async (args: ViewArgs): Promise<void> => {
    const language = LanguageSchema.parse(args.context.language);
    const record = CaseSchema.parse(args.context.caseRecord);
    const by = args.body.user.id;
    const parsed = parseHandoffForm(args.view.state.values, { language, by, owner: record.owner });
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const colleague = await checkColleague(args.client, parsed.to);
    if (colleague !== 'ok') {
      await args.ack({
        response_action: 'errors',
        errors: { [HANDOFF_BLOCK.to]: t(NOT_A_COLLEAGUE[colleague], language) },
      });
      return;
    }
    await args.ack();
    try {
      await handOverCase(
        { cases: ctx.stores.cases, delivery: ctx.delivery, clock: ctx.clock },
        {
          caseId: record.id,
          at: ctx.clock().toISOString(),
          by,
          from: handoffFormOwner(args.view.private_metadata) ?? record.owner,
          to: parsed.to,
          ...(parsed.note === undefined ? {} : { note: parsed.note }),
          form: args.view.id,
        },
      );
    } catch (error) {
      await tellRefusal({ client: args.client, user: by, channel: undefined }, error, language, ctx.policy.timezone);
    }
  };
}

/** The reopen form: the customer came back on a resolved case; it is open again, with why in its history. */
export function submitReopenForm(ctx: ListenerContext) {
  return async (args: ViewArgs): Promise<void> => {
    const parsed = parseReopenForm(args.view.state.values, LanguageSchema.parse(args.context.language));
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await args.ack();
    const record = CaseSchema.parse(args.context.caseRecord);
    await applyCaseChanges(ctx, args, record.id, () => ({
      type: 'reopened',
      at: ctx.clock().toISOString(),
      by: args.body.user.id,
      ...(parsed.reason === undefined ? {} : { reason: parsed.reason }),
    }));
  };
}
