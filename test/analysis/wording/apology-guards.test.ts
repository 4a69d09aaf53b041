import { describe, expect, it } from 'vitest';
import { buildApology } from '../../../src/analysis/wording/apology.ts';
import { type FlagKind, TEMPERAMENTS, type TemperamentRead } from '../../../src/domain/analysis.ts';
import type { Language } from '../../../src/shared/language.ts';

/**
 * Sharp tests for the guards of apology.ts (issue 17): the exact wording for each temperament and mood,
 * and what the product and problem names must be to be said at all.
 */
const lostStone = { zh: '掉钻', en: 'Lost stone' };

function say(language: Language, temperament: TemperamentRead, flags: readonly FlagKind[], details = {}): string {
  return buildApology({ language, temperament, flags, ...details }).text;
}

/**
 * Each temperament's apology, word for word: with no flags (exclamations allowed), for a special customer
 * in a crisis who is stubborn (a seat first, the manager, "heard"; product only), and for an arrogant,
 * nagging one (somewhere quieter, thanks for the detail; problem only).
 */
const EXACT: readonly [Language, TemperamentRead, { plain: string; sparing: string; heated: string }][] = [
  [
    'zh',
    'forceful',
    {
      plain: '真是太对不起您了！这次的事，耽误您的时间了。我会妥善为您解决，处理办法我直接跟您说，您来定。',
      sparing:
        '真是太对不起您了。您的Nike鞋出了问题，耽误您的时间了。您先请坐，喝口水，我们慢慢说。我这就请店长过来，一起把这件事处理好。我会妥善为您解决，处理办法我直接跟您说，您来定。',
      heated:
        '真是太对不起您了。出现掉钻的情况，耽误您的时间了。这边人多，我们到里面坐下来慢慢谈，好吗？我会妥善为您解决，处理办法我直接跟您说，您来定。',
    },
  ],
  [
    'zh',
    'analytical',
    {
      plain:
        '非常抱歉，这次的事，给您添麻烦了。您说的情况我都如实记下来了，我会先把原因查清楚，再把事实和处理依据一条条跟您说明。真是太对不起您了，我会妥善为您解决。',
      sparing:
        '非常抱歉，您的Nike鞋出了问题，给您添麻烦了。您先请坐，喝口水，我们慢慢说。我这就请店长过来，一起把这件事处理好。您的意见很重要，我都记下了。您说的情况我都如实记下来了，我会先把原因查清楚，再把事实和处理依据一条条跟您说明。真是太对不起您了，我会妥善为您解决。',
      heated:
        '非常抱歉，出现掉钻的情况，给您添麻烦了。这边人多，我们到里面坐下来慢慢谈，好吗？谢谢您把情况讲得这么详细。您说的情况我都如实记下来了，我会先把原因查清楚，再把事实和处理依据一条条跟您说明。真是太对不起您了，我会妥善为您解决。',
    },
  ],
  [
    'zh',
    'lively',
    {
      plain:
        '真是太对不起您了！这次的事，换作是我也会很失望。您挑东西这么有眼光，我一定让您重新用得开开心心的。谢谢您直接告诉我们，我会妥善为您解决！',
      sparing:
        '真是太对不起您了。您的Nike鞋出了问题，换作是我也会很失望。您先请坐，喝口水，我们慢慢说。我这就请店长过来，一起把这件事处理好。您的意见很重要，我都记下了。这款您挑得很有眼光，我一定让您重新用得开开心心的。谢谢您直接告诉我们，我会妥善为您解决。',
      heated:
        '真是太对不起您了。出现掉钻的情况，换作是我也会很失望。这边人多，我们到里面坐下来慢慢谈，好吗？谢谢您把情况讲得这么详细。您挑东西这么有眼光，我一定让您重新用得开开心心的。谢谢您直接告诉我们，我会妥善为您解决。',
    },
  ],
  [
    'zh',
    'peaceable',
    {
      plain:
        '真是太对不起您了，这次的事，让您受委屈了。您别着急，慢慢说，这件事交给我，我会妥善为您解决，每一步都会跟您说清楚。',
      sparing:
        '真是太对不起您了，您的Nike鞋出了问题，让您受委屈了。您先请坐，喝口水，我们慢慢说。我这就请店长过来，一起把这件事处理好。您的意见很重要，我都记下了。您别着急，慢慢说，这件事交给我，我会妥善为您解决，每一步都会跟您说清楚。',
      heated:
        '真是太对不起您了，出现掉钻的情况，让您受委屈了。这边人多，我们到里面坐下来慢慢谈，好吗？谢谢您把情况讲得这么详细。您别着急，慢慢说，这件事交给我，我会妥善为您解决，每一步都会跟您说清楚。',
    },
  ],
  [
    'en',
    'forceful',
    {
      plain:
        "I'm truly sorry about what has happened, and for taking up your time. I will make this right for you — let me give you your options straight away so you can decide.",
      sparing:
        "I'm truly sorry about the trouble with your silver bangle, and for taking up your time. Please, have a seat and a glass of water first — there's no rush. I'll ask my manager to join us so it is handled properly. I will make this right for you — let me give you your options straight away so you can decide.",
      heated:
        "I'm truly sorry about the lost stone, and for taking up your time. It's a bit busy out here — shall we sit down somewhere quieter and go through it properly? I will make this right for you — let me give you your options straight away so you can decide.",
    },
  ],
  [
    'en',
    'analytical',
    {
      plain:
        "I'm very sorry about what has happened and the inconvenience it has caused you. I have noted exactly what you told me. I'll check the cause properly, then take you through the facts and what we can do, point by point. I will make this right for you.",
      sparing:
        "I'm very sorry about the trouble with your silver bangle and the inconvenience it has caused you. Please, have a seat and a glass of water first — there's no rush. I'll ask my manager to join us so it is handled properly. What you have said matters, and I have noted all of it. I have noted exactly what you told me. I'll check the cause properly, then take you through the facts and what we can do, point by point. I will make this right for you.",
      heated:
        "I'm very sorry about the lost stone and the inconvenience it has caused you. It's a bit busy out here — shall we sit down somewhere quieter and go through it properly? Thank you for telling me all of this so carefully. I have noted exactly what you told me. I'll check the cause properly, then take you through the facts and what we can do, point by point. I will make this right for you.",
    },
  ],
  [
    'en',
    'lively',
    {
      plain:
        "I'm so sorry about what has happened! You chose it with a really good eye, so I completely understand how disappointing this is. Thank you for telling us straight away — I'll make this right for you, so you can enjoy it again!",
      sparing:
        "I'm so sorry about the trouble with your silver bangle. Please, have a seat and a glass of water first — there's no rush. I'll ask my manager to join us so it is handled properly. What you have said matters, and I have noted all of it. You chose it with a really good eye, so I completely understand how disappointing this is. Thank you for telling us straight away — I'll make this right for you, so you can enjoy it again.",
      heated:
        "I'm so sorry about the lost stone. It's a bit busy out here — shall we sit down somewhere quieter and go through it properly? Thank you for telling me all of this so carefully. You chose it with a really good eye, so I completely understand how disappointing this is. Thank you for telling us straight away — I'll make this right for you, so you can enjoy it again.",
    },
  ],
  [
    'en',
    'peaceable',
    {
      plain:
        "I'm so sorry about what has happened — that must have been upsetting. Please don't worry and take your time; leave this with me. I will make this right for you and keep you posted at every step.",
      sparing:
        "I'm so sorry about the trouble with your silver bangle — that must have been upsetting. Please, have a seat and a glass of water first — there's no rush. I'll ask my manager to join us so it is handled properly. What you have said matters, and I have noted all of it. Please don't worry and take your time; leave this with me. I will make this right for you and keep you posted at every step.",
      heated:
        "I'm so sorry about the lost stone — that must have been upsetting. It's a bit busy out here — shall we sit down somewhere quieter and go through it properly? Thank you for telling me all of this so carefully. Please don't worry and take your time; leave this with me. I will make this right for you and keep you posted at every step.",
    },
  ],
  // No temperament read: plain, courteous words that presume nothing about the customer.
  [
    'zh',
    'unknown',
    {
      plain: '非常抱歉，这次的事，给您添麻烦了。我会认真处理，怎么解决、什么时候办好，都会跟您说清楚。',
      sparing:
        '非常抱歉，您的Nike鞋出了问题，给您添麻烦了。您先请坐，喝口水，我们慢慢说。我这就请店长过来，一起把这件事处理好。您的意见很重要，我都记下了。我会认真处理，怎么解决、什么时候办好，都会跟您说清楚。',
      heated:
        '非常抱歉，出现掉钻的情况，给您添麻烦了。这边人多，我们到里面坐下来慢慢谈，好吗？谢谢您把情况讲得这么详细。我会认真处理，怎么解决、什么时候办好，都会跟您说清楚。',
    },
  ],
  [
    'en',
    'unknown',
    {
      plain:
        "I'm very sorry about what has happened, and thank you for bringing it to us. I will deal with it properly, and I'll tell you clearly what we will do and when.",
      sparing:
        "I'm very sorry about the trouble with your silver bangle, and thank you for bringing it to us. Please, have a seat and a glass of water first — there's no rush. I'll ask my manager to join us so it is handled properly. What you have said matters, and I have noted all of it. I will deal with it properly, and I'll tell you clearly what we will do and when.",
      heated:
        "I'm very sorry about the lost stone, and thank you for bringing it to us. It's a bit busy out here — shall we sit down somewhere quieter and go through it properly? Thank you for telling me all of this so carefully. I will deal with it properly, and I'll tell you clearly what we will do and when.",
    },
  ],
];

