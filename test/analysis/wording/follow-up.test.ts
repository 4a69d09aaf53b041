import { describe, expect, it } from 'vitest';
import { buildFollowUpPlan } from '../../../src/analysis/wording/follow-up.ts';
import { TEMPERAMENTS } from '../../../src/domain/analysis.ts';

describe('buildFollowUpPlan', () => {
  it('when a plan is built, then it follows seed 002’s five-part call script for every type', () => {
    for (const temperament of TEMPERAMENTS) {
      const { script } = buildFollowUpPlan({ afterDays: 7, temperament });
      expect(script).toHaveLength(5);
      expect(script[0]?.zh).toMatch(/谢/u);
      expect(script[1]?.zh).toMatch(/用/u);
      expect(script[2]?.zh).toMatch(/原因/u);
      expect(script[3]?.zh).toMatch(/抱歉|道歉/u);
      expect(script[4]?.zh).toMatch(/建议|改进/u);
      expect(script[0]?.en).toMatch(/thank/iu);
      expect(script[2]?.en).toMatch(/why|reason/u);
      expect(script[3]?.en).toMatch(/sorry|apologise/iu);
    }
  });

  it('when the customer is forceful, then the call is shorter than for an analytical one', () => {
    const length = (temperament: 'forceful' | 'analytical') =>
      buildFollowUpPlan({ afterDays: 7, temperament }).script.reduce((sum, line) => sum + line.zh.length, 0);
    expect(length('forceful')).toBeLessThan(length('analytical'));
  });

  it('when the customer is peaceable, then the call offers to keep in touch', () => {
    expect(buildFollowUpPlan({ afterDays: 7, temperament: 'peaceable' }).script.at(-1)?.zh).toContain('第一时间通知您');
  });

  it('when the days are given, then they are kept as a whole positive number', () => {
    expect(buildFollowUpPlan({ afterDays: 3, temperament: 'lively' }).afterDays).toBe(3);
    expect(buildFollowUpPlan({ afterDays: 2.6, temperament: 'lively' }).afterDays).toBe(3);
    expect(buildFollowUpPlan({ afterDays: 0, temperament: 'lively' }).afterDays).toBe(1);
    expect(buildFollowUpPlan({ afterDays: Number.NaN, temperament: 'lively' }).afterDays).toBe(7);
  });
});
