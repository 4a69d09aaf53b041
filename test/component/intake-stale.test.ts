import { afterEach, describe, expect, it } from 'vitest';
import { caseIdFor } from '../../src/complaints/file-complaint.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';
import { makeCase } from '../store/case-fixtures.ts';

// Issue 14: with several instances on one store, the one that acknowledged a complaint may die and never come
// back. Its held complaint must not wait for that instance's restart: any running instance files a complaint
// held for over five minutes, once, at the moment it was received.

let now = new Date('2026-12-07T03:00:00Z'); // 11:00 in Shanghai
const started: TestApp[] = [];
afterEach(async () => {
  for (const app of started.splice(0)) await app.stop({ keepStore: false });
});

function heldBy(owner: string, id: string, receivedAt: Date) {
  const { complaint } = makeCase({ id: 'C-ANY' });
  return { version: 0, id, complaint, owner, receivedAt: receivedAt.toISOString() };
}

describe('complaints held by an instance that died', () => {
  it('when a held complaint is over five minutes old, then a running instance files it once, as received, and lets it go; a younger one waits', async () => {
    now = new Date('2026-12-07T03:00:00Z');
    const app = await startTestApp({ clock: () => now });
    started.push(app);
    // Held by another instance after this one started, which then died.
    const old = new Date(now.getTime() - 6 * 60_000);
    const young = new Date(now.getTime() - 60_000);
    await app.stores.intake.hold(heldBy('U_STAFF', 'VDEAD1', old));
    await app.stores.intake.hold(heldBy('U_STAFF', 'VDEAD2', young));

    expect(await app.running.refileStaleHeld()).toBe(1);
    const filed = await app.stores.cases.get(caseIdFor('VDEAD1'));
    expect(filed?.createdAt).toBe(old.toISOString());
    expect(await app.stores.cases.get(caseIdFor('VDEAD2'))).toBeUndefined();
    expect((await app.stores.intake.heldBefore(new Date(8.64e15), 10)).map((held) => held.id)).toEqual(['VDEAD2']);
    const reviewPosts = () =>
      app.slack
        .callsOf('chat.postMessage')
        .filter((call) => call.args.channel === REVIEW_CHANNEL && JSON.stringify(call.args).includes(`#${filed?.id}`));
    await app.slack.waitFor('chat.postMessage', (call) => reviewPosts().includes(call));

    // A second sweep finds nothing more to file; five minutes on, the younger one is filed too.
    expect(await app.running.refileStaleHeld()).toBe(0);
    now = new Date(now.getTime() + 5 * 60_000);
    expect(await app.running.refileStaleHeld()).toBe(1);
    expect((await app.stores.cases.get(caseIdFor('VDEAD2')))?.createdAt).toBe(young.toISOString());
    expect(await app.stores.intake.heldBefore(new Date(8.64e15), 10)).toEqual([]);
    expect(reviewPosts()).toHaveLength(1);
  });
});
