import type { Logger } from '@slack/bolt';
import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
  type WebClient,
} from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { buildDigestReport } from '../../src/digest/build-digest-report.ts';
import { createDigestPoster, digestJob, isPassingFailure } from '../../src/digest/post-digest.ts';
import { isUnfinished, nextUnposted } from '../../src/digest/post-slot-part.ts';
import type { Case } from '../../src/domain/case.ts';
import type { DigestReport } from '../../src/domain/digest-report.ts';
import type { PostJob } from '../../src/domain/post-job.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import type { Stores } from '../../src/store/case-store.ts';
import type { DigestRecord } from '../../src/store/digest-store.ts';
import { makeCase } from '../store/case-fixtures.ts';

/**
 * Sharp tests for the guards of post-digest.ts (issue 17): which Slack failures are worth a retry, which
 * part comes next, and a part posted once however often its job runs.
 */
const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const SLOT = '2026-11-22T00:30:00.000Z';
const CLOCK = new Date('2026-11-22T00:31:00.000Z');

const platform = (error: string) => new WebAPIPlatformError({ ok: false, error });
const http = (status: number) => new WebAPIHTTPError(status, 'status', {});

describe('which failures are worth a retry', () => {
  it('when Slack is rate limited, unreachable, failing (429, 5xx) or says it is, then yes', () => {
    const passing = [
      new WebAPIRateLimitedError(3),
      new WebAPIRequestError(new Error('socket hang up')),
      http(429),
      http(500),
      http(503),
      ...['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout'].map(platform),
      new Error('a bug of our own'),
      'not even an error',
    ];
    expect(passing.map(isPassingFailure)).toEqual(passing.map(() => true));
  });

  it('when the request itself is wrong (a 4xx but 429, or a platform error about the request), then no', () => {
    const failing = [
      http(400),
      http(404),
      http(428),
      http(430),
      http(499),
      platform('message_not_found'),
      platform('not_in_channel'),
    ];
    expect(failing.map(isPassingFailure)).toEqual(failing.map(() => false));
  });
});

function record(posted: Record<string, string>, partCount?: number): DigestRecord {
  return { version: 0, report: {} as DigestReport, posted, ...(partCount === undefined ? {} : { partCount }) };
}

describe('which part comes next', () => {
  it('when parts are posted in order, then the next is the first one missing', () => {
    expect(nextUnposted(record({}))).toBe(0);
    expect(nextUnposted(record({ 0: 'a', 1: 'b' }))).toBe(2);
    expect(nextUnposted(record({ 0: 'a', 2: 'c' }))).toBe(1);
  });

  it('when the part count is known, then a digest is unfinished until every part is posted', () => {
    expect(isUnfinished(record({}, 2))).toBe(true);
    expect(isUnfinished(record({ 0: 'a' }, 2))).toBe(true);
    expect(isUnfinished(record({ 0: 'a', 1: 'b' }, 2))).toBe(false);
  });

  it('when the part count is not known (an older record), then only a digest with nothing posted is unfinished', () => {
    expect(isUnfinished(record({}))).toBe(true);
    expect(isUnfinished(record({ 0: 'a' }))).toBe(false);
  });

  it('when a part’s job is made, then its id, case id and index name the slot and the part', () => {
    expect(digestJob(SLOT, 2, CLOCK)).toEqual({
      id: `digest:${SLOT}:2`,
      caseId: `digest:${SLOT}`,
      kind: 'digest-post',
      dueAt: CLOCK.toISOString(),
      attempts: 0,
      eventIndex: 2,
    });
  });
});

/** A report of `count` cases filed in the period, each posted in the review channel, owned by two people. */
function reportOf(count: number): DigestReport {
  const filed: Case[] = Array.from({ length: count }, (_, index) => ({
    ...makeCase({ id: `C-D${index}`, owner: index % 2 === 0 ? 'U_EVEN' : 'U_ODD', minute: index }),
    reviewPost: { channel: 'C_REVIEW', ts: `1700000000.00000${index}` },
  }));
  const slot = new Date(SLOT);
  return buildDigestReport({
    slot,
    from: new Date(slot.getTime() - 86_400_000),
    to: slot,
    now: slot,
    filed,
    notClosed: filed,
    policy,
  });
}

