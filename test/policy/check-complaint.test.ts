import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { checkComplaintAgainstPolicy } from '../../src/policy/check-complaint.ts';
import { complaint, policy } from './policy-test-kit.ts';

function thrown(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('checkComplaintAgainstPolicy', () => {
  it('when the category and problem are defined by the policy (or absent), then it passes', () => {
    expect(() =>
      checkComplaintAgainstPolicy(complaint({ category: 'watch', problem: 'water-damage' }), policy),
    ).not.toThrow();
    expect(() => checkComplaintAgainstPolicy(complaint(), policy)).not.toThrow();
  });

  it('when the category is unknown, then an InputError unknown_category names it and lists the known ones', () => {
    const error = thrown(() => checkComplaintAgainstPolicy(complaint({ category: 'watches' }), policy));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'unknown_category' });
    expect(error).toMatchObject({ message: expect.stringContaining('"watches"') });
    expect(error).toMatchObject({ message: expect.stringContaining('jewellery, watch, glasses') });
  });

  it('when the problem is unknown, then an InputError unknown_problem names it and lists the known ones', () => {
    const error = thrown(() =>
      checkComplaintAgainstPolicy(complaint({ category: 'watch', problem: 'lost-gem' }), policy),
    );
    expect(error).toMatchObject({ code: 'unknown_problem' });
    expect(error).toMatchObject({ message: expect.stringContaining('"lost-gem"') });
    expect(error).toMatchObject({ message: expect.stringContaining('lost-stone, watch-battery') });
  });
});
