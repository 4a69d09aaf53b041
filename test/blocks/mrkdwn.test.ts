import { describe, expect, it } from 'vitest';
import {
  escapeMrkdwn,
  inertPlainText,
  maskContact,
  TRUNCATION_MARK,
  truncate,
  userMrkdwn,
} from '../../src/blocks/mrkdwn.ts';

const ZWJ = '\u200D';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)];

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<!here>', '&lt;!here&gt;'],
    ['<!everyone>', '&lt;!everyone&gt;'],
    ['<@U123ABC>', '&lt;@U123ABC&gt;'],
    ['<#C123|x>', '&lt;#C123|x&gt;'],
    ['<!subteam^S1>', '&lt;!subteam^S1&gt;'],
    ['<http://evil|click>', '&lt;http://evil|click&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&lt; already escaped', '&amp;lt; already escaped'],
  ])('when the text is %s, then it stays literal: %s', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });

  it.each([
    ['@channel', `@${ZWJ}channel`],
    ['@here', `@${ZWJ}here`],
    ['@everyone', `@${ZWJ}everyone`],
    ['@HERE now', `@${ZWJ}HERE now`],
    ['请@here看一下', `请@${ZWJ}here看一下`],
  ])('when the text holds the bare broadcast %s, then a zero-width joiner breaks it', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });

  it('when @ starts an ordinary word, then it is left alone', () => {
    expect(escapeMrkdwn('@channels and @hereford, @Lily')).toBe('@channels and @hereford, @Lily');
  });

  it('when the text is ordinary Chinese, then it comes back unchanged', () => {
    expect(escapeMrkdwn('顾客昨天买的水钻项链掉了两颗钻,¥129')).toBe('顾客昨天买的水钻项链掉了两颗钻,¥129');
  });
});

describe('inertPlainText', () => {
  it('when plain text holds control sequences and broadcasts, then each is broken without entities', () => {
    const inert = inertPlainText('<!channel> <@U1> <#C1> <https://x.y|z> @here a<b & c');
    expect(inert).toBe(`<${ZWJ}!channel> <${ZWJ}@U1> <${ZWJ}#C1> <${ZWJ}https://x.y|z> @${ZWJ}here a<b & c`);
  });
});

describe('maskContact', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['电话13812345678谢谢', '电话138****5678谢谢'],
    ['138 1234 5678', '138 **** 5678'],
    ['138-1234-5678', '138-****-5678'],
    ['+86 138 1234 5678', '+86 138 **** 5678'],
    ['+8613812345678', '+86138****5678'],
    ['0086-13812345678', '0086-138****5678'],
    ['tel: 19912345678.', 'tel: 199****5678.'],
    ['010-12345678', '010-****5678'],
    ['0755-1234567', '0755-***4567'],
    ['(021) 6123 4567', '(021) **** 4567'],
    ['021 61234567-801', '021 ****4567-801'],
    ['+44 20 7946 0958', '+44 ** **** 0958'],
    ['+1 (415) 555-0132', '+1 (***) ***-0132'],
    ['+852 2345 6789', '+852 **** 6789'],
    // Written in one run, a landline's area code cannot be told from the number: three digits are kept.
    ['02161234567', '021****4567'],
    ['座机075512345678', '座机075*****5678'],
    // Local forms without a country code, as customers in Taiwan, Hong Kong and North America write them.
    ['手機 0912-345-678', '手機 ****-**5-678'],
    ['0912345678', '******5678'],
    ['電話 9123 4567 唔該', '電話 **** 4567 唔該'],
    ['62345678', '****5678'],
    ['Call me at (555) 201-4477.', 'Call me at (***) ***-4477.'],
    ['555-201-4477 or 555.201.4477', '***-***-4477 or ***.***.4477'],
    // Taiwan's two-digit area codes, written apart from the number.
    ['台北店 (02) 2345-6789', '台北店 (02) ****-6789'],
    ['02-2345-6789', '02-****-6789'],
    // Not a fragment of a longer grouped number, though.
    ['+44 1234 5678 9012 34 · 8888 1234 5678', '+44 1234 5678 9012 34 · 8888 1234 5678'],
  ])('when a text holds the phone number %s, then it becomes %s', (input, expected) => {
    expect(maskContact(input)).toBe(expected);
  });

  it.each([
    ['jane.doe@example.com', 'j***@example.com'],
    ['写信到 Jane_Doe+shop@mail.example.co.uk 吧', '写信到 J***@mail.example.co.uk 吧'],
    ['13812345678@qq.com', '1***@qq.com'],
  ])('when a text holds the e-mail address %s, then it becomes %s', (input, expected) => {
    expect(maskContact(input)).toBe(expected);
  });

  it.each([
    ['请加我微信号: li_hua88 谢谢', '请加我微信号: l*** 谢谢'],
    ['微信 lihua2024', '微信 l***'],
    ['QQ号是12345678', 'QQ号是1***'],
    ['vx:Lihua88', 'vx:L***'],
    ['WeChat ID: lihua88', 'WeChat ID: l***'],
    ['LINE ID: lihua.tw', 'LINE ID: l***'],
  ])('when a text holds the messaging-app ID in %s, then it becomes %s', (input, expected) => {
    expect(maskContact(input)).toBe(expected);
  });

  it.each([
    ['电话一三八一二三四五六七八', '电话一三八****五六七八'],
    ['打幺三八 一二三四 五六七八找我', '打幺三八 **** 五六七八找我'],
    ['１３８１２３４５６７８', '１３８****５６７８'],
    ['１３８－１２３４－５６７８', '１３８－****－５６７８'],
    ['138一二三四五六七八', '138****五六七八'],
    ['座机零七五五-八八八八六六六六', '座机****-****六六六六'],
    ['電話 玖壹貳參 肆伍陸柒', '電話 **** 肆伍陸柒'],
  ])('when a text holds the number spelled out in %s, then it becomes %s', (input, expected) => {
    expect(maskContact(input)).toBe(expected);
  });

  it.each([
    ['三十八元买的'],
    ['一百二十克的金链'],
    ['二〇二四年十二月七日买的'],
    ['２０２６年１１月２０日，１２９９元'],
    ['一二三四五六，六个人'],
    ['三三两两地来了'],
  ])('when a text holds an ordinary Chinese number (%s), then nothing is masked', (input) => {
    expect(maskContact(input)).toBe(input);
  });

  it.each([
    ['WeChat account was hacked'],
    ['微信支付了5000元'],
    ['用微信联系我'],
    ['型号 AB12345'],
    ['Wechat Pay 12345 yuan'],
  ])('when a messaging app is only named (%s), then nothing is masked', (input) => {
    expect(maskContact(input)).toBe(input);
  });

  it.each([
    ['身份证 11010519491231002X', '身份证 110105********002X'],
    ['ID 440301199001011234, tel 13812345678', 'ID 440301********1234, tel 138****5678'],
    ['老身份证 110105491231002', '老身份证 110105*****1002'],
  ])('when a text holds the resident ID number in %s, then it becomes %s', (input, expected) => {
    expect(maskContact(input)).toBe(expected);
  });

  it.each([
    ['2026-11-20'],
    ['2026-11-20T15:00'],
    ['2026/11/20 15:30'],
    ['2026年11月20日 15:00-16:30'],
    ['¥129'],
    ['129元, 1299.00, ¥13,800'],
    ['0.3元/粒'],
    ['订单号 2026112012345678'],
    ['订单号 DD13812345678'],
    ['SN-20261120-0001'],
    ['买了 3 条,共 387 元'],
    ['+15%'],
    ['12345'],
    ['R12 / A1'],
    ['订单日期 20261207'],
    ['要求赔偿5000-8000元'],
    ['¥5000 8000'],
    ['HK$ 12888, 68880元, 价值 50000000 元'],
    ['2026-12-07 15:00-16:30'],
    ['SN-0123456789, prompt p-0123456789'],
  ])('when a text holds %s, which is no contact, then it is left whole', (input) => {
    expect(maskContact(input)).toBe(input);
  });

  it('when a date is followed by a phone number, then the date stays and the number is masked', () => {
    expect(maskContact('2026-11-20 13812345678')).toBe('2026-11-20 138****5678');
  });
});

