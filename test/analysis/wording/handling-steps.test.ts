import { describe, expect, it } from 'vitest';
import { buildHandlingSteps } from '../../../src/analysis/wording/handling-steps.ts';

const base = { temperament: 'analytical', flags: [], aim: 'unknown', letCustomerChoose: false } as const;

describe('buildHandlingSteps', () => {
  it('when steps are built, then they are seed 001’s six steps in order, named in its words', () => {
    const steps = buildHandlingSteps(base);
    expect(steps.map((step) => step.step)).toEqual([1, 2, 3, 4, 5, 6]);
    const openings = [
      '鼓励发泄',
      '充分道歉',
      '收集信息',
      '承担责任，提出解决方案',
      '让顾客参与解决方案',
      '承诺执行，跟踪服务',
    ];
    steps.forEach((step, index) => {
      expect(step.text.zh.startsWith(openings[index] ?? '')).toBe(true);
    });
    expect(steps[0]?.text.en).toMatch(/^Let them vent/u);
    expect(steps[5]?.text.en).toMatch(/follow up/u);
  });

  it('when a solution is proposed, then staff are told not to keep citing company rules (seed 002)', () => {
    const step4 = buildHandlingSteps(base)[3];
    expect(step4?.text.zh).toContain('霸王条款');
    expect(step4?.text.en).toMatch(/don't keep quoting company rules/u);
  });

  it('when it gets awkward, then step 5 says to change the person or the place so the customer can save face', () => {
    const step5 = buildHandlingSteps(base)[4];
    expect(step5?.text.zh).toContain('换个人');
    expect(step5?.text.zh).toContain('台阶');
    expect(step5?.text.en).toMatch(/save face/u);
  });

  it('when the complaint may become a crisis, then a manager is involved at once', () => {
    const steps = buildHandlingSteps({ ...base, flags: ['social-media'] });
    expect(steps[1]?.text.zh).toContain('立即告诉店长');
    expect(steps[1]?.text.en).toMatch(/tell your manager now/u);
    expect(steps[0]?.text.en).toMatch(/somewhere quieter/u);
    expect(buildHandlingSteps(base)[1]?.text.zh).not.toContain('立即告诉店长');
  });

  it('when the customer chooses among options, then steps 4 and 5 lay them all out and let them decide', () => {
    const steps = buildHandlingSteps({ ...base, temperament: 'forceful', letCustomerChoose: true });
    expect(steps[3]?.text.zh).toContain('几个方案都摆出来');
    expect(steps[4]?.text.zh).toContain('自己拍板');
    expect(steps[4]?.text.en).toMatch(/let them choose/u);
  });

  it.each(['irritable', 'vulgar', 'violence'] as const)(
    'when the customer is angry (%s), then step 1 says not to argue, to keep it short and to solve it, whatever the type',
    (flag) => {
      for (const temperament of ['lively', 'peaceable', 'unknown'] as const) {
        const step1 = buildHandlingSteps({ ...base, temperament, flags: [flag] })[0];
        expect(step1?.text.zh).toContain('不争辩、不讲道理，话要短，直接说能怎么解决');
        expect(step1?.text.en).toMatch(/don't argue or explain yourself — keep it short/u);
      }
      expect(buildHandlingSteps({ ...base, flags: ['arrogant'] })[0]?.text.zh).not.toContain('不争辩、不讲道理');
    },
  );

  it('when the type is unknown, then the steps are worded for anyone', () => {
    const steps = buildHandlingSteps({ ...base, temperament: 'unknown' });
    expect(steps[0]?.text.en).toContain('Let them finish without interrupting');
    expect(steps[4]?.text.en).toContain("'Would that be all right with you?'");
  });

  it('when the customer is peaceable, then staff take the initiative for them', () => {
    const steps = buildHandlingSteps({ ...base, temperament: 'peaceable' });
    expect(steps[4]?.text.zh).toContain('主动替顾客拿主意');
  });

  it('when the aim is a refund, then step 4 says it needs a manager and to have an alternative ready', () => {
    const step4 = buildHandlingSteps({ ...base, aim: 'refund' })[3];
    expect(step4?.text.zh).toContain('店长批准');
    expect(step4?.text.en).toMatch(/alternative/u);
  });

  it('when the aim is a repair, then step 6 sets expectations and the abandonment rule (seed 002)', () => {
    const step6 = buildHandlingSteps({ ...base, aim: 'repair' })[5];
    expect(step6?.text.zh).toContain('恢复原样');
    expect(step6?.text.zh).toContain('一个月');
    expect(step6?.text.en).toMatch(/abandoned/u);
  });

  it('when the customer nags or is stubborn, then step 1 carries the method’s handling for them', () => {
    expect(buildHandlingSteps({ ...base, flags: ['nagging'] })[0]?.text.zh).toContain('偶尔表示同意');
    expect(buildHandlingSteps({ ...base, flags: ['stubborn'] })[0]?.text.zh).toContain('复述');
  });
});
