import { randomUUID } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { buildStaffAnalysis } from '../blocks/analysis-message.ts';
import { buildReviewMessage, buildReviewThreadLine } from '../blocks/case-message.ts';
import { buildFilesThreadMessage, filesOf } from '../blocks/complaint-files.ts';
import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { DeadLetter, PostJob } from '../domain/post-job.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { isWithinBusinessHours } from '../policy/business-hours.ts';
import type { Language } from '../shared/language.ts';
import type { ApproverCheck } from '../slack/approvers.ts';
import { SLACK_CALL_TIMEOUT_MS } from '../slack/call-timeout.ts';
import type { DelegateCheck } from '../slack/delegates.ts';
import type { Stores } from '../store/case-store.ts';
import { postAftercareReminder } from './aftercare-posts.ts';
import { createApprovalEscalationPoster } from './approval-escalations.ts';
import { createApprovalPoster } from './approval-posts.ts';
import { createCrisisAlertPoster } from './crisis-alerts.ts';
import { createEscalationPoster } from './escalations.ts';
import { handoffOfJob } from './handoff-posts.ts';
import { classifyPostFailure, type PostFailure } from './post-failure.ts';
import { reconcilingClient, withPostMarkers } from './reconcile-post.ts';
import { slaUpdateLine } from './sla-posts.ts';
import { type CallRecord, recordCalls, trackSlackCalls } from './slack-call-tracker.ts';

export interface PostDeliveryDeps {
  stores: Stores;
  client: WebClient;
  policy: Policy;
  reviewChannel: string;
  /** The language of the shared review channel. */
  channelLanguage: Language;
  languageOf: (userId: string) => Promise<Language>;
  clock: () => Date;
  logger: Logger;
  /** Distinguishes instances sharing a store, so a job is claimed by one of them. */
  workerId: string;
  /** Who receives requests for approval in their DMs (APPROVERS, groups expanded). */
  approvers: ApproverCheck;
  /** Approvers' delegates while away: they get the approvers' requests and reminders too. */
  delegates?: DelegateCheck;
  /** Posts one part of a morning digest (jobs about no case); `send` queues the next part. */
  digestPoster?: (job: PostJob, send: (jobs: readonly PostJob[]) => Promise<void>) => Promise<void>;
  /** Posts one part of a weekly root-cause report, likewise. */
  weeklyPoster?: (job: PostJob, send: (jobs: readonly PostJob[]) => Promise<void>) => Promise<void>;
  /** Told of each post the outbox gives up on, once it is kept as a dead letter (e.g. to count them). */
  onDeadLetter?: (letter: DeadLetter) => void;
  /** Counts each post sent and each failed try to be retried (metrics/metrics.ts). */
  metrics?: Pick<Metrics, 'postSent' | 'postRetried'>;
}

export interface PostDelivery {
  /**
   * Queues posts (durably) and tries them at once; failures stay queued for the next round. `pause` is
   * awaited before each try (work that follows an acknowledgement waits there for the next ones).
   */
  send(jobs: readonly PostJob[], options?: { pause?: () => Promise<void> }): Promise<void>;
  /** Queues posts (durably) without trying them: they go out when due, or when `send` names them. */
  queue(jobs: readonly PostJob[]): Promise<void>;
  /** Tries every job that is due; `all` also tries those still waiting out a backoff (used at start). */
  deliverDue(options?: { all?: boolean }): Promise<void>;
  /**
   * Keeps retrying due jobs every `intervalMs` until stopped, and sooner for a retry due before the next
   * round (Slack's Retry-After).
   */
  start(intervalMs: number): void;
  stop(): void;
}

/**
 * How long a try holds its job: one Slack call and a margin, renewed every third of it while the try
 * runs, so a bot that died holding a job keeps it from the others only this long.
 */
