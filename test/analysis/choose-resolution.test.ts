import { describe, expect, it } from 'vitest';
import { chooseResolution } from '../../src/analysis/rules/choose-resolution.ts';
import { AIM_KINDS, TEMPERAMENTS } from '../../src/domain/analysis.ts';
import { REMEDY_KINDS, type RemedyKind } from '../../src/domain/policy-schema.ts';
import type { RemedyVerdict } from '../../src/domain/remedy-verdict.ts';
import { ResolutionSuggestionSchema } from '../../src/domain/suggestion.ts';

const NAMES: Partial<Record<RemedyKind, { zh: string; en: string }>> = {
  exchange: { zh: '换货', en: 'Exchange' },
  're-setting': { zh: '补钻', en: 'Re-setting a lost stone' },
  repair: { zh: '免费修理', en: 'Free repair' },
  battery: { zh: '换电池', en: 'Battery replacement' },
  refund: { zh: '退款', en: 'Refund' },
  discount: { zh: '酌情减价', en: 'Goodwill discount' },
  compensation: { zh: '补偿', en: 'Compensation' },
  gift: { zh: '小礼品', en: 'Small gift' },
  cleaning: { zh: '免费清洗', en: 'Free cleaning' },
};

function verdict(id: string, kind: RemedyKind, extra: Partial<RemedyVerdict> = {}): RemedyVerdict {
  return {
    id,
    kind,
    name: NAMES[kind] ?? { zh: id, en: id },
    eligible: true,
    relevant: true,
    rule: { id: 'R1', title: { zh: '条款', en: 'Clause' }, citation: { zh: '原文', en: 'Text' } },
    reason: { zh: '符合条件', en: 'Conditions met' },
    fee: { type: 'free' },
    deadline: null,
    needsApproval: false,
    staffLimit: null,
    checks: [],
    ...extra,
  };
}

const ineligible = (id: string, kind: RemedyKind, extra: Partial<RemedyVerdict> = {}) =>
  verdict(id, kind, { eligible: false, fee: null, ...extra });

/** A typical lost-stone complaint: some remedies eligible, some taken away by the policy. */
const MIXED: readonly RemedyVerdict[] = [
  ineligible('special-price-exchange', 'exchange'),
  verdict('exchange', 'exchange', { checks: [{ zh: '商品完好、可二次销售', en: 'Item intact and resaleable' }] }),
  ineligible('refund-blocked', 'refund', { needsApproval: true }),
  verdict('stone-resetting', 're-setting'),
  verdict('goodwill-discount', 'discount', { staffLimit: 50 }),
  ineligible('watch-battery', 'battery'),
  verdict('compensation', 'compensation', { staffLimit: 100 }),
];

