import { afterEach, describe, expect, it } from 'vitest';
import { CALLBACK } from '../../src/blocks/ids.ts';
import { checkBlockLimits } from '../../src/blocks/limits.ts';
import { viewSubmission } from '../helpers/complaint-payloads.ts';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.ts';
import { movableClock } from '../helpers/movable-clock.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';
import { weeklyCase } from '../helpers/weekly-cases.ts';

// Issue 15, closing the loop: the weekly root-cause report goes to the review channel once per WEEKLY_CRON
// slot (default Monday 09:00 in the policy's Asia/Shanghai, 01:00 UTC), across restarts and instances.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SLOT = '2026-12-07T01:00:00.000Z';

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
const select = (value: string) => ({
  value: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } },
});

const weeklyPosts = (slack: FakeSlackApi) =>
  slack
    .callsOf('chat.postMessage')
    .filter(
      (call) => call.args.channel === REVIEW_CHANNEL && JSON.stringify(call.args.blocks ?? []).includes('root-cause'),
    );
const charts = (slack: FakeSlackApi) =>
  slack.callsOf('files.completeUploadExternal').filter((call) => JSON.stringify(call.args).includes('Pareto'));
const blocksText = (calls: RecordedCall[]) => calls.map((call) => JSON.stringify(call.args.blocks)).join('\n');

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
async function stop(app: TestApp): Promise<void> {
  await app.stop();
  started.splice(started.indexOf(app), 1);
}
async function fakeSlack(): Promise<FakeSlackApi> {
  const slack = await new FakeSlackApi().start();
  slacks.push(slack);
  return slack;
}

/** Cases of the week and the one before, and an improvement recorded three weeks ago on a quality case. */
async function seed(app: TestApp): Promise<void> {
  const cases = [
    weeklyCase({ id: 'W-1', at: '2026-12-01T04:00:00Z', cause: 'quality', remedyId: 'stone-resetting' }),
    weeklyCase({ id: 'W-2', at: '2026-12-02T04:00:00Z', cause: 'use', store: '黄兴店 13812345678' }),
    weeklyCase({ id: 'P-1', at: '2026-11-25T04:00:00Z', cause: 'quality' }),
    weeklyCase({ id: 'P-2', at: '2026-11-26T04:00:00Z', cause: 'quality' }),
    weeklyCase({
      id: 'FIX',
      at: '2026-11-10T04:00:00Z',
      cause: 'quality',
      improvement: { at: '2026-11-16T01:00:00Z', text: 'Check every clasp before sale, call 13912345678' },
    }),
    // Resolved this week with an improvement, its review post in the channel: the line links to it.
    {
      ...weeklyCase({
        id: 'W-3',
        at: '2026-12-02T05:00:00Z',
        cause: 'quality',
        improvement: { at: '2026-12-03T01:00:00Z', text: 'Glue checked on every <!here> stone setting' },
      }),
      reviewPost: { channel: REVIEW_CHANNEL, ts: '1764000000.000100' },
    },
  ];
  for (const record of cases) await app.stores.cases.create(record);
}

