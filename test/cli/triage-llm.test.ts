import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodAnswer } from '../analysis/llm/llm-test-kit.ts';
import { FakeOpenAiServer } from '../helpers/fake-openai-server.ts';
import { runCli } from '../helpers/run-cli.ts';

const TRIAGE = 'src/cli/triage.ts';
const ARGS = ['--category', 'jewellery', '--purchased', '2026-11-20T10:00', '--at', '2026-11-21T10:00', '--receipt'];
const WORDS = '别废话,马上给我换!不换我就发抖音曝光你们!';

const fake = new FakeOpenAiServer();
beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});

describe('npm run triage with an LLM endpoint', () => {
  it("when the endpoint answers, then the triage is the LLM's and --json records model, prompt version and tokens", async () => {
    fake.otherwise(() => ({ content: goodAnswer(), usage: { input: 1700, output: 320 } }));
    const env = { OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake-model' };
    const text = await runCli(
      TRIAGE,
      [...ARGS, '--lang', 'en', '--words', WORDS, '水钻项链掉了两颗钻'],
      undefined,
      env,
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/analysed by LLM \(fake-model, prompt p-[0-9a-f]{10}\)/);

    const json = await runCli(TRIAGE, [...ARGS, '--json', '--words', WORDS, '水钻项链掉了两颗钻'], undefined, env);
    const result = JSON.parse(json.stdout);
    expect(result.analysedBy).toBe('llm');
    expect(result.engine).toMatchObject({ model: 'fake-model', tokens: { input: 1700, output: 320 }, cached: false });
  });

  it('when the endpoint fails, then the rules triage it and say why', async () => {
    fake.otherwise(() => ({ status: 401, message: 'bad key' }));
    const run = await runCli(TRIAGE, [...ARGS, '--lang', 'en', '--words', WORDS, '水钻项链掉了两颗钻'], undefined, {
      OPENAI_BASE_URL: fake.url,
      OPENAI_MODEL: 'fake-model',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('analysed by rules: the LLM endpoint refused the request');
  });
});
