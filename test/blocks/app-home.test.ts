import { describe, expect, it } from 'vitest';
import { buildAppHome } from '../../src/blocks/app-home.ts';
import { checkViewLimits } from '../../src/blocks/limits.ts';
import { apply, at, englishCase, OWNER, ordinaryCase, policy } from './block-fixtures.ts';

const later = new Date(Date.parse(at(3 * 24 * 60)));

describe('buildAppHome', () => {
  it('when the reader has open cases, then each shows status, product, temperament and age', () => {
    const proposed = apply(ordinaryCase, [{ type: 'proposed', at: at(1), by: OWNER, remedyId: 'stone-resetting' }]);
    const home = buildAppHome({
      language: 'zh',
      mine: [proposed],
      recent: [proposed, englishCase],
      policy,
      now: later,
    });
    expect(home.type).toBe('home');
    const body = JSON.stringify(home.blocks);
    expect(body).toContain('我的待办案例');
    expect(body).toContain('🟡 *水钻项链* · 黄兴店');
    expect(body).toContain('已提出方案 · 力量型 · 把握');
    expect(body).toContain('3天前');
    expect(body).toContain('本店最近的案例');
    expect(body).toContain('*rhinestone necklace* · Huangxing Road · <@U_STAFF>');
    expect(checkViewLimits(home)).toEqual([]);
  });

  it('when there are no cases, then both lists say so kindly', () => {
    const zh = JSON.stringify(buildAppHome({ language: 'zh', mine: [], recent: [], policy }).blocks);
    expect(zh).toContain('你手上没有未结的案例');
    expect(zh).toContain('每一次投诉都是让顾客再次满意的机会');
    const en = JSON.stringify(buildAppHome({ language: 'en', mine: [], recent: [], policy }).blocks);
    expect(en).toContain('Nothing open on your desk');
    expect(en).toContain('second chance to satisfy');
  });

  it('when ages are short, then they read in minutes or hours', () => {
    const soon = buildAppHome({
      language: 'en',
      mine: [ordinaryCase],
      recent: [],
      policy,
      now: new Date(Date.parse(at(90))),
    });
    expect(JSON.stringify(soon.blocks)).toContain('1 h ago');
  });
});