describe('the weekly root-cause report', () => {
  it('when the slot comes on two instances sharing a store, then one report goes to the review channel with its Pareto chart, and a restart posts none again', async () => {
    const time = movableClock('2026-12-03T02:00:00Z'); // Thursday 10:00 in Shanghai
    const slack = await fakeSlack();
    const first = await start({ clock: time.clock, slack });
    await seed(first);
    // One complaint of the week through the real form: it counts like the rest.
    await first.interact(
      viewSubmission(
        CALLBACK.complaintForm,
        {
          narrative: text('Earring post bent on the first day'),
          customerWords: text('I want a new pair'),
          category: select('jewellery'),
          store: text('Wuyi Road'),
        },
        { viewId: 'VWEEK1', privateMetadata: JSON.stringify({ channel: 'C_STORE' }) },
      ),
    );
    await first.waitForCase((record) => record.reviewPost !== null);
    const second = await start({ clock: time.clock, slack, storeUrl: first.storeUrl });

    // Monday 09:00:05 in Shanghai: the slot fires on both.
    time.set('2026-12-07T01:00:05Z');
    const outcomes = await Promise.all([first.running.weekly.runDue(), second.running.weekly.runDue()]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['already-claimed', 'posted']);
    await first.running.delivery.deliverDue({ all: true });
    await second.running.delivery.deliverDue({ all: true });

    const posts = weeklyPosts(slack);
    expect(posts).toHaveLength(1);
    const shown = blocksText(posts);
    expect(shown).toContain('Weekly root-cause report 2026-12-07 · last week');
    expect(shown).toContain('*Complaints: 4* (previous period 2, ↑ +2)');
    expect(shown).toContain('a quality fault  *2* (2, → 0)');
    expect(shown).toContain('caused by use  *1* (0, ↑ +1)');
    // The form's complaint: staff left the cause as "not sure".
    expect(shown).toContain('not sure  *1* (0, ↑ +1)');
    expect(shown).toContain('R2 Lost stones · cited 1');
    expect(shown).toContain('*a quality fault*: first improvement 2026-11-16 · 21 days each side: 1 before, 4 after');
    expect(shown).toContain(
      '• <https://example.slack.com/archives/C0REVIEW/p1764000000000100|W-3> Wuyi Road (a quality fault, 2026-12-03): Glue checked on every &lt;!here&gt; stone setting',
    );
    expect(shown).not.toContain('13812345678');
    expect(shown).not.toContain('late');
    for (const post of posts) expect(checkBlockLimits(post.args.blocks as never[], 'message')).toEqual([]);
    expect(charts(slack)).toHaveLength(1);
    const [png] = [...slack.uploads.values()];
    expect(png?.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(Object.keys((await first.stores.weeklies.get(SLOT))?.posted ?? {})).toEqual(['0', '1']);

    // A restart within the slot: its catch-up finds the slot claimed, and the slot firing again posts nothing.
    await stop(second);
    time.set('2026-12-07T02:00:00Z');
    const again = await start({ clock: time.clock, slack, storeUrl: first.storeUrl });
    expect((await again.running.weekly.runDue()).kind).toBe('already-claimed');
    await again.running.delivery.deliverDue({ all: true });
    expect(weeklyPosts(slack)).toHaveLength(1);
    expect(charts(slack)).toHaveLength(1);
  });

  it('when the bot was down at the slot, then on start the missed report goes out, once, saying it is late', async () => {
    const time = movableClock('2026-11-30T01:00:05Z'); // the previous Monday's slot
    const slack = await fakeSlack();
    const app = await start({ clock: time.clock, slack });
    expect((await app.running.weekly.runDue()).kind).toBe('posted');
    await app.running.delivery.deliverDue({ all: true });
    await seed(app);
    await stop(app);
    expect(weeklyPosts(slack)).toHaveLength(1);

    // Down over this Monday's 09:00; back at 13:00.
    time.set('2026-12-07T05:00:00Z');
    const back = await start({ clock: time.clock, slack, storeUrl: app.storeUrl });
    await back.running.delivery.deliverDue({ all: true });
    const posts = weeklyPosts(slack);
    expect(posts).toHaveLength(2);
    expect(blocksText(posts.slice(1))).toContain('(late: due 2026-12-07 09:00)');
    expect((await back.stores.weeklies.get(SLOT))?.report.late).toBe(true);

    // Started again the same day: nothing more.
    await stop(back);
    const third = await start({ clock: time.clock, slack, storeUrl: app.storeUrl });
    await third.running.delivery.deliverDue({ all: true });
    expect(weeklyPosts(slack)).toHaveLength(2);
  });

  it('when WEEKLY_CRON is off, then the slot never posts one', async () => {
    const time = movableClock('2026-12-07T01:00:05Z');
    const slack = await fakeSlack();
    const app = await start({ clock: time.clock, slack, env: { WEEKLY_CRON: 'off' } });
    await app.running.delivery.deliverDue({ all: true });
    expect(weeklyPosts(slack)).toHaveLength(0);
    expect(await app.stores.weeklies.last()).toBeUndefined();
  });
});
