import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALLBACK } from '../../src/blocks/ids.ts';
import { checkBlockLimits } from '../../src/blocks/limits.ts';
import type { Case } from '../../src/domain/case.ts';
import { viewSubmission } from '../helpers/complaint-payloads.ts';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.ts';
import { movableClock } from '../helpers/movable-clock.ts';
import { runCli } from '../helpers/run-cli.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

const DIGEST_CHANNEL = 'C0DIGEST';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// The store's zone is Asia/Shanghai (UTC+8): times below are UTC.

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
const select = (value: string) => ({
  value: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } },
});

/** Files a complaint through the real form and waits until its review post is recorded on the case. */
async function fileComplaint(app: TestApp, viewId: string, narrative: string, store: string): Promise<Case> {
  await app.interact(
    viewSubmission(
      CALLBACK.complaintForm,
      {
        narrative: text(narrative),
        customerWords: text('别废话,马上给我换!'),
        category: select('jewellery'),
        store: text(store),
      },
      { viewId, privateMetadata: JSON.stringify({ channel: 'C_STORE' }) },
    ),
  );
  return app.waitForCase((record) => record.reviewPost !== null && record.complaint.narrative === narrative);
}

const digestPosts = (slack: FakeSlackApi) =>
  slack.callsOf('chat.postMessage').filter((call) => call.args.channel === DIGEST_CHANNEL);
const headers = (calls: RecordedCall[]) =>
  calls.filter((call) => JSON.stringify(call.args.blocks ?? []).includes('"type":"header"'));
const allText = (calls: RecordedCall[]) => calls.map((call) => JSON.stringify(call.args.blocks)).join('\n');

const ENV = { DIGEST_CHANNEL, STORES: '' };
const started: TestApp[] = [];
const slacks: FakeSlackApi[] = [];
afterEach(async () => {
  for (const app of started.splice(0)) await app.stop({ keepStore: false }).catch(() => undefined);
  for (const slack of slacks.splice(0)) await slack.stop();
});
async function start(options: Parameters<typeof startTestApp>[0]): Promise<TestApp> {
  const app = await startTestApp(options);
  started.push(app);
  return app;
}
async function fakeSlack(): Promise<FakeSlackApi> {
  const slack = await new FakeSlackApi().start();
  slacks.push(slack);
  return slack;
}