export const LEASE_MS = SLACK_CALL_TIMEOUT_MS + 5_000;
const MAX_DELAY_MS = 10 * 60_000;
/**
 * How long a post may keep failing on errors that could pass (Slack unreachable, 5xx, rate limits) before
 * the outbox gives up on it and keeps it as a dead letter: a day, long enough to ride out any outage Slack
 * has had, short enough that a post stuck behind something nobody fixes is seen the next morning.
 */
export const GIVE_UP_AFTER_MS = 24 * 3600_000;
/** Reminders message people directly; one whose post failed waits for the store to open, checked this often. */
const REMINDER_KINDS: ReadonlySet<PostJob['kind']> = new Set([
  'approval-reminder',
  'follow-up-reminder',
  'repair-reminder',
  'repair-date-prompt',
  // An escalation's DM retried after closing waits for the morning too.
  'escalation',
  'approval-escalation',
]);
const CLOSED_RECHECK_MS = 15 * 60_000;

/** How long to wait before trying a failed post again: Slack's Retry-After when it gives one, else backing off. */
function retryDelay(failure: PostFailure, attempts: number): number {
  if (failure.retryAfterMs !== undefined) return failure.retryAfterMs;
  return Math.min(MAX_DELAY_MS, 2 ** Math.min(attempts, 10) * 1000);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Jobs to bring a case to Slack: the staff member's private analysis and the review channel post. */
export function jobsForNewCase(record: Case, at: Date): PostJob[] {
  const dueAt = at.toISOString();
  const { attached, fromSource } = filesOf(record.complaint);
  return [
    { id: `staff-analysis:${record.id}`, caseId: record.id, kind: 'staff-analysis', dueAt, attempts: 0 },
    { id: `review-post:${record.id}`, caseId: record.id, kind: 'review-post', dueAt, attempts: 0 },
    // After the post: its thread lists the photos and receipts (issue 15).
    ...(attached.length + fromSource.length > 0
      ? [{ id: `review-files:${record.id}`, caseId: record.id, kind: 'review-files' as const, dueAt, attempts: 0 }]
      : []),
  ];
}

/** The job that brings a change to the review channel: the post edited, and a line in its thread. */
export function jobForChange(record: Case, at: Date): PostJob {
  const eventIndex = record.history.length - 1;
  return {
    id: `review-update:${record.id}:${eventIndex}`,
    caseId: record.id,
    kind: 'review-update',
    dueAt: at.toISOString(),
    attempts: 0,
    eventIndex,
  };
}

/**
 * Delivers posts through a durable outbox: a case is stored, its posts are queued, and only then is Slack
 * called. A post that fails on something that can pass (Slack down, 5xx, 429) stays queued and is retried
 * with backoff (429: after Slack's Retry-After), also after a restart, so no case goes missing from the
 * channel. One Slack refuses for good (not_in_channel, channel_not_found, invalid_auth…), or one that kept
 * failing for {@link GIVE_UP_AFTER_MS}, is not retried for ever: it becomes a dead letter, kept in the store
 * with why, logged, shown to approvers on App Home and listed by `npm run outbox`, which can queue it again.
 */
export function createPostDelivery(deps: PostDeliveryDeps): PostDelivery {
  const { stores, policy, logger } = deps;
  // Each try notes its calls to Slack, so a refusal can name the method and channel it came from.
  // Each post carries its job as metadata, and a job tried before looks for it before posting it again.
  const client = reconcilingClient(trackSlackCalls(deps.client), logger);
  let timer: NodeJS.Timeout | undefined;
  let interval = 0;
  let running: Promise<void> | undefined;
  /** When retries fall due before the next regular round (a 429's short Retry-After), and the timer for the first. */
  const wakeTimes: number[] = [];
  let wakeTimer: NodeJS.Timeout | undefined;

  /**
   * Makes sure a job due at `dueAt` is tried then, not at the next regular round: Slack's Retry-After is
   * often a second or two, and waiting for the timer would hold the post for a whole interval each time.
   */
  function wakeAt(dueAt: string): void {
    if (!timer) return;
    const at = Date.parse(dueAt);
    if (at - deps.clock().getTime() >= interval) return;
    wakeTimes.push(at);
    armWake();
  }

  function armWake(): void {
    if (wakeTimer) clearTimeout(wakeTimer);
    wakeTimer = undefined;
    if (!timer || wakeTimes.length === 0) return;
    const first = Math.min(...wakeTimes);
    wakeTimer = setTimeout(
      () => {
        wakeTimer = undefined;
        const now = deps.clock().getTime();
        for (let index = wakeTimes.length - 1; index >= 0; index--) {
          if ((wakeTimes[index] ?? 0) <= now) wakeTimes.splice(index, 1);
        }
        // A round still going listed its jobs before these were due: another follows it.
        void (running ?? Promise.resolve())
          .then(() => deliverDue())
          .catch((error: unknown) => logger.error(`outbox: ${describe(error)}`))
          .finally(armWake);
      },
      Math.max(0, first - deps.clock().getTime()),
    );
    wakeTimer.unref();
  }

  async function postReview(record: Case): Promise<Case> {
    const message = buildReviewMessage({ record, language: deps.channelLanguage, policy, now: deps.clock() });
    if (record.reviewPost) {
      await client.chat.update({ channel: record.reviewPost.channel, ts: record.reviewPost.ts, ...message });
      return record;
    }
    const posted = await client.chat.postMessage({ channel: deps.reviewChannel, ...message, unfurl_links: false });
    const channel = posted.channel ?? deps.reviewChannel;
    const ts = posted.ts;
    if (!ts) throw new Error('chat.postMessage returned no ts');
    return stores.cases.update(record.id, (current) =>
      current.reviewPost ? current : { ...current, reviewPost: { channel, ts } },
    );
  }

  const approvalPoster = createApprovalPoster({
    cases: stores.cases,
    client,
    policy,
    channelLanguage: deps.channelLanguage,
    languageOf: deps.languageOf,
    approvers: deps.approvers,
    ...(deps.delegates ? { delegates: deps.delegates } : {}),
    send: (jobs) => send(jobs),
    logger,
  });

  // The ladder's posts (a crisis alert to its first level, an overdue case to the level it reached).
  const ladderDeps = {
    cases: stores.cases,
    idempotency: stores.idempotency,
    client,
    policy,
    channelLanguage: deps.channelLanguage,
    languageOf: deps.languageOf,
    approvers: deps.approvers,
    clock: deps.clock,
    send: (jobs: readonly PostJob[]) => send(jobs),
    logger,
  };
  const crisisAlertPoster = createCrisisAlertPoster(ladderDeps);
  const escalationPoster = createEscalationPoster(ladderDeps);
  const approvalEscalationPoster = createApprovalEscalationPoster(ladderDeps);

  async function run(job: PostJob): Promise<void> {
    if (job.kind === 'digest-post') {
      if (!deps.digestPoster) throw new Error(`outbox: no digest poster for ${job.id}`);
      return deps.digestPoster(job, send);
    }
    if (job.kind === 'weekly-post') {
      if (!deps.weeklyPoster) throw new Error(`outbox: no weekly report poster for ${job.id}`);
      return deps.weeklyPoster(job, send);
    }
    const record = await stores.cases.get(job.caseId);
    if (!record) {
      logger.warn(`outbox: case ${job.caseId} of job ${job.id} is gone; dropping the job`);
      return;
    }
    switch (job.kind) {
      case 'staff-analysis': {
        // Once per case: a repeated submission (a double click, a Slack retry seconds later) queues this
        // job again after it is done, and the owner must not get the analysis twice. Marked once posted,
        // so a post Slack refused is still retried.
        const posted = `posted:${job.id}`;
        if (await stores.idempotency.seen(posted)) return;
        // After a handoff it goes to the new owner, saying who handed it over; not when it was handed on since.
        const handedOver = handoffOfJob(record, job);
        const to = job.target ?? record.owner;
        if (handedOver && record.owner !== to) return;
        const language = await deps.languageOf(to);
        const message = buildStaffAnalysis({
          record,
          remedies: record.remedies,
          language,
          policy,
          ...(handedOver ? { handedOver } : {}),
        });
        await client.chat.postMessage({ channel: to, ...message, unfurl_links: false });
        await stores.idempotency.firstTime(posted, Number.POSITIVE_INFINITY);
        return;
      }
      case 'review-post':
        await postReview(record);
        return;
      case 'review-update': {
        const posted = await postReview(record);
        const event = job.eventIndex === undefined ? undefined : posted.history[job.eventIndex];
        if (event && posted.reviewPost) {
          await client.chat.postMessage({
            channel: posted.reviewPost.channel,
            thread_ts: posted.reviewPost.ts,
            text: buildReviewThreadLine({
              event,
              language: deps.channelLanguage,
              remedies: posted.remedies,
              currency: policy.currency,
            }).text,
          });
        }
        return;
      }
      case 'approval-post':
      case 'approval-close':
      case 'approval-notice':
      case 'approval-reminder':
        return approvalPoster.run({ ...job, kind: job.kind }, record);
      case 'sla-update': {
        // The post shows the clocks as they are now; the thread says once that one turned at risk or breached.
        const posted = await postReview(record);
        const line = slaUpdateLine(posted, job, policy, deps.channelLanguage, deps.clock());
        if (line && posted.reviewPost) {
          await client.chat.postMessage({
            channel: posted.reviewPost.channel,
            thread_ts: posted.reviewPost.ts,
            text: line.text,
          });
        }
        return;
      }
      case 'follow-up-reminder':
      case 'repair-reminder':
      case 'repair-date-prompt':
        return postAftercareReminder(
          { client, policy, languageOf: deps.languageOf, clock: deps.clock },
          { ...job, kind: job.kind },
          record,
        );
      // Not a reminder: a crisis alert goes out at once, in business hours or not.
      case 'crisis-alert':
        return crisisAlertPoster.run({ ...job, kind: job.kind }, record);
      case 'escalation':
        return escalationPoster.run({ ...job, kind: job.kind }, record);
      case 'review-files': {
        // Once per case, like the analysis: a repeated submission queues it again after it is done.
        const done = `posted:${job.id}`;
        if (await stores.idempotency.seen(done)) return;
        const posted = await postReview(record);
        const message = buildFilesThreadMessage(posted.complaint, deps.channelLanguage);
        if (message && posted.reviewPost) {
          await client.chat.postMessage({
            channel: posted.reviewPost.channel,
            thread_ts: posted.reviewPost.ts,
            ...message,
            // Links only: no preview is unfurled into the channel (the file may be somewhere its members are not).
            unfurl_links: false,
            unfurl_media: false,
          });
        }
        await stores.idempotency.firstTime(done, Number.POSITIVE_INFINITY);
        return;
      }
      case 'approval-escalation':
        return approvalEscalationPoster.run({ ...job, kind: job.kind }, record);
    }
  }

  async function attempt(job: PostJob): Promise<void> {
    const now = deps.clock();
    // The sweeps queue reminders only while the store is open; a retry of one that failed must not slip
    // into the night either (Slack down at 20:59 would otherwise wake someone at 21:05). Checked before
    // claiming, so no lease is left to block the morning's try; a job finished meanwhile is not revived.
    if (REMINDER_KINDS.has(job.kind) && !isWithinBusinessHours(now, policy.businessHours, policy.timezone)) {
      const later = new Date(now.getTime() + CLOSED_RECHECK_MS).toISOString();
      await stores.outbox.reschedule(job.id, later, job.attempts, job.lastError ?? 'waiting for business hours');
      return;
    }
    // Each attempt claims under its own token: two attempts in one instance (a double submit) must
    // exclude each other just as two instances do.
    const worker = `${deps.workerId}:${randomUUID()}`;
    if (!(await stores.outbox.claim(job.id, worker, LEASE_MS))) return;
    const calls: CallRecord = {};
    const renewal = setInterval(() => {
      // A renewal that fails leaves the lease to lapse: another instance then looks before it posts.
      stores.outbox.renew(job.id, worker, LEASE_MS).catch(() => undefined);
    }, LEASE_MS / 3);
    renewal.unref();
    try {
      const noteTry = (at: Date | undefined) => stores.outbox.noteTry(job.id, at);
      await recordCalls(calls, () => withPostMarkers(job, noteTry, () => run(job)));
      await stores.outbox.complete(job.id);
      deps.metrics?.postSent(job.kind);
    } catch (error) {
      await failed(job, error, calls);
    } finally {
      clearInterval(renewal);
    }
  }

  /** Retries a failed try later, or gives up on the job (a dead letter) when retrying cannot or did not help. */
  async function failed(job: PostJob, error: unknown, calls: CallRecord): Promise<void> {
    const failure = classifyPostFailure(error);
    const now = deps.clock();
    const attempts = job.attempts + 1;
    const firstFailedAt = job.firstFailedAt ?? now.toISOString();
    const call = failure.fromSlack ? calls.last : undefined;
    if (failure.permanent || now.getTime() - Date.parse(firstFailedAt) >= GIVE_UP_AFTER_MS) {
      const letter: DeadLetter = {
        job: { ...job, attempts, lastError: describe(error).slice(0, 2000), firstFailedAt },
        error: failure.error,
        method: call?.method,
        channel: call?.channel,
        permanent: failure.permanent,
        diedAt: now.toISOString(),
      };
      if (!(await stores.outbox.bury(letter))) return;
      logger.error(
        {
          caseId: job.caseId,
          job: job.id,
          kind: job.kind,
          method: call?.method,
          channel: call?.channel,
          error: failure.error,
        },
        `outbox: gave up on ${job.id} (case ${job.caseId}): ${call?.method ?? 'post'} failed with ${failure.error}${
          failure.permanent ? '' : ` for ${Math.round(GIVE_UP_AFTER_MS / 3600_000)} h`
        }; kept as a dead letter (npm run outbox)`,
      );
      deps.onDeadLetter?.(letter);
      return;
    }
    const dueAt = new Date(now.getTime() + retryDelay(failure, attempts)).toISOString();
    logger.warn(
      { caseId: job.caseId, job: job.id, method: call?.method, error: failure.error },
      `outbox: ${job.id} failed (try ${attempts}), retrying at ${dueAt}: ${describe(error)}`,
    );
    await stores.outbox.reschedule(job.id, dueAt, attempts, describe(error), firstFailedAt);
    deps.metrics?.postRetried(job.kind);
    wakeAt(dueAt);
  }

  async function deliverDue({ all = false }: { all?: boolean } = {}): Promise<void> {
    // One round at a time per instance; a round that is still going covers the next tick.
    if (running) return running;
    running = (async () => {
      try {
        const until = all ? new Date(8.64e15) : deps.clock();
        for (const job of await stores.outbox.due(until, 50)) await attempt(job);
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  async function queue(jobs: readonly PostJob[]): Promise<void> {
    for (const job of jobs) await stores.outbox.enqueue(job);
  }

  async function send(jobs: readonly PostJob[], { pause }: { pause?: () => Promise<void> } = {}): Promise<void> {
    await queue(jobs);
    for (const job of jobs) {
      await pause?.();
      await attempt(job);
    }
  }

  return {
    send,
    queue,
    deliverDue,
    start(intervalMs) {
      interval = intervalMs;
      timer ??= setInterval(() => {
        deliverDue().catch((error: unknown) => logger.error(`outbox: ${describe(error)}`));
      }, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      if (wakeTimer) clearTimeout(wakeTimer);
      timer = undefined;
      wakeTimer = undefined;
      wakeTimes.length = 0;
    },
  };
}
