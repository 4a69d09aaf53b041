import { describe, expect, it } from 'vitest';
import type { ComplaintAnalyser } from '../../src/analysis/analyser.ts';
import type { Analysis } from '../../src/domain/analysis.ts';
import { meterAnalyser } from '../../src/metrics/metered-analyser.ts';
import { meterDigestRuns } from '../../src/metrics/metered-digests.ts';
import { createPrometheusMetrics } from '../../src/metrics/prometheus-metrics.ts';
import { requestKind } from '../../src/metrics/time-acks.ts';
import type { DigestStore } from '../../src/store/digest-store.ts';

const metrics = (pending = 0) => createPrometheusMetrics({ countPendingApprovals: async () => pending });

describe('the Prometheus registry', () => {
  it('when requests await approval, then the gauge reads the count at scrape time', async () => {
    expect(await metrics(3).render()).toMatch(/^complaint_desk_approvals_pending 3$/m);
  });

  it('when posts go out, are retried or die, then each is counted by kind of post', async () => {
    const registry = metrics();
    registry.postSent('review-post');
    registry.postSent('review-post');
    registry.postRetried('staff-analysis');
    registry.postDead('review-post');
    const text = await registry.render();
    expect(text).toMatch(/^complaint_desk_posts_sent_total\{kind="review-post"\} 2$/m);
    expect(text).toMatch(/^complaint_desk_posts_retried_total\{kind="staff-analysis"\} 1$/m);
    expect(text).toMatch(/^complaint_desk_posts_dead_total\{kind="review-post"\} 1$/m);
  });

  it("when only the bot's metrics are asked for, then Node's own are left out (tests build many apps)", async () => {
    expect(await metrics().render()).not.toMatch(/process_cpu/);
    const withProcess = createPrometheusMetrics({ countPendingApprovals: async () => 0, processMetrics: true });
    expect(await withProcess.render()).toMatch(/^# TYPE process_cpu_seconds_total counter$/m);
  });
});

describe('the LLM analyser, metered', () => {
  const analysed = (engine: Analysis['engine']) => ({ engine }) as Analysis;
  const fakeLlm = (results: Analysis[]): ComplaintAnalyser => ({
    name: 'llm',
    analyse: async () => results.shift() as Analysis,
    provisional: () => analysed(undefined),
  });
  const engine = { model: 'm', promptVersion: 'p', tokens: { input: 1, output: 1 }, adjustments: [] };

  it('when the model answers, an answer is cached and the rules stand in, then each outcome and the reason are counted and timed', async () => {
    const registry = metrics();
    let clock = 0;
    const metered = meterAnalyser(
      fakeLlm([
        analysed({ ...engine, cached: false }),
        analysed({ ...engine, cached: true }),
        analysed({ ...engine, cached: false, fallback: { reason: 'timeout', detail: 'no answer in 30 s' } }),
      ]),
      registry,
      () => (clock += 2000),
    );
    expect(metered.provisional).toBeDefined();
    for (let i = 0; i < 3; i++) await metered.analyse({} as never);
    const text = await registry.render();
    expect(text).toMatch(/^complaint_desk_llm_requests_total\{outcome="answered"\} 1$/m);
    expect(text).toMatch(/^complaint_desk_llm_requests_total\{outcome="cached"\} 1$/m);
    expect(text).toMatch(/^complaint_desk_llm_requests_total\{outcome="fallback"\} 1$/m);
    expect(text).toMatch(/^complaint_desk_llm_fallbacks_total\{reason="timeout"\} 1$/m);
    expect(text).toMatch(/^complaint_desk_llm_duration_seconds_sum\{outcome="answered"\} 2$/m);
  });

  it('when the analyser is the rules engine, then it is not wrapped (no LLM request to count)', () => {
    const rules: ComplaintAnalyser = { name: 'rules', analyse: async () => analysed(undefined) };
    expect(meterAnalyser(rules, metrics())).toBe(rules);
  });
});

describe('digest runs', () => {
  it('when a digest claims its slot, then it counts once; a slot another instance claimed does not count', async () => {
    const registry = metrics();
    const created = [true, false];
    const store = {
      claim: async () => ({ record: {}, created: created.shift() }),
      last: async () => undefined,
    } as unknown as DigestStore;
    const metered = meterDigestRuns(store, registry);
    await metered.claim({} as never);
    await metered.claim({} as never);
    expect(await metered.last()).toBeUndefined();
    expect(await registry.render()).toMatch(/^complaint_desk_digest_runs_total 1$/m);
  });
});

describe('the kind of request an ack is timed under', () => {
  it('when Slack sends a command, an interaction or an event, then the kind is bounded to the known ones', () => {
    expect(requestKind({ command: '/complaint' })).toBe('command');
    expect(requestKind({ type: 'view_submission' })).toBe('view_submission');
    expect(requestKind({ type: 'event_callback' })).toBe('event');
    expect(requestKind({ type: 'made_up' })).toBe('other');
    expect(requestKind('ssl_check=1')).toBe('other');
  });
});
