import type { WebClient } from '@slack/web-api';
import { buildFollowUpReminder, buildRepairReminder } from '../blocks/aftercare-blocks.js';
import { repairOf } from '../complaints/aftercare.js';
import type { Case } from '../complaints/case.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Language } from '../shared/language.js';
import type { PostJob } from '../store/case-store.js';

export interface AftercarePostDeps {
  client: WebClient;
  policy: Policy;
  languageOf: (userId: string) => Promise<Language>;
  clock: () => Date;
}

/** A reminder job: `eventIndex` is the resolution (follow-up) or the promise (repair) it reminds of. */
export type AftercareJob = PostJob & { kind: 'follow-up-reminder' | 'repair-reminder' };

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
 * Whether the reminder still applies when it is delivered: a follow-up already recorded, or a repair
 * already ready or moved to another date (which has its own reminder), makes it moot.
 */
function stillDue(job: AftercareJob, record: Case): boolean {
  if (job.kind === 'follow-up-reminder') return record.status === 'resolved';
  const repair = repairOf(record);
  return repair !== undefined && !repair.ready && !repair.collectedAt && repair.promiseIndex === job.eventIndex;
}

/** Sends an owner's private reminder (a DM from the bot), in the owner's language. */
export async function postAftercareReminder(deps: AftercarePostDeps, job: AftercareJob, record: Case): Promise<void> {
  if (!stillDue(job, record)) return;
  const language = await deps.languageOf(record.owner);
  const input = { record, policy: deps.policy, language, now: deps.clock() };
  const message = job.kind === 'follow-up-reminder' ? buildFollowUpReminder(input) : buildRepairReminder(input);
  await deps.client.chat.postMessage({ channel: record.owner, ...message, unfurl_links: false });
}
