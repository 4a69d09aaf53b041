import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { buildReviewMessage, buildReviewThreadLine } from '../blocks/case-message.ts';
import { buildCrisisAlert } from '../blocks/crisis-alert-message.ts';
import { BOT_ACTOR } from '../domain/aftercare.ts';
import type { Case } from '../domain/case.ts';
import { applyCaseEvent } from '../domain/case-transitions.ts';
import { type CrisisAlertedEvent, crisisAlertOf, crisisKindsOf, needsCrisisAlert } from '../domain/crisis-alert.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { PostJob } from '../domain/post-job.ts';
import type { Language } from '../shared/language.ts';
import type { ApproverCheck } from '../slack/approvers.ts';
import { reviewLinks } from '../slack/review-links.ts';
import type { CaseStore, IdempotencyStore } from '../store/case-store.ts';
import { ladderRecipients, postOnce } from './ladder-posts.ts';

const LADDER = 'ladder';
const THREAD = 'thread';

/**
 * The job that alerts the escalation ladder's first level of a case's crisis signs, when the policy has a
 * ladder and the case has a crisis sign nobody was alerted of. Its id is one per case, so queueing it again
 * (a retried submission, the LLM's later reading, a second instance) keeps one job; and a case already
 * alerted queues nothing, so a crisis sign added later does not alert anyone a second time.
 */
export function crisisAlertJobs(record: Case, policy: Pick<Policy, 'escalation'>, at: Date): PostJob[] {
  if (!policy.escalation || !needsCrisisAlert(record)) return [];
  return [crisisJob(record.id, LADDER, at)];
}

function crisisJob(caseId: string, target: string, at: Date): PostJob {
  return {
    id: `crisis-alert:${caseId}:${target}`,
    caseId,
    kind: 'crisis-alert',
    dueAt: at.toISOString(),
    attempts: 0,
    target,
  };
}

export interface CrisisAlertDeps {
  cases: CaseStore;
  /** Remembers each DM and thread line once posted, so a job queued again after it finished posts nothing. */
  idempotency: IdempotencyStore;
  client: WebClient;
  policy: Policy;
  channelLanguage: Language;
  languageOf: (userId: string) => Promise<Language>;
  /** APPROVERS, for a level that notifies `approvers`. */
  approvers: ApproverCheck;
  clock: () => Date;
  /** Queues jobs in the outbox and tries them (the delivery's own `send`). */
  send: (jobs: readonly PostJob[]) => Promise<void>;
  logger: Pick<Logger, 'warn' | 'info'>;
}

/**
 * Runs the crisis-alert jobs of the outbox. `ladder`: records the alert in the case's history — who is
 * alerted, groups expanded, fixed once in the same write that checks no alert is there — and fans it out;
 * `thread`: the review post shows it and its thread gets a line; a user id: that person's DM. Every step
 * finds what an earlier run did (the history entry, a post marked as sent, or the post in Slack by its
 * metadata after a crash), so each person is told once across restarts and instances.
 */
export function createCrisisAlertPoster(deps: CrisisAlertDeps) {
  const { cases, idempotency, client, policy, logger } = deps;

  async function alertLadder(record: Case): Promise<void> {
    const level = policy.escalation?.levels[0];
    let alert = crisisAlertOf(record);
    if (!alert) {
      const flags = crisisKindsOf(record.analysis);
      const first = flags[0];
      if (!level || first === undefined) return;
      const event: CrisisAlertedEvent = {
        type: 'crisis-alerted',
        at: deps.clock().toISOString(),
        // The bot records it, as it does when it closes a case; an SLA clock does not take it for a response.
        by: BOT_ACTOR,
        flags: [first, ...flags.slice(1)],
        level: 1,
        levelName: level.name,
        notified: await ladderRecipients(deps, level, record.owner),
      };
      if (event.notified.length === 0)
        logger.warn(`crisis alert: case ${record.id}: the first escalation level has nobody in it; nobody was alerted`);
      // Another instance may have recorded it meanwhile: theirs stands, and the jobs below are the same.
      const stored = await cases.update(record.id, (current) =>
        crisisAlertOf(current) ? current : applyCaseEvent(current, event),
      );
      alert = crisisAlertOf(stored);
      if (!alert) return;
      logger.info(`crisis alert: case ${record.id}: alerting ${alert.event.notified.join(', ') || 'nobody'}`);
    }
    const at = deps.clock();
    await deps.send([
      ...alert.event.notified.map((user) => crisisJob(record.id, user, at)),
      crisisJob(record.id, THREAD, at),
    ]);
  }

  async function postThreadLine(record: Case, event: CrisisAlertedEvent): Promise<void> {
    const { reviewPost } = record;
    // The line belongs under the case's review post; until that post exists the job waits its turn.
    if (!reviewPost) throw new Error(`case ${record.id}: no review post yet for the crisis alert's thread line`);
    const language = deps.channelLanguage;
    await client.chat.update({ ...reviewPost, ...buildReviewMessage({ record, language, policy }) });
    await client.chat.postMessage({
      channel: reviewPost.channel,
      thread_ts: reviewPost.ts,
      text: buildReviewThreadLine({ event, language }).text,
    });
  }

  async function postAlert(record: Case, event: CrisisAlertedEvent, user: string): Promise<void> {
    const language = await deps.languageOf(user);
    const reviewLink = (await reviewLinks(client, [record])).get(record.id);
    const message = buildCrisisAlert({ record, event, language, policy, reviewLink });
    await client.chat.postMessage({ channel: user, ...message, unfurl_links: false });
  }

  return {
    async run(job: PostJob & { kind: 'crisis-alert' }, record: Case): Promise<void> {
      if (job.target === LADDER) return alertLadder(record);
      const alert = crisisAlertOf(record);
      const target = job.target;
      if (!alert || !target) {
        logger.warn(`outbox: ${job.id}: case ${record.id} has no crisis alert recorded; dropping it`);
        return;
      }
      if (target === THREAD) return postOnce(idempotency, job, () => postThreadLine(record, alert.event));
      return postOnce(idempotency, job, () => postAlert(record, alert.event, target));
    },
  };
}
