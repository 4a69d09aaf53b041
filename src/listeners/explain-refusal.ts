import type { WebClient } from '@slack/web-api';
import type { ApprovalRef } from '../blocks/approval-ref.ts';
import { isAppError, RequestSettledError } from '../errors.ts';
import { describeSettled } from '../middleware/require-decider.ts';
import type { Language } from '../shared/language.ts';
import { describeAppError } from './error-reply.ts';
import type { ListenerContext } from './listener-context.ts';
import { tellPrivately } from './replies.ts';

/**
 * Tells the user privately why a change to an approval request did not land: when another decision got
 * there first, who made it and when; otherwise the refusal itself. Errors that are not the app's own
 * (a store outage) are thrown on, for Bolt's error handler.
 */
export async function explainRefusal(
  ctx: ListenerContext,
  target: { client: WebClient; user: string; channel: string | undefined },
  ref: ApprovalRef,
  error: unknown,
  language: Language,
): Promise<void> {
  if (!isAppError(error)) throw error;
  const current = await ctx.stores.cases.get(ref.caseId);
  const settled =
    error instanceof RequestSettledError && current
      ? describeSettled(current, ref.request, ctx.policy.timezone, language)
      : undefined;
  await tellPrivately(
    target.client,
    target.user,
    target.channel,
    settled ?? describeAppError(error, language, ctx.policy.timezone),
  );
}