describe('the apology, word for word', () => {
  it.each(EXACT)(
    'when the customer speaks %s and is %s, then each mood gets its exact wording',
    (language, temperament, expected) => {
      expect(say(language, temperament, [])).toBe(expected.plain);
      const product = language === 'zh' ? 'Nike鞋' : 'silver bangle';
      expect(say(language, temperament, ['special-customer', 'media', 'stubborn'], { product })).toBe(expected.sparing);
      expect(say(language, temperament, ['arrogant', 'nagging'], { problem: lostStone })).toBe(expected.heated);
    },
  );

  it.each([
    ['irritable', 'zh'],
    ['vulgar', 'en'],
    ['violence', 'zh'],
  ] as const)(
    'when the customer is angry (%s), then every temperament gets the short, direct wording',
    (flag, language) => {
      const direct = say(language, 'forceful', [flag], { problem: lostStone });
      for (const temperament of [...TEMPERAMENTS, 'unknown'] as const) {
        expect(say(language, temperament, [flag], { problem: lostStone }), temperament).toBe(direct);
      }
      // Short, and no exclamation to fan the flames.
      expect(direct.length).toBeLessThan(language === 'zh' ? 90 : 320);
      expect(direct).not.toMatch(/[!！]/u);
    },
  );

  it('when the customer is only argumentative, then they are told they were heard', () => {
    expect(say('en', 'peaceable', ['argumentative'])).toContain(
      'What you have said matters, and I have noted all of it.',
    );
    expect(say('zh', 'peaceable', ['argumentative'])).toContain('您的意见很重要，我都记下了。');
  });

  it('when the customer is only nagging, then exclamations stay and the thanks for the detail is said', () => {
    expect(say('en', 'lively', ['nagging'])).toBe(
      "I'm so sorry about what has happened! Thank you for telling me all of this so carefully. You chose it with a really good eye, so I completely understand how disappointing this is. Thank you for telling us straight away — I'll make this right for you, so you can enjoy it again!",
    );
  });
});

