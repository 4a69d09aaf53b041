import { describe, expect, it } from 'vitest';
import { BOUGHT, later, verdictFor } from './policy-test-kit.ts';

describe('R2 lost stones', () => {
  const lostStone = { category: 'jewellery', problem: 'lost-stone', purchasedAt: BOUGHT, hasReceipt: true };

  it('when a stone is lost 29 days after purchase with the receipt, then re-setting is free until one month after purchase', () => {
    const verdict = verdictFor('stone-resetting', lostStone, later({ days: 29 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.rule.id).toBe('R2');
    expect(verdict.fee).toEqual({ type: 'free' });
    expect(verdict.deadline).toBe('2024-04-10T02:00:00.000Z');
  });

  it('when a stone is lost two months after purchase, then re-setting costs 0.3 yuan per stone at cost, special stones excepted', () => {
    const verdict = verdictFor('stone-resetting', lostStone, later({ days: 61 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.fee).toEqual({ type: 'per-unit', amount: 0.3, unit: { zh: '粒', en: 'stone' } });
    expect(verdict.deadline).toBeNull();
    expect(verdict.reason.en).toContain('0.3 yuan per stone');
    expect(verdict.reason.en).toContain('special stones are excepted');
    expect(verdict.reason.zh).toContain('0.3元/粒');
  });

  it('when a stone is lost within the month but without the receipt, then the paid tier applies', () => {
    const verdict = verdictFor('stone-resetting', { ...lostStone, hasReceipt: false }, later({ days: 3 }));
    expect(verdict.fee).toEqual({ type: 'per-unit', amount: 0.3, unit: { zh: '粒', en: 'stone' } });
  });

  it('when the receipt is unknown within the month, then the free tier holds and staff learn the price without it', () => {
    const verdict = verdictFor('stone-resetting', { ...lostStone, hasReceipt: undefined }, later({ days: 3 }));
    expect(verdict.fee).toEqual({ type: 'free' });
    expect(verdict.checks.map((check) => check.en)).toContain('Confirm the receipt. Otherwise: 0.3 yuan per stone.');
  });

  it('when a stone is lost from a piece bought on 31 January, then the free month ends on the last day of February', () => {
    const leap = verdictFor(
      'stone-resetting',
      { ...lostStone, purchasedAt: '2024-01-31T12:00:00+08:00' },
      new Date('2024-02-20T00:00:00Z'),
    );
    expect(leap.deadline).toBe('2024-02-29T04:00:00.000Z');
    const common = verdictFor(
      'stone-resetting',
      { ...lostStone, purchasedAt: '2023-01-31T12:00:00+08:00' },
      new Date('2023-02-20T00:00:00Z'),
    );
    expect(common.deadline).toBe('2023-02-28T04:00:00.000Z');
  });

  it('when bought at 01:00 in Shanghai on 31 January (still 30 January in UTC), then the month follows the store calendar', () => {
    const verdict = verdictFor(
      'stone-resetting',
      { ...lostStone, purchasedAt: '2024-01-30T17:00:00Z' },
      new Date('2024-02-10T00:00:00Z'),
    );
    expect(verdict.deadline).toBe('2024-02-28T17:00:00.000Z'); // 29 Feb 01:00 in Shanghai
  });
});

describe('R3 watches', () => {
  const watch = { category: 'watch', purchasedAt: BOUGHT, hasReceipt: true };

  it('when a watch develops a quality fault within three months with the receipt, then repair is free until three months after purchase', () => {
    const verdict = verdictFor(
      'watch-repair',
      { ...watch, problem: 'watch-fault', suspectedCause: 'quality' },
      later({ days: 80 }),
    );
    expect(verdict.eligible).toBe(true);
    expect(verdict.fee).toEqual({ type: 'free' });
    expect(verdict.deadline).toBe('2024-06-10T02:00:00.000Z');
  });

  it('when the customer got water into the watch, then the free repair is not covered, citing R3', () => {
    const verdict = verdictFor(
      'watch-repair',
      { ...watch, problem: 'water-damage', suspectedCause: 'use' },
      later({ days: 10 }),
    );
    expect(verdict.eligible).toBe(false);
    expect(verdict.rule.id).toBe('R3');
    expect(verdict.reason.en).toContain("the cause is the customer's use");
    expect(verdict.fee).toBeNull();
  });

  it('when water got in and the cause is unclear, then the free repair is still not covered (R3 excepts water)', () => {
    const verdict = verdictFor('watch-repair', { ...watch, problem: 'water-damage' }, later({ days: 10 }));
    expect(verdict.eligible).toBe(false);
    expect(verdict.rule.id).toBe('R3');
    expect(verdict.reason.en).toContain('the problem is Water damage');
  });

  it('when a watch fault has an unknown cause, then the free repair stands and staff must rule out customer damage', () => {
    const verdict = verdictFor('watch-repair', { ...watch, problem: 'watch-fault' }, later({ days: 10 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.checks.map((check) => check.en)).toContain(
      "Confirm whether the cause is the customer's use: if so, R3 (Watch repair) rules this out.",
    );
  });

  it('when a watch breaks after three months, then the free repair has ended', () => {
    const verdict = verdictFor(
      'watch-repair',
      { ...watch, problem: 'watch-fault', suspectedCause: 'quality' },
      later({ days: 100 }),
    );
    expect(verdict.eligible).toBe(false);
    expect(verdict.reason.en).toBe('Bought 100 days ago; free watch repair is within 3 months of purchase.');
  });

  it('when the battery dies within three months with the receipt, then it is replaced free', () => {
    const verdict = verdictFor('watch-battery', { ...watch, problem: 'watch-battery' }, later({ days: 60 }));
    expect(verdict.fee).toEqual({ type: 'free' });
  });

  it('when the battery dies after three months, then it costs 3 yuan per battery at cost', () => {
    const verdict = verdictFor('watch-battery', { ...watch, problem: 'watch-battery' }, later({ days: 120 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.fee).toEqual({ type: 'per-unit', amount: 3, unit: { zh: '粒', en: 'battery' } });
    expect(verdict.reason.en).toContain('3 yuan per battery');
  });

  it('when the movement must be replaced, then it costs 10 yuan, even after customer damage', () => {
    const verdict = verdictFor(
      'watch-movement',
      { ...watch, problem: 'water-damage', suspectedCause: 'use' },
      later({ days: 10 }),
    );
    expect(verdict.eligible).toBe(true);
    expect(verdict.fee).toEqual({ type: 'per-unit', amount: 10, unit: { zh: '个', en: 'movement' } });
  });

  it('when the complaint is about a watch battery, then battery is relevant and the free repair is listed but not relevant', () => {
    expect(verdictFor('watch-battery', { ...watch, problem: 'watch-battery' }, later({ days: 1 })).relevant).toBe(true);
    expect(verdictFor('watch-repair', { ...watch, problem: 'watch-battery' }, later({ days: 1 })).relevant).toBe(false);
  });
});

describe('R4 single-use goods', () => {
  it('when single-use goods lose a stone, then no repair is offered, citing R4', () => {
    const verdict = verdictFor(
      'stone-resetting',
      { category: 'single-use', problem: 'lost-stone', purchasedAt: BOUGHT, hasReceipt: true },
      later({ days: 2 }),
    );
    expect(verdict.eligible).toBe(false);
    expect(verdict.rule.id).toBe('R4');
    expect(verdict.rule.citation.zh).toBe('一次性的商品本店不保修;');
  });

  it('when single-use goods come back within 48 h with the receipt, then R4 does not stop the exchange', () => {
    const verdict = verdictFor(
      'exchange',
      { category: 'single-use', purchasedAt: BOUGHT, hasReceipt: true },
      later({ hours: 3 }),
    );
    expect(verdict.eligible).toBe(true);
  });

  it('when the category is unknown, then a repair stays open but staff must rule out single-use goods', () => {
    const verdict = verdictFor(
      'stone-resetting',
      { problem: 'lost-stone', purchasedAt: BOUGHT, hasReceipt: true },
      later({ days: 2 }),
    );
    expect(verdict.eligible).toBe(true);
    expect(verdict.checks.map((check) => check.en)).toContain(
      'Confirm whether the category is Single-use goods: if so, R4 (Single-use goods) rules this out.',
    );
  });
});

describe('lifetime repairs: R6 alloy and R10 伊朵儿', () => {
  const fiveYearsLater = later({ days: 5 * 365 + 1 });

  it('when an alloy piece comes unsoldered five years later without a receipt, then re-soldering is still free, with no deadline', () => {
    const verdict = verdictFor(
      'alloy-resoldering',
      { category: 'alloy', problem: 'unsoldered', purchasedAt: BOUGHT, hasReceipt: false },
      fiveYearsLater,
    );
    expect(verdict.eligible).toBe(true);
    expect(verdict.rule.id).toBe('R6');
    expect(verdict.fee).toEqual({ type: 'free' });
    expect(verdict.deadline).toBeNull();
    expect(verdict.reason.en).toContain('Free for life.');
  });

  it('when a 伊朵儿 piece breaks five years later, then re-stringing is free and parts are charged at the factory cost', () => {
    const input = { category: 'yiduoer', problem: 'broken', purchasedAt: BOUGHT };
    const restringing = verdictFor('yiduoer-restringing', input, fiveYearsLater);
    expect(restringing.eligible).toBe(true);
    expect(restringing.rule.id).toBe('R10');
    expect(restringing.fee).toEqual({ type: 'free' });
    const parts = verdictFor('yiduoer-parts', input, fiveYearsLater);
    expect(parts.eligible).toBe(true);
    expect(parts.fee?.type).toBe('at-cost');
    expect(parts.reason.zh).toContain('厂家定价');
  });
});

describe('R7 vertical clips', () => {
  const clip = { category: 'hair-clip', purchasedAt: BOUGHT };

  it('when a vertical clip breaks, then it cannot be repaired, citing R7, and a base-clip replacement is offered', () => {
    const repair = verdictFor('vertical-clip-repair', { ...clip, problem: 'clip-broken' }, later({ days: 5 }));
    expect(repair.eligible).toBe(false);
    expect(repair.rule.id).toBe('R7');
    expect(repair.reason.zh).toContain('竖夹断裂,不可修理');
    const baseClip = verdictFor('base-clip-replacement', { ...clip, problem: 'clip-broken' }, later({ days: 5 }));
    expect(baseClip.eligible).toBe(true);
    expect(baseClip.relevant).toBe(true);
    expect(baseClip.checks.map((check) => check.en)).toContain('Check the clip has a base clip.');
  });

  it('when only the base clip is broken, then replacing it is relevant and the clip repair is not', () => {
    expect(
      verdictFor('base-clip-replacement', { ...clip, problem: 'base-clip-broken' }, later({ days: 5 })).relevant,
    ).toBe(true);
    expect(
      verdictFor('vertical-clip-repair', { ...clip, problem: 'base-clip-broken' }, later({ days: 5 })).relevant,
    ).toBe(false);
  });
});

describe('R8 glasses', () => {
  const glasses = { category: 'glasses', purchasedAt: BOUGHT, hasReceipt: true };

  it('when a lens breaks, then it cannot be repaired, citing R8', () => {
    const verdict = verdictFor('lens-repair', { ...glasses, problem: 'lens-broken' }, later({ days: 2 }));
    expect(verdict.eligible).toBe(false);
    expect(verdict.rule.id).toBe('R8');
    expect(verdict.needsApproval).toBe(false);
  });

  it('when a screw comes loose within a month with the receipt, then it is fitted free', () => {
    const verdict = verdictFor('glasses-screw', { ...glasses, problem: 'loose-screw' }, later({ days: 20 }));
    expect(verdict.fee).toEqual({ type: 'free' });
    expect(verdict.deadline).toBe('2024-04-10T02:00:00.000Z');
  });

  it('when a screw comes loose after a month, then it costs 0.5 yuan each', () => {
    const verdict = verdictFor('glasses-screw', { ...glasses, problem: 'loose-screw' }, later({ days: 40 }));
    expect(verdict.fee).toEqual({ type: 'per-unit', amount: 0.5, unit: { zh: '粒', en: 'screw' } });
    expect(verdict.reason.zh).toContain('0.5元/粒');
  });
});

describe('R9 silver', () => {
  const silver = { category: 'silver', purchasedAt: BOUGHT };

  it('when silver tarnishes a year later, then cleaning is free and relevant', () => {
    const verdict = verdictFor('silver-cleaning', { ...silver, problem: 'tarnish' }, later({ days: 365 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.rule.id).toBe('R9');
    expect(verdict.fee).toEqual({ type: 'free' });
    expect(verdict.relevant).toBe(true);
  });

  it('when silver breaks, then it is re-soldered free and cleaning is listed as not relevant', () => {
    const resoldering = verdictFor('silver-resoldering', { ...silver, problem: 'broken' }, later({ days: 365 }));
    expect(resoldering.eligible).toBe(true);
    expect(resoldering.fee).toEqual({ type: 'free' });
    expect(verdictFor('silver-cleaning', { ...silver, problem: 'broken' }, later({ days: 365 })).relevant).toBe(false);
  });
});
