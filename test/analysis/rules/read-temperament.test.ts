import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { type ComplaintInput, ComplaintSchema } from '../../../src/domain/complaint.ts';

const complaint = (input: ComplaintInput) => ComplaintSchema.parse(input);

describe('readTemperament', () => {
  it.each([
    [
      'forceful',
      {
        narrative: '顾客拿着断了的手链来店',
        customerWords: '别废话,马上给我换,叫你们店长出来!',
        behaviour: '把手链拍在柜台上,语气强硬',
      },
    ],
    [
      'lively',
      {
        narrative: '顾客来换耳环',
        customerWords: '哈哈我超喜欢这个颜色的!对了你们有没有新款呀?我闺蜜也想买',
        behaviour: '笑着说个不停',
      },
    ],
    [
      'peaceable',
      {
        narrative: '顾客的项链有点褪色',
        customerWords: '不好意思打扰你们,也不是什么大事,你们看怎么处理都行',
        behaviour: '声音很小,有点犹豫',
      },
    ],
    [
      'analytical',
      {
        narrative: '顾客质疑银饰纯度',
        customerWords: '925银的标准是多少?我查过材质说明,请解释为什么3天就发黑',
        behaviour: '拿出照片一项一项对比',
      },
    ],
    [
      'forceful',
      {
        narrative: 'Watch stopped after a week.',
        customerWords: "I don't care about your rules. Fix it right now or get me your manager.",
        behaviour: 'Slammed the box on the counter, raised voice.',
      },
    ],
    [
      'analytical',
      {
        narrative: 'Customer questions the plating.',
        customerWords:
          'The spec says 2 micron plating. Can you explain why it wore through in 10 days? I compared it with the certificate.',
        behaviour: 'Calm, brought a printout.',
      },
    ],
  ] as const)('when the words and behaviour are typical, then %s is read', (type, input) => {
    const reading = readTemperament(complaint(input));
    expect(reading.type).toBe(type);
    expect(reading.evidence.length).toBeGreaterThan(0);
    expect(reading.evidence.every((item) => item.type === type)).toBe(true);
    expect(reading.approach.length).toBeGreaterThan(0);
  });

  it('when evidence is quoted, then every quote occurs verbatim in the complaint', () => {
    const input = complaint({
      narrative: '顾客说表不走了',
      customerWords: '我赶时间,现在就给我修好!必须今天!',
      behaviour: '很不耐烦,一直看手机',
    });
    const all = [input.narrative, input.customerWords, input.behaviour].join('\n');
    for (const item of readTemperament(input).evidence) expect(all).toContain(item.quote);
  });

  it.each([
    ['en', 'Earring returned. The clasp is bent.'],
    ['zh', '顾客拿来一条项链，链子断了。'],
    ['zh-Hant', '顧客拿來一條項鍊，鍊子斷了。'],
  ])(
    'when the text shows no cue at all (%s), then the type is unknown, with no confidence and wording for anyone',
    (_, narrative) => {
      const reading = readTemperament(complaint({ narrative }));
      expect(reading.type).toBe('unknown');
      expect(reading.confidence).toBe(0);
      expect(reading.evidence).toEqual([]);
      expect(Object.values(reading.scores).every((score) => score === 0)).toBe(true);
      expect(reading.approach.map((line) => line.en).join(' ')).toMatch(/suits anyone — calm, respectful and brief/u);
    },
  );

  it('when the cues come from a retelling, then the confidence stays under 0.5; the same words said to staff may go above', () => {
    const words = "I demand the manager right now. No excuses, I don't care about your rules!";
    const retold = readTemperament(complaint({ narrative: `She told the reporter: "${words}"` }));
    const said = readTemperament(complaint({ narrative: 'Customer at the counter.', customerWords: words }));
    expect(retold.type).toBe('forceful');
    expect(said.type).toBe('forceful');
    expect(retold.confidence).toBeGreaterThan(0);
    expect(retold.confidence).toBeLessThan(0.5);
    expect(said.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('when there is no evidence at all, then confidence is low', () => {
    const vague = readTemperament(complaint({ narrative: 'Earring returned.' }));
    const clear = readTemperament(
      complaint({
        narrative: 'x',
        customerWords: 'Right now. I demand the manager, no excuses!',
        behaviour: 'slammed the counter',
      }),
    );
    expect(vague.confidence).toBeLessThan(0.3);
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
  });
});
