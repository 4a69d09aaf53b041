import { describe, expect, it } from 'vitest';
import { buildApology } from '../../../src/analysis/wording/apology.ts';

const lostStone = { zh: '掉钻', en: 'Lost stone' };

describe('buildApology', () => {
  it('when the customer speaks Chinese, then the apology uses the seed’s own words', () => {
    const { language, text } = buildApology({ language: 'zh', temperament: 'peaceable', flags: [] });
    expect(language).toBe('zh');
    expect(text).toContain('真是太对不起您了');
    expect(text).toContain('我会妥善为您解决');
  });

  it('when the customer speaks English, then the apology promises to make it right and has no Chinese characters', () => {
    const { language, text } = buildApology({ language: 'en', temperament: 'lively', flags: [], product: '银手镯' });
    expect(language).toBe('en');
    expect(text).toMatch(/make this right for you/u);
    expect(text).not.toMatch(/\p{Script=Han}/u);
  });

  it('when the product and problem are known, then the apology mentions them naturally', () => {
    expect(
      buildApology({ language: 'zh', temperament: 'analytical', flags: [], product: '银手镯', problem: lostStone })
        .text,
    ).toContain('您的银手镯出现掉钻的情况');
    expect(
      buildApology({ language: 'en', temperament: 'forceful', flags: [], product: 'silver bangle', problem: lostStone })
        .text,
    ).toContain('the lost stone with your silver bangle');
  });

  it('when the problem name is a bare label that does not read as speech, then it is left out', () => {
    const text = buildApology({
      language: 'en',
      temperament: 'peaceable',
      flags: [],
      product: 'ring',
      problem: { zh: '脱焊', en: 'Came unsoldered' },
    }).text;
    expect(text).toContain('the trouble with your ring');
    expect(text).not.toMatch(/unsoldered/iu);
    const zh = buildApology({
      language: 'zh',
      temperament: 'peaceable',
      flags: [],
      problem: { zh: '手表没电(换电池)', en: 'Watch battery' },
    });
    expect(zh.text).toContain('出现手表没电的情况');
  });

  it('when the product name is very long, then the apology still fits in 600 characters', () => {
    const product = 'x'.repeat(150);
    for (const language of ['zh', 'en'] as const) {
      const { text } = buildApology({ language, temperament: 'analytical', flags: ['nagging', 'media'], product });
      expect(text.length).toBeLessThanOrEqual(600);
      expect(text).not.toContain(product);
    }
  });

  it('when the customer is forceful, then the apology is brief and goes straight to the options', () => {
    const forceful = buildApology({ language: 'en', temperament: 'forceful', flags: [] }).text;
    const analytical = buildApology({ language: 'en', temperament: 'analytical', flags: [] }).text;
    expect(forceful.length).toBeLessThan(analytical.length);
    expect(forceful).toMatch(/options/u);
    expect(buildApology({ language: 'zh', temperament: 'forceful', flags: [] }).text).toContain('您来定');
  });

  it('when the customer is analytical, then the apology promises the facts', () => {
    expect(buildApology({ language: 'zh', temperament: 'analytical', flags: [] }).text).toContain('查清楚');
    expect(buildApology({ language: 'en', temperament: 'analytical', flags: [] }).text).toMatch(/facts/u);
  });

  it('when the customer is lively, then the apology is warm and praises their choice', () => {
    expect(buildApology({ language: 'zh', temperament: 'lively', flags: [] }).text).toContain('有眼光');
    expect(buildApology({ language: 'en', temperament: 'lively', flags: [] }).text).toMatch(/good eye/u);
  });

  it('when the customer is peaceable, then the apology reassures and takes the matter in hand', () => {
    expect(buildApology({ language: 'zh', temperament: 'peaceable', flags: [] }).text).toContain('交给我');
    expect(buildApology({ language: 'en', temperament: 'peaceable', flags: [] }).text).toMatch(/leave this with me/u);
  });

  it('when the customer is irritable, then the apology is calmer and invites them somewhere quieter', () => {
    const zh = buildApology({ language: 'zh', temperament: 'lively', flags: ['irritable'] }).text;
    expect(zh).not.toContain('！');
    expect(zh).toContain('坐下来慢慢谈');
    const en = buildApology({ language: 'en', temperament: 'lively', flags: ['irritable'] }).text;
    expect(en).not.toContain('!');
    expect(en).toMatch(/somewhere quieter/u);
  });

  it('when the complaint may become a crisis, then the apology says a manager is coming', () => {
    expect(buildApology({ language: 'zh', temperament: 'forceful', flags: ['media'] }).text).toContain('请店长过来');
    expect(buildApology({ language: 'en', temperament: 'forceful', flags: ['lawyer'] }).text).toMatch(/my manager/u);
  });

  it('when the customer needs special care, then the apology offers a seat first', () => {
    expect(buildApology({ language: 'zh', temperament: 'peaceable', flags: ['special-customer'] }).text).toContain(
      '您先请坐',
    );
    expect(buildApology({ language: 'en', temperament: 'peaceable', flags: ['special-customer'] }).text).toMatch(
      /have a seat/u,
    );
  });

  it('when the apology is written, then it owns the customer’s experience without admitting fault', () => {
    for (const language of ['zh', 'en'] as const) {
      const { text } = buildApology({ language, temperament: 'analytical', flags: [] });
      expect(text).not.toMatch(/our fault|我们的错|我们的责任|负全责/u);
    }
  });

  it('when the complaint is answered at a distance (a post, a report, a call), then nobody is offered a seat or told a manager is coming over', () => {
    for (const temperament of ['forceful', 'analytical', 'lively', 'peaceable', 'unknown'] as const) {
      const zh = buildApology({
        language: 'zh',
        temperament,
        flags: ['media', 'irritable', 'special-customer'],
        inPerson: false,
      }).text;
      expect(zh).not.toMatch(/坐|请店长过来|喝口水|这边人多/u);
      expect(zh).toContain('店长会亲自跟进');
      expect(zh).toContain('您的身体最要紧');
      const en = buildApology({
        language: 'en',
        temperament,
        flags: ['social-media', 'irritable'],
        inPerson: false,
      }).text;
      expect(en).not.toMatch(/sit down|have a seat|join us|busy out here/u);
      expect(en).toContain('My manager will follow this up personally.');
    }
    // Face to face (the default) keeps the invitation.
    expect(buildApology({ language: 'en', temperament: 'lively', flags: ['irritable'], inPerson: true }).text).toMatch(
      /somewhere quieter/u,
    );
  });
});
