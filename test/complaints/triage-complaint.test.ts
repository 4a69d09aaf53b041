import { describe, expect, it } from 'vitest';
import type { ComplaintAnalyser } from '../../src/analysis/analyser.ts';
import { analyseWithRules, createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { triageComplaint } from '../../src/complaints/triage-complaint.ts';
import { ComplaintSchema } from '../../src/domain/complaint.ts';
import { InputError } from '../../src/errors.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const now = new Date('2026-11-21T10:00:00+08:00');

describe('triageComplaint', () => {
  it('when staff leave out category and problem, then they are detected and the policy decides on them', async () => {
    const result = await triageComplaint({
      complaint: ComplaintSchema.parse({
        narrative: '顾客的水钻耳环掉了一颗钻',
        purchasedAt: '2026-11-10T10:00:00+08:00',
        hasReceipt: true,
      }),
      policy,
      now,
      analyser: createRulesAnalyser(),
    });
    expect(result.facts).toMatchObject({ category: 'jewellery', categorySource: 'detected', problem: 'lost-stone' });
    const resetting = result.remedies.find((remedy) => remedy.kind === 're-setting' && remedy.relevant);
    expect(resetting).toMatchObject({ eligible: true, fee: { type: 'free' } });
    expect(result.analysis.suggestion.resolution.options).toContain(resetting?.id);
  });

  it('when an analyser proposes a remedy the policy does not allow, then it is dropped from the suggestion', async () => {
    const overreaching: ComplaintAnalyser = {
      name: 'overreaching',
      analyse: async (input) => {
        const analysis = analyseWithRules(input);
        const ineligible = input.verdicts.find((verdict) => !verdict.eligible);
        if (!ineligible) throw new Error('the test needs an ineligible remedy');
        const resolution = { ...analysis.suggestion.resolution, options: [ineligible.id], recommended: ineligible.id };
        return { ...analysis, suggestion: { ...analysis.suggestion, resolution } };
      },
    };
    const result = await triageComplaint({
      complaint: ComplaintSchema.parse({
        narrative: 'Special-price necklace, the customer wants to swap it.',
        category: 'jewellery',
        specialPrice: true,
        hasReceipt: true,
        purchasedAt: '2026-11-21T08:00:00+08:00',
      }),
      policy,
      now,
      analyser: overreaching,
    });
    expect(result.analysis.suggestion.resolution.options).toEqual([]);
    expect(result.analysis.suggestion.resolution.recommended).toBeNull();
  });

  it('when the problem is not known, then the analyser never sees, and cannot suggest, a remedy for a particular problem', async () => {
    let seen: string[] = [];
    const eager: ComplaintAnalyser = {
      name: 'eager',
      analyse: async (input) => {
        seen = input.verdicts.map((verdict) => verdict.id);
        const analysis = analyseWithRules(input);
        // As if a model guessed the stone fell out: re-setting is eligible, but nobody said that was the problem.
        const resolution = { ...analysis.suggestion.resolution, options: ['stone-resetting', 'exchange'] };
        return {
          ...analysis,
          suggestion: { ...analysis.suggestion, resolution: { ...resolution, recommended: 'stone-resetting' } },
        };
      },
    };
    const result = await triageComplaint({
      complaint: ComplaintSchema.parse({
        narrative: 'The customer is not happy with the necklace she bought.',
        category: 'jewellery',
        hasReceipt: true,
        purchasedAt: '2026-11-21T08:00:00+08:00',
      }),
      policy,
      now,
      analyser: eager,
    });
    expect(result.facts.problem).toBeNull();
    expect(result.remedies.find((remedy) => remedy.id === 'stone-resetting')).toMatchObject({
      eligible: true,
      dependsOnProblem: true,
    });
    expect(seen).not.toContain('stone-resetting');
    expect(seen).toContain('exchange');
    expect(result.analysis.suggestion.resolution).toMatchObject({ options: ['exchange'], recommended: 'exchange' });
  });

  it('when the goods are outside the policy, then the analyser is given no eligible remedy and the verdicts say a manager decides', async () => {
    let eligibleSeen = -1;
    const watching: ComplaintAnalyser = {
      name: 'watching',
      analyse: async (input) => {
        eligibleSeen = input.verdicts.filter((verdict) => verdict.eligible).length;
        return analyseWithRules(input);
      },
    };
    const result = await triageComplaint({
      complaint: ComplaintSchema.parse({
        narrative: 'The photo studio retouched the wedding photos so badly they look fake, then charged extra.',
        hasReceipt: true,
        purchasedAt: '2026-11-21T08:00:00+08:00',
      }),
      policy,
      now,
      analyser: watching,
    });
    expect(result.facts).toMatchObject({ category: 'other', categorySource: 'detected' });
    expect(eligibleSeen).toBe(0);
    expect(result.remedies.every((remedy) => remedy.covered === false && !remedy.eligible)).toBe(true);
    expect(result.remedies[0]?.reason.en).toMatch(/^Outside this store's policy — manager to decide/);
  });

  it("when staff entered `other` themselves, then the store's own other goods stay covered", async () => {
    const result = await triageComplaint({
      complaint: ComplaintSchema.parse({
        narrative: 'The keyring she bought here broke.',
        category: 'other',
        hasReceipt: true,
        purchasedAt: '2026-11-21T08:00:00+08:00',
      }),
      policy,
      now,
      analyser: createRulesAnalyser(),
    });
    expect(result.remedies.every((remedy) => remedy.covered === true)).toBe(true);
    expect(result.remedies.find((remedy) => remedy.id === 'exchange')?.eligible).toBe(true);
  });

  it('when the purchase is after the complaint, then it is refused as bad input', async () => {
    await expect(
      triageComplaint({
        complaint: ComplaintSchema.parse({ narrative: 'x', purchasedAt: '2026-12-01T00:00:00+08:00' }),
        policy,
        now,
        analyser: createRulesAnalyser(),
      }),
    ).rejects.toThrow(InputError);
  });
});
