import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const complaintOf = (narrative: string) => ComplaintSchema.parse({ narrative });
/** The flags' kinds of a text pasted whole as what happened. */
const kinds = (narrative: string) => detectFlags(complaintOf(narrative)).map((flag) => flag.kind);

describe("a scuffle in Hong Kong's and Taiwan's words (推撞, 郁手, 推跌, 動手動腳) is violence", () => {
  it.each([
    '東網消息：一名男子昨日在一間錶行內，因維修費用問題與店員發生爭執，期間推撞店員，警方到場調查。',
    '佢嬲到郁手推我哋同事。',
    '店員被推撞跌倒，手臂擦傷。',
    '那位客人情绪激动，对店员动手动脚。',
    '顧客一手把店員推跌在地上。',
    'He shoved the clerk against the counter.',
  ])('then violence is flagged: %s', (text) => {
    expect(kinds(text)).toContain('violence');
  });

  it.each(['東網消息：一名男子在錶行內與店員爭執，期間推撞店員。', '佢嬲到郁手推我哋同事。'])(
    'and the customer who shoves is forceful: %s',
    (text) => {
      expect(readTemperament(complaintOf(text)).type).toBe('forceful');
    },
  );
});

describe('要打 a number or a call is no blow', () => {
  it.each([
    ['我要打12315投诉你们。', ['consumer-council']],
    ['我要打电话给你们经理。', []],
    ['店員威脅要打110，我只是想換個貨而已。', []],
  ] as const)('when the customer or the shop is to dial, then no violence is flagged: %s', (text, crisis) => {
    expect(kinds(text)).not.toContain('violence');
    expect(kinds(text).filter((kind) => kind !== 'irritable' && kind !== 'stubborn')).toEqual(crisis);
  });

  it.each(['店员威胁要打我。', '店員揚言要打人。'])(
    'when a person is to be hit, then violence is flagged: %s',
    (text) => {
      expect(kinds(text)).toContain('violence');
    },
  );
});
