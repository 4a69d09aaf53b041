import { Keyv } from 'keyv';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { ComplaintAnalyser } from '../../../src/analysis/analyser.ts';
import { createAnalyser } from '../../../src/analysis/create-analyser.ts';
import type { LlmAnswer } from '../../../src/analysis/llm/llm-answer-schema.ts';
import { type TriageResult, triageComplaint } from '../../../src/complaints/triage-complaint.ts';
import { loadLlmConfig } from '../../../src/config.ts';
import { type ComplaintInput, ComplaintSchema } from '../../../src/domain/complaint.ts';
import type { Policy } from '../../../src/domain/policy-schema.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../../src/policy/load-policy.ts';
import { FakeOpenAiServer } from '../../helpers/fake-openai-server.ts';

export const NOW = new Date('2026-11-21T10:00:00+08:00');

let policy: Policy | undefined;
export async function examplePolicy(): Promise<Policy> {
  policy ??= await loadPolicy(DEFAULT_POLICY_PATH);
  return policy;
}

/** A lost-stone complaint with a phone number, an e-mail address and an ID number in it. */
export const LOST_STONE: ComplaintInput = {
  narrative: '顾客昨天买的水钻项链掉了两颗钻,电话13812345678,邮箱amy@example.com,身份证110105199003071234',
  customerWords: '别废话,马上给我换!不换我就发抖音曝光你们!',
  category: 'jewellery',
  hasReceipt: true,
  purchasedAt: '2026-11-20T10:00:00+08:00',
};

/** A good answer for {@link LOST_STONE}: every quote verbatim, every remedy eligible, clean wording. */
export function goodAnswer(overrides: Partial<LlmAnswer> = {}): LlmAnswer {
  return {
    temperament: {
      type: 'forceful',
      confidence: 0.8,
      evidence: [{ type: 'forceful', quote: '别废话,马上给我换', source: 'customerWords' }],
    },
    flags: [{ kind: 'social-media', evidence: [{ quote: '发抖音曝光你们', source: 'customerWords' }] }],
    aim: {
      kind: 'exchange',
      stated: null,
      evidence: [{ quote: '马上给我换', source: 'customerWords' }],
      note: { zh: '顾客要的是马上换一条。', en: 'They want a replacement, now.' },
    },
    apology: '真是太对不起您了!项链刚买就掉钻,换作是我也会着急。我马上为您处理,您看这三个方案哪个合适。',
    resolution: {
      options: ['exchange', 'stone-resetting', 'compensation'],
      recommended: 'exchange',
      letCustomerChoose: true,
      amount: null,
      note: {
        zh: '把三个方案直接摆出来,让顾客拍板;抖音的事马上告诉店长。',
        en: 'Put the three options plainly and let them decide; tell the manager about the TikTok threat.',
      },
    },
    followUp: [
      { zh: '感谢顾客的耐心。', en: 'Thank them for their patience.' },
      { zh: '问问新项链戴着怎么样。', en: 'Ask how the new necklace is wearing.' },
    ],
    ...overrides,
  };
}

/** The analyser the configuration gives for an endpoint at the fake server, as the app builds it. */
export async function llmAnalyserFor(
  fake: FakeOpenAiServer,
  env: Record<string, string> = {},
  cache: Keyv<unknown> = new Keyv(),
): Promise<ComplaintAnalyser> {
  return createAnalyser(
    loadLlmConfig({ OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake-model', LLM_TIMEOUT_MS: '3000', ...env }),
    { cache },
  );
}

/** Triage through the real use case: facts, policy verdicts, the analyser, the eligibility hold. */
export async function triage(
  analyser: ComplaintAnalyser,
  complaint: ComplaintInput = LOST_STONE,
): Promise<TriageResult> {
  return triageComplaint({
    complaint: ComplaintSchema.parse(complaint),
    policy: await examplePolicy(),
    now: NOW,
    analyser,
  });
}

/**
 * A fake OpenAI-compatible server for the tests of one file: started before them, stopped after, and
 * cleared of scripted answers and recorded requests before each.
 */
export function useFakeOpenAi(): FakeOpenAiServer {
  const fake = new FakeOpenAiServer();
  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
  });
  beforeEach(() => {
    fake.reset();
  });
  return fake;
}