describe('chooseResolution', () => {
  it('when some remedies are not eligible, then they are never offered, whatever the type or aim', () => {
    const eligibleIds = new Set(MIXED.filter((entry) => entry.eligible).map((entry) => entry.id));
    for (const temperament of TEMPERAMENTS) {
      for (const aim of AIM_KINDS) {
        const resolution = chooseResolution({ currency: 'CNY', verdicts: MIXED, temperament, aim });
        expect(ResolutionSuggestionSchema.safeParse(resolution).success).toBe(true);
        for (const id of resolution.options) expect(eligibleIds.has(id), `${temperament}/${aim}: ${id}`).toBe(true);
        expect(resolution.recommended).toBe(resolution.options[0]);
      }
    }
  });

  it('when verdict lists are mixed at random, then every option is eligible, distinct, and at most three', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round += 1) {
      const verdicts = Array.from({ length: Math.floor(random() * 8) }, (_, index) => {
        const kind = REMEDY_KINDS[Math.floor(random() * REMEDY_KINDS.length)] ?? 'exchange';
        return verdict(`r${index}`, kind, {
          eligible: random() < 0.6,
          relevant: random() < 0.7,
          needsApproval: random() < 0.3,
          fee: random() < 0.5 ? { type: 'free' } : { type: 'fixed', amount: 3 },
        });
      });
      const temperament = TEMPERAMENTS[round % TEMPERAMENTS.length] ?? 'lively';
      const aim = AIM_KINDS[round % AIM_KINDS.length] ?? 'unknown';
      const resolution = chooseResolution({ currency: 'CNY', verdicts, temperament, aim });
      const eligible = new Set(verdicts.filter((entry) => entry.eligible).map((entry) => entry.id));
      expect(resolution.options.every((id) => eligible.has(id))).toBe(true);
      expect(new Set(resolution.options).size).toBe(resolution.options.length);
      expect(resolution.options.length).toBeLessThanOrEqual(3);
      expect(resolution.recommended).toBe(resolution.options[0] ?? null);
      expect(resolution.options.length > 0).toBe(eligible.size > 0);
    }
  });

  it('when the customer is forceful and three or more remedies are eligible, then three options are offered to choose from', () => {
    const resolution = chooseResolution({ currency: 'CNY', verdicts: MIXED, temperament: 'forceful', aim: 'unknown' });
    expect(resolution.options).toHaveLength(3);
    expect(resolution.letCustomerChoose).toBe(true);
    expect(resolution.note.zh).toContain('让顾客自己拍板');
    expect(resolution.note.en).toMatch(/Put all three options to them/u);
  });

  it('when the customer is forceful but only one remedy is eligible, then there is nothing to choose between', () => {
    const resolution = chooseResolution({
      currency: 'CNY',
      verdicts: [verdict('exchange', 'exchange')],
      temperament: 'forceful',
      aim: 'exchange',
    });
    expect(resolution).toMatchObject({ options: ['exchange'], recommended: 'exchange', letCustomerChoose: false });
  });

  it('when the customer is not forceful, then one recommendation comes first with at most two fallbacks', () => {
    for (const temperament of ['lively', 'analytical'] as const) {
      const resolution = chooseResolution({ currency: 'CNY', verdicts: MIXED, temperament, aim: 'unknown' });
      expect(resolution.letCustomerChoose).toBe(false);
      expect(resolution.options.length).toBeLessThanOrEqual(3);
      expect(resolution.recommended).toBe(resolution.options[0]);
    }
  });

  it('when the customer is peaceable, then staff take the lead with one recommendation and a single fallback', () => {
    const resolution = chooseResolution({ currency: 'CNY', verdicts: MIXED, temperament: 'peaceable', aim: 'unknown' });
    expect(resolution.options).toHaveLength(2);
    expect(resolution.letCustomerChoose).toBe(false);
    expect(resolution.note.zh).toContain('主动推荐');
  });

  it.each([
    ['discount', 'goodwill-discount'],
    ['exchange', 'exchange'],
    ['repair', 'stone-resetting'],
    ['compensation', 'compensation'],
  ] as const)('when the likely aim is %s, then the matching remedy is recommended', (aim, expected) => {
    for (const temperament of TEMPERAMENTS) {
      expect(chooseResolution({ currency: 'CNY', verdicts: MIXED, temperament, aim }).recommended).toBe(expected);
    }
  });

  it('when the aim is a refund, then the refund comes first, a good alternative follows, and the note asks for approval', () => {
    const verdicts = [
      verdict('exchange', 'exchange'),
      verdict('repair', 'repair'),
      verdict('refund', 'refund', { needsApproval: true }),
    ];
    const resolution = chooseResolution({ currency: 'CNY', verdicts, temperament: 'analytical', aim: 'refund' });
    expect(resolution.recommended).toBe('refund');
    expect(resolution.options.length).toBeGreaterThan(1);
    expect(resolution.note.zh).toContain('退款需要店长批准');
    expect(resolution.note.en).toContain("'Refund' needs a manager's approval");
  });

  it('when a remedy is eligible but does not address the problem, then relevant remedies come first and unrelated ones stay out', () => {
    const verdicts = [
      verdict('cleaning', 'cleaning', { relevant: false }),
      verdict('battery', 'battery', { relevant: false }),
      verdict('stone-resetting', 're-setting'),
    ];
    const resolution = chooseResolution({ currency: 'CNY', verdicts, temperament: 'forceful', aim: 'unknown' });
    expect(resolution.options).toEqual(['stone-resetting']);
  });

  it('when only unrelated remedies are eligible, then they are still offered rather than nothing', () => {
    const verdicts = [verdict('cleaning', 'cleaning', { relevant: false }), ineligible('exchange', 'exchange')];
    expect(chooseResolution({ currency: 'CNY', verdicts, temperament: 'lively', aim: 'unknown' }).options).toEqual([
      'cleaning',
    ]);
  });

  it('when a free and a paid remedy both fit, then the free one comes first', () => {
    const verdicts = [
      verdict('battery', 'battery', { fee: { type: 'fixed', amount: 3 } }),
      verdict('stone-resetting', 're-setting'),
    ];
    const resolution = chooseResolution({ currency: 'CNY', verdicts, temperament: 'lively', aim: 'repair' });
    expect(resolution.options).toEqual(['stone-resetting', 'battery']);
    expect(resolution.note.zh).toContain('换电池要收费');
  });

  it('when nothing is eligible, then nothing is recommended and the note says to apologise, explain kindly and involve a manager', () => {
    for (const verdicts of [[], MIXED.filter((entry) => !entry.eligible)]) {
      const resolution = chooseResolution({ currency: 'CNY', verdicts, temperament: 'forceful', aim: 'refund' });
      expect(resolution).toMatchObject({ options: [], recommended: null, letCustomerChoose: false });
      expect(resolution.note.zh).toContain('真诚道歉');
      expect(resolution.note.zh).toContain('店长');
      expect(resolution.note.en).toMatch(/Apologise sincerely, explain the reason kindly/u);
      expect(resolution.note.en).toMatch(/manager/u);
    }
  });

  it('when the customer names more money than staff may grant alone, then the note says a manager must approve it', () => {
    const over = chooseResolution({
      currency: 'CNY',
      verdicts: MIXED,
      temperament: 'lively',
      aim: 'discount',
      requestedAmount: 200,
    });
    expect(over.note.zh).toContain('超过你能自己给的上限（50元），要店长批准');
    expect(over.note.en).toMatch(/\(¥200\) is more than you may grant alone \(¥50\)/u);
    const within = chooseResolution({
      currency: 'CNY',
      verdicts: MIXED,
      temperament: 'lively',
      aim: 'discount',
      requestedAmount: 30,
    });
    expect(within.note.zh).toContain('在你的权限内');
    const unknown = chooseResolution({ currency: 'CNY', verdicts: MIXED, temperament: 'lively', aim: 'discount' });
    expect(unknown.note.en).toMatch(/You may grant up to ¥50 yourself/u);
  });

  it('when the recommended remedy has checks, then the note asks staff to confirm them first', () => {
    const resolution = chooseResolution({
      currency: 'CNY',
      verdicts: MIXED,
      temperament: 'analytical',
      aim: 'exchange',
    });
    expect(resolution.note.zh).toContain('给之前先确认：商品完好、可二次销售。');
    expect(resolution.note.en).toContain('check: item intact and resaleable.');
  });

  it('when the note is written for each type, then it tells staff how to put it to this customer', () => {
    const note = (temperament: (typeof TEMPERAMENTS)[number]) =>
      chooseResolution({ currency: 'CNY', verdicts: MIXED, temperament, aim: 'unknown' }).note.zh;
    expect(note('lively')).toContain('热情地推荐');
    expect(note('analytical')).toContain('征询顾客的意见');
    expect(note('peaceable')).toContain('这样处理您看行吗');
  });
});

