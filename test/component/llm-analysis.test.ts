import { Keyv } from 'keyv';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/analysis/create-analyser.ts';
import { promptVersion } from '../../src/analysis/llm/build-prompt.ts';
import type { LlmAnswer } from '../../src/analysis/llm/llm-answer-schema.ts';
import { loadPromptFiles } from '../../src/analysis/llm/prompt-files.ts';
import { loadLlmConfig } from '../../src/config.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { complaintForm, SPECIAL_PRICE_TICKED } from '../helpers/complaint-payloads.ts';
import { FakeOpenAiServer } from '../helpers/fake-openai-server.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

const NARRATIVE = 'Customer bought a crystal necklace yesterday; two stones fell out. Phone 13812345678.';
const WORDS = 'Cut the excuses, exchange it right now or I post it on TikTok!';

/** What a good model would answer for the complaint above. */
const ANSWER: LlmAnswer = {
  temperament: {
    type: 'forceful',
    confidence: 0.8,
    evidence: [{ type: 'forceful', quote: 'Cut the excuses, exchange it right now', source: 'customerWords' }],
  },
  flags: [{ kind: 'social-media', evidence: [{ quote: 'I post it on TikTok', source: 'customerWords' }] }],
  aim: {
    kind: 'exchange',
    stated: null,
    evidence: [{ quote: 'exchange it right now', source: 'customerWords' }],
    note: { zh: '顾客要马上换货。', en: 'They want an exchange, now.' },
  },
  apology: "I'm truly sorry the necklace let you down so soon. Let me sort this out for you right now.",
  resolution: {
    options: ['exchange', 'stone-resetting'],
    recommended: 'exchange',
    letCustomerChoose: true,
    amount: null,
    note: { zh: '两个方案直接摆出来,让顾客选。', en: 'Put both options plainly and let them choose.' },
  },
  followUp: [{ zh: '感谢顾客。', en: 'Thank them for coming back to us.' }],
};

