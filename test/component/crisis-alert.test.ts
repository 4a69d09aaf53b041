import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintAnalyser } from '../../src/analysis/analyser.ts';
import { analyseWithRules } from '../../src/analysis/rules-analyser.ts';
import { ACTION } from '../../src/blocks/ids.ts';
import type { Case } from '../../src/domain/case.ts';
import { crisisAlertOf } from '../../src/domain/crisis-alert.ts';
import { buttonClick, complaintForm } from '../helpers/complaint-payloads.ts';
import type { FakeSlackApi, RecordedCall } from '../helpers/fake-slack-api.ts';
import { type LadderPolicies, ladderSlack, writeLadderPolicies } from '../helpers/ladder-kit.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 15, "Crisis alert": a case with a crisis sign alerts the escalation ladder's first level at once —
// each person by DM, once, in their language, with the case masked, the signs, their evidence and the
// method's advice, and a link to the review post — and the review post and its thread say who was told.

const LEVEL_ONE = ['USTOREMGR1', 'UMGR2'];
const select = (value: string) => ({
  value: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } },
});
const FROM_THE_NEWS = { channel: select('news-report') };
const PHONE = '13812345678';

let policies: LadderPolicies;
const apps: TestApp[] = [];
const fakes: FakeSlackApi[] = [];

beforeAll(async () => {
  policies = await writeLadderPolicies('complaint-desk-crisis-');
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop({ keepStore: false });
  for (const slack of fakes.splice(0)) await slack.stop();
});
afterAll(async () => {
  await policies?.remove();
});

const fakeSlack = () => ladderSlack(fakes);

async function start(
  slack: FakeSlackApi,
  options: { policy?: string; storeUrl?: string; analyser?: ComplaintAnalyser } = {},
): Promise<TestApp> {
  const { policy = policies.ladder, ...rest } = options;
  const app = await startTestApp({ slack, env: { POLICY_FILE: policy }, ...rest });
  apps.push(app);
  return app;
}

const payloadOf = (call: RecordedCall) =>
  (call.args.metadata as { event_payload?: { job_id?: string } } | undefined)?.event_payload;
/** The crisis alerts Slack took for a case, by the outbox job each post names. */
const alertsOf = (slack: FakeSlackApi, caseId: string, to?: string) =>
  slack
    .callsOf('chat.postMessage')
    .filter(
      (call) =>
        call.status === 200 &&
        payloadOf(call)?.job_id?.startsWith(`crisis-alert:${caseId}:`) &&
        call.args.channel !== REVIEW_CHANNEL &&
        (to === undefined || call.args.channel === to),
    );
const threadLinesOf = (slack: FakeSlackApi, caseId: string) =>
  slack
    .callsOf('chat.postMessage')
    .filter((call) => payloadOf(call)?.job_id === `crisis-alert:${caseId}:thread` && call.args.thread_ts);
const json = (call: RecordedCall | undefined) => JSON.stringify(call?.args ?? {});

async function waitForStored(app: TestApp, caseId: string, predicate: (record: Case) => boolean): Promise<Case> {
  for (let tries = 0; tries < 250; tries++) {
    const record = await app.stores.cases.get(caseId);
    if (record && predicate(record)) return record;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`case ${caseId} did not reach the expected state within 5 s`);
}

/** Every job the outbox has queued and not finished, at any due time. */
const queued = (app: TestApp) => app.stores.outbox.due(new Date(8.64e15), 100);