/** A digest poster over fakes: the stored record, Slack, the jobs queued and what was logged. */
function poster(report: DigestReport, options: { posted?: Record<string, string>; missing?: boolean } = {}) {
  let stored: DigestRecord | undefined = options.missing ? undefined : record({ ...options.posted });
  const calls: { method: string; args: unknown }[] = [];
  const marked: [string, number, string, number][] = [];
  const queued: PostJob[][] = [];
  const warnings: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const slack = {
    permalink: async (args: { channel: string; message_ts: string }) => ({
      permalink: `https://example.slack.com/archives/${args.channel}/p${args.message_ts}`,
    }),
    postTs: 'TS1' as string | undefined,
    fileId: 'F1' as string | undefined,
  };
  const client = {
    chat: {
      getPermalink: async (args: { channel: string; message_ts: string }) => {
        calls.push({ method: 'chat.getPermalink', args });
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
        return slack.permalink(args);
      },
      postMessage: async (args: unknown) => {
        calls.push({ method: 'chat.postMessage', args });
        return { ok: true, ts: slack.postTs };
      },
    },
    filesUploadV2: async (args: unknown) => {
      calls.push({ method: 'filesUploadV2', args });
      return { ok: true, files: [{ files: slack.fileId ? [{ id: slack.fileId }] : [] }] };
    },
  };
  const stores = {
    digests: {
      get: async (slot: string) => (slot === SLOT ? stored : undefined),
      markPosted: async (slot: string, index: number, ref: string, partCount: number) => {
        marked.push([slot, index, ref, partCount]);
        if (!stored) throw new Error('no record');
        stored = { ...stored, posted: { ...stored.posted, [index]: ref }, partCount };
        return stored;
      },
    },
  };
  const logger = { warn: (message: string) => warnings.push(message) } as unknown as Logger;
  if (stored) stored = { ...stored, report };
  const names: string[] = [];
  const run = createDigestPoster({
    stores: stores as unknown as Stores,
    client: client as unknown as WebClient,
    policy,
    channel: 'C_DIGEST',
    language: 'en',
    clock: () => CLOCK,
    logger,
    nameOf: async (userId) => {
      names.push(userId);
      if (userId === 'U_ODD') throw new Error('users.info failed');
      return `name of ${userId}`;
    },
  });
  const job = (index: number) => digestJob(SLOT, index, CLOCK);
  const send = async (jobs: readonly PostJob[]) => {
    queued.push([...jobs]);
  };
  return {
    post: (index: number) => run(job(index), send),
    calls,
    marked,
    queued,
    warnings,
    names,
    slack,
    mostInFlight: () => mostInFlight,
    of: (method: string) => calls.filter((call) => call.method === method),
  };
}

