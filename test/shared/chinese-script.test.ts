import { describe, expect, it } from 'vitest';
import { loadRealSet, REAL_SETS } from '../../src/evaluation/real-set.ts';
import { chineseScriptOf, inChineseScript } from '../../src/shared/chinese-script.ts';

// Issue 11: staff in Hong Kong and Taiwan paste complaints in traditional script and get the wording back in it.

describe('which script a complaint is written in', () => {
  it('when real complaints are read, then each is put in the script it was published in', async () => {
    const items = [...(await loadRealSet(REAL_SETS['real-dev'])), ...(await loadRealSet(REAL_SETS['real-holdout']))];
    const chinese = items.filter((item) => item.script !== 'en');
    expect(chinese.length).toBeGreaterThan(150);
    const wrong = chinese.filter(
      (item) => (item.script === 'zh-Hant') !== chineseScriptOf(item.text)?.startsWith('traditional'),
    );
    expect(wrong.map((item) => item.id)).toEqual([]);
    expect(items.filter((item) => item.script === 'en').map((item) => chineseScriptOf(item.text))).not.toContain(
      'traditional-tw',
    );
  });

  it('when Cantonese is written, then it is Hong Kong usage; standard written traditional is Taiwan usage', () => {
    expect(chineseScriptOf('佢買咗條頸鏈，戴咗一個禮拜就斷咗，話要退錢。')).toBe('traditional-hk');
    expect(chineseScriptOf('陳小姐說，門市店員態度很差，她要求退貨。')).toBe('traditional-tw');
  });

  it('when a simplified text quotes a brand in traditional, then it is still simplified', () => {
    expect(chineseScriptOf('程女士在周大福买的戒指褪色了,门店招牌写着「謝瑞麟」,她要求退款。')).toBe('simplified');
  });

  it('when a text has no Chinese, then it has no script', () => {
    expect(chineseScriptOf('The stone fell out.')).toBeUndefined();
  });

  it('when simplified wording is put into a traditional script, then it is converted character for character', () => {
    const text = '非常抱歉，这条项链让您失望了。';
    expect(inChineseScript(text, 'traditional-tw')).toBe('非常抱歉，這條項鍊讓您失望了。');
    expect(inChineseScript(text, 'traditional-hk')).toHaveLength(text.length);
    expect(inChineseScript(text, 'traditional-hk')).toContain('讓您失望');
    expect(inChineseScript(text, 'simplified')).toBe(text);
    expect(inChineseScript('Sorry about the ring.', 'traditional-tw')).toBe('Sorry about the ring.');
  });
});
