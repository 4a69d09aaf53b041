import type { Policy } from '../domain/policy-schema.ts';
import type { PostDelivery } from '../outbox/deliver-posts.ts';
import { slaUpdateJob } from '../outbox/sla-posts.ts';
import { slaClocks } from '../policy/sla-clock.ts';
import type { CaseStore, IdempotencyStore } from '../store/case-store.ts';
import { pacedWalk } from './paced-walk.ts';

/**
 * A clock that broke longer ago than this is old news, not posted: the digest has told it, and turning the
 * clocks on over a store's old open cases must not post (and ping an owner for) every one of them at once.
 */
export const STALE_BREACH_MS = 24 * 3600_000;

export interface SweepSlaDeps {
  cases: CaseStore;
  idempotency: IdempotencyStore;
  delivery: PostDelivery;
  policy: Policy;
  clock: () => Date;
  /** Awaited every few cases of the walk (see pacedWalk); none by default. */
  pause?: () => Promise<void>;
}

/**
 * One sweep of the SLA clocks: a clock of a case not closed that has turned at risk or breached since the
 * last sweep gets its review post edited and one line in its thread. "Once per state change" is kept in the
 * store (IdempotencyStore.firstTime on case, clock and state), so a restart, a second sweep or a second
 * instance never says it twice; the update goes through the durable outbox, queued before "once" is
 * marked, so a crash in between cannot lose it. A clock that went past "at risk" to "breached" between two
 * sweeps (the bot was down) says only "breached"; one that broke over a day ago ({@link STALE_BREACH_MS}) says
 * nothing. Returns how many updates were queued.
 */
export async function sweepSla(deps: SweepSlaDeps): Promise<number> {
  const { policy } = deps;
  if (!policy.sla) return 0;
  const now = deps.clock();
  let updated = 0;
  for await (const record of pacedWalk(deps.cases.eachOpen(), deps.pause)) {
    for (const clock of slaClocks(record, policy, now)) {
      if (clock.metAt !== undefined || (clock.state !== 'at-risk' && clock.state !== 'breached')) continue;
      if (clock.state === 'breached' && now.getTime() - Date.parse(clock.dueAt) > STALE_BREACH_MS) continue;
      const once = `sla-update:${record.id}:${clock.target}:${clock.state}`;
      if (await deps.idempotency.seen(once)) continue;
      const job = slaUpdateJob(record.id, clock, now);
      await deps.delivery.queue([job]);
      // Another instance marked it first: it queued this same job, which the outbox holds once.
      if (!(await deps.idempotency.firstTime(once, Number.POSITIVE_INFINITY))) continue;
      await deps.delivery.send([job]);
      updated++;
    }
  }
  return updated;
}
