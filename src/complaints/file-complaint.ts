import { createHash } from 'node:crypto';
import type { ComplaintAnalyser } from '../analysis/analyser.ts';
import type { Case } from '../domain/case.ts';
import { openCase } from '../domain/case-transitions.ts';
import type { Complaint } from '../domain/complaint.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { crisisAlertJobs } from '../outbox/crisis-alerts.ts';
import type { PostDelivery } from '../outbox/deliver-posts.ts';
import { jobsForNewCase } from '../outbox/deliver-posts.ts';
import type { CaseStore } from '../store/case-store.ts';
import { countRepeat } from './count-repeat.ts';
import { triageComplaint } from './triage-complaint.ts';

export interface FileComplaintDeps {
  cases: CaseStore;
  delivery: PostDelivery;
  policy: Policy;
  analyser: ComplaintAnalyser;
  clock: () => Date;
  /** The store name used when staff leave it empty. */
  defaultStore: string;
  /** Counts each new case; none by default. */
  metrics?: Pick<Metrics, 'caseFiled'>;
  /** Links to a repeat customer's earlier cases (issue 15); none without it. */
  linksFor?: (cases: readonly Case[]) => Promise<ReadonlyMap<string, string>>;
  /**
   * Awaited between the filing's steps (and before each of its posts): the Slack app waits there while
   * requests await their acknowledgement, so a burst's acknowledgements never queue behind the filing of
   * the burst before. None by default.
   */
  pause?: () => Promise<void>;
}

export interface FileComplaintRequest {
  complaint: Complaint;
  owner: string;
  /** What makes this submission unique (the modal's view id): the same source always yields the same case. */
  sourceId: string;
}

/** A short, stable case id from the submission it came from, readable aloud in a meeting ("C-7F3K2QAB"). */
export function caseIdFor(sourceId: string): string {
  const digest = createHash('sha256').update(sourceId).digest();
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  let id = '';
  for (const byte of digest.subarray(0, 8)) id += alphabet[byte % alphabet.length];
  return `C-${id}`;
}

/**
 * How long posts queued with a provisional analysis wait for the full one: longer than any analysis may
 * take (LLM_TIMEOUT_MS, retries included), so they go out early only when the bot stopped meanwhile.
 */
const PROVISIONAL_GRACE_MS = 120_000;

/**
 * Files a complaint: triage it, store the case, then queue and send its posts. The case is stored before
 * anything is posted, and a repeated submission finds the stored case instead of making a second one.
 *
 * With an analyser that takes seconds (an LLM), the case is first stored with its provisional analysis
 * and its posts queued for later, then the full analysis replaces it and the posts go out at once. An
 * acknowledged complaint is thus on record before any network call, and if the bot stops in between, the
 * queued posts go out after the restart with the provisional analysis, which says why.
 */
export async function fileComplaint(deps: FileComplaintDeps, request: FileComplaintRequest): Promise<Case> {
  const id = caseIdFor(request.sourceId);
  const now = deps.clock();
  const pause = deps.pause ?? (() => Promise.resolve());
  const existing = await deps.cases.get(id);
  if (existing) return fileAgain(deps, existing, now);
  const { provisional } = deps.analyser;
  // A repeat customer's earlier complaints, counted before the policy decides: from the policy's threshold
  // on, their compensation needs a manager (issue 15).
  await pause();
  const repeat = await countRepeat(deps, { id, filedAt: now.toISOString(), customer: request.complaint.customer }, now);
  const repeatCount = repeat?.count;
  await pause();
  const first = await triage(
    deps,
    request,
    now,
    provisional ? provisionalAnalyser(provisional) : deps.analyser,
    repeatCount,
  );
  const opened = openCase({
    id,
    store: request.complaint.store ?? deps.defaultStore,
    owner: request.owner,
    at: first.at,
    complaint: request.complaint,
    analysis: first.analysis,
    remedies: first.remedies,
  });
  if (repeat) opened.repeat = repeat;
  // Held for the full analysis, and queued before the case is stored: a repeat that finds the case finds
  // its posts held too.
  if (provisional) await deps.delivery.queue(newCaseJobs(deps, opened, new Date(now.getTime() + PROVISIONAL_GRACE_MS)));
  await pause();
  const created = await deps.cases.create(opened);
  if (!created.created) return fileAgain(deps, created.record, now);
  deps.metrics?.caseFiled();
  let record = created.record;
  if (provisional) {
    await pause();
    const full = await triage(deps, request, now, deps.analyser, repeatCount);
    const filed = record.version;
    // Nobody has seen the case yet (its posts wait for this), so the full analysis simply replaces it.
    record = await deps.cases.update(id, (current) =>
      current.version === filed ? { ...current, analysis: full.analysis, remedies: full.remedies } : current,
    );
  }
  await deps.delivery.send(newCaseJobs(deps, record, now), { pause });
  return record;
}

/**
 * A submission already filed, again (a double click, a Slack retry seconds later): its posts are queued
 * again in case the first run stopped before queuing them, but only what is due is tried: posts still held
 * for a running analysis keep their time (job ids are stable). Posts already out are not sent twice: the
 * review post is edited, not posted again, and the owner's analysis is marked as sent.
 */
async function fileAgain(deps: FileComplaintDeps, record: Case, now: Date): Promise<Case> {
  await deps.delivery.queue(newCaseJobs(deps, record, now));
  await deps.delivery.deliverDue();
  return record;
}

/**
 * A new case's posts, and — when it shows a crisis sign and the policy has an escalation ladder — the alert
 * to the ladder's first level, at once (issue 15). Queued with the full analysis too, so a crisis sign only
 * the LLM read still alerts; the alert's job is one per case, and an alerted case queues none.
 */
function newCaseJobs(deps: FileComplaintDeps, record: Case, at: Date) {
  return [...jobsForNewCase(record, at), ...crisisAlertJobs(record, deps.policy, at)];
}

function triage(
  deps: FileComplaintDeps,
  request: FileComplaintRequest,
  now: Date,
  analyser: ComplaintAnalyser,
  repeatCount: number | undefined,
) {
  return triageComplaint({
    complaint: request.complaint,
    policy: deps.policy,
    now,
    analyser,
    ...(repeatCount === undefined ? {} : { repeatCount }),
  });
}

function provisionalAnalyser(provisional: NonNullable<ComplaintAnalyser['provisional']>): ComplaintAnalyser {
  return { name: 'provisional', analyse: async (input) => provisional(input) };
}