describe('truncate', () => {
  it('when the text fits, then it comes back unchanged', () => {
    expect(truncate('短', 10, 'zh')).toBe('短');
  });

  it('when the text is too long, then it is cut to the limit with a visible mark in the language', () => {
    const zh = truncate('经'.repeat(100), 20, 'zh');
    expect(zh.length).toBeLessThanOrEqual(20);
    expect(zh.endsWith(TRUNCATION_MARK.zh)).toBe(true);
    const en = truncate('word '.repeat(100), 40, 'en');
    expect(en.length).toBeLessThanOrEqual(40);
    expect(en.endsWith('… (truncated)')).toBe(true);
  });

  it('when a 3000-character narrative goes into 500, then the result has at most 500 and says it was cut', () => {
    const cut = truncate('顾'.repeat(3000), 500, 'zh');
    expect(cut.length).toBeLessThanOrEqual(500);
    expect(cut).toContain('已截断');
  });

  it('when the cut falls inside an emoji, then no emoji is split', () => {
    const family = '👨‍👩‍👧‍👦';
    const text = `${family}👍🏽🇨🇳`.repeat(50);
    for (let max = 1; max < 120; max++) {
      const cut = truncate(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(LONE_SURROGATE);
      const kept = cut.slice(0, -1);
      for (const { segment } of graphemes(kept)) expect([family, '👍🏽', '🇨🇳']).toContain(segment);
    }
  });

  it('when the cut falls inside an entity or a mention, then it is not split', () => {
    const escaped = escapeMrkdwn('<'.repeat(20));
    for (let max = 1; max < 40; max++) {
      expect(truncate(escaped, max)).toMatch(/^(?:&lt;)*…?$/);
    }
    expect(truncate('<@U_STAFF> 处理了', 8)).toBe('…');
  });

  it('when the limit is smaller than the mark, then a bare ellipsis stands in and the limit still holds', () => {
    expect(truncate('abcdefgh', 5, 'en')).toBe('abcd…');
    expect(truncate('abcdefgh', 1, 'zh')).toBe('…');
    expect(truncate('abcdefgh', 0, 'zh')).toBe('');
  });
});

describe('userMrkdwn', () => {
  it('when contact details must be masked, then they are masked before escaping and the limit holds after', () => {
    const text = userMrkdwn(`<b>${'x'.repeat(100)} 13812345678`, { max: 60, language: 'en', mask: true });
    expect(text.startsWith('&lt;b&gt;')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(60);
    expect(userMrkdwn('call 13812345678', { max: 100, language: 'en', mask: true })).toBe('call 138****5678');
    expect(userMrkdwn('call 13812345678', { max: 100, language: 'en', mask: false })).toBe('call 13812345678');
  });
});
