import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { caseIdFor, fileComplaint } from '../../src/complaints/file-complaint.ts';
import { ComplaintSchema } from '../../src/domain/complaint.ts';
import type { PostJob } from '../../src/domain/post-job.ts';
import type { PostDelivery } from '../../src/outbox/deliver-posts.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { openStores } from '../../src/store/open-stores.ts';

// Issue 13: the filing that follows a form's acknowledgement waits at its pauses, which the Slack app
// makes wait while the next requests await their acknowledgement.

let dir: string;
let stores: Stores;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-pause-'));
  stores = await openStores(`sqlite://${join(dir, 'cases.sqlite')}`, { log: () => undefined });
});
afterAll(async () => {
  await stores?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A delivery that records what it is asked to send, and awaits the filing's pause before each post as the outbox does. */
function recordingDelivery(sent: PostJob[]): PostDelivery {
  return {
    async send(jobs, options) {
      for (const job of jobs) {
        await options?.pause?.();
        sent.push(job);
      }
    },
    queue: async () => undefined,
    deliverDue: async () => undefined,
    start: () => undefined,
    stop: () => undefined,
  };
}

const turns = async (count: number) => {
  for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
};

describe('fileComplaint with a pause', () => {
  it('when the pause holds, then nothing is stored or posted; once it lets go, the case is stored and every post sent once', async () => {
    const sent: PostJob[] = [];
    const waiting: (() => void)[] = [];
    let quiet = false;
    const pause = () => (quiet ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve)));
    const filing = fileComplaint(
      {
        cases: stores.cases,
        delivery: recordingDelivery(sent),
        policy: await loadPolicy(DEFAULT_POLICY_PATH),
        analyser: createRulesAnalyser(),
        clock: () => new Date('2026-12-07T09:00:00Z'),
        defaultStore: 'Store 1',
        pause,
      },
      {
        complaint: ComplaintSchema.parse({
          narrative: 'The clasp broke on day two.',
          customerWords: 'Fix it today',
          category: 'jewellery',
        }),
        owner: 'U_STAFF',
        sourceId: 'V_PAUSED',
      },
    );
    while (waiting.length === 0) await turns(1);
    await turns(20);
    expect(waiting).toHaveLength(1);
    expect(await stores.cases.get(caseIdFor('V_PAUSED'))).toBeUndefined();
    expect(sent).toEqual([]);
    quiet = true;
    for (const resume of waiting.splice(0)) resume();
    const filed = await filing;
    expect(await stores.cases.get(filed.id)).toMatchObject({ id: caseIdFor('V_PAUSED'), owner: 'U_STAFF' });
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent.map((job) => job.id)).size).toBe(sent.length);
  });
});
