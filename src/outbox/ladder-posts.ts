import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { EscalationLevel } from '../domain/policy-schema.ts';
import type { PostJob } from '../domain/post-job.ts';
import { type ApproverCheck, createApproverCheck } from '../slack/approvers.ts';
import type { IdempotencyStore } from '../store/case-store.ts';

/** What expanding a ladder level needs: Slack for user groups, and APPROVERS for `approvers`. */
export interface LadderRecipientDeps {
  client: WebClient;
  approvers: ApproverCheck;
  clock: () => Date;
  logger: Pick<Logger, 'warn' | 'info'>;
}

/**
 * The people of one escalation level (crisis alerts and the ladder both tell them): user ids, user groups
 * and `approvers` expanded, each once, without the case's owner — the one the level is told about.
 */
export async function ladderRecipients(
  deps: LadderRecipientDeps,
  level: EscalationLevel,
  owner: string,
): Promise<string[]> {
  const ids = level.notify.filter((id) => id !== 'approvers');
  const people = new Set(await createApproverCheck(deps.client, ids, deps.clock, deps.logger).listApprovers());
  if (level.notify.includes('approvers')) for (const user of await deps.approvers.listApprovers()) people.add(user);
  people.delete(owner);
  return [...people];
}

/**
 * Posts one message of a ladder job once: a job queued again after it finished finds its mark and posts
 * nothing (a crash between the post and the mark is caught by the outbox's lookup by metadata).
 */
export async function postOnce(idempotency: IdempotencyStore, job: PostJob, post: () => Promise<void>): Promise<void> {
  const posted = `posted:${job.id}`;
  if (await idempotency.seen(posted)) return;
  await post();
  await idempotency.firstTime(posted, Number.POSITIVE_INFINITY);
}
