import { remindersDue } from '../domain/aftercare.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { aftercareReminderJob } from '../outbox/aftercare-posts.ts';
import type { PostDelivery } from '../outbox/deliver-posts.ts';
import { isWithinBusinessHours } from '../policy/business-hours.ts';
import type { CaseStore, IdempotencyStore } from '../store/case-store.ts';
import { pacedWalk } from './paced-walk.ts';

export interface RemindAftercareDeps {
  cases: CaseStore;
  idempotency: IdempotencyStore;
  delivery: PostDelivery;
  policy: Policy;
  clock: () => Date;
  /** Awaited every few cases of the walk (see pacedWalk); none by default. */
  pause?: () => Promise<void>;
}

/**
 * One sweep of the aftercare reminders: each follow-up call due today (or overdue) and each repair due
 * tomorrow (or sooner) sends its owner one private reminder — only while the store is open, so nobody is
 * messaged at night; one that comes due overnight goes at the opening. "Once" is kept in the store
 * (IdempotencyStore.firstTime on the resolution or the promise), so a restart or a second instance never
 * reminds twice; the reminder itself goes through the durable outbox. Returns how many were sent.
 */
export async function remindAftercare(deps: RemindAftercareDeps): Promise<number> {
  const now = deps.clock();
  const { policy } = deps;
  if (!isWithinBusinessHours(now, policy.businessHours, policy.timezone)) return 0;
  let reminded = 0;
  // Every case not closed (an uncapped index), read in batches so a large chain keeps memory flat.
  for await (const record of pacedWalk(deps.cases.eachOpen(), deps.pause)) {
    for (const item of remindersDue(record, policy, now)) {
      const once = `aftercare-reminder:${item.reminderId}`;
      if (await deps.idempotency.seen(once)) continue;
      const kind = item.kind === 'follow-up' ? 'follow-up-reminder' : 'repair-reminder';
      const job = aftercareReminderJob(kind, item.reminderId, record.id, item.eventIndex, now);
      // Queued durably before "once" is marked, so a crash in between cannot lose the reminder.
      await deps.delivery.queue([job]);
      if (!(await deps.idempotency.firstTime(once, Number.POSITIVE_INFINITY))) continue;
      await deps.delivery.send([job]);
      reminded++;
    }
  }
  return reminded;
}