describe('a crisis complaint, with an escalation ladder in the policy', () => {
  it('when it is filed, then each first-level manager is DMed once, in their language, with the case masked, the signs, their advice and a link to the review post; the post and its thread say who was alerted', async () => {
    const slack = await fakeSlack();
    const app = await start(slack);
    const narrative = `The bracelet clasp broke; a reporter called the store about it. Call her back on ${PHONE}.`;
    await app.interact(
      complaintForm(narrative, `I have told the paper, ring me on ${PHONE}`, {
        viewId: 'VCRISIS-EN',
        extra: FROM_THE_NEWS,
      }),
    );
    const filed = await app.waitForCase((item) => item.complaint.narrative === narrative);
    for (const user of LEVEL_ONE) await slack.waitFor('chat.postMessage', (call) => call.args.channel === user);
    const thread = await slack.waitFor(
      'chat.postMessage',
      (call) => payloadOf(call)?.job_id === `crisis-alert:${filed.id}:thread`,
    );
    const record = await waitForStored(app, filed.id, (item) => crisisAlertOf(item) !== undefined);

    // One DM each: the manager named and the group's other member, the group expanded and the repeat dropped.
    expect(
      alertsOf(slack, filed.id)
        .map((call) => call.args.channel)
        .sort(),
    ).toEqual([...LEVEL_ONE].sort());
    expect(slack.callsOf('usergroups.users.list').map((call) => call.args.usergroup)).toContain('S0MANAGERS');
    expect(alertsOf(slack, filed.id, 'UREGION1')).toEqual([]);
    expect(alertsOf(slack, filed.id, 'U_STAFF')).toEqual([]);

    const english = json(alertsOf(slack, filed.id, 'USTOREMGR1')[0]);
    const media = record.analysis.flags.find((flag) => flag.kind === 'media');
    expect(media).toBeDefined();
    expect(english).toContain('Crisis alert');
    expect(english).toContain('You are alerted as *store manager*');
    expect(english).toContain('media (reported, or threatened)');
    expect(english).toContain('where staff said it came from: a news report');
    expect(english).toContain(`→ ${media?.advice[0]?.en}`);
    expect(english).toContain('138****5678');
    expect(english).not.toContain(PHONE);
    expect(english).toContain(`<https://example.slack.com/archives/${REVIEW_CHANNEL}/p`);
    expect(english).toContain('Open the case in the review channel');
    expect(english).toContain('<@U_STAFF>');

    const chinese = json(alertsOf(slack, filed.id, 'UMGR2')[0]);
    expect(chinese).toContain('危机提醒');
    expect(chinese).toContain('你收到这条提醒，因为你是 *店长*');
    expect(chinese).toContain('媒体（已报道或扬言曝光）');
    expect(chinese).toContain(`→ ${media?.advice[0]?.zh}`);
    expect(chinese).toContain('138****5678');
    expect(chinese).not.toContain(PHONE);

    // The review channel (English here) says who was told, in the thread and on the post itself.
    expect(String(thread.args.text)).toBe(
      '🚨 Crisis alert sent to store manager: <@USTOREMGR1>, <@UMGR2> (media (reported, or threatened))',
    );
    expect(thread.args.thread_ts).toBe(record.reviewPost?.ts);
    const edited = await slack.waitFor('chat.update', (call) => json(call).includes('Crisis alert sent to'));
    expect(edited.args.ts).toBe(record.reviewPost?.ts);
    expect(json(edited)).toMatch(
      /Crisis alert sent to store manager: <@USTOREMGR1>, <@UMGR2>.* · \d{4}-\d\d-\d\d \d\d:\d\d/,
    );

    // On record, and read back in the history.
    expect(crisisAlertOf(record)?.event).toMatchObject({
      by: 'complaint-desk',
      flags: ['media'],
      level: 1,
      levelName: { zh: '店长', en: 'store manager' },
      notified: LEVEL_ONE,
    });
    await app.interact(buttonClick(ACTION.showHistory, filed.id));
    const history = await slack.waitFor('views.open', (call) => json(call).includes('Crisis alert sent to'));
    expect(json(history)).toContain('<@USTOREMGR1>, <@UMGR2>');
    expect(await queued(app)).toEqual([]);
  });

  it('when a complaint shows no crisis sign, then nobody is alerted and nothing is queued for it', async () => {
    const slack = await fakeSlack();
    const app = await start(slack);
    const narrative = 'The earring back came loose after a week.';
    await app.interact(complaintForm(narrative, 'Can you fix it?', { viewId: 'VCALM' }));
    const filed = await app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
    await app.running.delivery.deliverDue({ all: true });
    expect(filed.analysis.flags.filter((flag) => flag.group === 'crisis')).toEqual([]);
    expect(
      slack.callsOf('chat.postMessage').filter((call) => String(payloadOf(call)?.job_id).startsWith('crisis-alert:')),
    ).toEqual([]);
    expect(
      LEVEL_ONE.flatMap((user) => slack.callsOf('chat.postMessage').filter((call) => call.args.channel === user)),
    ).toEqual([]);
    expect(crisisAlertOf((await app.stores.cases.get(filed.id)) as Case)).toBeUndefined();
    expect(await queued(app)).toEqual([]);
  });

  it('when the same form is submitted twice at once and again to a second instance on the same store, then each manager still gets one alert and the thread one line', async () => {
    const slack = await fakeSlack();
    const first = await start(slack);
    const second = await start(slack, { storeUrl: first.storeUrl });
    const narrative = 'She says she will go to the consumer council (12315) about the broken ring.';
    const form = complaintForm(narrative, '我要去消协投诉', {
      viewId: 'VCRISIS-TWICE',
      extra: { channel: select('consumer-council') },
    });
    await Promise.all([first.interact(form), first.interact(form), second.interact(form)]);
    const filed = await first.waitForCase((item) => item.complaint.narrative === narrative);
    await slack.waitFor('chat.postMessage', (call) => payloadOf(call)?.job_id === `crisis-alert:${filed.id}:thread`);
    for (const user of LEVEL_ONE) await slack.waitFor('chat.postMessage', (call) => call.args.channel === user);
    // Whatever was still queued on either instance goes out now: none of it may post twice.
    await first.running.delivery.deliverDue({ all: true });
    await second.running.delivery.deliverDue({ all: true });
    await second.interact(form);
    await first.running.delivery.deliverDue({ all: true });

    for (const user of LEVEL_ONE) expect(alertsOf(slack, filed.id, user)).toHaveLength(1);
    expect(threadLinesOf(slack, filed.id)).toHaveLength(1);
    const record = (await first.stores.cases.get(filed.id)) as Case;
    expect(record.history.filter((event) => event.type === 'crisis-alerted')).toHaveLength(1);
    // The last submission's posts are edits and marked sends: once they are out, nothing was posted again.
    await expect
      .poll(async () => {
        await first.running.delivery.deliverDue({ all: true });
        return queued(first);
      })
      .toEqual([]);
    for (const user of LEVEL_ONE) expect(alertsOf(slack, filed.id, user)).toHaveLength(1);
    expect(threadLinesOf(slack, filed.id)).toHaveLength(1);
  });

  it('when only the LLM’s later reading finds the crisis sign, then the managers are alerted once, for that sign', async () => {
    const slack = await fakeSlack();
    // The provisional (rules) reading sees nothing; the full reading, a moment later, adds a media sign.
    const analyser: ComplaintAnalyser = {
      name: 'llm-stand-in',
      provisional: (input) => analyseWithRules(input),
      async analyse(input) {
        const analysis = analyseWithRules(input);
        const media = {
          kind: 'media' as const,
          group: 'crisis' as const,
          evidence: [{ quote: 'writes about it online', source: 'narrative' as const }],
          advice: [{ zh: '立即告诉店长。', en: 'Tell the manager at once.' }],
        };
        return { ...analysis, flags: [...analysis.flags, media] };
      },
    };
    const app = await start(slack, { analyser });
    const narrative = 'The necklace tarnished in a month; she writes about it online for a living.';
    await app.interact(complaintForm(narrative, 'Not happy.', { viewId: 'VCRISIS-LATER' }));
    const filed = await app.waitForCase((item) => item.complaint.narrative === narrative);
    await slack.waitFor('chat.postMessage', (call) => payloadOf(call)?.job_id === `crisis-alert:${filed.id}:thread`);
    for (const user of LEVEL_ONE) await slack.waitFor('chat.postMessage', (call) => call.args.channel === user);
    await app.running.delivery.deliverDue({ all: true });
    for (const user of LEVEL_ONE) expect(alertsOf(slack, filed.id, user)).toHaveLength(1);
    expect(json(alertsOf(slack, filed.id, 'USTOREMGR1')[0])).toContain('→ Tell the manager at once.');
    expect(json(alertsOf(slack, filed.id, 'USTOREMGR1')[0])).toContain('“writes about it online” (what happened)');
    const record = (await app.stores.cases.get(filed.id)) as Case;
    expect(crisisAlertOf(record)?.event.flags).toEqual(['media']);
  });
});

describe('a policy without an escalation section', () => {
  it('when a crisis complaint is filed, then it is posted as before and nobody is alerted', async () => {
    const slack = await fakeSlack();
    const app = await start(slack, { policy: policies.noLadder });
    const narrative = 'A reporter rang about the broken watch strap.';
    await app.interact(complaintForm(narrative, 'It is in the news.', { viewId: 'VNOLADDER', extra: FROM_THE_NEWS }));
    const filed = await app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
    await slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U_STAFF');
    await app.running.delivery.deliverDue({ all: true });
    expect(filed.analysis.flags.some((flag) => flag.kind === 'media')).toBe(true);
    expect(
      slack.callsOf('chat.postMessage').filter((call) => String(payloadOf(call)?.job_id).startsWith('crisis-alert:')),
    ).toEqual([]);
    expect(crisisAlertOf((await app.stores.cases.get(filed.id)) as Case)).toBeUndefined();
    expect(await queued(app)).toEqual([]);
    expect(app.logger.lines.filter((line) => /^crisis alert|unhandled|gave up/.test(line))).toEqual([]);
  });
});
