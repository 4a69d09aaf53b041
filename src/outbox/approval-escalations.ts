import { buildApprovalEscalation } from '../blocks/approval-escalation-message.ts';
import { BOT_ACTOR } from '../domain/aftercare.ts';
import { type ApprovalEscalatedEvent, approvalEscalationOf } from '../domain/approval-escalation.ts';
import { approvalRequestAt, requestState } from '../domain/approval-request.ts';
import type { Case } from '../domain/case.ts';
import { applyCaseEvent } from '../domain/case-transitions.ts';
import type { PostJob } from '../domain/post-job.ts';
import { approvalEscalationDue } from '../policy/approval-escalation-due.ts';
import { reviewLinks } from '../slack/review-links.ts';
import { keepCopy } from './approval-posts.ts';
import type { EscalationDeps } from './escalations.ts';
import { ladderRecipients, postLadderThreadLine, postOnce } from './ladder-posts.ts';

const LADDER = 'ladder';
const THREAD = 'thread';
/** How a person's escalated copy of a request is kept among its copies (edited with them once settled). */
const COPY = 'escalation:';

/**
 * The job that escalates a waiting request to one level of the ladder. Its id names the case, the request
 * and the level, so queueing it again (a second sweep, a second instance, a restart) keeps one job.
 */
export function approvalEscalationJob(
  caseId: string,
  request: number,
  level: number,
  at: Date,
  target = LADDER,
): PostJob {
  return {
    id: `approval-escalation:${caseId}:${request}:${level}:${target}`,
    caseId,
    kind: 'approval-escalation',
    dueAt: at.toISOString(),
    attempts: 0,
    eventIndex: request,
    target: `${level}:${target}`,
  };
}

/**
 * Runs the approval-escalation jobs of the outbox. `<level>:ladder` records the escalation in the case's
 * history — how long the request waited and who is told, fixed once in the same write that checks the
 * request is still pending and the level not there yet — and fans it out; `<level>:thread` puts its line
 * in the review thread; `<level>:<user>` is that person's DM: the request with its decide buttons, kept
 * among the request's copies so it is edited with them once decided. Each step finds what an earlier run
 * did, so each person is told once per request and level.
 */
export function createApprovalEscalationPoster(deps: EscalationDeps) {
  const { cases, idempotency, client, policy, logger } = deps;

  async function escalate(record: Case, request: number, level: number): Promise<void> {
    let event = approvalEscalationOf(record, request, level);
    if (!event) {
      const asked = approvalRequestAt(record, request);
      const due = asked ? approvalEscalationDue(asked.event.at, policy, deps.clock()) : undefined;
      // Decided or withdrawn since the sweep queued it (or the policy changed): nobody needs telling.
      if (!asked || requestState(record, request).state !== 'pending' || !due || due.level < level) {
        logger.info(`approval escalation: case ${record.id}: request ${request} level ${level} is no longer due`);
        return;
      }
      const rung = policy.escalation?.levels[level - 1];
      if (!rung) return;
      const fresh: ApprovalEscalatedEvent = {
        type: 'approval-escalated',
        at: deps.clock().toISOString(),
        by: BOT_ACTOR,
        request,
        level,
        levelName: rung.name,
        waitedMinutes: Math.round(due.waitedMinutes),
        // Whoever asked may not decide their own request, so is not told to.
        notified: await ladderRecipients(deps, rung, asked.event.by),
      };
      if (fresh.notified.length === 0)
        logger.warn(`approval escalation: case ${record.id}: level ${level} has nobody in it; nobody was told`);
      // Another instance may have recorded it meanwhile (theirs stands), or the request was settled.
      const stored = await cases.update(record.id, (current) =>
        approvalEscalationOf(current, request, level) || requestState(current, request).state !== 'pending'
          ? current
          : applyCaseEvent(current, fresh),
      );
      event = approvalEscalationOf(stored, request, level);
      if (!event) return;
      logger.info(
        `approval escalation: case ${record.id}: request ${request} to level ${level}, told ${event.notified.join(', ') || 'nobody'}`,
      );
    }
    const at = deps.clock();
    await deps.send([
      ...event.notified.map((user) => approvalEscalationJob(record.id, request, level, at, user)),
      approvalEscalationJob(record.id, request, level, at, THREAD),
    ]);
  }

  async function postDm(record: Case, event: ApprovalEscalatedEvent, user: string): Promise<void> {
    const target = `${COPY}${user}`;
    // Settled since: the decision stands and the DM would only confuse. Posted already: not twice.
    if (requestState(record, event.request).state !== 'pending') return;
    if (record.approvalMessages?.some((copy) => copy.request === event.request && copy.target === target)) return;
    const language = await deps.languageOf(user);
    const reviewLink = (await reviewLinks(client, [record])).get(record.id);
    const message = buildApprovalEscalation({ record, event, language, policy, reviewLink });
    const posted = await client.chat.postMessage({ channel: user, ...message, unfurl_links: false });
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    await keepCopy(
      deps,
      record.id,
      { request: event.request, target, channel: posted.channel ?? user, ts: posted.ts },
      language,
    );
  }

  return {
    async run(job: PostJob & { kind: 'approval-escalation' }, record: Case): Promise<void> {
      const [levelText = '', target = ''] = (job.target ?? '').split(/:(.*)/s);
      const level = Number(levelText);
      const request = job.eventIndex;
      if (request === undefined || !Number.isInteger(level) || level < 1 || !target) {
        logger.warn(`outbox: ${job.id}: not an approval escalation (${job.target}); dropping it`);
        return;
      }
      if (target === LADDER) return escalate(record, request, level);
      const event = approvalEscalationOf(record, request, level);
      if (!event) {
        logger.warn(
          `outbox: ${job.id}: case ${record.id} has no escalation of request ${request} recorded; dropping it`,
        );
        return;
      }
      if (target === THREAD)
        return postOnce(idempotency, job, () => postLadderThreadLine(client, record, event, deps.channelLanguage));
      return postDm(record, event, target);
    },
  };
}
