import { describe, expect, it } from 'vitest';
import { amountsIn, parseHanNumeral } from '../../../src/analysis/rules/amounts-in.ts';

describe('amountsIn', () => {
  it.each([
    ['补偿200元', [200]],
    ['¥200', [200]],
    ['50 dollars', [50]],
    ['补偿5,000元', [5000]],
    ['Give them 5,000 yuan straight away.', [5000]],
    ['¥5,000', [5000]],
    ['$5,000.50', [5000.5]],
    ['RMB 5000', [5000]],
    ['RMB5000', [5000]],
    ['CNY 1,200', [1200]],
    ['5000 RMB', [5000]],
    ['五千元', [5000]],
    ['两千五百块', [2500]],
    ['1.5万元', [15000]],
    ['2k yuan', [2000]],
    ['三百块钱', [300]],
    ['赔我五千块!', [5000]],
    ['一万二千元', [12000]],
    ['先给100元,不行再给一千元', [100, 1000]],
  ])('when the text is %j, then the sums are %j', (text, expected) => {
    expect(amountsIn(text)).toEqual(expected);
  });

  it.each(['一块手表', '两块表都坏了', '万元户', '5km away', '第2,3个', 'iPhone 15'])(
    'when %j names no sum of money, then none is read',
    (text) => {
      expect(amountsIn(text)).toEqual([]);
    },
  );
});

describe('parseHanNumeral', () => {
  it.each([
    ['三百', 300],
    ['五千', 5000],
    ['两千五', 2500],
    ['一万二', 12000],
    ['一百零五', 105],
    ['十五', 15],
    ['二十', 20],
    ['三千五百万', 35_000_000],
  ])('when the numeral is %s, then it is %d', (text, value) => {
    expect(parseHanNumeral(text)).toBe(value);
  });
});
