import { type Delegation, isDelegationActive } from '../domain/delegation.ts';
import type { ApproverCheck } from './approvers.ts';

/** Who stands in for an approver away (issue 15), read from the delegations as they are now. */
export interface DelegateCheck {
  /** The approvers whose running delegation names `user` (and who are approvers still). */
  delegatorsOf(user: string): Promise<string[]>;
  /** The running delegates of these approvers, each once. */
  delegatesOf(approvers: readonly string[]): Promise<string[]>;
}

/**
 * Reads the stored delegations on every question, so one set, changed or cancelled on another instance
 * counts at once, and one whose last day has passed counts no more (no timer has to end it). Only an
 * approver's own delegation is followed, one step: a delegate's delegation passes nothing on.
 */
export function createDelegateCheck(
  list: () => Promise<Delegation[]>,
  approvers: ApproverCheck,
  clock: () => Date,
  timeZone: string,
): DelegateCheck {
  const running = async () => (await list()).filter((delegation) => isDelegationActive(delegation, clock(), timeZone));
  return {
    async delegatorsOf(user) {
      const named = (await running()).filter((delegation) => delegation.delegate === user);
      const still: string[] = [];
      for (const { approver } of named) if (await approvers.isApprover(approver)) still.push(approver);
      return still;
    },
    async delegatesOf(people) {
      const delegates = (await running())
        .filter((delegation) => people.includes(delegation.approver))
        .map((delegation) => delegation.delegate);
      return [...new Set(delegates)];
    },
  };
}