describe('the morning digest', () => {
  it('when the slot comes, then one digest goes to DIGEST_CHANNEL: counts, a line per case linked to its post, contacts masked, and the chart uploaded as a PNG', async () => {
    const time = movableClock('2026-12-01T02:00:00Z'); // 10:00 in Shanghai
    const app = await start({ clock: time.clock, env: ENV });
    const first = await fileComplaint(app, 'VDIG1', '项链掉了两颗钻,顾客电话13812345678', '黄兴店');
    await fileComplaint(app, 'VDIG2', 'Watch stopped after a week', 'Wuyi Road');
    await fileComplaint(app, 'VDIG3', '耳环的钩子断了', '黄兴店');

    time.set('2026-12-02T00:30:02Z'); // 08:30:02 the next morning
    const outcome = await app.running.digest.runDue();
    expect(outcome.kind).toBe('posted');

    const posts = digestPosts(app.slack);
    expect(headers(posts)).toHaveLength(1);
    const body = allText(posts);
    expect(body).toContain('Morning digest 2026-12-02');
    expect(body).toContain('New complaints: 3');
    // Counts by store, most first, with the numbers in text (and the label the chart draws a Chinese name as).
    expect(body).toMatch(/By store\*\\n黄兴店 \[S1\] {2}\*2\*\\nWuyi Road {2}\*1\*/);
    expect(body).toContain('By temperament');
    expect(body).toContain('By cause');
    // Each case links to its review post through the permalink Slack gave.
    const permalink = `https://example.slack.com/archives/${REVIEW_CHANNEL}/p${first.reviewPost?.ts.replace('.', '')}`;
    expect(body).toContain(`<${permalink}|${first.id}>`);
    expect(app.slack.callsOf('chat.getPermalink').length).toBeGreaterThanOrEqual(3);
    expect(body).toContain('138****5678');
    expect(body).not.toContain('13812345678');
    for (const post of posts) {
      expect(checkBlockLimits(post.args.blocks as never[], 'message')).toEqual([]);
    }

    // The chart: uploaded through the files upload API into the digest channel, with its numbers in text.
    const complete = await app.slack.waitFor('files.completeUploadExternal');
    expect(complete.args.channel_id).toBe(DIGEST_CHANNEL);
    expect(complete.args.initial_comment).toBe(
      'Wuyi Road · Jewellery (stone-set accessories): 1; 黄兴店 [S1] · Jewellery (stone-set accessories): 2',
    );
    const [fileId] = (complete.args.files as { id: string }[]).map((file) => file.id);
    const png = app.slack.uploads.get(fileId ?? '');
    expect(png?.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png?.length).toBeGreaterThan(2000);

    // The case lines come after the chart, so the counts and the chart read together.
    const order = app.slack.calls
      .filter((call) => call.method === 'files.completeUploadExternal' || digestPosts(app.slack).includes(call))
      .map((call) => call.method);
    expect(order).toEqual(['chat.postMessage', 'files.completeUploadExternal', 'chat.postMessage']);
  });

  it('when owners are listed, then each shows by the name they go by in Slack (escaped, no ping), or by id when Slack will not say', async () => {
    const time = movableClock('2026-12-01T02:00:00Z');
    const slack = await fakeSlack();
    slack.names.set('U_STAFF', 'Li Na <!channel>');
    slack.refuse('users.info', 'user_not_found', (args) => args.user === 'U_OTHER');
    const app = await start({ clock: time.clock, env: ENV, slack });
    await fileComplaint(app, 'VNAME1', 'Bracelet clasp broke', 'Wuyi Road');
    await app.interact(
      viewSubmission(
        CALLBACK.complaintForm,
        { narrative: text('Pendant chain snapped'), customerWords: text('Fix it'), category: select('jewellery') },
        { viewId: 'VNAME2', user: 'U_OTHER', privateMetadata: JSON.stringify({ channel: 'C_STORE' }) },
      ),
    );
    await app.waitForCase((record) => record.reviewPost !== null, 'U_OTHER');

    time.set('2026-12-02T00:30:02Z');
    expect((await app.running.digest.runDue()).kind).toBe('posted');
    const body = allText(digestPosts(slack));
    expect(body).toContain('Still open');
    expect(body).toContain('owner Li Na &lt;!channel&gt;');
    expect(body).not.toContain('owner U_STAFF');
    expect(body).not.toContain('<!channel>');
    expect(body).toContain('owner U_OTHER');
  });

  it('when Slack will not link one review post (message_not_found), then the digest is still posted, that case shown by its id unlinked', async () => {
    const time = movableClock('2026-12-01T02:00:00Z');
    const app = await start({ clock: time.clock, env: ENV });
    const gone = await fileComplaint(app, 'VLINK1', 'Bracelet clasp broke', 'Wuyi Road');
    const kept = await fileComplaint(app, 'VLINK2', 'Pendant scratched', 'Wuyi Road');
    app.slack.refuse('chat.getPermalink', 'message_not_found', (args) => args.message_ts === gone.reviewPost?.ts);

    time.set('2026-12-02T00:30:02Z');
    expect((await app.running.digest.runDue()).kind).toBe('posted');
    await app.running.delivery.deliverDue({ all: true });

    const body = allText(digestPosts(app.slack));
    expect(headers(digestPosts(app.slack))).toHaveLength(1);
    expect(body).toContain(
      `<https://example.slack.com/archives/${REVIEW_CHANNEL}/p${kept.reviewPost?.ts.replace('.', '')}|${kept.id}>`,
    );
    expect(body).toContain(`• ${gone.id} Wuyi Road`);
    expect(body).not.toContain(`|${gone.id}>`);
    // Every part went out: nothing left in the outbox for this digest.
    const record = await app.stores.digests.get('2026-12-02T00:30:00.000Z');
    expect(Object.keys(record?.posted ?? {}).length).toBe(3);
  });

  it('when Slack is rate limited while links are asked for, then the part stays queued and goes out once Slack answers', async () => {
    const time = movableClock('2026-12-01T02:00:00Z');
    const app = await start({ clock: time.clock, env: ENV });
    await fileComplaint(app, 'VLINK3', 'Chain too short', 'Wuyi Road');
    app.slack.fail('chat.getPermalink', 429, 1, 1);

    time.set('2026-12-02T00:30:02Z');
    await app.running.digest.runDue();
    expect(headers(digestPosts(app.slack))).toHaveLength(0);
    time.set('2026-12-02T00:45:00Z');
    await app.running.delivery.deliverDue({ all: true });
    expect(headers(digestPosts(app.slack))).toHaveLength(1);
  });

  it('when two instances share a store and the slot fires on both, then exactly one digest is posted; a restart posts none again', async () => {
    const time = movableClock('2026-12-01T02:00:00Z');
    const slack = await fakeSlack();
    const first = await start({ clock: time.clock, env: ENV, slack });
    const second = await start({ clock: time.clock, env: ENV, slack, storeUrl: first.storeUrl });
    await fileComplaint(first, 'VPAIR1', 'Ring plating wore off', 'Wuyi Road');

    time.set('2026-12-02T00:30:00Z');
    const outcomes = await Promise.all([first.running.digest.runDue(), second.running.digest.runDue()]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['already-claimed', 'posted']);
    await first.running.delivery.deliverDue();
    await second.running.delivery.deliverDue();
    expect(headers(digestPosts(slack))).toHaveLength(1);
    expect(slack.callsOf('files.completeUploadExternal')).toHaveLength(1);
    const partsPosted = digestPosts(slack).length;

    // A restart within the same slot finds it claimed: nothing new, also when the timer fires again.
    await second.stop();
    started.splice(started.indexOf(second), 1);
    time.set('2026-12-02T01:00:00Z');
    const again = await start({ clock: time.clock, env: ENV, slack, storeUrl: first.storeUrl });
    expect((await again.running.digest.runDue()).kind).toBe('already-claimed');
    expect(digestPosts(slack)).toHaveLength(partsPosted);
  });

  it('when the bot stops after parts went out but before their jobs were done, then a restart and the slot firing again post none of them twice', async () => {
    const time = movableClock('2026-12-01T02:00:00Z');
    const slack = await fakeSlack();
    const first = await start({ clock: time.clock, env: ENV, slack });
    await fileComplaint(first, 'VCRASH1', 'Ring plating wore off', 'Wuyi Road');
    // Each part is posted and recorded on the digest; then the process stops before the outbox hears the
    // job is done, so every digest job is still queued for the next start to run again.
    const complete = first.stores.outbox.complete.bind(first.stores.outbox);
    vi.spyOn(first.stores.outbox, 'complete').mockImplementation(async (id) => {
      if (id.startsWith('digest:')) throw new Error('the process stopped here');
      return complete(id);
    });

    time.set('2026-12-02T00:30:02Z');
    expect((await first.running.digest.runDue()).kind).toBe('posted');
    const slot = '2026-12-02T00:30:00.000Z';
    const digestJobs = async (app: TestApp) =>
      (await app.stores.outbox.due(new Date(8.64e15), 50)).filter((job) => job.caseId === `digest:${slot}`);
    expect((await digestJobs(first)).map((job) => job.id)).toEqual([
      `digest:${slot}:0`,
      `digest:${slot}:1`,
      `digest:${slot}:2`,
    ]);
    const posted = digestPosts(slack).length;
    expect(headers(digestPosts(slack))).toHaveLength(1);
    expect(slack.callsOf('files.completeUploadExternal')).toHaveLength(1);
    await first.stop();
    started.splice(started.indexOf(first), 1);

    // The restart runs every queued job again (and its catch-up finds the slot claimed); so does the timer.
    time.set('2026-12-02T00:40:00Z');
    const again = await start({ clock: time.clock, env: ENV, slack, storeUrl: first.storeUrl });
    expect((await again.running.digest.runDue()).kind).toBe('already-claimed');
    await again.running.delivery.deliverDue({ all: true });

    expect(digestPosts(slack)).toHaveLength(posted);
    expect(headers(digestPosts(slack))).toHaveLength(1);
    expect(slack.callsOf('files.completeUploadExternal')).toHaveLength(1);
    // The jobs ran to the end this time: nothing of this digest is left to post.
    expect(await digestJobs(again)).toEqual([]);
    expect(Object.keys((await again.stores.digests.get(slot))?.posted ?? {})).toEqual(['0', '1', '2']);
  });

  it('when the bot was down at the slot, then on start the missed digest is posted, marked late, covering everything since the previous one', async () => {
    const time = movableClock('2026-12-01T02:00:00Z');
    const slack = await fakeSlack();
    const app = await start({ clock: time.clock, env: ENV, slack });
    await fileComplaint(app, 'VLATE1', 'Bracelet clasp broke', 'Wuyi Road');
    time.set('2026-12-02T00:30:00Z');
    await app.running.digest.runDue();
    time.set('2026-12-02T03:00:00Z');
    const later = await fileComplaint(app, 'VLATE2', 'Necklace chain snapped', 'Wuyi Road');
    await app.stop();
    started.splice(started.indexOf(app), 1);

    // Down over the next morning's 08:30; back at 11:00.
    time.set('2026-12-03T03:00:00Z');
    const before = digestPosts(slack).length;
    await start({ clock: time.clock, env: ENV, slack, storeUrl: app.storeUrl });
    const late = digestPosts(slack).slice(before);
    expect(headers(late)).toHaveLength(1);
    const body = allText(late);
    expect(body).toContain('Morning digest 2026-12-03 (late: due 08:30)');
    expect(body).toContain('2026-12-02 08:30 – 2026-12-03 08:30');
    expect(body).toContain(later.id);
    expect(body).toContain('Necklace chain snapped');
    expect(body).not.toContain('Bracelet clasp broke');
  });

  it('when the dry run previews the first digest, then the bot posts that slot when it comes, with that period and those cases', async () => {
    const time = movableClock('2026-12-01T02:00:00Z'); // 10:00 in Shanghai on the bot's first day: no digest yet
    const app = await start({ clock: time.clock, env: ENV });
    const ring = await fileComplaint(app, 'VNEXT1', 'Ring resized too small', 'Wuyi Road');
    const bangle = await fileComplaint(app, 'VNEXT2', '手镯有划痕', '黄兴店');

    // 15:00: today's 08:30 has passed, so the next digest is tomorrow's, the first, covering both cases.
    const cliEnv = { STORE_URL: app.storeUrl, DEFAULT_LOCALE: 'en', DIGEST_CHANNEL };
    const preview = await runCli('src/cli/digest.ts', ['--dry-run', '--at', '2026-12-01T07:00:00Z'], undefined, cliEnv);
    expect(preview.stderr).toBe('');
    expect(preview.stdout).toContain('Next digest: 2026-12-02 08:30 (Asia/Shanghai), posted by the bot at that time');
    expect(preview.stdout).toContain('Covers: 2026-12-01 08:30 – 2026-12-02 08:30: the first digest');
    expect(preview.stdout).toContain('Morning digest 2026-12-02\n');
    expect(preview.stdout).toContain('New complaints: 2');
    expect(preview.stdout).toContain(ring.id);
    expect(preview.stdout).toContain(bangle.id);

    // A restart posts nothing (a first start never does); the slot firing posts what the preview showed.
    expect((await app.running.digest.runDue({ catchUp: true })).kind).toBe('nothing-due');
    time.set('2026-12-02T00:30:02Z');
    const outcome = await app.running.digest.runDue();
    expect(outcome.kind === 'posted' && outcome.report.slot).toBe('2026-12-02T00:30:00.000Z');
    const body = allText(digestPosts(app.slack));
    expect(body).toContain('Morning digest 2026-12-02');
    expect(body).toContain('Period: 2026-12-01 08:30 – 2026-12-02 08:30 (Asia/Shanghai)');
    expect(body).toContain('New complaints: 2');
    expect(body).toContain(ring.id);
    expect(body).toContain(bangle.id);
  });

  it('when nothing happened since the previous digest, then the digest is one line saying so', async () => {
    const time = movableClock('2026-12-02T00:31:00Z');
    const app = await start({ clock: time.clock, env: ENV });
    await app.running.digest.runDue();
    const posts = digestPosts(app.slack);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.text).toBe(
      'Morning digest 2026-12-02: no complaints since 2026-12-01 08:30 and nothing waiting.',
    );
    expect(posts[0]?.args.blocks).toHaveLength(1);
    expect(app.slack.callsOf('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('when Slack fails while the digest is posted, then it stays queued and is posted once when Slack is back', async () => {
    const time = movableClock('2026-12-02T00:31:00Z');
    const slack = await fakeSlack();
    slack.fail('chat.postMessage', 503, 1);
    const app = await start({ clock: time.clock, env: { ...ENV, DEFAULT_LOCALE: 'zh-CN' }, slack });
    await app.running.digest.runDue();
    expect(digestPosts(slack)).toHaveLength(1); // the failed try
    time.set('2026-12-02T00:45:00Z');
    await app.running.delivery.deliverDue();
    const posts = digestPosts(slack);
    expect(posts).toHaveLength(2);
    expect(posts[1]?.args.text).toBe('晨会简报 2026-12-02:自 2026-12-01 08:30 以来没有新投诉,也没有待办事项。');
    await app.running.delivery.deliverDue({ all: true });
    expect(digestPosts(slack)).toHaveLength(2);
  });

  it('when DIGEST_CRON fires, then the bot posts the digest by itself', async () => {
    // Every second, on the real clock: the first firing after start posts a digest.
    const app = await start({ env: { ...ENV, DIGEST_CRON: '* * * * * *' } });
    const posted = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === DIGEST_CHANNEL, 4000);
    expect(String(posted.args.text)).toMatch(/^Morning digest \d{4}-\d{2}-\d{2}: no complaints since/);
  });
});
