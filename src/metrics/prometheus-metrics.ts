import type { ServerResponse } from 'node:http';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Metrics } from './metrics.ts';

/** The path Prometheus scrapes. */
export const METRICS_PATH = '/metrics';

export interface PrometheusMetrics extends Metrics {
  /** Answers a scrape: the text exposition format of every metric, pending approvals counted now. */
  answer(response: ServerResponse): void;
  /** The exposition text itself. */
  render(): Promise<string>;
}

export interface PrometheusOptions {
  /** Counts the requests awaiting a manager's decision, read from the store at each scrape. */
  countPendingApprovals: () => Promise<number>;
  /**
   * Node's own metrics too (CPU, memory, event loop delay, GC): on for the bot; off in tests, which build
   * many apps in one process and would each leave a GC observer behind.
   */
  processMetrics?: boolean;
}

/** Slack's deadline is 3 s; the buckets resolve the range an operator cares about below and around it. */
const ACK_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];
/** An LLM answer takes seconds; LLM_TIMEOUT_MS caps it (30 s by default). */
const LLM_BUCKETS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60];

/** The bot's metrics in a prom-client registry of their own (not the global one), served at /metrics. */
export function createPrometheusMetrics(options: PrometheusOptions): PrometheusMetrics {
  const registers = [new Registry()];
  const [registry] = registers as [Registry];
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  const acks = new Histogram({
    name: 'complaint_desk_ack_duration_seconds',
    help: 'Time from a Slack request reaching the app to its acknowledgement, by kind of request (its _count counts the acks)',
    labelNames: ['kind'],
    buckets: ACK_BUCKETS,
    registers,
  });
  const casesFiled = new Counter({ name: 'complaint_desk_cases_filed_total', help: 'New cases stored', registers });
  const postsSent = new Counter({
    name: 'complaint_desk_posts_sent_total',
    help: 'Queued posts that went out to Slack, by kind of post',
    labelNames: ['kind'],
    registers,
  });
  const postsRetried = new Counter({
    name: 'complaint_desk_posts_retried_total',
    help: 'Failed tries of queued posts that will be tried again, by kind of post',
    labelNames: ['kind'],
    registers,
  });
  const postsDead = new Counter({
    name: 'complaint_desk_posts_dead_total',
    help: 'Queued posts that failed for good and were kept as dead letters, by kind of post',
    labelNames: ['kind'],
    registers,
  });
  const llmRequests = new Counter({
    name: 'complaint_desk_llm_requests_total',
    help: 'Analyses asked of the LLM, by outcome: answered, cached (no request made) or fallback (to the rules)',
    labelNames: ['outcome'],
    registers,
  });
  const llmFallbacks = new Counter({
    name: 'complaint_desk_llm_fallbacks_total',
    help: 'Analyses where the rules stood in for the LLM, by reason (timeout, rate-limited, unreachable…)',
    labelNames: ['reason'],
    registers,
  });
  const llmSeconds = new Histogram({
    name: 'complaint_desk_llm_duration_seconds',
    help: 'Time an analysis asked of the LLM took, fallbacks included',
    labelNames: ['outcome'],
    buckets: LLM_BUCKETS,
    registers,
  });
  new Gauge({
    name: 'complaint_desk_approvals_pending',
    help: "Requests awaiting a manager's decision, read from the store at each scrape",
    registers,
    async collect() {
      this.set(await options.countPendingApprovals());
    },
  });
  const digestRuns = new Counter({
    name: 'complaint_desk_digest_runs_total',
    help: 'Morning digests that claimed their slot and went out',
    registers,
  });
  return {
    ackSent: (kind, seconds) => acks.observe({ kind }, seconds),
    caseFiled: () => casesFiled.inc(),
    postSent: (kind) => postsSent.inc({ kind }),
    postRetried: (kind) => postsRetried.inc({ kind }),
    postDead: (kind) => postsDead.inc({ kind }),
    llmAnalysed(outcome, seconds, fallbackReason) {
      llmRequests.inc({ outcome });
      llmSeconds.observe({ outcome }, seconds);
      if (outcome === 'fallback') llmFallbacks.inc({ reason: fallbackReason ?? 'other' });
    },
    digestRun: () => digestRuns.inc(),
    render: () => registry.metrics(),
    answer(response) {
      registry.metrics().then(
        (text) => {
          response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
          response.end(text);
        },
        (error: unknown) => {
          // A store that does not answer must not take the scrape down silently: Prometheus records the 500.
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(`metrics unavailable: ${error instanceof Error ? error.message : String(error)}\n`);
        },
      );
    },
  };
}
