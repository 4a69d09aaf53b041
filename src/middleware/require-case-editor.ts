import type { AllMiddlewareArgs, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { APPROVAL_REPLIES } from '../blocks/messages/approval.ts';
import { t } from '../blocks/messages/common.ts';
import { REPLIES } from '../blocks/messages/replies.ts';
import type { Case } from '../domain/case.ts';
import type { ListenerContext } from '../listeners/listener-context.ts';
import { reply, tellPrivately } from '../listeners/replies.ts';
import { mayChangeCase } from '../slack/approvers.ts';
import { checkApprover } from './require-decider.ts';

const CaseMetadataSchema = z.object({ caseId: z.string().min(1).max(64) });

/** The case a button (its `value`) or a modal (its private_metadata) is about, parsed rather than trusted. */
function caseIdOf(args: SlackActionMiddlewareArgs | SlackViewMiddlewareArgs): string | undefined {
  // Registered with app.view(callbackId), which Bolt calls for view submissions only.
  if ('view' in args) {
    try {
      return CaseMetadataSchema.parse(JSON.parse(args.view.private_metadata)).caseId;
    } catch {
      return undefined;
    }
  }
  if ('action' in args && 'value' in args.action && typeof args.action.value === 'string') {
    return CaseMetadataSchema.shape.caseId.safeParse(args.action.value).data;
  }
  return undefined;
}

/**
 * Listener middleware in front of every action that changes a case: only the owner and approvers pass;
 * anyone else is told privately why and nothing changes. The loaded case rides on `context.caseRecord`.
 */
export function requireCaseEditor(ctx: ListenerContext) {
  return async (args: AllMiddlewareArgs & (SlackActionMiddlewareArgs | SlackViewMiddlewareArgs)): Promise<void> => {
    const user = args.body.user.id;
    const channel = 'channel' in args.body && args.body.channel ? args.body.channel.id : undefined;
    const language = await ctx.languages.resolve(user);
    const caseId = caseIdOf(args);
    const record: Case | undefined = caseId ? await ctx.stores.cases.get(caseId) : undefined;
    if (!record) {
      await args.ack();
      await tellPrivately(args.client, user, channel, reply(REPLIES.notFound, language));
      return;
    }
    const mayChange = await checkApprover(args, () => mayChangeCase(record.owner, user, ctx.approvers));
    if (mayChange === undefined) {
      await args.ack();
      await tellPrivately(args.client, user, channel, t(APPROVAL_REPLIES.approverCheckFailed, language));
      return;
    }
    if (!mayChange) {
      await args.ack();
      await tellPrivately(args.client, user, channel, reply(REPLIES.notYours, language));
      return;
    }
    args.context.caseRecord = record;
    args.context.language = language;
    await args.next();
  };
}
