import { describe, expect, it } from 'vitest';
import { BOUGHT, later, verdictFor } from './policy-test-kit.ts';

const EXCHANGE_DEADLINE = '2024-03-12T02:00:00.000Z'; // 10:00 Shanghai on 10 March + 48 h

describe('R1 exchange within 48 hours with the receipt', () => {
  const withReceipt = { purchasedAt: BOUGHT, hasReceipt: true };

  it('when bought 47 h 59 min ago with the receipt, then the exchange is eligible, free, until 48 h after purchase', () => {
    const verdict = verdictFor('exchange', withReceipt, later({ hours: 47, minutes: 59 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.rule.id).toBe('R1');
    expect(verdict.fee).toEqual({ type: 'free' });
    expect(verdict.deadline).toBe(EXCHANGE_DEADLINE);
    expect(verdict.needsApproval).toBe(false);
    expect(verdict.reason.en).toContain('47 h 59 min');
  });

  it('when exactly 48 h have passed, then the exchange is still eligible (the end is inclusive)', () => {
    expect(verdictFor('exchange', withReceipt, later({ hours: 48 })).eligible).toBe(true);
  });

  it('when bought 48 h 01 min ago, then the exchange is refused, saying how long ago and the 48 h limit', () => {
    const verdict = verdictFor('exchange', withReceipt, later({ hours: 48, minutes: 1 }));
    expect(verdict.eligible).toBe(false);
    expect(verdict.rule.id).toBe('R1');
    expect(verdict.reason.en).toBe('Bought 48 h 1 min ago; exchange is within 48 h of purchase.');
    expect(verdict.reason.zh).toBe('购买已48小时1分钟,换货须在购买后48小时内。');
    expect(verdict.fee).toBeNull();
    expect(verdict.deadline).toBeNull();
  });

  it('when bought 49 h ago, then the reason reads in whole hours', () => {
    const verdict = verdictFor('exchange', withReceipt, later({ hours: 49 }));
    expect(verdict.reason.en).toBe('Bought 49 h ago; exchange is within 48 h of purchase.');
    expect(verdict.reason.zh).toBe('购买已49小时,换货须在购买后48小时内。');
  });

  it('when the customer has no receipt, then the exchange is refused for the receipt', () => {
    const verdict = verdictFor('exchange', { purchasedAt: BOUGHT, hasReceipt: false }, later({ hours: 2 }));
    expect(verdict.eligible).toBe(false);
    expect(verdict.reason.en).toBe('No receipt; exchange needs the receipt.');
    expect(verdict.reason.zh).toContain('没有购物小票');
  });

  it('when there is neither receipt nor time left, then the reason names both', () => {
    const verdict = verdictFor('exchange', { purchasedAt: BOUGHT, hasReceipt: false }, later({ hours: 50 }));
    expect(verdict.reason.en).toContain('No receipt');
    expect(verdict.reason.en).toContain('Bought 50 h ago');
  });

  it('when nobody knows about the receipt yet, then the exchange stays eligible and staff must confirm the receipt', () => {
    const verdict = verdictFor('exchange', { purchasedAt: BOUGHT }, later({ hours: 2 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.checks).toContainEqual({ zh: '请确认顾客有购物小票。', en: 'Confirm the receipt.' });
    expect(verdict.reason.en).toContain('Only once the checks below are confirmed.');
  });

  it('when the purchase date is unknown, then staff must confirm it against the 48 h window and there is no deadline', () => {
    const verdict = verdictFor('exchange', { hasReceipt: true }, later({ hours: 2 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.deadline).toBeNull();
    expect(verdict.checks.map((check) => check.en)).toContain(
      'Confirm the purchase date: the window ends 48 h after purchase.',
    );
  });

  it('when eligible, then staff are asked to see the item is intact and not exchanged before', () => {
    const checks = verdictFor('exchange', withReceipt, later({ hours: 1 })).checks.map((check) => check.en);
    expect(checks).toContain('Check the item is intact and can be sold again.');
    expect(checks).toContain('Check the item has not been exchanged before (once only).');
  });
});

describe('R11 exchange for a quality fault within 24 hours', () => {
  const quality = { purchasedAt: BOUGHT, suspectedCause: 'quality' as const, problem: 'broken' };

  it('when a quality fault is reported 23 h after purchase without a receipt, then the quality exchange is eligible', () => {
    const verdict = verdictFor('quality-exchange', { ...quality, hasReceipt: false }, later({ hours: 23 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.rule.id).toBe('R11');
    expect(verdict.deadline).toBe('2024-03-11T02:00:00.000Z');
  });

  it('when a quality fault is reported 25 h after purchase, then the quality exchange is refused for the 24 h limit', () => {
    const verdict = verdictFor('quality-exchange', quality, later({ hours: 25 }));
    expect(verdict.eligible).toBe(false);
    expect(verdict.reason.en).toBe('Bought 25 h ago; quality exchange is within 24 h of purchase.');
  });

  it('when the damage came from use, then the quality exchange is refused for the cause even within 24 h', () => {
    const verdict = verdictFor('quality-exchange', { ...quality, suspectedCause: 'use' }, later({ hours: 2 }));
    expect(verdict.eligible).toBe(false);
    expect(verdict.reason.en).toContain("The cause is the customer's use");
    expect(verdict.reason.zh).toContain('原因是顾客使用造成');
  });

  it('when the cause is not known yet, then the quality exchange stays open and staff must confirm a quality fault', () => {
    const verdict = verdictFor('quality-exchange', { ...quality, suspectedCause: 'unknown' }, later({ hours: 2 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.checks.map((check) => check.en)).toContain('Confirm the cause is a quality fault.');
  });
});

describe('R5 special-price goods: no warranty, no return, no exchange', () => {
  const special = { purchasedAt: BOUGHT, hasReceipt: true, specialPrice: true, suspectedCause: 'quality' as const };

  it('when a special-price item is brought back within 48 h, then both exchanges are refused citing R5', () => {
    for (const id of ['exchange', 'quality-exchange']) {
      const verdict = verdictFor(id, special, later({ hours: 1 }));
      expect(verdict.eligible).toBe(false);
      expect(verdict.rule.id).toBe('R5');
      expect(verdict.rule.citation.zh).toBe('特价商品不保修,不退换;');
      expect(verdict.reason.en).toBe('Not offered: it is a special-price item (R5 Special-price goods).');
    }
  });

  it('when a special-price watch breaks, then the free repair is refused citing R5', () => {
    const verdict = verdictFor(
      'watch-repair',
      { ...special, category: 'watch', problem: 'watch-fault' },
      later({ days: 3 }),
    );
    expect(verdict.eligible).toBe(false);
    expect(verdict.rule.id).toBe('R5');
  });

  it('when a special-price item is to be returned, then the refund is refused citing R5 and needs no approval', () => {
    const verdict = verdictFor('refund', special, later({ hours: 1 }));
    expect(verdict.eligible).toBe(false);
    expect(verdict.rule.id).toBe('R5');
    expect(verdict.needsApproval).toBe(false);
  });

  it('when special-price silver tarnishes, then free cleaning is still offered (a service, not warranty)', () => {
    const verdict = verdictFor(
      'silver-cleaning',
      { ...special, category: 'silver', problem: 'tarnish' },
      later({ days: 9 }),
    );
    expect(verdict.eligible).toBe(true);
  });

  it('when the item is not special price, then R5 does not touch the exchange', () => {
    const verdict = verdictFor('exchange', { ...special, specialPrice: false }, later({ hours: 1 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.rule.id).toBe('R1');
  });
});
