/**
 * What a queued post does. `approval-post`: a request for approval to the review thread or an approver's
 * DM; `approval-close`: every copy of a settled request edited to show the outcome; `approval-notice`: the
 * requester told the decision; `approval-reminder`: the approvers reminded of a request still pending.
 */
export const POST_JOB_KINDS = [
  'review-post',
  'review-update',
  'staff-analysis',
  'approval-post',
  'approval-close',
  'approval-notice',
  'approval-reminder',
  // The owner's private reminders (aftercare.ts): a follow-up call due, a repair due tomorrow.
  'follow-up-reminder',
  'repair-reminder',
  // The owner asked privately for the date promised to the customer, once an agreed repair has none.
  'repair-date-prompt',
  // The review post edited and a thread line when an SLA clock turns at risk or breached (sla-posts.ts):
  // `target` holds `<clock>:<state>`, e.g. `firstResponse:breached`.
  'sla-update',
  // One part of a morning digest (src/digest): `caseId` holds `digest:<slot>`, `eventIndex` the part.
  'digest-post',
  // One part of a weekly root-cause report (src/digest): `caseId` holds `weekly:<slot>`, `eventIndex` the part.
  'weekly-post',
  // The escalation ladder's first level alerted of a crisis case (crisis-alerts.ts): `target` is `ladder`
  // (fan out), `thread` (the review thread's line) or one person's user id.
  'crisis-alert',
  // A case whose SLA clock ran over escalated to one level of the ladder (escalations.ts): `target` is
  // `<level>:ladder` (record and fan out), `<level>:thread` (the review thread's line) or `<level>:<user id>`.
  'escalation',
  // A new case's photos and receipts listed in its review thread as Slack links (issue 15).
  'review-files',
  // A request for approval left undecided too long, escalated to one level (approval-escalations.ts): `eventIndex`
  // is the request; `target` is `<level>:ladder`, `<level>:thread` or `<level>:<user id>`, as for `escalation`.
  'approval-escalation',
] as const;
export type PostJobKind = (typeof POST_JOB_KINDS)[number];

/** A message the bot must get to Slack; kept until Slack has it, so a failed post is retried after a restart. */
export interface PostJob {
  /** Stable id (e.g. `review:<caseId>:v<version>`), so enqueueing the same post twice keeps one job. */
  id: string;
  caseId: string;
  kind: PostJobKind;
  /** When the job may next be tried. */
  dueAt: string;
  attempts: number;
  lastError?: string | undefined;
  /** For review updates: the history entry the thread line describes; for approval jobs: the request's or decision's. */
  eventIndex?: number | undefined;
  /** For approval posts and reminders: `thread`, `approvers` (fan out to each), or one approver's user id. */
  target?: string | undefined;
  /** When its first try failed (and none has succeeded since): a job failing for a day becomes a dead letter. */
  firstFailedAt?: string | undefined;
  /**
   * When a try first began to post it, kept until the job is done: a job that has one may be in Slack
   * already (the bot died, or lost Slack's answer), so its posts are looked for before posting again.
   */
  triedAt?: string | undefined;
}

/**
 * A post the outbox gave up on, kept with why until someone retries it (`npm run outbox -- retry`): Slack
 * refused it for good (`permanent`: not_in_channel, channel_not_found, invalid_auth…), or it kept failing
 * for a day (Slack unreachable, 5xx).
 */
export interface DeadLetter {
  /** The job as it was last tried; its `caseId` names the case (or `digest:<slot>`), its `kind` what it posts. */
  job: PostJob;
  /** Slack's error (`not_in_channel`), `http_503`, a network code, or another failure's message. */
  error: string;
  /** The Web API method that failed (`chat.postMessage`), when the failure came from a call to Slack. */
  method?: string | undefined;
  /** The channel or user that call was about, when it named one. */
  channel?: string | undefined;
  permanent: boolean;
  /** When the outbox gave up. */
  diedAt: string;
}
