import { describe, expect, it } from 'vitest';
import { createRulesAnalyser } from '../../../src/analysis/rules-analyser.ts';
import { FakeOpenAiServer } from '../../helpers/fake-openai-server.ts';
import { goodAnswer, llmAnalyserFor, triage, useFakeOpenAi } from './llm-test-kit.ts';

const fake = useFakeOpenAi();

/** The analysis the rules give for the same complaint: what a fallback must equal, engine apart. */
async function rulesAnalysis() {
  return (await triage(createRulesAnalyser())).analysis;
}

describe('when the LLM cannot be used, the rules analyser stands in and the case says why', () => {
  it('when the answer is not JSON, then it is analysed by rules with reason invalid-json', async () => {
    fake.enqueue({ content: '{"temperament": {"type": "forceful", ', usage: { input: 900, output: 12 } });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    const { engine, ...rest } = analysis;
    expect(rest).toEqual(await rulesAnalysis());
    expect(engine).toMatchObject({
      model: 'fake-model',
      fallback: { reason: 'invalid-json' },
      // The tokens were spent even though the answer was useless.
      tokens: { input: 900, output: 12 },
    });
  });

  it('when the answer breaks the schema, then it is analysed by rules with reason schema-mismatch naming the field', async () => {
    const broken = { ...goodAnswer(), temperament: { type: 'choleric', confidence: 2, evidence: [] } };
    fake.enqueue({ content: broken });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(analysis.analysedBy).toBe('rules');
    expect(analysis.engine?.fallback?.reason).toBe('schema-mismatch');
    expect(analysis.engine?.fallback?.detail).toContain('temperament');
  });

  it('when the answer is slower than LLM_TIMEOUT_MS, then the rules answer within the timeout, reason timeout', async () => {
    fake.otherwise(() => ({ content: goodAnswer(), delayMs: 5000 }));
    const started = Date.now();
    const { analysis } = await triage(await llmAnalyserFor(fake, { LLM_TIMEOUT_MS: '300' }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(analysis.analysedBy).toBe('rules');
    expect(analysis.engine?.fallback?.reason).toBe('timeout');
  });

  it("when the first answer arrives late with wording to fix, then the rewording shares LLM_TIMEOUT_MS and the rules' wording is used in time", async () => {
    // 800 ms of 1,000 leaves less than a quarter for a rewording; the other 200 ms are headroom for a busy
    // machine (with 300 ms and a 250 ms answer, a loaded full run sometimes saw the first answer time out).
    fake.enqueue(
      { content: goodAnswer({ apology: '这是公司的规定,掉钻只能补。' }), delayMs: 800 },
      { content: goodAnswer(), delayMs: 2000 },
    );
    const analyser = await llmAnalyserFor(fake, { LLM_TIMEOUT_MS: '1000' });
    const started = Date.now();
    const { analysis } = await triage(analyser);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(800);
    expect(took).toBeLessThan(1150);
    expect(fake.requests).toHaveLength(1);
    expect(analysis.analysedBy).toBe('llm');
    expect(analysis.suggestion.apology.text).not.toContain('公司的规定');
    expect(analysis.engine?.adjustments.map((adjustment) => adjustment.kind)).toContain('wording-replaced');
  });

  it('when the first answer needs rewording and time is left, then the rewording gets only what is left of LLM_TIMEOUT_MS', async () => {
    fake.enqueue(
      { content: goodAnswer({ apology: '这是公司的规定,掉钻只能补。' }), delayMs: 100 },
      { content: goodAnswer(), delayMs: 2000 },
    );
    const analyser = await llmAnalyserFor(fake, { LLM_TIMEOUT_MS: '600' });
    const started = Date.now();
    const { analysis } = await triage(analyser);
    expect(Date.now() - started).toBeLessThan(800);
    expect(fake.requests).toHaveLength(2);
    expect(analysis.suggestion.apology.text).not.toContain('公司的规定');
    expect(analysis.engine?.adjustments.map((adjustment) => adjustment.kind)).toEqual([
      'wording-regenerated',
      'wording-replaced',
    ]);
  });

  it('when the endpoint answers 429 twice and then well, then the SDK retries and the LLM answer is used', async () => {
    fake.enqueue(
      { status: 429, message: 'rate limited' },
      { status: 429, message: 'rate limited' },
      { content: goodAnswer() },
    );
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(fake.requests).toHaveLength(3);
    expect(analysis.analysedBy).toBe('llm');
  });

  it('when the endpoint keeps answering 429, then the retries are bounded and it falls back with reason rate-limited', async () => {
    fake.otherwise(() => ({ status: 429, message: 'rate limited' }));
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(fake.requests).toHaveLength(3);
    expect(analysis.analysedBy).toBe('rules');
    expect(analysis.engine?.fallback).toMatchObject({ reason: 'rate-limited' });
  });

  it('when the endpoint keeps failing with 5xx, then it falls back with reason server-error', async () => {
    fake.otherwise(() => ({ status: 503, message: 'overloaded' }));
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(fake.requests).toHaveLength(3);
    expect(analysis.engine?.fallback).toMatchObject({ reason: 'server-error' });
  });

  it('when the endpoint refuses the request (401), then it falls back at once with reason rejected', async () => {
    fake.otherwise(() => ({ status: 401, message: 'invalid api key' }));
    const { analysis } = await triage(await llmAnalyserFor(fake, { OPENAI_API_KEY: 'sk-wrong' }));
    expect(fake.requests).toHaveLength(1);
    expect(analysis.engine?.fallback).toMatchObject({
      reason: 'rejected',
      detail: expect.stringContaining('invalid api key'),
    });
  });

  it('when nothing listens at the endpoint, then it falls back with reason unreachable', async () => {
    const gone = new FakeOpenAiServer();
    await gone.start();
    await gone.stop();
    const { analysis } = await triage(await llmAnalyserFor(gone));
    expect(analysis.analysedBy).toBe('rules');
    expect(analysis.engine?.fallback?.reason).toBe('unreachable');
  });
});
