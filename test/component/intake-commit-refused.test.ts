import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { caseIdFor } from '../../src/complaints/file-complaint.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 13: the forms submitted together have their complaints held before they close, their writes sharing
// the disk's syncs off the main thread. When the store refuses those writes, every one of those forms stays
// open with the inline error and everything typed (nothing acknowledged, nothing held, nothing posted);
// submitted again, each is filed once.

const apps: TestApp[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop().catch(() => undefined);
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const NOT_SAVED =
  'Your complaint could not be saved: the case records cannot be written just now. Everything you typed is still here; press Analyse again in a moment, and tell your manager if it keeps failing.';

describe('forms submitted together when the store refuses to hold them', () => {
  it('when the store refuses their writes, then each form gets the inline error, nothing is held or posted, and each is filed once when submitted again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-refused-'));
    dirs.push(dir);
    const path = join(dir, 'cases.sqlite');
    const app = await startTestApp({ storeUrl: `sqlite://${path}` });
    apps.push(app);
    // From outside, as a full disk would: every held complaint refused, the rest of the store readable.
    const other = new DatabaseSync(path);
    other.exec(`CREATE TRIGGER refuse BEFORE INSERT ON keyv WHEN NEW.key LIKE '%:intake:%'
      BEGIN SELECT RAISE(ABORT, 'the disk refused'); END`);
    const ids = ['VREFUSED1', 'VREFUSED2', 'VREFUSED3', 'VREFUSED4'];
    const submit = (id: string) => app.interact(complaintForm(`Chain snapped ${id}`, 'Replace it now', { viewId: id }));

    const refused = await Promise.all(ids.map(submit));
    for (const answer of refused) {
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ response_action: 'errors', errors: { narrative: NOT_SAVED } });
    }
    expect(await app.stores.intake.heldBefore(new Date(8.64e15), 10)).toEqual([]);

    other.exec('DROP TRIGGER refuse');
    other.close();
    const accepted = await Promise.all(ids.map(submit));
    for (const answer of accepted) {
      expect(answer.status).toBe(200);
      expect(answer.json).toBeUndefined();
    }
    for (const id of ids) {
      await app.waitForCase((item) => item.id === caseIdFor(id) && item.reviewPost !== null);
    }
    const reviews = app.slack
      .callsOf('chat.postMessage')
      .filter((call) => call.args.channel === REVIEW_CHANNEL && !call.args.thread_ts);
    // One review post each, and only for the second submits.
    expect(reviews).toHaveLength(ids.length);
    // Each let go once its case is stored (just after the post, at times).
    await expect.poll(() => app.stores.intake.heldBefore(new Date(8.64e15), 10), { interval: 50 }).toEqual([]);
  });
});
