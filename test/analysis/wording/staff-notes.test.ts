import { describe, expect, it } from 'vitest';
import { aimNote } from '../../../src/analysis/wording/aim-note.ts';
import { adviceFor } from '../../../src/analysis/wording/flag-advice.ts';
import { approachFor } from '../../../src/analysis/wording/temperament-approach.ts';
import { CRISIS_KINDS, DIFFICULT_KINDS, TEMPERAMENTS } from '../../../src/domain/analysis.ts';

describe('approachFor', () => {
  it('when a type is served, then staff get three to five lines ending on seed 001’s key verb', () => {
    const keyVerb = { lively: '赞美', forceful: '服务', peaceable: '解说', analytical: '征询' } as const;
    for (const type of TEMPERAMENTS) {
      const lines = approachFor(type);
      expect(lines.length).toBeGreaterThanOrEqual(3);
      expect(lines.length).toBeLessThanOrEqual(5);
      expect(lines.map((line) => line.zh).join('')).toContain(keyVerb[type]);
    }
  });

  it('when the customer is forceful, then the approach offers three options and lets them choose', () => {
    const zh = approachFor('forceful')
      .map((line) => line.zh)
      .join('');
    expect(zh).toContain('三个可选方案');
    expect(zh).toContain('开门见山');
  });

  it('when the customer is analytical, then the approach calls for data, facts and other customers’ feedback', () => {
    const en = approachFor('analytical')
      .map((line) => line.en)
      .join(' ');
    expect(en).toMatch(/data, facts and evidence/u);
    expect(en).toMatch(/feedback from other customers/u);
  });

  it('when the approach is returned, then callers may change it without touching the next call', () => {
    const first = approachFor('lively');
    const line = first[0];
    if (line) line.zh = 'changed';
    expect(approachFor('lively')[0]?.zh).not.toBe('changed');
  });
});

describe('adviceFor', () => {
  it('when a difficult kind is flagged, then there is advice for it', () => {
    for (const kind of DIFFICULT_KINDS) expect(adviceFor(kind).length).toBeGreaterThanOrEqual(2);
  });

  it('when the three hallmark kinds are flagged, then the advice follows seed 001', () => {
    expect(
      adviceFor('stubborn')
        .map((line) => line.zh)
        .join(''),
    ).toContain('复述');
    expect(
      adviceFor('nagging')
        .map((line) => line.zh)
        .join(''),
    ).toContain('能做到的和做不到的');
    const arrogant = adviceFor('arrogant')
      .map((line) => line.zh)
      .join('');
    expect(arrogant).toContain('别把顾客的话往心里去');
    expect(arrogant).toContain('危机');
  });

  it('when a crisis kind is flagged, then the advice tells a manager and keeps a record', () => {
    for (const kind of CRISIS_KINDS) {
      const zh = adviceFor(kind)
        .map((line) => line.zh)
        .join('');
      expect(zh, kind).toContain('店长');
      expect(zh, kind).toContain('记录');
    }
    for (const kind of CRISIS_KINDS.filter((kind) => kind !== 'violence')) {
      expect(
        adviceFor(kind)
          .map((line) => line.zh)
          .join(''),
        kind,
      ).toContain('不做超出店里条款的承诺');
    }
  });

  it('when the customer threatens the consumer council, then staff are told to keep it in the shop', () => {
    expect(
      adviceFor('consumer-council')
        .map((line) => line.en)
        .join(' '),
    ).toMatch(/outside bodies/u);
  });
});

describe('aimNote', () => {
  it('when they say refund but keep stressing defects, then the note points to a discount (seed 000)', () => {
    const note = aimNote('discount', 'refund');
    expect(note.en).toBe(
      'They keep stressing the defects without insisting on a refund: a discount within your authority may well settle it.',
    );
    expect(note.zh).toContain('减价');
  });

  it('when the stated ask differs from the likely aim, then the note contrasts them', () => {
    const note = aimNote('exchange', 'refund');
    expect(note.zh).toContain('嘴上说要退款');
    expect(note.zh).toContain('换货');
    expect(note.en).toMatch(/^They ask for a refund, but .* an exchange\./u);
  });

  it('when the aim is a refund, then the note says it needs a manager', () => {
    expect(aimNote('refund').zh).toContain('店长批准');
    expect(aimNote('refund').en).toMatch(/manager's approval/u);
  });

  it('when nothing differs or the stated ask is unknown, then the plain note for the aim is given', () => {
    expect(aimNote('repair', 'repair')).toEqual(aimNote('repair'));
    expect(aimNote('repair', 'unknown')).toEqual(aimNote('repair'));
    expect(aimNote('unknown', 'repair').zh).toContain('顾客说想要修理');
  });
});