describe('chooseResolution and goodwill', () => {
  const verdicts = [
    verdict('exchange', 'exchange'),
    verdict('quality-exchange', 'exchange'),
    verdict('stone-resetting', 're-setting'),
    verdict('refund', 'refund', { needsApproval: true }),
    verdict('compensation', 'compensation', { staffLimit: 50 }),
    verdict('discount', 'discount', { staffLimit: 50 }),
  ];

  it('when the problem has real remedies, then money and refunds the aim does not call for are not offered', () => {
    for (const temperament of ['lively', 'peaceable', 'analytical'] as const) {
      const { options } = chooseResolution({ currency: 'CNY', verdicts, temperament, aim: 'repair' });
      expect(options).not.toContain('compensation');
      expect(options).not.toContain('discount');
      expect(options).not.toContain('refund');
      expect(options[0]).toBe('stone-resetting');
    }
  });

  it('when the customer is forceful, then the three options are of different kinds, goodwill filling the last place', () => {
    const { options, letCustomerChoose } = chooseResolution({
      currency: 'CNY',
      verdicts,
      temperament: 'forceful',
      aim: 'exchange',
    });
    expect(options).toEqual(['exchange', 'stone-resetting', 'compensation']);
    expect(letCustomerChoose).toBe(true);
  });

  it('when the aim is a discount, then the discount is offered first', () => {
    const { options } = chooseResolution({ currency: 'CNY', verdicts, temperament: 'lively', aim: 'discount' });
    expect(options[0]).toBe('discount');
  });
});

describe('chooseResolution and the problem', () => {
  it('when a remedy addresses the problem, then remedies of the same family for other problems are not offered', () => {
    const verdicts = [
      verdict('watch-battery', 'battery'),
      verdict('watch-movement', 'movement', { relevant: false }),
      verdict('compensation', 'compensation', { staffLimit: 50 }),
    ];
    const { options } = chooseResolution({ currency: 'CNY', verdicts, temperament: 'forceful', aim: 'repair' });
    expect(options).toEqual(['watch-battery', 'compensation']);
  });
});