describe('posting a digest part by part', () => {
  const report = reportOf(3);

  it('when the first part’s job runs, then it is posted to the digest channel unfurled nowhere, recorded, and the next part queued', async () => {
    const digest = poster(report);
    await digest.post(0);
    const [message] = digest.of('chat.postMessage');
    expect(message?.args).toMatchObject({ channel: 'C_DIGEST', unfurl_links: false, unfurl_media: false });
    const args = message?.args as { text: string; blocks: unknown[] };
    expect(args.text.length).toBeGreaterThan(0);
    expect(args.blocks.length).toBeGreaterThan(0);
    expect(digest.marked).toEqual([[SLOT, 0, 'TS1', digest.marked[0]?.[3]]]);
    const partCount = digest.marked[0]?.[3] ?? 0;
    expect(partCount).toBeGreaterThan(1);
    expect(digest.queued).toEqual([[digestJob(SLOT, 1, CLOCK)]]);
  });

  it('when a part already posted has its job run again, then it is not posted again, and the next part is queued', async () => {
    const digest = poster(report, { posted: { 0: 'TS0' } });
    await digest.post(0);
    expect(digest.of('chat.postMessage')).toEqual([]);
    expect(digest.marked).toEqual([]);
    expect(digest.queued).toEqual([[digestJob(SLOT, 1, CLOCK)]]);
  });

  it('when the last part’s job runs, then nothing more is queued; a job past the last part does nothing', async () => {
    const probe = poster(report);
    await probe.post(0);
    const partCount = probe.marked[0]?.[3] ?? 0;
    const digest = poster(report);
    await digest.post(partCount - 1);
    expect(digest.marked.map(([, index]) => index)).toEqual([partCount - 1]);
    expect(digest.queued).toEqual([]);
    const past = poster(report);
    await past.post(partCount);
    expect([past.of('chat.postMessage'), past.of('filesUploadV2'), past.marked, past.queued]).toEqual([[], [], [], []]);
  });

  it('when the chart part is posted, then the PNG goes to the digest channel named for the day, and its file id is recorded', async () => {
    const probe = poster(report);
    await probe.post(0);
    const partCount = probe.marked[0]?.[3] ?? 0;
    for (let index = 0; index < partCount; index++) {
      const digest = poster(report);
      await digest.post(index);
      const [upload] = digest.of('filesUploadV2');
      if (!upload) continue;
      expect(upload.args).toMatchObject({ channel_id: 'C_DIGEST', filename: `complaints-${report.today}.png` });
      expect(digest.marked).toEqual([[SLOT, index, 'F1', partCount]]);
      const nameless = poster(report);
      nameless.slack.fileId = undefined;
      await nameless.post(index);
      expect(nameless.marked).toEqual([[SLOT, index, 'uploaded', partCount]]);
      return;
    }
    throw new Error('no chart part');
  });

  it('when Slack answers a post without a ts, then the part is not recorded and the job fails', async () => {
    const digest = poster(report);
    digest.slack.postTs = undefined;
    await expect(digest.post(0)).rejects.toThrow('chat.postMessage returned no ts');
    expect([digest.marked, digest.queued]).toEqual([[], []]);
  });

  it('when the digest is not stored, then the job is dropped with a warning', async () => {
    const digest = poster(report, { missing: true });
    await digest.post(0);
    expect(digest.warnings).toEqual([`digest: ${SLOT} of job digest:${SLOT}:0 is not stored; dropping the job`]);
    expect([digest.calls, digest.queued]).toEqual([[], []]);
  });
});

/** Posts every part in turn, as the outbox would run the jobs each part queues. */
async function postAll(digest: ReturnType<typeof poster>): Promise<string> {
  await digest.post(0);
  for (let index = 1; index <= digest.queued.length; index++) await digest.post(index);
  return JSON.stringify(digest.of('chat.postMessage').map((call) => call.args));
}

describe('links and names in a digest', () => {
  it('when many posts are linked, then each is asked for once, at most eight at a time, and kept for the next part', async () => {
    const digest = poster(reportOf(11));
    const text = await postAll(digest);
    const asked = digest.of('chat.getPermalink').map((call) => (call.args as { message_ts: string }).message_ts);
    expect(asked.toSorted()).toEqual(Array.from({ length: 11 }, (_, index) => `1700000000.00000${index}`).toSorted());
    expect(digest.mostInFlight()).toBe(8);
    expect(digest.queued.length).toBeGreaterThan(1);
    expect(text).toContain('https://example.slack.com/archives/C_REVIEW/p1700000000.000003');
  });

  it('when Slack will not link a post, then it is warned about once and never asked for again', async () => {
    const digest = poster(reportOf(1));
    digest.slack.permalink = async () => {
      throw platform('message_not_found');
    };
    await digest.post(0);
    await digest.post(0);
    expect(digest.warnings).toEqual(['digest: no link to C_REVIEW/1700000000.000000: message_not_found']);
    expect(digest.of('chat.getPermalink')).toHaveLength(1);
    expect(digest.marked.map(([, index]) => index)).toEqual([0]);
  });

  it('when Slack is busy while links are asked for, then the job fails and nothing is posted', async () => {
    const digest = poster(reportOf(1));
    digest.slack.permalink = async () => {
      throw platform('ratelimited');
    };
    await expect(digest.post(0)).rejects.toThrow(WebAPIPlatformError);
    expect([digest.of('chat.postMessage'), digest.marked, digest.warnings]).toEqual([[], [], []]);
  });

  it('when owners are named, then each is asked for once, and one Slack will not name shows by id', async () => {
    const digest = poster(reportOf(4));
    const text = await postAll(digest);
    // Asked again for each part's job (names are not kept between jobs), never twice within one.
    expect(digest.names).toHaveLength(2 * (digest.queued.length + 1));
    expect(digest.names.slice(0, 2).toSorted()).toEqual(['U_EVEN', 'U_ODD']);
    expect(text).toContain('name of U_EVEN');
    expect(text).toContain('U_ODD');
    expect(text).not.toContain('name of U_ODD');
  });
});
