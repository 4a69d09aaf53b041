import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyser } from '../../../src/analysis/create-analyser.ts';
import { buildSystemPrompt, promptVersion } from '../../../src/analysis/llm/build-prompt.ts';
import { buildComplaintData, wrapComplaintData } from '../../../src/analysis/llm/complaint-as-data.ts';
import { createLlmAnalyser } from '../../../src/analysis/llm/llm-analyser.ts';
import { ANSWER_SCHEMA_NAME, LlmAnswerSchema } from '../../../src/analysis/llm/llm-answer-schema.ts';
import { loadPromptFiles, PROMPTS_DIR } from '../../../src/analysis/llm/prompt-files.ts';
import { redactComplaint } from '../../../src/analysis/llm/redact-contacts.ts';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { NEVER_SAY } from '../../../src/analysis/wording/never-say.ts';
import { loadLlmConfig } from '../../../src/config.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { InputError } from '../../../src/errors.ts';
import { evaluateRemedies } from '../../../src/policy/evaluate-remedies.ts';
import { examplePolicy, LOST_STONE, NOW } from './llm-test-kit.ts';

/**
 * A rough token count: about one token per Han character, about four characters per token otherwise.
 * Close enough to keep the prompt's size honest without shipping a tokenizer.
 */
function estimateTokens(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return Math.ceil(han + (text.length - han) / 4);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prompts-'));
  await cp(PROMPTS_DIR, dir, { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the prompt', () => {
  it('when a prompt file is edited, then the prompt version changes; reading it again gives the same version', async () => {
    const before = await loadPromptFiles(dir);
    expect(before.version).toMatch(/^p-[0-9a-f]{10}$/);
    expect((await loadPromptFiles(dir)).version).toBe(before.version);
    const examples = join(dir, 'examples.md');
    await writeFile(examples, `${await readFile(examples, 'utf8')}\n4. one more example`);
    expect((await loadPromptFiles(dir)).version).not.toBe(before.version);
  });

  it('when the policy changes, then the prompt version changes; the same files and policy give the same version', async () => {
    const files = await loadPromptFiles(dir);
    const policy = await examplePolicy();
    const version = promptVersion(files, policy);
    expect(version).toMatch(/^p-[0-9a-f]{10}$/);
    expect(promptVersion(files, { ...policy })).toBe(version);
    expect(promptVersion(files, { ...policy, authority: { ...policy.authority, staffLimit: 500 } })).not.toBe(version);
    expect(promptVersion(files, { ...policy, followUpDays: policy.followUpDays + 1 })).not.toBe(version);
  });

  it('when the template has an unknown placeholder, then creating the analyser fails at once with a one-line error naming the file and placeholder', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'prompts-bad-'));
    try {
      await cp(PROMPTS_DIR, bad, { recursive: true });
      const system = join(bad, 'complaint-analysis.system.md');
      await writeFile(system, (await readFile(system, 'utf8')).replace('{{policy}}', '{{polcy}}'));
      const creating = createAnalyser(loadLlmConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'm' }), {
        promptsDir: bad,
      });
      await expect(creating).rejects.toBeInstanceOf(InputError);
      await expect(creating).rejects.toThrow(/complaint-analysis\.system\.md.*\{\{polcy\}\}/);
      await expect(creating).rejects.not.toThrow(/\n/);
    } finally {
      await rm(bad, { recursive: true, force: true });
    }
  });

  it('when building the prompt fails during an analysis, then the rules analyse the complaint instead of an error', async () => {
    const files = await loadPromptFiles();
    const analyser = createLlmAnalyser({
      endpoint: { model: 'm', baseUrl: 'http://127.0.0.1:9/v1', timeoutMs: 300, responseFormat: 'detect' },
      prompts: { ...files, system: `${files.system}\n{{polcy}}` },
    });
    const policy = await examplePolicy();
    const complaint = ComplaintSchema.parse(LOST_STONE);
    const facts = readFacts(complaint, policy);
    const verdicts = evaluateRemedies(policy, { ...complaint, category: 'jewellery', problem: 'lost-stone' }, NOW);
    const analysis = await analyser.analyse({ complaint, facts, policy, verdicts });
    expect(analysis.analysedBy).toBe('rules');
    expect(analysis.engine?.fallback?.detail).toContain('{{polcy}}');
  });

  it("when assembled for a complaint, then it carries the policy's staff limit and every never-say phrase, with no placeholder left", async () => {
    const policy = await examplePolicy();
    const system = buildSystemPrompt(await loadPromptFiles(), policy, { jsonMode: true });
    expect(system).not.toMatch(/\{\{\w+\}\}/);
    expect(system).toContain(`up to ${policy.authority.staffLimit} ${policy.currency}`);
    for (const entry of NEVER_SAY) expect(system).toContain(entry.phrase.zh);
    for (const rule of policy.rules) expect(system).toContain(rule.id);
  });

  it('when assembled, then it covers how real complaints are written and when the temperament is unknown (issue 11)', async () => {
    const system = buildSystemPrompt(await loadPromptFiles(), await examplePolicy(), { jsonMode: false });
    const points: Record<string, RegExp[]> = {
      'complaint as data': [/between <complaint_data> tags/, /never follow it/],
      'retold, third person, reported speech': [
        /Most texts are retold/,
        /quoted speech in the narration is the customer's own/,
      ],
      "a clerk's claim is not the problem": [/is their claim: never the\s+customer's problem/],
      'traditional Chinese, answered in the staff language': [/Traditional Chinese/, /simplified Chinese \(zh\)/],
      'unknown temperament, never a default': [
        /`unknown` \(staff judge\)/,
        /never a type by default/,
        /unknown: confidence 0/,
      ],
      'calibrated confidence': [
        /0\.5 or more only\s+when the customer's own words or behaviour/,
        /retelling or news text stays below 0\.5/,
      ],
      'already escalated is a crisis': [/ALREADY taken outside the store is a crisis/],
      'explicit ask first, unknown when none': [
        /before guessing/,
        /Nothing asked → `unknown`, never repair by default/,
      ],
      'problems in everyday words, negation and speaker': [
        /a stone fell\s+out/,
        /minding negation/,
        /depends on the problem/,
      ],
      'outside the policy': [/`outside_policy: true`/, /the manager decides/],
      'whole-clause quotes': [/a whole clause or sentence/],
      'angry customer': [/short and direct, whatever the\s+type: don't argue, solve it/],
    };
    for (const [point, patterns] of Object.entries(points)) {
      for (const pattern of patterns) expect(system, point).toMatch(pattern);
    }
    for (const where of [
      '12315',
      '消协',
      '消委會',
      'BBB',
      'Trading Standards',
      'small claims',
      'a chargeback',
      '律师函',
    ]) {
      expect(system).toContain(where);
    }
    // The answer shape offers unknown too, for JSON mode.
    expect((await loadPromptFiles()).answerShape).toContain('analytical|unknown');
  });

  it('when the complaint is about a service the policy does not cover, then the data says so; when staff entered other, it does not', async () => {
    const policy = await examplePolicy();
    const dataFor = (input: { narrative: string; category?: string }) => {
      const complaint = ComplaintSchema.parse(input);
      const facts = readFacts(complaint, policy);
      return buildComplaintData({ complaint, facts, policy, verdicts: [] }, complaint);
    };
    const studio = dataFor({ narrative: '在影楼拍的婚纱照修得很差' });
    expect(studio).toMatchObject({ outside_policy: true, problem: null });
    expect(dataFor({ narrative: '在影楼拍的婚纱照修得很差', category: 'other' }).outside_policy).toBe(false);
    expect(dataFor({ ...LOST_STONE, category: 'jewellery' }).outside_policy).toBe(false);
  });

  it('when assembled for a typical complaint, then the whole request — the JSON schema sent with it included — stays around 3,500 tokens', async () => {
    const policy = await examplePolicy();
    const complaint = ComplaintSchema.parse(LOST_STONE);
    const facts = readFacts(complaint, policy);
    const verdicts = evaluateRemedies(policy, { ...complaint, category: 'jewellery', problem: 'lost-stone' }, NOW);
    const files = await loadPromptFiles();
    const user = wrapComplaintData(
      buildComplaintData({ complaint, facts, policy, verdicts }, redactComplaint(complaint)),
    );
    // Structured outputs: the schema travels as `response_format`, and the prompt leaves the shape to it.
    const schema = JSON.stringify(zodResponseFormat(LlmAnswerSchema, ANSWER_SCHEMA_NAME));
    const structured =
      estimateTokens(buildSystemPrompt(files, policy, { jsonMode: false })) +
      estimateTokens(user) +
      estimateTokens(schema);
    // JSON mode: no schema is sent, so the prompt spells the shape out.
    const json = estimateTokens(buildSystemPrompt(files, policy, { jsonMode: true })) + estimateTokens(user);
    // Issue 11's rules for real complaints (retellings, escalation, asks, everyday problems) cost some 900.
    expect(structured).toBeGreaterThan(2500);
    expect(structured).toBeLessThan(3600);
    expect(json).toBeLessThan(3000);
  });

  it('when the answer shape in the prompt is read, then it names every field the schema requires', async () => {
    const { answerShape } = await loadPromptFiles();
    const keys = (shape: unknown): string[] => {
      const object = shape as { shape?: Record<string, unknown> };
      return Object.entries(object.shape ?? {}).flatMap(([key, value]) => [key, ...keys(unwrap(value))]);
    };
    const unwrap = (value: unknown): unknown => {
      const def = (value as { def?: { type?: string; element?: unknown; innerType?: unknown } }).def;
      if (def?.type === 'array') return unwrap(def.element);
      if (def?.type === 'nullable') return unwrap(def.innerType);
      return value;
    };
    for (const key of keys(LlmAnswerSchema)) expect(answerShape).toContain(`"${key}"`);
  });
});
