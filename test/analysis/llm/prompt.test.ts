import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSystemPrompt } from '../../../src/analysis/llm/build-prompt.js';
import { buildComplaintData, wrapComplaintData } from '../../../src/analysis/llm/complaint-as-data.js';
import { LlmAnswerSchema } from '../../../src/analysis/llm/llm-answer-schema.js';
import { loadPromptFiles, PROMPTS_DIR } from '../../../src/analysis/llm/prompt-files.js';
import { redactComplaint } from '../../../src/analysis/llm/redact-contacts.js';
import { readFacts } from '../../../src/analysis/read-facts.js';
import { NEVER_SAY } from '../../../src/analysis/wording/never-say.js';
import { ComplaintSchema } from '../../../src/complaints/complaint.js';
import { evaluateRemedies } from '../../../src/policy/evaluate-remedies.js';
import { examplePolicy, LOST_STONE, NOW } from './llm-test-kit.js';

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

  it("when assembled for a complaint, then it carries the policy's staff limit and every never-say phrase, with no placeholder left", async () => {
    const policy = await examplePolicy();
    const system = buildSystemPrompt(await loadPromptFiles(), policy);
    expect(system).not.toMatch(/\{\{\w+\}\}/);
    expect(system).toContain(`up to ${policy.authority.staffLimit} ${policy.currency}`);
    for (const entry of NEVER_SAY) expect(system).toContain(entry.phrase.zh);
    for (const rule of policy.rules) expect(system).toContain(rule.id);
  });

  it('when assembled for a typical complaint, then the whole request stays around 2,000 tokens (under 3,000)', async () => {
    const policy = await examplePolicy();
    const complaint = ComplaintSchema.parse(LOST_STONE);
    const facts = readFacts(complaint, policy);
    const verdicts = evaluateRemedies(policy, { ...complaint, category: 'jewellery', problem: 'lost-stone' }, NOW);
    const system = buildSystemPrompt(await loadPromptFiles(), policy);
    const user = wrapComplaintData(
      buildComplaintData({ complaint, facts, policy, verdicts }, redactComplaint(complaint)),
    );
    const tokens = estimateTokens(system) + estimateTokens(user);
    expect(tokens).toBeGreaterThan(1000);
    expect(tokens).toBeLessThan(3000);
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
