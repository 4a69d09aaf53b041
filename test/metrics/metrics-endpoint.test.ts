import { afterEach, describe, expect, it } from 'vitest';
import { compensationForm, complaintForm } from '../helpers/complaint-payloads.ts';
import { closedPort } from '../helpers/run-bot.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 12, "Operating it": GET /metrics in the Prometheus text format, wherever /healthz is served.

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop({ keepStore: false });
});

async function start(env: Record<string, string> = {}, clock?: () => Date): Promise<TestApp> {
  const app = await startTestApp({ env, ...(clock ? { clock } : {}) });
  apps.push(app);
  return app;
}

async function scrape(url: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** The value of one sample line (`name{labels} value`), or undefined when the line is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** Scrapes until `series` reaches `value` (the outbox posts just after the acknowledgement), or gives up after 5 s. */
async function scrapeUntil(url: string, series: string, value: number): Promise<string> {
  for (let tries = 0; tries < 250; tries++) {
    const { text } = await scrape(url);
    if (sample(text, series) === value) return text;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${series} did not reach ${value}`);
}

describe('GET /metrics in HTTP mode', () => {
  it('when a complaint is filed (its form sent twice) and needs approval, then acks are timed by kind, one case counts as filed and one approval as pending', async () => {
    const app = await start();
    const metricsUrl = app.url.replace('/slack/events', '/metrics');
    const before = await scrape(metricsUrl);
    expect(before.status).toBe(200);
    expect(before.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(before.text, 'complaint_desk_cases_filed_total')).toBe(0);
    expect(sample(before.text, 'complaint_desk_approvals_pending')).toBe(0);

    await app.command('');
    const form = complaintForm('Bracelet clasp broke after two days', 'I want it fixed.', { viewId: 'VMETRICS1' });
    await app.interact(form);
    const record = await app.waitForCase((item) => item.reviewPost !== null);
    // The same form again (a Slack retry): acknowledged again, but no second case.
    await app.interact(form);
    // 200 of compensation is beyond staff's limit: a request awaits a manager.
    await app.interact(compensationForm(record.id, 'compensation', '200', 'Customer insists on 200', 'U_STAFF'));
    await app.waitForCase((item) => item.status === 'awaiting-approval');
    // The awaiting-approval list is written just after the case itself.
    while ((await app.stores.cases.listAwaitingApproval(10)).length === 0) await new Promise((r) => setTimeout(r, 20));

    const after = (await scrape(metricsUrl)).text;
    expect(sample(after, 'complaint_desk_cases_filed_total')).toBe(1);
    expect(sample(after, 'complaint_desk_ack_duration_seconds_count{kind="command"}')).toBe(1);
    expect(sample(after, 'complaint_desk_ack_duration_seconds_count{kind="view_submission"}')).toBe(3);
    // Every ack is within Slack's 3 s here, so it is in the 3 s bucket.
    expect(sample(after, 'complaint_desk_ack_duration_seconds_bucket{le="3",kind="view_submission"}')).toBe(3);
    expect(sample(after, 'complaint_desk_approvals_pending')).toBe(1);
    expect(after).toMatch(/^# TYPE complaint_desk_llm_requests_total counter$/m);
    expect(after).toMatch(/^# TYPE complaint_desk_digest_runs_total counter$/m);
  });

  it('when a review post goes out, fails once and is then refused for good, then it counts as sent, retried and dead', async () => {
    const app = await start();
    const metricsUrl = app.url.replace('/slack/events', '/metrics');
    const toReview = (args: Record<string, unknown>) => args.channel === 'C0REVIEW';
    await app.interact(complaintForm('Watch strap broke', 'Fix it.', { viewId: 'VMETRICSSENT' }));
    await scrapeUntil(metricsUrl, 'complaint_desk_posts_sent_total{kind="review-post"}', 1);

    app.slack.fail('chat.postMessage', 500, 1, undefined, toReview);
    await app.interact(complaintForm('Ring resized wrong', 'Redo it.', { viewId: 'VMETRICSRETRY' }));
    await scrapeUntil(metricsUrl, 'complaint_desk_posts_retried_total{kind="review-post"}', 1);

    app.slack.refuse('chat.postMessage', 'not_in_channel', toReview);
    await app.interact(complaintForm('Earring lost a stone', 'Replace it.', { viewId: 'VMETRICSDEAD' }));
    await scrapeUntil(metricsUrl, 'complaint_desk_posts_dead_total{kind="review-post"}', 1);
  });

  it('when the morning digest runs for its slot, then it counts once; running the same slot again does not count', async () => {
    // 09:00 in the policy's zone (Asia/Shanghai): the 08:30 slot is due.
    const app = await start({ DIGEST_CHANNEL: 'C0DIGEST' }, () => new Date('2026-12-02T01:00:00Z'));
    const metricsUrl = app.url.replace('/slack/events', '/metrics');
    expect((await app.running.digest.runDue()).kind).toBe('posted');
    expect(sample((await scrape(metricsUrl)).text, 'complaint_desk_digest_runs_total')).toBe(1);
    expect((await app.running.digest.runDue()).kind).toBe('already-claimed');
    expect(sample((await scrape(metricsUrl)).text, 'complaint_desk_digest_runs_total')).toBe(1);
  });

  it('when HEALTH_PORT is set, then /metrics is served there too (as in Socket Mode), beside /healthz', async () => {
    const healthPort = await closedPort();
    await start({ HEALTH_PORT: String(healthPort) });
    const scraped = await scrape(`http://127.0.0.1:${healthPort}/metrics`);
    expect(scraped.status).toBe(200);
    expect(scraped.text).toMatch(/^# TYPE complaint_desk_ack_duration_seconds histogram$/m);
  });

  it('when METRICS=off, then /metrics is not served at all', async () => {
    const healthPort = await closedPort();
    const app = await start({ METRICS: 'off', HEALTH_PORT: String(healthPort) });
    expect((await fetch(app.url.replace('/slack/events', '/metrics'))).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${healthPort}/metrics`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${healthPort}/healthz`)).status).toBe(200);
  });
});
