import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisInput, ComplaintAnalyser } from '../../src/analysis/analyser.ts';
import { analyseWithRules } from '../../src/analysis/rules-analyser.ts';
import type { Analysis } from '../../src/domain/analysis.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

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

  it('when Slack retries the submission seconds later while the analysis runs, then nothing goes out early, and each post goes out once with the full analysis', async () => {
    const slow = slowAnalyser();
    const app = await startTestApp({ analyser: slow.analyser });
    apps.push(app);
    const submission = complaintForm('Brooch pin bent on day one', 'Sort it out now!', { viewId: 'VSLOW_RETRY' });
    const sentAt = Math.floor(Date.now() / 1000) - 5;
    await app.interact(submission, { timestamp: sentAt });
    const stored = await app.waitForCase((item) => item.complaint.narrative === 'Brooch pin bent on day one');

    // Slack gives up waiting and sends it again, five seconds on and signed afresh.
    expect((await app.interact(submission, { timestamp: sentAt + 5, retryNum: 1 })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postsAbout(app, stored.id)).toHaveLength(0);
    expect(slow.waiting).toHaveLength(1);

    slow.answer();
    await app.waitForCase((item) => item.id === stored.id && item.reviewPost !== null);
    const dm = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && JSON.stringify(call.args).includes(stored.id),
    );
    expect(JSON.stringify(dm.args.blocks)).toContain('analysed by LLM (slow-model');
    await new Promise((resolve) => setTimeout(resolve, 300));
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

describe('filing the same submission again', () => {
  it('when the first submission stopped after storing the case but before queuing its posts, then the retry posts them at once', async () => {
    const app = await startTestApp();
    apps.push(app);
    const enqueue = app.stores.outbox.enqueue.bind(app.stores.outbox);
    const stopped = vi.spyOn(app.stores.outbox, 'enqueue').mockRejectedValue(new Error('the process stopped here'));
    const submission = complaintForm('Cufflink lost its stone', 'Please fix it.', { viewId: 'VSTOP_QUEUE' });
    const sentAt = Math.floor(Date.now() / 1000) - 5;
    await app.interact(submission, { timestamp: sentAt });
    const stored = await app.waitForCase((item) => item.complaint.narrative === 'Cufflink lost its stone');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stopped).toHaveBeenCalled();
    expect(postsAbout(app, stored.id)).toHaveLength(0);
    stopped.mockImplementation(enqueue);

    await app.interact(submission, { timestamp: sentAt + 5, retryNum: 1 });
    // Well before the outbox's next round (15 s): the retry itself sends them.
    const review = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'C0REVIEW' && JSON.stringify(call.args).includes(stored.id),
      3000,
    );
    expect(JSON.stringify(review.args.blocks)).toContain('Cufflink lost its stone');
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && JSON.stringify(call.args).includes(stored.id),
      3000,
    );
    expect(postsAbout(app, stored.id)).toHaveLength(2);
  });
});
