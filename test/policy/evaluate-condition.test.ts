import { describe, expect, it } from 'vitest';
import { type ComplaintFacts, complaintFacts, evaluateCondition, holds } from '../../src/policy/evaluate-condition.ts';
import { complaint } from './policy-test-kit.ts';

const NOW = new Date('2024-03-12T02:00:00Z');

function facts(overrides: Partial<ComplaintFacts> = {}): ComplaintFacts {
  return {
    category: 'watch',
    problem: 'watch-fault',
    cause: 'quality',
    hasReceipt: true,
    specialPrice: false,
    purchasedAt: new Date('2024-03-10T02:00:00Z'),
    now: NOW,
    timeZone: 'Asia/Shanghai',
    ...overrides,
  };
}

describe('evaluateCondition', () => {
  it('when every key holds, then the condition holds and reports the window end', () => {
    const result = evaluateCondition({ categories: ['watch'], receipt: true, within: { hours: 48 } }, facts());
    expect(holds(result)).toBe(true);
    expect(result.held).toEqual(['categories', 'receipt', 'within']);
    expect(result.windowEnd?.toISOString()).toBe('2024-03-12T02:00:00.000Z');
  });

  it('when a known fact fails, then that key is reported as failed', () => {
    const result = evaluateCondition({ categories: ['glasses'], receipt: true }, facts({ hasReceipt: false }));
    expect(result.failed).toEqual(['categories', 'receipt']);
    expect(holds(result)).toBe(false);
  });

  it('when facts are missing, then those keys are unknown rather than failed', () => {
    const result = evaluateCondition(
      { categories: ['watch'], problems: ['broken'], causes: ['quality'], receipt: true, within: { days: 1 } },
      facts({
        category: undefined,
        problem: undefined,
        cause: undefined,
        hasReceipt: undefined,
        purchasedAt: undefined,
      }),
    );
    expect(result.failed).toEqual([]);
    expect(result.unknown).toEqual(['categories', 'problems', 'causes', 'receipt', 'within']);
    expect(result.windowEnd).toBeNull();
  });

  it('when the policy names the cause "unknown", then an unknown cause holds', () => {
    expect(holds(evaluateCondition({ causes: ['unknown'] }, facts({ cause: undefined })))).toBe(true);
  });

  it('when there is no condition, then nothing fails and nothing is unknown', () => {
    expect(evaluateCondition(undefined, facts())).toEqual({ held: [], failed: [], unknown: [], windowEnd: null });
  });

  it('when the special-price flag differs, then specialPrice fails', () => {
    expect(evaluateCondition({ specialPrice: true }, facts()).failed).toEqual(['specialPrice']);
  });
});

describe('complaintFacts', () => {
  it('when the suspected cause is "unknown", then the cause fact is missing', () => {
    expect(complaintFacts(complaint({ suspectedCause: 'unknown' }), NOW, 'Asia/Shanghai').cause).toBeUndefined();
    expect(complaintFacts(complaint({ suspectedCause: 'use' }), NOW, 'Asia/Shanghai').cause).toBe('use');
  });
});
