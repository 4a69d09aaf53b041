import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { buildApprovalReminder, buildApprovalRequestMessage, buildDecisionNotice } from '../blocks/approval-message.ts';
import { approvalRequestAt, requestState } from '../domain/approval-request.ts';
import type { ApprovalMessage, Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { PostJob } from '../domain/post-job.ts';
import type { Language } from '../shared/language.ts';
import type { ApproverCheck } from '../slack/approvers.ts';
import type { DelegateCheck } from '../slack/delegates.ts';
import type { CaseStore } from '../store/case-store.ts';
import { jobForApprover } from './approval-jobs.ts';

export interface ApprovalPosterDeps {
  cases: CaseStore;
  client: WebClient;
  policy: Policy;
  channelLanguage: Language;
  languageOf: (userId: string) => Promise<Language>;
  approvers: ApproverCheck;
  /** Approvers' delegates while away; absent, nobody stands in. */
  delegates?: DelegateCheck;
  /** Queues jobs in the outbox and tries them (the delivery's own `send`). */
  send: (jobs: readonly PostJob[]) => Promise<void>;
  logger: Logger;
}

/** Runs the approval jobs of the outbox; see approval-jobs.ts for what each is. */
export interface ApprovalPoster {
  run(
    job: PostJob & { kind: 'approval-post' | 'approval-close' | 'approval-notice' | 'approval-reminder' },
    record: Case,
  ): Promise<void>;
}

/** A copy's target with its kind taken off (`reminder:U1`, `escalation:U1`): whose language it is written in. */
const readerOf = (target: string) => target.replace(/^(?:reminder|escalation):/, '');

/**
 * Remembers where a copy of a request went, so it is edited with the others once the request is settled;
 * a request settled while the copy was on its way (the close job may have run before the copy was
 * recorded) has the copy edited at once.
 */
export async function keepCopy(
  deps: Pick<ApprovalPosterDeps, 'cases' | 'client' | 'policy'>,
  caseId: string,
  copy: ApprovalMessage,
  language: Language,
): Promise<void> {
  const stored = await deps.cases.update(caseId, (current) => ({
    ...current,
    approvalMessages: [
      ...(current.approvalMessages ?? []).filter(
        (entry) => !(entry.request === copy.request && entry.target === copy.target),
      ),
      copy,
    ],
  }));
  if (requestState(stored, copy.request).state !== 'pending') {
    await deps.client.chat.update({
      channel: copy.channel,
      ts: copy.ts,
      ...buildApprovalRequestMessage({ record: stored, request: copy.request, language, policy: deps.policy }),
    });
  }
}

/**
 * Posts requests for approval where approvers see them — a message with the decide buttons in the case's
 * review thread, for the review meeting, and the same message in each approver's DM, so they are
 * notified — remembers where each copy went, and edits every copy once the request is settled.
 */
export function createApprovalPoster(deps: ApprovalPosterDeps): ApprovalPoster {
  const { cases, client, policy, logger } = deps;

  const REMINDER = 'reminder:';
  const languageFor = (target: string) =>
    target === 'thread' ? Promise.resolve(deps.channelLanguage) : deps.languageOf(readerOf(target));

  const postedTo = (record: Case, request: number, target: string) =>
    record.approvalMessages?.some((message) => message.request === request && message.target === target) ?? false;

  /**
   * Fans a job out to every approver and every running delegate of one (issue 15: an approver away names
   * one, who gets the requests and the reminders meanwhile), but the requester, who may not decide their own.
   */
  async function fanOut(job: PostJob, requester: string): Promise<void> {
    const approvers = await deps.approvers.listApprovers();
    const delegates = (await deps.delegates?.delegatesOf(approvers)) ?? [];
    const people = [...new Set([...approvers, ...delegates])].filter((user) => user !== requester);
    await deps.send(people.map((person) => jobForApprover(job, person)));
  }

  async function post(job: PostJob, record: Case, request: number, target: string): Promise<void> {
    // A retry after the post landed but before this job completed must not post a second copy.
    if (postedTo(record, request, target)) return;
    const language = await languageFor(target);
    const message = buildApprovalRequestMessage({ record, request, language, policy });
    let channel: string;
    let threadTs: string | undefined;
    if (target === 'thread') {
      // The request belongs under the case's review post; until that post exists the job waits its turn.
      if (!record.reviewPost) throw new Error(`case ${record.id}: no review post yet for the request's thread`);
      channel = record.reviewPost.channel;
      threadTs = record.reviewPost.ts;
    } else {
      channel = target;
    }
    const result = await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...message,
      unfurl_links: false,
    });
    if (!result.ts) throw new Error('chat.postMessage returned no ts');
    await keepCopy(deps, record.id, { request, target, channel: result.channel ?? channel, ts: result.ts }, language);
    logger.debug(`approval: request ${record.id}#${request} posted to ${target} (job ${job.id})`);
  }

  async function close(record: Case, request: number): Promise<void> {
    for (const copy of record.approvalMessages ?? []) {
      if (copy.request !== request) continue;
      const language = await languageFor(copy.target);
      await client.chat.update({
        channel: copy.channel,
        ts: copy.ts,
        ...buildApprovalRequestMessage({ record, request, language, policy }),
      });
    }
  }

  /** The requester of the request a decision settled: the last request before it. */
  function requesterOf(record: Case, decisionIndex: number): string | undefined {
    for (let index = decisionIndex - 1; index >= 0; index--) {
      const request = approvalRequestAt(record, index);
      if (request) return request.event.by;
    }
    return undefined;
  }

  return {
    async run(job, record) {
      const index = job.eventIndex;
      if (index === undefined) {
        logger.warn(`outbox: ${job.id} names no history entry; dropping it`);
        return;
      }
      switch (job.kind) {
        case 'approval-post':
        case 'approval-reminder': {
          const request = approvalRequestAt(record, index);
          if (!request) {
            logger.warn(`outbox: ${job.id}: history entry ${index} is not a request; dropping it`);
            return;
          }
          if (job.target === 'approvers') return fanOut(job, request.event.by);
          if (job.kind === 'approval-post') return post(job, record, index, job.target ?? 'thread');
          // A reminder for a request settled since it was queued would only confuse.
          const target = `${REMINDER}${job.target ?? ''}`;
          if (requestState(record, index).state !== 'pending' || !job.target || postedTo(record, index, target)) return;
          const language = await deps.languageOf(job.target);
          const reminded = await client.chat.postMessage({
            channel: job.target,
            ...buildApprovalReminder({ record, request: index, language, policy }),
            unfurl_links: false,
          });
          // The reminder carries the decide buttons too, so it is edited with the other copies when settled.
          if (reminded.ts) {
            const copy = { request: index, target, channel: reminded.channel ?? job.target, ts: reminded.ts };
            await keepCopy(deps, record.id, copy, language);
          }
          return;
        }
        case 'approval-close':
          return close(record, index);
        case 'approval-notice': {
          const decision = record.history[index];
          const requester = requesterOf(record, index);
          if (decision?.type !== 'decided' || !requester) {
            logger.warn(`outbox: ${job.id}: history entry ${index} is not a decision on a request; dropping it`);
            return;
          }
          // Told once per decision: the same notice may be queued again (ahead of a decision that lost
          // the race, after this job completed). A crash between sending and noting may tell them twice.
          if (record.decisionsNoticed?.includes(index)) return;
          const language = await deps.languageOf(requester);
          await client.chat.postMessage({
            channel: requester,
            ...buildDecisionNotice(record, decision, language, policy),
            unfurl_links: false,
          });
          await cases.update(record.id, (current) => ({
            ...current,
            decisionsNoticed: [...(current.decisionsNoticed ?? []).filter((noticed) => noticed !== index), index],
          }));
          return;
        }
      }
    },
  };
}
