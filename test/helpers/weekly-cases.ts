import type { Case } from '../../src/domain/case.ts';
import type { SuspectedCause } from '../../src/domain/complaint.ts';
import { makeCase } from '../store/case-fixtures.ts';

/** What a weekly root-cause report reads of a case, set by hand. */
export interface WeeklyCaseSpec {
  id: string;
  /** When it was filed (ISO). */
  at: string;
  cause: SuspectedCause;
  store?: string;
  category?: string;
  /** The remedy proposed, and whether it needed a manager. */
  remedyId?: string;
  needsApproval?: boolean;
  /** An improvement recorded when it was resolved, and when. */
  improvement?: { at: string; text: string };
}

/** A case filed at `at` with `cause`, optionally proposed a remedy and resolved with an improvement. */
export function weeklyCase(spec: WeeklyCaseSpec): Case {
  const base = makeCase({ id: spec.id, store: spec.store ?? 'Wuyi Road' });
  const history: Case['history'] = [{ type: 'created', at: spec.at, by: base.owner }];
  let status: Case['status'] = 'open';
  let updatedAt = spec.at;
  if (spec.remedyId) {
    history.push({ type: 'proposed', at: spec.at, by: base.owner, remedyId: spec.remedyId });
    status = 'proposed';
  }
  if (spec.improvement) {
    history.push({
      type: 'resolved',
      at: spec.improvement.at,
      by: base.owner,
      outcome: 'exchanged it',
      satisfaction: 4,
      improvement: spec.improvement.text,
    });
    status = 'resolved';
    updatedAt = spec.improvement.at;
  }
  return {
    ...base,
    createdAt: spec.at,
    updatedAt,
    status,
    complaint: { ...base.complaint, suspectedCause: spec.cause },
    analysis: { ...base.analysis, category: spec.category ?? base.analysis.category },
    proposal: spec.remedyId
      ? { remedyId: spec.remedyId, needsApproval: spec.needsApproval ?? false, approved: !spec.needsApproval }
      : null,
    history,
  };
}
