import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('goods found not to be what they were sold as, then met badly by the shop', () => {
  it.each([
    'The solid gold chain I bought from your store last month turned out to be gold plated when I had it tested. When I came back the sales clerk was rude and accused me of swapping it.',
    'The pearls I paid $900 for are plastic. The customer service team keeps ignoring my emails and the store staff were extremely unhelpful.',
    '在专柜买的铂金戒指,发票写Pt950,结果检测出来是钯金。店员一直推诿,服务态度差,还说是我调包。',
    '金手镯拿去回收,人家说是金包银。回到金店,店员不承认,店员还说是我调包,店员态度很差。',
    '喺你哋度買嘅金戒指,驗出含金量唔夠,職員態度好差,打咗幾次電話都冇人覆。',
  ])('when the finding and the staff’s manner are both told, then the problem is a defect: %s', (text) => {
    expect(problemOf(text)).toBe('defect');
  });

  it.each([
    '以旧换新的时候店员没告诉我克重,回家一称新手镯只有原来一半重,鉴定为足金但感觉被套路了,店员态度差。',
    '店员推销时误导我,说是纯金,其实不是纯金,店员态度很差。',
  ])('when the finding sits in a trade-in or the selling is blamed, then it stays a service complaint: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });
});
