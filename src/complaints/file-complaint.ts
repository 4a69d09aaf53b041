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
 * Files a complaint: triage it, store the case, then queue and send its posts. The case is stored before
 * anything is posted, and a repeated submission finds the stored case instead of making a second one.
 */
export async function fileComplaint(deps: FileComplaintDeps, request: FileComplaintRequest): Promise<Case> {
  const id = caseIdFor(request.sourceId);
  const now = deps.clock();
  let record = await deps.cases.get(id);
  if (!record) {
    const triage = await triageComplaint({
      complaint: request.complaint,
      policy: deps.policy,
      now,
      analyser: deps.analyser,
    });
    const opened = openCase({
      id,
      store: request.complaint.store ?? deps.defaultStore,
      owner: request.owner,
      at: triage.at,
      complaint: request.complaint,
      analysis: triage.analysis,
      remedies: triage.remedies,
    });
    record = (await deps.cases.create(opened)).record;
  }
  // Queued again on a repeat: job ids are stable, so a post that already went out is not sent twice.
  await deps.delivery.send(jobsForNewCase(record, now));
  return record;
}
