import { describe, expect, it } from 'vitest';
import { BOUGHT, later, verdictFor } from './policy-test-kit.ts';

describe('R12 returns and A1 authority', () => {
  const anyComplaint = { purchasedAt: BOUGHT, hasReceipt: true, category: 'jewellery', problem: 'broken' };

  it('when a refund is asked for, then it is eligible under R12 but always needs a manager (A1)', () => {
    const verdict = verdictFor('refund', anyComplaint, later({ hours: 1 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.rule.id).toBe('R12');
    expect(verdict.needsApproval).toBe(true);
    expect(verdict.staffLimit).toBeNull();
    expect(verdict.reason.en).toContain('A manager must approve it (A1).');
    expect(verdict.reason.en).not.toContain('Free');
  });

  it('when a refund is asked for a year later, then it still needs a manager rather than a rule saying no', () => {
    const verdict = verdictFor('refund', anyComplaint, later({ days: 365 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.needsApproval).toBe(true);
  });

  it('when staff mean to grant 50 yuan compensation, then they may do so alone', () => {
    const verdict = verdictFor('compensation', anyComplaint, later({ hours: 1 }), { requestedAmount: 50 });
    expect(verdict.eligible).toBe(true);
    expect(verdict.rule.id).toBe('A1');
    expect(verdict.staffLimit).toBe(50);
    expect(verdict.needsApproval).toBe(false);
    expect(verdict.reason.en).toContain('Staff may grant up to 50 yuan alone; above that a manager approves');
    expect(verdict.reason.zh).toContain('店员可自行给予不超过50元');
  });

  it('when staff mean to grant 51 yuan compensation, then a manager must approve', () => {
    const verdict = verdictFor('compensation', anyComplaint, later({ hours: 1 }), { requestedAmount: 51 });
    expect(verdict.needsApproval).toBe(true);
    expect(verdict.reason.en).toContain('51 yuan requested: a manager must approve.');
  });

  it('when no amount is named, then a discount needs no approval yet but states the staff limit', () => {
    const verdict = verdictFor('discount', anyComplaint, later({ hours: 1 }));
    expect(verdict.needsApproval).toBe(false);
    expect(verdict.staffLimit).toBe(50);
    expect(verdict.reason.en).toContain('up to 50 yuan');
  });

  it('when a gift worth 80 yuan is planned, then a manager must approve', () => {
    expect(verdictFor('gift', anyComplaint, later({ hours: 1 }), { requestedAmount: 80 }).needsApproval).toBe(true);
  });

  it('when an amount is requested, then only discretionary remedies change: a free repair still needs no approval', () => {
    const verdict = verdictFor('silver-resoldering', { ...anyComplaint, category: 'silver' }, later({ hours: 1 }), {
      requestedAmount: 500,
    });
    expect(verdict.needsApproval).toBe(false);
    expect(verdict.staffLimit).toBeNull();
  });
});