describe('the apology at a distance, word for word', () => {
  it('when a special customer in a crisis is answered at a distance, then they hear their wellbeing comes first and the manager follows up', () => {
    const flags: FlagKind[] = ['special-customer', 'media'];
    expect(buildApology({ language: 'en', temperament: 'peaceable', flags, inPerson: false }).text).toBe(
      "I'm so sorry about what has happened — that must have been upsetting. Your wellbeing comes first; please tell us whatever you need. My manager will follow this up personally. Please don't worry and take your time; leave this with me. I will make this right for you and keep you posted at every step.",
    );
  });
});

describe('which names the apology says', () => {
  it('when a Chinese apology names a product or problem with Latin letters, then their case is kept', () => {
    expect(say('zh', 'peaceable', [], { product: 'Nike鞋', problem: { zh: 'Logo掉色', en: 'Worn logo' } })).toContain(
      '您的Nike鞋出现Logo掉色的情况',
    );
    expect(say('zh', 'peaceable', [], { problem: { zh: 'Logo掉色', en: 'Worn logo' } })).toContain(
      '出现Logo掉色的情况',
    );
  });

  it('when a name is 60 characters after tidying, then it is said; at 61, it is left out', () => {
    const sixty = 'b'.repeat(60);
    expect(say('en', 'forceful', [], { product: sixty })).toContain(`the trouble with your ${sixty},`);
    expect(say('en', 'forceful', [], { product: `${sixty}b` })).toContain('about what has happened,');
    expect(say('en', 'forceful', [], { product: ` (${'c'.repeat(70)}) ${sixty} ` })).toContain(`your ${sixty},`);
  });

  it('when a name has asides, runs of blanks or stray punctuation, then it is tidied before it is said', () => {
    expect(say('zh', 'forceful', [], { product: '银手镯（925银）' })).toContain('您的银手镯出了问题，');
    expect(say('en', 'forceful', [], { product: 'ring(925)' })).toContain('the trouble with your ring,');
    expect(say('en', 'forceful', [], { product: 'silver (925) bangle' })).toContain(
      'the trouble with your silver bangle,',
    );
    expect(say('en', 'forceful', [], { product: 'silver \t  bangle' })).toContain(
      'the trouble with your silver bangle,',
    );
    expect(say('en', 'forceful', [], { product: '"ring"!!' })).toContain('the trouble with your ring,');
    expect(say('en', 'forceful', [], { product: '-- old-style ring --' })).toContain(
      'the trouble with your old-style ring,',
    );
    expect(say('en', 'forceful', [], { product: '!!!' })).toContain('about what has happened,');
  });

  it('when an English problem name is generic in any case, or ends like a verb, then it is left out', () => {
    const generic = ['Other', 'Others', 'Service', 'General', 'Unknown', 'Misc', 'Miscellaneous', 'BROKEN'];
    for (const en of [...generic, 'Chipped', 'Came unsoldered']) {
      expect(say('en', 'forceful', [], { problem: { zh: '其他', en } }), en).toContain('about what has happened,');
    }
    // The last word decides, not the second.
    expect(say('en', 'forceful', [], { problem: { zh: '进水', en: 'Water damaged strap' } })).toContain(
      'about the water damaged strap,',
    );
    expect(say('en', 'forceful', [], { problem: { zh: '开线', en: 'Strap came unstitched' } })).toContain(
      'about what has happened,',
    );
    expect(say('en', 'forceful', [], { problem: { zh: '竖夹断裂', en: 'Broken clip' } })).toContain(
      'about the broken clip,',
    );
  });

  it('when a Chinese problem name is generic, then it is left out; a specific one is said', () => {
    expect(say('zh', 'forceful', [], { problem: { zh: '其他问题', en: 'Other' } })).toContain('这次的事，');
    expect(say('zh', 'forceful', [], { problem: { zh: '服务态度', en: 'Attitude' } })).toContain('这次的事，');
    expect(say('zh', 'forceful', [], { problem: { zh: '手表故障', en: 'Watch fault' } })).toContain(
      '出现手表故障的情况，',
    );
  });
});
