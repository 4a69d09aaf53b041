import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a message or a note. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe("a loose screw asked to be seen to, in the policy's word (上螺丝) and the everyday ones", () => {
  it.each([
    '您好，我上个月在贵店买的眼镜，镜腿的螺丝松了，请问可以帮我免费上一下螺丝吗？谢谢！',
    '镜架松了，希望店里帮我拧紧一下。',
    '眼鏡的螺絲鬆了，想請店家幫我鎖緊。',
    '副眼鏡啲螺絲鬆咗，可唔可以幫我收緊吓？',
    'Could you tighten the screw on my glasses?',
  ])('then the aim is repair: %s', (text) => {
    expect(aimOf(text)).toBe('repair');
  });
});
