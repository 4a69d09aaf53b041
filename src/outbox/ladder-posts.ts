import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { buildReviewThreadLine } from '../blocks/case-message.ts';
import type { Case, CaseEvent } from '../domain/case.ts';
import type { EscalationLevel } from '../domain/policy-schema.ts';
import type { PostJob } from '../domain/post-job.ts';
import type { Language } from '../shared/language.ts';
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

/** An escalation's line under the case's review post; until that post exists the job waits its turn. */
export async function postLadderThreadLine(
  client: WebClient,
  record: Case,
  event: CaseEvent,
  language: Language,
): Promise<void> {
  const { reviewPost } = record;
  if (!reviewPost) throw new Error(`case ${record.id}: no review post yet for the escalation's thread line`);
  await client.chat.postMessage({
    channel: reviewPost.channel,
    thread_ts: reviewPost.ts,
    text: buildReviewThreadLine({ event, language }).text,
  });
}
