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
