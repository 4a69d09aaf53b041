import { Keyv } from 'keyv';
import { describe, expect, it } from 'vitest';
import { promptVersion } from '../../../src/analysis/llm/build-prompt.ts';
import { loadPromptFiles } from '../../../src/analysis/llm/prompt-files.ts';
import { triageComplaint } from '../../../src/complaints/triage-complaint.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import type { Policy } from '../../../src/domain/policy-schema.ts';
import { examplePolicy, goodAnswer, LOST_STONE, llmAnalyserFor, NOW, triage, useFakeOpenAi } from './llm-test-kit.ts';

const fake = useFakeOpenAi();

describe('an LLM analysis', () => {
  it('when the endpoint answers well, then the case is analysed by the LLM and records model, prompt version and tokens', async () => {
    fake.enqueue({ content: goodAnswer(), usage: { input: 1500, output: 420 } });
    const result = await triage(await llmAnalyserFor(fake));

    expect(fake.requests).toHaveLength(1);
    const { analysis } = result;
    expect(analysis.analysedBy).toBe('llm');
    expect(analysis.engine).toMatchObject({
      model: 'fake-model',
      promptVersion: promptVersion(await loadPromptFiles(), await examplePolicy()),
      tokens: { input: 1500, output: 420 },
      cached: false,
    });
    expect(analysis.engine?.fallback).toBeUndefined();
    expect(analysis.temperament.type).toBe('forceful');
    expect(analysis.flags.map((flag) => flag.kind)).toEqual(['social-media']);
    expect(analysis.suggestion.apology.text).toBe(goodAnswer().apology);
    expect(analysis.suggestion.resolution.options).toEqual(['exchange', 'stone-resetting', 'compensation']);
    // The method's own text for the reading, not the model's.
    expect(analysis.suggestion.steps).toHaveLength(6);
    expect(analysis.flags[0]?.advice.length).toBeGreaterThan(0);
  });

  it('when the server supports structured outputs, then one request asks for a strict JSON schema with the model named', async () => {
    fake.enqueue({ content: goodAnswer() });
    await triage(await llmAnalyserFor(fake));
    const [request] = fake.requests;
    expect(request?.body.model).toBe('fake-model');
    expect(request?.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'complaint_analysis', strict: true },
    });
    expect(JSON.stringify(request?.body.response_format?.json_schema?.schema)).toContain('"letCustomerChoose"');
  });

  it('when the server refuses json_schema with a 400, then JSON mode is used and remembered for later complaints', async () => {
    fake.rejectJsonSchema = true;
    fake.otherwise(() => ({ content: goodAnswer() }));
    const analyser = await llmAnalyserFor(fake);

    const first = await triage(analyser);
    expect(first.analysis.analysedBy).toBe('llm');
    expect(fake.requests.map((request) => request.body.response_format?.type)).toEqual(['json_schema', 'json_object']);

    await triage(analyser, {
      narrative: '另一位顾客的耳环掉钻了',
      customerWords: '你们看看怎么办吧',
      category: 'jewellery',
    });
    expect(fake.requests.map((request) => request.body.response_format?.type)).toEqual([
      'json_schema',
      'json_object',
      'json_object',
    ]);
  });

  it('when the server refuses json_schema with a 422 naming it, then JSON mode is used', async () => {
    fake.otherwise((request) =>
      request.body.response_format?.type === 'json_schema'
        ? { status: 422, message: "Unprocessable: 'json_schema' is not a supported response_format" }
        : { content: goodAnswer() },
    );
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(analysis.analysedBy).toBe('llm');
    expect(fake.requests.map((request) => request.body.response_format?.type)).toEqual(['json_schema', 'json_object']);
  });

  it('when the server refuses a request with a 400 about something else, then it falls back as rejected and structured outputs stay in use', async () => {
    fake.otherwise(() => ({ status: 400, message: 'context length exceeded' }));
    const analyser = await llmAnalyserFor(fake);
    const first = await triage(analyser);
    expect(first.analysis.engine?.fallback).toMatchObject({ reason: 'rejected' });
    fake.reset();
    fake.otherwise(() => ({ content: goodAnswer() }));
    const second = await triage(analyser);
    expect(second.analysis.analysedBy).toBe('llm');
    expect(fake.requests.map((request) => request.body.response_format?.type)).toEqual(['json_schema']);
  });

  it('when LLM_JSON_MODE=false and the server refuses json_schema, then it never switches to JSON mode and falls back as rejected', async () => {
    fake.rejectJsonSchema = true;
    fake.otherwise(() => ({ content: goodAnswer() }));
    const analyser = await llmAnalyserFor(fake, { LLM_JSON_MODE: 'false' });
    const { analysis } = await triage(analyser);
    expect(analysis.engine?.fallback).toMatchObject({ reason: 'rejected' });
    await triage(analyser);
    expect(fake.requests.map((request) => request.body.response_format?.type)).toEqual(['json_schema', 'json_schema']);
  });

  it('when a request is sent with structured outputs, then the answer shape is left to the schema; in JSON mode it is in the prompt', async () => {
    fake.rejectJsonSchema = true;
    fake.otherwise(() => ({ content: goodAnswer() }));
    await triage(await llmAnalyserFor(fake));
    const [structured, json] = fake.requests.map((request) => request.body.messages[0]?.content ?? '');
    expect(structured).not.toContain('# Answer shape');
    expect(json).toContain('# Answer shape');
    expect(json).toContain('"letCustomerChoose"');
  });

  it('when LLM_JSON_MODE=true, then the first request is already in JSON mode and the answer is validated all the same', async () => {
    fake.enqueue({ content: `\`\`\`json\n${JSON.stringify(goodAnswer())}\n\`\`\`` });
    const result = await triage(await llmAnalyserFor(fake, { LLM_JSON_MODE: 'true' }));
    expect(fake.requests[0]?.body.response_format).toEqual({ type: 'json_object' });
    expect(result.analysis.analysedBy).toBe('llm');
  });

  it('when OPENAI_API_KEY is set, then it is sent as the bearer token; without one a keyless server still gets a request', async () => {
    fake.otherwise(() => ({ content: goodAnswer() }));
    await triage(await llmAnalyserFor(fake, { OPENAI_API_KEY: 'sk-test-123' }));
    await triage(await llmAnalyserFor(fake));
    expect(fake.requests[0]?.authorization).toBe('Bearer sk-test-123');
    expect(fake.requests[1]?.authorization).toBe('Bearer not-needed');
  });

  it('when the policy changes, then the prompt version changes with it; the same policy gives the same version', async () => {
    fake.otherwise(() => ({ content: goodAnswer() }));
    const analyser = await llmAnalyserFor(fake);
    const policy = await examplePolicy();
    const stricter = { ...policy, authority: { ...policy.authority, staffLimit: 20 } };
    const versionWith = async (which: Policy) =>
      (
        await triageComplaint({
          complaint: ComplaintSchema.parse(LOST_STONE),
          policy: which,
          now: NOW,
          analyser,
        })
      ).analysis.engine?.promptVersion;
    const first = await versionWith(policy);
    expect(first).toMatch(/^p-[0-9a-f]{10}$/);
    expect(await versionWith(policy)).toBe(first);
    expect(await versionWith({ ...policy })).toBe(first);
    expect(await versionWith(stricter)).not.toBe(first);
  });

  it('when the same complaint is analysed again, then it is served from the cache without a second request', async () => {
    fake.otherwise(() => ({ content: goodAnswer(), usage: { input: 1000, output: 200 } }));
    const cache = new Keyv();
    const first = await triage(await llmAnalyserFor(fake, {}, cache));
    // A new analyser on the same cache: what a restarted instance sharing the store sees.
    const second = await triage(await llmAnalyserFor(fake, {}, cache));

    expect(fake.requests).toHaveLength(1);
    expect(first.analysis.engine).toMatchObject({ cached: false, tokens: { input: 1000, output: 200 } });
    expect(second.analysis.engine).toMatchObject({ cached: true, tokens: { input: 0, output: 0 } });
    expect(second.analysis.suggestion).toEqual(first.analysis.suggestion);

    await triage(await llmAnalyserFor(fake, {}, cache), { narrative: '另一件事:手表不走了', category: 'watch' });
    expect(fake.requests).toHaveLength(2);
  });
});
