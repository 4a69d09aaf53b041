import { createHash } from 'node:crypto';
import type { ComplaintAnalyser } from '../analysis/analyser.js';
import type { PostDelivery } from '../outbox/deliver-posts.js';
import { jobsForNewCase } from '../outbox/deliver-posts.js';
import type { Policy } from '../policy/policy-schema.js';
import type { CaseStore } from '../store/case-store.js';
import type { Case } from './case.js';
import { openCase } from './case-transitions.js';
import type { Complaint } from './complaint.js';
import { triageComplaint } from './triage-complaint.js';

export interface FileComplaintDeps {
  cases: CaseStore;
  delivery: PostDelivery;
  policy: Policy;
  analyser: ComplaintAnalyser;
  clock: () => Date;
  /** The store name used when staff leave it empty. */
  defaultStore: string;
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
  let record = await deps.cases.get(id);
  if (!record) {
    const { provisional } = deps.analyser;
    const first = await triage(deps, request, now, provisional ? provisionalAnalyser(provisional) : deps.analyser);
    const created = await deps.cases.create(
      openCase({
        id,
        store: request.complaint.store ?? deps.defaultStore,
        owner: request.owner,
        at: first.at,
        complaint: request.complaint,
        analysis: first.analysis,
        remedies: first.remedies,
      }),
    );
    record = created.record;
    if (provisional && created.created) {
      await deps.delivery.queue(jobsForNewCase(record, new Date(now.getTime() + PROVISIONAL_GRACE_MS)));
      const full = await triage(deps, request, now, deps.analyser);
      const filed = record.version;
      // Nobody has seen the case yet (its posts wait for this), so the full analysis simply replaces it.
      record = await deps.cases.update(id, (current) =>
        current.version === filed ? { ...current, analysis: full.analysis, remedies: full.remedies } : current,
      );
    }
  }
  // Queued again on a repeat: job ids are stable, so a post that already went out is not sent twice.
  await deps.delivery.send(jobsForNewCase(record, now));
  return record;
}

function triage(deps: FileComplaintDeps, request: FileComplaintRequest, now: Date, analyser: ComplaintAnalyser) {
  return triageComplaint({ complaint: request.complaint, policy: deps.policy, now, analyser });
}

function provisionalAnalyser(provisional: NonNullable<ComplaintAnalyser['provisional']>): ComplaintAnalyser {
  return { name: 'provisional', analyse: async (input) => provisional(input) };
}
