import { buildEscalation } from '../blocks/escalation-message.ts';
import { BOT_ACTOR } from '../domain/aftercare.ts';
import type { Case } from '../domain/case.ts';
import { applyCaseEvent } from '../domain/case-transitions.ts';
import { type EscalatedEvent, escalationOf } from '../domain/escalation.ts';
import type { PostJob } from '../domain/post-job.ts';
import { escalationDue } from '../policy/escalation-due.ts';
import { reviewLinks } from '../slack/review-links.ts';
import type { CrisisAlertDeps } from './crisis-alerts.ts';
import { ladderRecipients, postLadderThreadLine, postOnce } from './ladder-posts.ts';

const LADDER = 'ladder';
const THREAD = 'thread';

/**
 * The job that escalates a case to one level of the ladder. Its id names the case and the level, so
 * queueing it again (a second sweep, a second instance) keeps one job, and the level is told once.
 */
export function escalationJob(caseId: string, level: number, at: Date, target = LADDER): PostJob {
  return {
    id: `escalation:${caseId}:${level}:${target}`,
    caseId,
    kind: 'escalation',
    dueAt: at.toISOString(),
    attempts: 0,
    target: `${level}:${target}`,
  };
}

/** What the ladder's posts need: the same as a crisis alert's (the ladder's first level, told at once). */
export type EscalationDeps = CrisisAlertDeps;

/**
 * Runs the escalation jobs of the outbox. `<level>:ladder` records the escalation in the case's history —
 * the clock that ran over, by how much, and who is told, fixed once in the same write that checks the level
 * is not there yet — and fans it out; `<level>:thread` puts its line in the review thread; `<level>:<user>`
 * is that person's DM. Each step finds what an earlier run did (the history entry, a post marked as sent,
 * or the post in Slack by its metadata after a crash), so each person is told once per level.
 */
export function createEscalationPoster(deps: EscalationDeps) {
  const { cases, idempotency, client, policy, logger } = deps;

  async function escalate(record: Case, level: number): Promise<void> {
    let event = escalationOf(record, level);
    if (!event) {
      const rung = policy.escalation?.levels[level - 1];
      const due = escalationDue(record, policy, deps.clock());
      // Answered or resolved since the sweep queued it (or the policy changed): nothing is overdue to tell.
      if (!rung || !due || due.level < level) {
        logger.info(`escalation: case ${record.id}: level ${level} is no longer due; nobody told`);
        return;
      }
      const fresh: EscalatedEvent = {
        type: 'escalated',
        at: deps.clock().toISOString(),
        // The bot records it; an SLA clock does not take it for a response.
        by: BOT_ACTOR,
        level,
        levelName: rung.name,
        target: due.clock.target,
        overdueMinutes: Math.round(due.overdueMinutes),
        notified: await ladderRecipients(deps, rung, record.owner),
      };
      if (fresh.notified.length === 0)
        logger.warn(`escalation: case ${record.id}: level ${level} has nobody in it; nobody was told`);
      // Another instance may have recorded it meanwhile: theirs stands, and the jobs below are the same.
      const stored = await cases.update(record.id, (current) =>
        escalationOf(current, level) ? current : applyCaseEvent(current, fresh),
      );
      event = escalationOf(stored, level);
      if (!event) return;
      logger.info(`escalation: case ${record.id}: level ${level} told ${event.notified.join(', ') || 'nobody'}`);
    }
    const at = deps.clock();
    await deps.send([
      ...event.notified.map((user) => escalationJob(record.id, level, at, user)),
      escalationJob(record.id, level, at, THREAD),
    ]);
  }

  async function postDm(record: Case, event: EscalatedEvent, user: string): Promise<void> {
    const language = await deps.languageOf(user);
    const reviewLink = (await reviewLinks(client, [record])).get(record.id);
    const message = buildEscalation({ record, event, language, policy, reviewLink });
    await client.chat.postMessage({ channel: user, ...message, unfurl_links: false });
  }

  return {
    async run(job: PostJob & { kind: 'escalation' }, record: Case): Promise<void> {
      const [levelText = '', target = ''] = (job.target ?? '').split(/:(.*)/s);
      const level = Number(levelText);
      if (!Number.isInteger(level) || level < 1 || !target) {
        logger.warn(`outbox: ${job.id}: not an escalation target (${job.target}); dropping it`);
        return;
      }
      if (target === LADDER) return escalate(record, level);
      const event = escalationOf(record, level);
      if (!event) {
        logger.warn(`outbox: ${job.id}: case ${record.id} has no escalation to level ${level} recorded; dropping it`);
        return;
      }
      if (target === THREAD)
        return postOnce(idempotency, job, () => postLadderThreadLine(client, record, event, deps.channelLanguage));
      return postOnce(idempotency, job, () => postDm(record, event, target));
    },
  };
}
