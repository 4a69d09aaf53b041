import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysisInput, ComplaintAnalyser } from '../../src/analysis/analyser.js';
import type { Analysis } from '../../src/analysis/analysis.js';
import { analyseWithRules } from '../../src/analysis/rules-analyser.js';
import { complaintForm } from '../helpers/complaint-payloads.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const ENGINE = { model: 'slow-model', promptVersion: 'p-test', tokens: { input: 0, output: 0 }, cached: false };

/**
 * An analyser that answers only when told to, like an LLM that takes seconds; what it stores first is the
 * rules' reading marked as interrupted, as the LLM analyser's provisional analysis is.
 */
function slowAnalyser() {
  const waiting: (() => void)[] = [];
  const analyser: ComplaintAnalyser = {
    name: 'slow',
    provisional: (input: AnalysisInput): Analysis => ({
      ...analyseWithRules(input),
      engine: { ...ENGINE, adjustments: [], fallback: { reason: 'interrupted', detail: 'stopped before the answer' } },
    }),
    analyse: async (input) => {
      await new Promise<void>((resolve) => waiting.push(resolve));
      return { ...analyseWithRules(input), analysedBy: 'llm', engine: { ...ENGINE, adjustments: [] } };
    },
  };
  const answer = () => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  return { analyser, answer, waiting };
}

const apps: TestApp[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.stop({ keepStore: false });
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const postsAbout = (app: TestApp, caseId: string) =>
  app.slack.callsOf('chat.postMessage').filter((call) => JSON.stringify(call.args).includes(caseId));

describe('filing a complaint whose analysis takes seconds', () => {
  it('when the analysis answers, then the case is stored first and posted once, with the full analysis', async () => {
    const slow = slowAnalyser();
    const app = await startTestApp({ analyser: slow.analyser });
    apps.push(app);
    await app.interact(complaintForm('Pearl came off the clasp', 'Sort it out now!', { viewId: 'VSLOW_OK' }));

    const stored = await app.waitForCase((item) => item.complaint.narrative === 'Pearl came off the clasp');
    expect(stored.analysis.engine?.fallback?.reason).toBe('interrupted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(postsAbout(app, stored.id)).toHaveLength(0);

    slow.answer();
    const posted = await app.waitForCase((item) => item.id === stored.id && item.reviewPost !== null);
    expect(posted.analysis.analysedBy).toBe('llm');
    const dm = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && JSON.stringify(call.args).includes(stored.id),
    );
    expect(JSON.stringify(dm.args.blocks)).toContain('analysed by LLM (slow-model');
    expect(postsAbout(app, stored.id).filter((call) => call.args.channel === 'U_STAFF')).toHaveLength(1);
    expect(postsAbout(app, stored.id).filter((call) => call.args.channel === 'C0REVIEW')).toHaveLength(1);
  });

  it('when the bot stops before the analysis answers, then after a restart the case is posted, saying why', async () => {
    const slow = slowAnalyser();
    const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-filing-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const storeUrl = `sqlite://${join(dir, 'cases.sqlite')}`;
    const first = await startTestApp({ analyser: slow.analyser, storeUrl });
    await first.interact(complaintForm('Watch stopped after two days', 'I want a new one.', { viewId: 'VSLOW_STOP' }));
    const stored = await first.waitForCase((item) => item.complaint.narrative === 'Watch stopped after two days');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(slow.waiting).toHaveLength(1);
    await first.stop();

    const second = await startTestApp({ storeUrl });
    apps.push(second);
    const review = await second.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'C0REVIEW' && JSON.stringify(call.args).includes(stored.id),
    );
    expect(JSON.stringify(review.args.blocks)).toContain(
      'analysed by rules: the bot restarted before the LLM answered',
    );
    await second.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && JSON.stringify(call.args).includes(stored.id),
    );
    slow.answer();
  });
});
