import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { buildAppHome } from '../../blocks/app-home.ts';
import { pendingRequest } from '../../domain/approval-request.ts';
import type { Case } from '../../domain/case.ts';
import { encodedView } from '../../slack/encoded-view.ts';
import { CASE_INDEX_CAP } from '../../store/case-index.ts';
import type { ListenerContext } from '../listener-context.ts';
import { listAftercareDue } from './list-aftercare-due.ts';

const LIST_SIZE = 15;
/** Pending requests an approver sees; each takes two blocks of the Home tab's hundred. */
const PENDING_SIZE = 20;
/** Dead letters an approver sees (one block each); the rest are counted, and `npm run outbox` lists them all. */
const DEAD_LETTERS_SHOWN = 5;
/** How many dead letters are read to count those not shown. */
const DEAD_LETTERS_COUNTED = 100;

/**
 * The requests awaiting a decision, oldest first — the one waiting longest is decided first — cut to what
 * Home has room for, and how many more there are. The whole awaiting index is read (it is capped), since
 * it lists the newest first and cutting it before sorting would hide the oldest requests.
 */
async function pendingApprovals(
  ctx: ListenerContext,
): Promise<{ pending: { record: Case; request: number }[]; pendingMore: number }> {
  const awaiting = await ctx.stores.cases.listAwaitingApproval(CASE_INDEX_CAP);
  const all = awaiting
    .flatMap((record) => {
      const request = pendingRequest(record);
      return request ? [{ record, request: request.index, at: request.event.at }] : [];
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return {
    pending: all.slice(0, PENDING_SIZE).map(({ record, request }) => ({ record, request })),
    pendingMore: Math.max(0, all.length - PENDING_SIZE),
  };
}

/**
 * App Home: the staff member's open cases and their store's recent ones; for approvers (and a delegate of
 * one while it runs), pending requests first; for approvers, then the posts the bot gave up on.
 */
export function publishAppHome(ctx: ListenerContext) {
  return async ({ event, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    const language = await ctx.languages.resolve(event.user);
    const owned = await ctx.stores.cases.listByOwner(event.user, 50);
    const mine = owned.filter((record) => record.status !== 'closed');
    // Staff belong to the store of their latest case; someone with none yet sees the whole chain's.
    const store = owned[0]?.store;
    const recent = await ctx.stores.cases.listRecent(LIST_SIZE, store);
    const approver = await ctx.approvers.isApprover(event.user);
    // A delegate stands in for an approver away (issue 15): they see the pending requests too, nothing more.
    const standsIn = !approver && (await ctx.delegates.delegatorsOf(event.user)).length > 0;
    const pending = approver || standsIn ? await pendingApprovals(ctx) : undefined;
    const dead = approver ? await ctx.stores.outbox.deadLetters(DEAD_LETTERS_COUNTED) : [];
    const aftercare = await listAftercareDue(ctx, event.user);
    await client.views.publish({
      user_id: event.user,
      view: encodedView(
        buildAppHome({
          language,
          mine: mine.slice(0, LIST_SIZE),
          recent,
          policy: ctx.policy,
          now: ctx.clock(),
          ...(pending ? { ...pending, viewer: event.user } : {}),
          approver,
          aftercare,
          deadLetters: {
            letters: dead.slice(0, DEAD_LETTERS_SHOWN),
            more: Math.max(0, dead.length - DEAD_LETTERS_SHOWN),
          },
        }),
      ),
    });
  };
}
