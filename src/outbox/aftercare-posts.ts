import type { WebClient } from '@slack/web-api';
import { buildFollowUpReminder, buildRepairDatePrompt, buildRepairReminder } from '../blocks/owner-reminders.ts';
import { repairDateNeeded, repairOf } from '../domain/aftercare.ts';
import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { PostJob } from '../domain/post-job.ts';
import type { Language } from '../shared/language.ts';

export interface AftercarePostDeps {
  client: WebClient;
  policy: Policy;
  languageOf: (userId: string) => Promise<Language>;
  clock: () => Date;
}

/**
 * A reminder job: `eventIndex` is the resolution (follow-up), the promise (repair) it reminds of, or the
 * approval or resolution that agreed a repair still without a date (the prompt for one).
 */
export type AftercareJob = PostJob & { kind: 'follow-up-reminder' | 'repair-reminder' | 'repair-date-prompt' };

/** The outbox job that reminds a case's owner of a follow-up call or a repair; its id makes it one per item. */
export function aftercareReminderJob(
  kind: AftercareJob['kind'],
  reminderId: string,
  caseId: string,
  eventIndex: number,
  at: Date,
): AftercareJob {
  return { id: `reminder:${reminderId}`, caseId, kind, dueAt: at.toISOString(), attempts: 0, eventIndex };
}

/**
 * The prompt that asks a case's owner for the date promised to the customer, when a change (a resolution,
 * a manager's approval) has just agreed a repair without one: `before` and `after` are the case either side
 * of the change. Keyed by the agreeing event, so it is queued once however often the job is sent, and a
 * later change to a case that already needed a date (approved, then resolved) asks nothing again.
 */
export function repairDatePromptJobs(before: Case, after: Case, at: Date): AftercareJob[] {
  const needed = repairDateNeeded(after);
  if (!needed || repairDateNeeded(before)) return [];
  return [
    {
      id: `repair-date-prompt:${after.id}:${needed.eventIndex}`,
      caseId: after.id,
      kind: 'repair-date-prompt',
      dueAt: at.toISOString(),
      attempts: 0,
      eventIndex: needed.eventIndex,
    },
  ];
}

/**
 * Whether the reminder still applies when it is delivered: a follow-up already recorded, or a repair
 * already ready or moved to another date (which has its own reminder), makes it moot.
 */
function stillDue(job: AftercareJob, record: Case): boolean {
  if (job.kind === 'follow-up-reminder') return record.status === 'resolved';
  // A date promised meanwhile (the owner pressed Repair on their own) makes the prompt moot.
  if (job.kind === 'repair-date-prompt') return repairDateNeeded(record) !== undefined;
  const repair = repairOf(record);
  return repair !== undefined && !repair.ready && !repair.collectedAt && repair.promiseIndex === job.eventIndex;
}

/** Sends an owner's private reminder or repair-date prompt (a DM from the bot), in the owner's language. */
export async function postAftercareReminder(deps: AftercarePostDeps, job: AftercareJob, record: Case): Promise<void> {
  if (!stillDue(job, record)) return;
  const language = await deps.languageOf(record.owner);
  const input = { record, policy: deps.policy, language, now: deps.clock() };
  const message =
    job.kind === 'follow-up-reminder'
      ? buildFollowUpReminder(input)
      : job.kind === 'repair-date-prompt'
        ? buildRepairDatePrompt(input)
        : buildRepairReminder(input);
  await deps.client.chat.postMessage({ channel: record.owner, ...message, unfurl_links: false });
}
