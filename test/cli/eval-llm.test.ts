import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LlmAnswer } from '../../src/analysis/llm/llm-answer-schema.js';
import { FakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { runCli } from '../helpers/run-cli.js';

const EVAL = 'src/cli/eval.ts';

/** An answer that reads every customer as analytical: easy to tell apart from the rules' figures. */
const ANALYTICAL: LlmAnswer = {
  temperament: { type: 'analytical', confidence: 0.6, evidence: [] },
  flags: [],
  aim: { kind: 'unknown', stated: null, evidence: [], note: { zh: '还看不出来。', en: 'Not clear yet.' } },
  apology: '真是太对不起您了,我马上为您查清楚。',
  resolution: {
    options: [],
    recommended: null,
    letCustomerChoose: false,
    amount: null,
    note: { zh: '先核实情况。', en: 'Check the facts first.' },
  },
  followUp: [{ zh: '感谢顾客。', en: 'Thank them.' }],
};

const fake = new FakeOpenAiServer();
beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});

describe('npm run eval -- --llm', () => {
  it('when no endpoint is configured, then it exits 2 with one line saying what to set', async () => {
    const run = await runCli(EVAL, ['--llm']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('OPENAI_API_KEY');
  });

  it('when an endpoint is configured, then the LLM and the rules are scored side by side and the tokens totalled', async () => {
    // English complaints get an English apology; everything else the Chinese one.
    fake.otherwise((request) => {
      const user = request.body.messages.find((message) => message.role === 'user')?.content ?? '';
      const english = user.includes('"customer_language":"en"');
      return {
        content: english ? { ...ANALYTICAL, apology: "I'm so sorry, I'll find out straight away." } : ANALYTICAL,
        usage: { input: 2000, output: 250 },
      };
    });
    const run = await runCli(EVAL, ['--llm', '--set', 'dev', '--json'], undefined, {
      OPENAI_BASE_URL: fake.url,
      OPENAI_MODEL: 'fake-model',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const file = 'test/fixtures/complaints/dev.yml';
    const cases = report.rules[file].cases;
    expect(cases).toBeGreaterThan(50);
    expect(fake.requests).toHaveLength(cases);
    expect(report.model).toBe('fake-model');
    expect(report.tokens).toEqual({ input: 2000 * cases, output: 250 * cases });
    expect(report.llm[file].fallbacks).toEqual({});
    // Every reading came from the fake: only the analytical share of the labels is right.
    const analytical = report.rules[file].perType.analytical.support;
    expect(report.llm[file].card.accuracy).toBeCloseTo(analytical / cases, 5);
    expect(report.rules[file].accuracy).toBeGreaterThan(0.9);
  });

  it('when printed as text, then each metric shows the rules and the LLM in two columns', async () => {
    fake.otherwise(() => ({ status: 503 }));
    const run = await runCli(EVAL, ['--llm', '--set', 'holdout'], undefined, {
      OPENAI_BASE_URL: fake.url,
      OPENAI_MODEL: 'fake-model',
      LLM_TIMEOUT_MS: '2000',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/temperament accuracy\s+\d+\.\d%\s+\d+\.\d%/);
    expect(run.stdout).toMatch(/fell back to rules\s+—\s+32 \(server-error 32\)/);
    expect(run.stdout).toContain('tokens in total: 0 in, 0 out (fake-model)');
  });
});
