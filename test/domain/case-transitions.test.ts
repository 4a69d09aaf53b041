import { describe, expect, it } from 'vitest';
import { createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { triageComplaint } from '../../src/complaints/triage-complaint.ts';
import { type Case, CaseSchema } from '../../src/domain/case.ts';
import { CaseTransitionError } from '../../src/domain/case-transition-error.ts';
import { applyCaseEvent, openCase, proposalNeedsApproval } from '../../src/domain/case-transitions.ts';
import { ComplaintSchema } from '../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const complaint = ComplaintSchema.parse({
  narrative: '顾客的水钻项链掉了一颗钻,要求赔偿200元',
  category: 'jewellery',
  purchasedAt: '2026-11-10T10:00:00+08:00',
  hasReceipt: true,
});
const triage = await triageComplaint({
  complaint,
  policy,
  now: new Date('2026-11-21T10:00:00+08:00'),
  analyser: createRulesAnalyser(),
});
const fresh = (): Case =>
  openCase({
    id: 'C-1',
    store: '黄兴店',
    owner: 'U_STAFF',
    at: '2026-11-21T10:00:00+08:00',
    complaint,
    analysis: triage.analysis,
    remedies: triage.remedies,
  });
const at = (minute: number) => `2026-11-21T10:${String(minute).padStart(2, '0')}:00+08:00`;

describe('a case', () => {
  it('when opened, then it is open, valid against its schema, and its history starts with who filed it', () => {
    const opened = fresh();
    expect(opened.status).toBe('open');
    expect(opened.history).toEqual([{ type: 'created', at: '2026-11-21T10:00:00+08:00', by: 'U_STAFF' }]);
    expect(CaseSchema.parse(opened)).toEqual(opened);
  });

  it('when a free remedy within authority is proposed and carried out, then it goes open → proposed → resolved → followed up → closed', () => {
    let current = applyCaseEvent(fresh(), { type: 'proposed', at: at(1), by: 'U_STAFF', remedyId: 'stone-resetting' });
    expect(current.proposal).toMatchObject({ remedyId: 'stone-resetting', needsApproval: false });
    current = applyCaseEvent(current, {
      type: 'resolved',
      at: at(2),
      by: 'U_STAFF',
      outcome: '当场免费补钻',
      satisfaction: 4,
      improvement: '进货时抽检镶钻牢固度',
    });
    current = applyCaseEvent(current, {
      type: 'followed-up',
      at: at(3),
      by: 'U_STAFF',
      result: '顾客满意',
      satisfaction: 5,
    });
    current = applyCaseEvent(current, { type: 'closed', at: at(4), by: 'U_STAFF' });
    expect(current.status).toBe('closed');
    expect(current.history.map((event) => event.type)).toEqual([
      'created',
      'proposed',
      'resolved',
      'followed-up',
      'closed',
    ]);
    expect(CaseSchema.parse(current).updatedAt).toBe(at(4));
  });

  it('when money is proposed with no amount, then it needs a manager (it cannot be shown to be within the limit)', () => {
    for (const remedyId of ['compensation', 'discount', 'gift']) {
      expect(proposalNeedsApproval(triage.remedies, remedyId)).toBe(true);
      expect(proposalNeedsApproval(triage.remedies, remedyId, 10)).toBe(false);
    }
  });

  it('when compensation above the staff limit is proposed, then it cannot be resolved until a manager approves', () => {
    expect(proposalNeedsApproval(triage.remedies, 'compensation', 200)).toBe(true);
    expect(proposalNeedsApproval(triage.remedies, 'compensation', 30)).toBe(false);
    let current = applyCaseEvent(fresh(), {
      type: 'proposed',
      at: at(1),
      by: 'U_STAFF',
      remedyId: 'compensation',
      amount: 200,
    });
    expect(() =>
      applyCaseEvent(current, { type: 'resolved', at: at(2), by: 'U_STAFF', outcome: '赔200', satisfaction: 3 }),
    ).toThrow(CaseTransitionError);
    current = applyCaseEvent(current, {
      type: 'approval-requested',
      at: at(2),
      by: 'U_STAFF',
      remedyId: 'compensation',
      amount: 200,
      reason: '顾客坚持',
    });
    expect(current.status).toBe('awaiting-approval');
    current = applyCaseEvent(current, {
      type: 'decided',
      at: at(3),
      by: 'U_MANAGER',
      decision: 'adjusted',
      remedyId: 'compensation',
      amount: 100,
      reason: '按实际损失',
    });
    expect(current.status).toBe('proposed');
    expect(current.proposal).toMatchObject({ amount: 100, approved: true });
    expect(current.decisions).toHaveLength(1);
    current = applyCaseEvent(current, {
      type: 'resolved',
      at: at(4),
      by: 'U_STAFF',
      outcome: '赔100',
      satisfaction: 4,
    });
    expect(current.status).toBe('resolved');
  });

  it('when a request is decided a second time, then the first decision stands and the second is refused', () => {
    let current = applyCaseEvent(fresh(), { type: 'proposed', at: at(1), by: 'U_STAFF', remedyId: 'refund' });
    current = applyCaseEvent(current, {
      type: 'approval-requested',
      at: at(2),
      by: 'U_STAFF',
      remedyId: 'refund',
      reason: '顾客要退',
    });
    const decided = applyCaseEvent(current, {
      type: 'decided',
      at: at(3),
      by: 'U_MANAGER',
      decision: 'rejected',
      remedyId: 'refund',
      reason: '可以补钻',
    });
    expect(decided.status).toBe('open');
    expect(() =>
      applyCaseEvent(decided, { type: 'decided', at: at(4), by: 'U_OTHER', decision: 'approved', remedyId: 'refund' }),
    ).toThrow(/already decided \(rejected by U_MANAGER/);
    expect(decided.decisions).toHaveLength(1);
  });

  it('when an event is applied, then the earlier case is left untouched (history is append-only)', () => {
    const before = fresh();
    const snapshot = structuredClone(before);
    applyCaseEvent(before, {
      type: 'temperament-corrected',
      at: at(1),
      by: 'U_STAFF',
      from: before.analysis.temperament.type,
      to: 'analytical',
    });
    expect(before).toEqual(snapshot);
  });

  it('when staff correct the temperament, then the case shows the correction and records it', () => {
    const corrected = applyCaseEvent(fresh(), {
      type: 'temperament-corrected',
      at: at(1),
      by: 'U_STAFF',
      from: triage.analysis.temperament.type,
      to: 'analytical',
    });
    expect(corrected.analysis.temperament.type).toBe('analytical');
    expect(corrected.history.at(-1)).toMatchObject({ type: 'temperament-corrected', to: 'analytical' });
  });

  it('when a closed case is changed, then it is refused', () => {
    let current = applyCaseEvent(fresh(), {
      type: 'resolved',
      at: at(1),
      by: 'U_STAFF',
      outcome: '道歉',
      satisfaction: 3,
    });
    current = applyCaseEvent(current, { type: 'closed', at: at(2), by: 'U_STAFF' });
    expect(() => applyCaseEvent(current, { type: 'proposed', at: at(3), by: 'U_STAFF', remedyId: 'exchange' })).toThrow(
      /cannot apply "proposed" while the case is closed/,
    );
  });
});
