import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';

/** Decides whether a user is one of APPROVERS, directly or through a user group. */
export interface ApproverCheck {
  isApprover(userId: string): Promise<boolean>;
  /** Every approver as a user id, groups expanded (for notifying each of them), without duplicates. */
  listApprovers(): Promise<string[]>;
}

const GROUP_TTL_MS = 5 * 60 * 1000;

/**
 * APPROVERS lists user ids (U…, W…) and user-group ids (S…). Group members are read with
 * usergroups.users.list and cached for a few minutes, so a manager added to the group is honoured soon.
 * When a refresh fails (Slack down, 5xx) the last members read are used until a refresh succeeds — a
 * manager should not be locked out by a blip — and the failure is logged; with nothing read yet, the
 * lookup fails and the caller tells the user to try again.
 */
export function createApproverCheck(
  client: WebClient,
  approvers: readonly string[],
  clock: () => Date,
  logger?: Pick<Logger, 'warn'>,
): ApproverCheck {
  const users = new Set(approvers.filter((id) => !id.startsWith('S')));
  const groups = approvers.filter((id) => id.startsWith('S'));
  const cache = new Map<string, { members: Set<string>; at: number }>();

  async function membersOf(group: string): Promise<Set<string>> {
    const cached = cache.get(group);
    if (cached && clock().getTime() - cached.at < GROUP_TTL_MS) return cached.members;
    let result: Awaited<ReturnType<WebClient['usergroups']['users']['list']>>;
    try {
      result = await client.usergroups.users.list({ usergroup: group });
    } catch (error) {
      if (!cached) throw error;
      logger?.warn(
        `approvers: reading group ${group} failed, using its members as read before: ${error instanceof Error ? error.message : String(error)}`,
      );
      return cached.members;
    }
    const members = new Set(result.users ?? []);
    cache.set(group, { members, at: clock().getTime() });
    return members;
  }

  return {
    async isApprover(userId) {
      if (users.has(userId)) return true;
      for (const group of groups) {
        if ((await membersOf(group)).has(userId)) return true;
      }
      return false;
    },
    async listApprovers() {
      const everyone = new Set(users);
      for (const group of groups) for (const member of await membersOf(group)) everyone.add(member);
      return [...everyone];
    },
  };
}

/** Only the case's owner and approvers may change a case. */
export async function mayChangeCase(owner: string, userId: string, approvers: ApproverCheck): Promise<boolean> {
  return owner === userId || (await approvers.isApprover(userId));
}
