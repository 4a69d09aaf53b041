import type { Case } from '../domain/case.ts';
import type { CustomerRef } from '../domain/customer-ref.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { DEFAULT_REPEAT_DAYS, type RepeatHistory, repeatHistoryOf } from '../domain/repeat-customer.ts';
import type { CaseStore } from '../store/case-store.ts';

/** What counting a customer's earlier complaints needs. */
export interface RepeatLookup {
  cases: Pick<CaseStore, 'listByCustomer'>;
  policy: Pick<Policy, 'repeat'>;
  /** Links to the earlier cases' review posts (one auth.test, see slack/review-links.ts); none without it. */
  linksFor?: (cases: readonly Case[]) => Promise<ReadonlyMap<string, string>>;
}

/** How many of a customer's newest cases are read: far more than anyone complains within a window. */
const LOOKUP_LIMIT = 200;

/**
 * The customer's complaints in every store within the policy's window before the case filed at `filedAt`
 * (issue 15): how many, what goodwill they were granted, and links to them. Undefined without a customer.
 * Links are a nicety: when Slack cannot say where the posts are, the count still stands.
 */
export async function countRepeat(
  deps: RepeatLookup,
  current: { id: string; filedAt: string; customer: CustomerRef | undefined },
  at: Date,
): Promise<RepeatHistory | undefined> {
  if (!current.customer) return undefined;
  const withinDays = deps.policy.repeat?.withinDays ?? DEFAULT_REPEAT_DAYS;
  const found = await deps.cases.listByCustomer(current.customer.fingerprint, LOOKUP_LIMIT);
  const history = repeatHistoryOf(current, found, withinDays, at.toISOString());
  if (!deps.linksFor || history.earlier.length === 0) return history;
  const earlierIds = new Set(history.earlier.map((entry) => entry.id));
  const links = await deps.linksFor(found.filter((record) => earlierIds.has(record.id))).catch(() => undefined);
  if (!links) return history;
  return {
    ...history,
    earlier: history.earlier.map((entry) => {
      const link = links.get(entry.id);
      return link ? { ...entry, link } : entry;
    }),
  };
}
