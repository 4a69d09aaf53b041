import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLlmConfig } from '../../src/config.ts';
import { openAnalyser } from '../../src/open-analyser.ts';
import { FakeOpenAiServer } from '../helpers/fake-openai-server.ts';
import { goodAnswer, triage } from './llm/llm-test-kit.ts';

const fake = new FakeOpenAiServer();
let dir: string;
beforeAll(async () => {
  await fake.start();
  dir = await mkdtemp(join(tmpdir(), 'open-analyser-'));
});
afterAll(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('openAnalyser, as main.ts runs it', () => {
  it("when the app restarts on the same store, then a complaint analysed before is served from the store's cache", async () => {
    fake.otherwise(() => ({ content: goodAnswer() }));
    const llm = loadLlmConfig({ OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake-model' });
    const storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;

    const first = await openAnalyser(llm, storeUrl);
    expect((await triage(first.analyser)).analysis.engine?.cached).toBe(false);
    await first.close();

    const second = await openAnalyser(llm, storeUrl);
    expect((await triage(second.analyser)).analysis.engine?.cached).toBe(true);
    await second.close();
    expect(fake.requests).toHaveLength(1);
  });

  it('when no endpoint is configured, then it is the rules analyser and opens nothing', async () => {
    const opened = await openAnalyser(loadLlmConfig({}), 'sqlite:///nonexistent-dir/never-opened.sqlite');
    expect(opened.analyser.name).toBe('rules');
    await opened.close();
  });
});
