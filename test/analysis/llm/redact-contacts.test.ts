import { describe, expect, it } from 'vitest';
import { redactContacts } from '../../../src/analysis/llm/redact-contacts.ts';

describe('redactContacts', () => {
  it.each([
    ['电话13812345678', '电话[phone]'],
    ['call +86 138 1234 5678 today', 'call [phone] today'],
    ['座机 (0755) 1234 5678', '座机 [phone]'],
    ['+44 20 7946 0958', '[phone]'],
    ['mail amy.w@example.com.cn now', 'mail [email] now'],
    ['13812345678@qq.com', '[email]'],
    ['身份证110105199003071234', '身份证[id-number]'],
    ['ID 11010519900307123X.', 'ID [id-number].'],
    ['旧身份证110105900307123', '旧身份证[id-number]'],
    ['卡号6222021234567890123', '卡号[number]'],
    ['订单DD13812345678', '订单DD[number]'],
    ['手機0912-345-678', '手機[phone]'],
    ['電話 9123 4567', '電話 [phone]'],
    ['call (555) 201-4477', 'call [phone]'],
    ['台北 (02) 2345-6789', '台北 [phone]'],
    ['微信号: li_hua88', '微信号: [messaging-id]'],
    ['QQ号是12345678', 'QQ号是[messaging-id]'],
    ['电话一三八一二三四五六七八', '电话[phone]'],
    ['幺三八-一二三四-五六七八', '[phone]'],
    ['手机１３８ １２３４ ５６７８。', '手机[phone]。'],
  ])('when the text is %j, then it becomes %j', (text, expected) => {
    expect(redactContacts(text)).toBe(expected);
  });

  it.each([
    '2026-11-20 买的,¥129,两颗钻',
    '二〇二四年买的,三十八元,一百二十克',
    'Paid 1299 yuan on 20/11/2026 at 14:30, receipt 0042',
    '+15 (20) points',
  ])('when the text holds only prices, dates and short numbers (%j), then it is unchanged', (text) => {
    expect(redactContacts(text)).toBe(text);
  });
});
