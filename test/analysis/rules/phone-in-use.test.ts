import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const categoryOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).category;

describe('a phone in use is no phone bought', () => {
  it.each([
    '店员一直在玩手机，不理我。',
    '我进去问了三次，那个导购一直低头看手机。',
    '老闆一直在滑手機，完全不理我們。',
    '我用手机拍了照片发给客服，到现在没人回。',
    'The clerk was on her phone the whole time and ignored us.',
    'I called the shop; over the phone they said it was my fault.',
  ])('when only the staff or the customer use a phone, then no category is read: %s', (text) => {
    expect(categoryOf(text)).toBeNull();
  });

  it.each([
    ['other', '我的手机屏幕摔碎了，去修手机的店换屏，结果又坏了。'],
    ['other', 'My phone screen cracked a week after they replaced it.'],
    ['jewellery', '我买的项链断了，拿去店里，店员一直低头看手机。'],
  ] as const)('when a phone is the goods, or other goods are named, then they decide: %s ← %s', (category, text) => {
    expect(categoryOf(text)).toBe(category);
  });
});
