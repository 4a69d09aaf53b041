import type { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jobFilename, type NoteTry, reconcilingClient, withPostMarkers } from '../../src/outbox/reconcile-post.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { appLikeClient } from './delivery-kit.ts';

// Issue 14, exactly once through a crash, for the one post that can carry no metadata: the digest's chart,
// a file shared into the channel. Its name carries the job, so a try after one that may have reached Slack
// finds the message sharing it and records that file instead of uploading and sharing it again. Here the
// earlier try's answer is lost as a crash would lose it: the fake Slack shares the file and holds its answer
// past the client's timeout.

const CHANNEL = 'C0DIGEST';
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');
let slack: FakeSlackApi;
/** A client that gives up on an answer after 300 ms: the file is shared, the bot never heard. */
let client: WebClient;
const warnings: string[] = [];

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  client = reconcilingClient(appLikeClient(slack.url, 300), { warn: (line: string) => warnings.push(line) });
});
afterAll(async () => {
  await slack?.stop();
});
beforeEach(() => {
  slack.messages.length = 0;
  slack.calls.length = 0;
  warnings.length = 0;
});

/** The note an outbox job keeps of a try that may have reached Slack, as the store keeps it. */
function jobNotes(): NoteTry {
  let noted: string | undefined;
  return async (at) => {
    const earlier = noted;
    noted = at === undefined ? undefined : (earlier ?? at.toISOString());
    return earlier;
  };
}

function uploadChart(job: { id: string; caseId: string }, noteTry: NoteTry) {
  return withPostMarkers(job, noteTry, () =>
    client.filesUploadV2({
      channel_id: CHANNEL,
      file: PNG,
      filename: 'complaints-2026-12-07.png',
      title: 'Complaints by store',
      initial_comment: 'Chart of the period',
    }),
  );
}

const fileIdOf = (answer: unknown) =>
  (answer as { files?: { files?: { id?: string }[] }[] }).files?.[0]?.files?.[0]?.id;
const shares = () => slack.messages.filter((message) => message.channel === CHANNEL && message.files);

describe('a chart whose upload answer was lost', () => {
  it('when the next try runs, then it finds the shared file by its name and shares nothing more', async () => {
    const job = { id: 'digest:2026-12-07T00:30:00.000Z:1', caseId: 'digest:2026-12-07T00:30:00.000Z' };
    const notes = jobNotes();
    const held = slack.hold('files.completeUploadExternal');
    await expect(uploadChart(job, notes)).rejects.toThrow();
    await held.arrived;
    held.release();
    expect(shares()).toHaveLength(1);

    const answer = await uploadChart(job, notes);
    expect(slack.callsOf('files.completeUploadExternal')).toHaveLength(1);
    expect(slack.callsOf('files.getUploadURLExternal')).toHaveLength(1);
    expect(shares()).toHaveLength(1);
    expect(fileIdOf(answer)).toBe(shares()[0]?.files?.[0]?.id);
    // The name it was found by is the job's own: another job (another slot's chart) would not match it.
    expect(shares()[0]?.files?.[0]?.name).toBe(jobFilename('complaints-2026-12-07.png', job.id));
    expect(jobFilename('complaints-2026-12-07.png', 'digest:2026-12-07T09:00:00.000Z:1')).not.toBe(
      jobFilename('complaints-2026-12-07.png', job.id),
    );
    expect(warnings).toEqual([]);
  });

  it('when another job shared a chart of the same day, then this job still uploads its own', async () => {
    const other = { id: 'digest:2026-12-07T00:30:00.000Z:1', caseId: 'digest:2026-12-07T00:30:00.000Z' };
    await uploadChart(other, jobNotes());
    const job = { id: 'digest:2026-12-07T09:00:00.000Z:1', caseId: 'digest:2026-12-07T09:00:00.000Z' };
    const notes = jobNotes();
    // This job's first try failed after Slack may have had it (a 500), so its next try looks first.
    slack.fail('files.getUploadURLExternal', 500, 1);
    await expect(uploadChart(job, notes)).rejects.toThrow();
    await uploadChart(job, notes);
    expect(shares()).toHaveLength(2);
    expect(slack.callsOf('conversations.history').length).toBeGreaterThan(0);
  });

  it('when no earlier try reached Slack, then the upload goes straight out without a lookup', async () => {
    const job = { id: 'digest:2026-12-08T00:30:00.000Z:1', caseId: 'digest:2026-12-08T00:30:00.000Z' };
    await uploadChart(job, jobNotes());
    expect(shares()).toHaveLength(1);
    expect(slack.callsOf('conversations.history')).toEqual([]);
  });
});
