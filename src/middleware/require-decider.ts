import type { AllMiddlewareArgs, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { type ApprovalRef, parseApprovalRef } from '../blocks/approval-ref.ts';
import { APPROVAL_REPLIES, alreadySettled } from '../blocks/messages/approval.ts';
import { t } from '../blocks/messages/common.ts';
import { mention } from '../blocks/safe-text.ts';
import { escalatedDeciders } from '../domain/approval-escalation.ts';
import { type ApprovalRequest, approvalRequestAt, requestState } from '../domain/approval-request.ts';
import type { Case } from '../domain/case.ts';
import { formatMoment } from '../i18n/labels.ts';
import type { ListenerContext } from '../listeners/listener-context.ts';
import { tellPrivately } from '../listeners/replies.ts';
import type { Language } from '../shared/language.ts';

type Args = AllMiddlewareArgs & (SlackActionMiddlewareArgs | SlackViewMiddlewareArgs);

/** The request a decide button (its `value`) or a decision form (its private_metadata) is about. */
function refOf(args: Args): ApprovalRef | undefined {
  if ('view' in args && args.body.type === 'view_submission') return parseApprovalRef(args.view.private_metadata);
  if ('action' in args && 'value' in args.action) return parseApprovalRef(args.action.value);
  return undefined;
}

/** Where a private answer goes: ephemeral where the click happened, else a DM. */
function channelOf(args: Args): string | undefined {
  return 'channel' in args.body && args.body.channel ? args.body.channel.id : undefined;
}

/** Acknowledges and tells the user privately; nothing else happens. */
async function refuse(args: Args, text: string): Promise<void> {
  await args.ack();
  await tellPrivately(args.client, args.body.user.id, channelOf(args), text);
}

/**
 * Runs an approver check that may read a user group from Slack; undefined when that read failed (Slack
 * down, 5xx), so the caller can tell the user to try again instead of leaving the click unanswered.
 */
export async function checkApprover(
  args: AllMiddlewareArgs,
  check: () => Promise<boolean>,
): Promise<boolean | undefined> {
  try {
    return await check();
  } catch (error) {
    args.logger.warn(
      `approvers: could not check who may approve: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

/** "Already approved by <@U1> at …" for a request that is no longer pending; undefined while it is. */
export function describeSettled(record: Case, request: number, timezone: string, language: Language) {
  const state = requestState(record, request);
  if (state.state === 'pending') return undefined;
  const settled = state.state === 'decided' ? state.decision : state.withdrawal;
  const outcome = state.state === 'decided' ? state.decision.decision : 'withdrawn';
  return alreadySettled(outcome, mention(settled.by).text, formatMoment(settled.at, timezone), language);
}

/** Loads the case and the request, or tells the user it is gone. */
async function load(
  ctx: ListenerContext,
  args: Args,
  language: Language,
): Promise<{ record: Case; ref: ApprovalRef; request: ApprovalRequest } | undefined> {
  const ref = refOf(args);
  const record = ref ? await ctx.stores.cases.get(ref.caseId) : undefined;
  const request = record && ref ? approvalRequestAt(record, ref.request) : undefined;
  if (!record || !ref || !request) {
    await refuse(args, t(APPROVAL_REPLIES.requestGone, language));
    return undefined;
  }
  return { record, ref, request };
}

/**
 * Listener middleware in front of every decide button and decision form — checked again on submit, not
 * only when the form opens: only approvers pass (and, for one request, the people it was escalated to), never on their own request, and only while the request is
 * pending. Anyone else is told privately why, and nothing changes. The case, the request's ref and the
 * reader's language ride on `context`.
 */
export function requireDecider(ctx: ListenerContext) {
  return async (args: Args): Promise<void> => {
    const user = args.body.user.id;
    const language = await ctx.languages.resolve(user);
    const loaded = await load(ctx, args, language);
    if (!loaded) return;
    const { record, ref, request } = loaded;
    // The people a request that waited too long was escalated to may decide that request too (issue 15).
    const escalatedTo = escalatedDeciders(record, ref.request).includes(user);
    // So may an approver's delegate while the delegation runs (issue 15).
    const approver =
      escalatedTo ||
      (await checkApprover(
        args,
        async () => (await ctx.approvers.isApprover(user)) || (await ctx.delegates.delegatorsOf(user)).length > 0,
      ));
    if (approver === undefined) return refuse(args, t(APPROVAL_REPLIES.approverCheckFailed, language));
    if (!approver) return refuse(args, t(APPROVAL_REPLIES.approversOnly, language));
    if (request.event.by === user) return refuse(args, t(APPROVAL_REPLIES.notOwnRequest, language));
    const settled = describeSettled(record, ref.request, ctx.policy.timezone, language);
    if (settled) return refuse(args, settled);
    args.context.caseRecord = record;
    args.context.approvalRef = ref;
    args.context.language = language;
    await args.next();
  };
}

/** Listener middleware in front of Withdraw: only whoever asked, or the case's owner, may withdraw. */
export function requireRequester(ctx: ListenerContext) {
  return async (args: Args): Promise<void> => {
    const user = args.body.user.id;
    const language = await ctx.languages.resolve(user);
    const loaded = await load(ctx, args, language);
    if (!loaded) return;
    const { record, ref, request } = loaded;
    if (user !== request.event.by && user !== record.owner) {
      return refuse(args, t(APPROVAL_REPLIES.requesterOnly, language));
    }
    const settled = describeSettled(record, ref.request, ctx.policy.timezone, language);
    if (settled) return refuse(args, settled);
    args.context.caseRecord = record;
    args.context.approvalRef = ref;
    args.context.language = language;
    await args.next();
  };
}
