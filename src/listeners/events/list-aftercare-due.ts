import { type AftercareItem, aftercareDue } from '../../domain/aftercare.ts';
import type { Case } from '../../domain/case.ts';
import type { ListenerContext } from '../listener-context.ts';

/** How far back App Home looks among a staff member's cases for aftercare (newest first). */
const OWNED_LOOKBACK = 200;
/** The most items App Home lists; Block Kit caps a Home view at 100 blocks and each item takes two, and pending approvals share it. */
const MAX_ITEMS = 10;

/**
 * A staff member's follow-up calls, repairs and pickups due now, overdue first (the oldest date first),
 * from their newest cases.
 */
export async function listAftercareDue(
  ctx: ListenerContext,
  user: string,
): Promise<{ record: Case; item: AftercareItem }[]> {
  const now = ctx.clock();
  const owned = await ctx.stores.cases.listByOwner(user, OWNED_LOOKBACK);
  const due = owned.flatMap((record) => aftercareDue(record, ctx.policy, now).map((item) => ({ record, item })));
  const dateOf = ({ item }: { item: AftercareItem }) =>
    item.kind === 'awaiting-pickup' ? item.abandonedAfter : item.kind === 'repair-undated' ? item.agreedOn : item.dueOn;
  return due.sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0)).slice(0, MAX_ITEMS);
}