const fake = new FakeOpenAiServer();
let app: TestApp;
beforeAll(async () => {
  await fake.start();
  const analyser = await createAnalyser(
    loadLlmConfig({ OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake-model', LLM_TIMEOUT_MS: '2000' }),
    { cache: new Keyv() },
  );
  app = await startTestApp({ analyser });
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
  await fake.stop();
});
beforeEach(() => {
  fake.reset();
});

/** The staff member's private analysis of a case (it carries the case id). */
async function staffMessageFor(caseId: string) {
  const call = await app.slack.waitFor(
    'chat.postMessage',
    (posted) => posted.args.channel === 'U_STAFF' && JSON.stringify(posted.args).includes(caseId),
  );
  return JSON.stringify(call.args);
}

describe('the Slack app with an LLM endpoint', () => {
  it('when the LLM answers, then the stored case records model and prompt version, and the DM says so', async () => {
    fake.otherwise(() => ({ content: ANSWER, usage: { input: 1800, output: 350 } }));
    const response = await app.interact(complaintForm(`[ok] ${NARRATIVE}`, WORDS, { viewId: 'VLLM_OK' }));
    expect(response.status).toBe(200);

    // Posted once the full analysis replaced the provisional one.
    const record = await app.waitForCase(
      (item) => item.complaint.narrative.startsWith('[ok]') && item.reviewPost !== null,
    );
    // The app runs on the example policy, which renders into the prompt the version names.
    const version = promptVersion(await loadPromptFiles(), await loadPolicy(DEFAULT_POLICY_PATH));
    expect(record.analysis.analysedBy).toBe('llm');
    expect(record.analysis.engine).toMatchObject({
      model: 'fake-model',
      promptVersion: version,
      tokens: { input: 1800, output: 350 },
    });
    const dm = await staffMessageFor(record.id);
    expect(dm).toContain(`analysed by LLM (fake-model, prompt ${version})`);
    expect(dm).toContain(ANSWER.apology);
    // What reached the model had the phone number redacted.
    expect(JSON.stringify(fake.requests)).not.toContain('13812345678');
  });

  it('when the LLM fails, then the complaint is still analysed — by rules — and the DM gives the reason', async () => {
    fake.otherwise(() => ({ content: 'Sure! Here is my analysis: the customer is forceful.' }));
    await app.interact(complaintForm(`[broken] ${NARRATIVE}`, WORDS, { viewId: 'VLLM_BROKEN' }));

    const record = await app.waitForCase(
      (item) => item.complaint.narrative.startsWith('[broken]') && item.reviewPost !== null,
    );
    expect(record.analysis.analysedBy).toBe('rules');
    expect(record.analysis.engine?.fallback?.reason).toBe('invalid-json');
    const dm = await staffMessageFor(record.id);
    expect(dm).toContain("analysed by rules: the LLM's answer was not valid JSON");
    // The review meeting sees it too, on the case's post in the channel.
    const post = await app.slack.waitFor(
      'chat.postMessage',
      (posted) => posted.args.channel === 'C0REVIEW' && JSON.stringify(posted.args).includes(record.id),
    );
    expect(JSON.stringify(post.args.blocks)).toContain("analysed by rules: the LLM's answer was not valid JSON");
    expect(app.logger.lines.join('\n')).not.toMatch(/unhandled error/);
  });

  it('when the LLM takes its time, then the case is stored before it answers and posted once, after', async () => {
    fake.otherwise(() => ({ content: ANSWER, delayMs: 600 }));
    await app.interact(complaintForm(`[slow] ${NARRATIVE}`, WORDS, { viewId: 'VLLM_SLOW' }));

    const stored = await app.waitForCase((item) => item.complaint.narrative.startsWith('[slow]'));
    // On record while the model is still thinking, marked as what stands if the bot stops now.
    expect(stored.analysis.engine?.fallback?.reason).toBe('interrupted');
    expect(
      app.slack.callsOf('chat.postMessage').filter((call) => JSON.stringify(call.args).includes(stored.id)),
    ).toEqual([]);

    const dm = await staffMessageFor(stored.id);
    expect(dm).toContain('analysed by LLM (fake-model');
    const final = await app.stores.cases.get(stored.id);
    expect(final?.analysis.analysedBy).toBe('llm');
    expect(
      app.slack
        .callsOf('chat.postMessage')
        .filter((call) => call.args.channel === 'U_STAFF' && JSON.stringify(call.args).includes(stored.id)),
    ).toHaveLength(1);
  });

  it('when the LLM offers remedies the policy does not allow, then staff are never offered them: each is removed with its rule and the rules choose instead', async () => {
    fake.otherwise(() => ({
      content: {
        ...ANSWER,
        resolution: {
          ...ANSWER.resolution,
          options: ['refund', 'exchange'],
          recommended: 'refund',
          note: { zh: '直接给顾客退货。', en: 'Give them the refund on the spot.' },
        },
      },
    }));
    await app.interact(
      complaintForm(`[special] ${NARRATIVE}`, WORDS, { viewId: 'VLLM_SPECIAL', extra: SPECIAL_PRICE_TICKED }),
    );
    const record = await app.waitForCase(
      (item) => item.complaint.narrative.startsWith('[special]') && item.reviewPost !== null,
    );
    // The premise: on special-price goods the policy allows neither (R5).
    const allowed = new Set(record.remedies.filter((remedy) => remedy.eligible).map((remedy) => remedy.id));
    expect(allowed.has('refund') || allowed.has('exchange')).toBe(false);

    expect(record.analysis.analysedBy).toBe('llm');
    const { resolution } = record.analysis.suggestion;
    expect(resolution.options.length).toBeGreaterThan(0);
    expect(resolution.options.filter((id) => !allowed.has(id))).toEqual([]);
    expect(resolution.recommended && allowed.has(resolution.recommended)).toBe(true);
    expect(resolution.note.en).not.toContain('refund');
    const removed = record.analysis.engine?.adjustments.filter((adjustment) => adjustment.kind === 'remedy-removed');
    expect(removed?.map((adjustment) => adjustment.remedy)).toEqual(['refund', 'exchange']);

    // What the owner reads: the removals with their rule, and a suggestion that names neither.
    const dm = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && JSON.stringify(call.args).includes(record.id),
    );
    const texts = (dm.args.blocks as { text?: { text?: string }; elements?: { text?: string }[] }[]).map(
      (block) => block.text?.text ?? block.elements?.map((element) => element.text ?? '').join('\n') ?? '',
    );
    expect(texts).toContain(
      "⚖️ 'Refund' is not allowed by the policy; removed (R5: Not offered: it is a special-price item (R5 Special-price goods).)\n" +
        "⚖️ 'Exchange' is not allowed by the policy; removed (R5: Not offered: it is a special-price item (R5 Special-price goods).)",
    );
    const suggested = texts.find((text) => text.startsWith('*Suggested resolution*')) ?? '';
    expect(suggested).toContain('*Compensation*');
    expect(suggested).not.toMatch(/refund|exchange/i);
  });
});
