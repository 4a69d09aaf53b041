import { z } from 'zod';
import { addDays, LocalDateSchema, localDateOf } from '../shared/local-date.ts';

/**
 * An approver away names a delegate until a date (issue 15): while it runs, the approver's requests for
 * approval and reminders also go to the delegate, whose decide buttons then work. Only the approver's own
 * delegation counts: a delegate's delegation is never followed, so a delegate cannot pass it on.
 */
export const DelegationSchema = z
  .object({
    approver: z.string().min(1).max(64),
    delegate: z.string().min(1).max(64),
    /** The last day of the delegation, in the store's time zone; it ends by itself the day after. */
    until: LocalDateSchema,
    setAt: z.iso.datetime(),
  })
  .strict();
export type Delegation = z.infer<typeof DelegationSchema>;

/** The furthest a delegation may run: a holiday, not a permanent second approver (that is APPROVERS). */
export const DELEGATION_MAX_DAYS = 90;

/** Whether a delegation still runs at `now`: up to and including its last day, in the store's zone. */
export function isDelegationActive(delegation: Pick<Delegation, 'until'>, now: Date, timeZone: string): boolean {
  return localDateOf(now, timeZone) <= delegation.until;
}

/** The last day a delegation set at `now` may run to. */
export function latestDelegationDay(now: Date, timeZone: string): string {
  return addDays(localDateOf(now, timeZone), DELEGATION_MAX_DAYS);
}
