import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, ESCALATION_ACTION } from '../../src/blocks/ids.ts';
import type { Case } from '../../src/domain/case.ts';
import { buttonClick, complaintForm } from '../helpers/complaint-payloads.ts';
import type { FakeSlackApi, RecordedCall } from '../helpers/fake-slack-api.ts';
import {
  type LadderPolicies,
  ladderDms,
  ladderSlack,
  ladderThreadLines,
  writeLadderPolicies,
} from '../helpers/ladder-kit.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 15, "Escalation ladder": a case whose SLA clock ran past its target is escalated once per level —
// level 1 when a clock breaches, level 2 after another full target — by DM to each person of the level (in
// their language, the case masked, the clock and how far over, the owner, a link to the review post), a
// line in the review thread and an entry in the history; only while the store is open; exactly once across
// sweeps and instances. The example policy: Asia/Shanghai, open 09:00–21:00 every day; jewellery (what
// the test form files) first answered within 2 h.

let now = new Date('2026-12-01T02:00:00Z');
const clock = () => now;
const local = (time: string) => new Date(`${time}+08:00`);
const PHONE = '13812345678';

let policies: LadderPolicies;
const apps: TestApp[] = [];
const fakes: FakeSlackApi[] = [];

beforeAll(async () => {
  policies = await writeLadderPolicies('complaint-desk-ladder-');
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
  options: { policy?: string; storeUrl?: string; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const { policy = policies.ladder, env = {}, ...rest } = options;
  const app = await startTestApp({ slack, clock, env: { POLICY_FILE: policy, ...env }, ...rest });
  apps.push(app);
  return app;
}

async function fileCase(app: TestApp, viewId: string, narrative: string): Promise<Case> {
  await app.interact(complaintForm(narrative, `Call me back on ${PHONE}`, { viewId }));
  return app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
}

/** The escalation DMs Slack took for a case (optionally of one level, to one person). */
const dmsOf = (slack: FakeSlackApi, caseId: string, level?: number, to?: string) =>
  ladderDms(slack, `escalation:${caseId}:${level ?? ''}`, to);
const threadLinesOf = ladderThreadLines;
const json = (call: RecordedCall | undefined) => JSON.stringify(call?.args ?? {});
/** Every job the outbox has queued and not finished, at any due time. */
const queued = (app: TestApp) => app.stores.outbox.due(new Date(8.64e15), 100);
const escalations = async (app: TestApp, id: string) =>
  ((await app.stores.cases.get(id))?.history ?? []).filter((event) => event.type === 'escalated');

describe('the escalation ladder (English review channel)', () => {
  it('when a clock breaches, then level 1 is told once across sweeps and instances; after another full target, level 2 once', async () => {
    const slack = await fakeSlack();
    const app = await start(slack);
    now = local('2026-12-01T10:00:00');
    const record = await fileCase(app, 'VESC1', 'The pendant clasp broke on the second day');
    const second = await start(slack, { storeUrl: app.storeUrl });

    // In time: nothing.
    now = local('2026-12-01T11:50:00');
    expect(await app.running.escalateOverdue()).toBe(0);

    // The first response (due 12:00) is 30 min overdue: level 1, once, whoever sweeps.
    now = local('2026-12-01T12:30:00');
    const swept = await Promise.all([
      app.running.escalateOverdue(),
      second.running.escalateOverdue(),
      app.running.escalateOverdue(),
    ]);
    expect(swept.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await second.running.escalateOverdue()).toBe(0);
    await app.running.delivery.deliverDue({ all: true });
    await second.running.delivery.deliverDue({ all: true });
    expect(
      dmsOf(slack, record.id, 1)
        .map((call) => call.args.channel)
        .sort(),
    ).toEqual(['UMGR2', 'USTOREMGR1']);
    expect(dmsOf(slack, record.id, 1, 'U_STAFF')).toEqual([]);
    const english = json(dmsOf(slack, record.id, 1, 'USTOREMGR1')[0]);
    expect(english).toContain('Escalation');
    expect(english).toContain('You are told as *store manager*');
    expect(english).toContain('response overdue by 30 min');
    expect(english).toContain('<@U_STAFF>');
    expect(english).toContain(`<https://example.slack.com/archives/${REVIEW_CHANNEL}/p`);
    const chinese = json(dmsOf(slack, record.id, 1, 'UMGR2')[0]);
    expect(chinese).toContain('投诉升级');
    expect(chinese).toContain('你收到这条升级，因为你是 *店长*');
    expect(chinese).toContain('首次响应已超时 30分钟');
    expect(threadLinesOf(slack, record).map((call) => call.args.text)).toEqual([
      '⏫ Escalated to store manager: <@USTOREMGR1>, <@UMGR2> — response overdue by 30 min',
    ]);
    expect(await escalations(app, record.id)).toMatchObject([
      { level: 1, target: 'firstResponse', overdueMinutes: 30, notified: ['USTOREMGR1', 'UMGR2'] },
    ]);

    // Still unanswered: nothing more until another full target (2 h) has passed; then level 2, once.
    now = local('2026-12-01T13:59:00');
    expect(await app.running.escalateOverdue()).toBe(0);
    now = local('2026-12-01T14:00:00');
    expect(await Promise.all([app.running.escalateOverdue(), second.running.escalateOverdue()])).toSatisfy(
      (counts: number[]) => counts.reduce((sum, count) => sum + count, 0) === 1,
    );
    expect(await app.running.escalateOverdue()).toBe(0);
    await app.running.delivery.deliverDue({ all: true });
    await second.running.delivery.deliverDue({ all: true });
    expect(dmsOf(slack, record.id, 2).map((call) => call.args.channel)).toEqual(['UREGION1']);
    expect(json(dmsOf(slack, record.id, 2)[0])).toContain('You are told as *regional manager*');
    expect(dmsOf(slack, record.id, 1)).toHaveLength(2);
    expect(threadLinesOf(slack, record).map((call) => call.args.text)).toEqual([
      '⏫ Escalated to store manager: <@USTOREMGR1>, <@UMGR2> — response overdue by 30 min',
      '⏫ Escalated to regional manager: <@UREGION1> — response overdue by 2 h',
    ]);
    // The customer's phone never reaches anyone it was not meant for.
    for (const call of dmsOf(slack, record.id)) expect(json(call)).not.toContain(PHONE);

    // The top of the ladder is reached: later sweeps say nothing more.
    now = local('2026-12-01T18:00:00');
    expect(await app.running.escalateOverdue()).toBe(0);
    expect(await escalations(app, record.id)).toHaveLength(2);
    expect(await queued(app)).toEqual([]);

    // Read back in the history.
    await app.interact(buttonClick(ACTION.showHistory, record.id));
    const history = await slack.waitFor('views.open', (call) => json(call).includes('Escalated to regional manager'));
    expect(json(history)).toContain('Escalated to store manager: <@USTOREMGR1>, <@UMGR2>');
  });

  it('when a clock breaches at night, then the case is escalated when the store opens, not before', async () => {
    const slack = await fakeSlack();
    const app = await start(slack);
    now = local('2026-12-01T19:00:00');
    const record = await fileCase(app, 'VESCNIGHT', 'The ring lost a stone in the evening');
    // Due at closing (21:00), unanswered.
    now = local('2026-12-01T22:00:00');
    expect(await app.running.escalateOverdue()).toBe(0);
    now = local('2026-12-02T08:59:00');
    expect(await app.running.escalateOverdue()).toBe(0);
    expect(dmsOf(slack, record.id)).toEqual([]);
    now = local('2026-12-02T09:05:00');
    expect(await app.running.escalateOverdue()).toBe(1);
    await app.running.delivery.deliverDue({ all: true });
    expect(dmsOf(slack, record.id, 1)).toHaveLength(2);
    expect(threadLinesOf(slack, record).map((call) => call.args.text)).toEqual([
      '⏫ Escalated to store manager: <@USTOREMGR1>, <@UMGR2> — response overdue by 5 min',
    ]);
  });
});

describe('the buttons on an escalation DM', () => {
  it('opens the case by its link, and lets a person it was escalated to take it over once; anyone else is told why', async () => {
    const slack = await fakeSlack();
    const app = await start(slack);
    now = local('2026-12-01T10:00:00');
    const record = await fileCase(app, 'VESCTAKE', 'The necklace chain kinked on day one');
    now = local('2026-12-01T12:30:00');
    expect(await app.running.escalateOverdue()).toBe(1);
    await app.running.delivery.deliverDue({ all: true });
    const dm = json(dmsOf(slack, record.id, 1, 'USTOREMGR1')[0]);
    expect(dm).toContain(ESCALATION_ACTION.take);
    expect(dm).toContain("I'll take it");
    expect(dm).toMatch(
      /"action_id":"escalation_open_case","text":\{[^}]*"text":"Open the case"[^}]*\},"url":"https:\/\/example\.slack\.com\/archives\//,
    );
    expect(json(dmsOf(slack, record.id, 1, 'UMGR2')[0])).toContain('我来接手');

    // Someone the case was not escalated to (and no approver) is refused; the owner stays.
    const since = slack.calls.length;
    await app.interact(buttonClick(ESCALATION_ACTION.take, record.id, 'U_STRANGER'));
    const refused = await slack.waitFor(
      'chat.postMessage',
      (call) => slack.calls.indexOf(call) >= since && call.args.channel === 'U_STRANGER',
    );
    expect(refused.args.text).toBe(
      'Only the people this case was escalated or alerted to (and the approvers) can take it.',
    );
    expect((await app.stores.cases.get(record.id))?.owner).toBe('U_STAFF');

    // A double click by the store manager hands the case over once (a handoff to themselves).
    await Promise.all([
      app.interact(buttonClick(ESCALATION_ACTION.take, record.id, 'USTOREMGR1')),
      app.interact(buttonClick(ESCALATION_ACTION.take, record.id, 'USTOREMGR1')),
    ]);
    const taken = await app.waitForCase((item) => item.id === record.id && item.owner === 'USTOREMGR1', 'USTOREMGR1');
    await app.running.delivery.deliverDue({ all: true });
    const after = await app.stores.cases.get(record.id);
    expect(after?.history.filter((event) => event.type === 'handed-over')).toMatchObject([
      { by: 'USTOREMGR1', from: 'U_STAFF', to: 'USTOREMGR1' },
    ]);
    expect(taken.owner).toBe('USTOREMGR1');
    await slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.channel === 'USTOREMGR1' &&
        call.args.text ===
          'The case is yours now: its analysis and reminders come to you by DM, and the review thread shows the handover.',
    );
  });
});

describe('the escalation ladder in Chinese', () => {
  it('when the review channel is in Chinese, then the thread line and the history are in Chinese', async () => {
    const slack = await fakeSlack();
    const app = await start(slack, { env: { DEFAULT_LOCALE: 'zh-CN' } });
    now = local('2026-12-01T10:00:00');
    const record = await fileCase(app, 'VESCZH', '吊坠扣第二天就坏了');
    now = local('2026-12-01T13:10:00');
    expect(await app.running.escalateOverdue()).toBe(1);
    await app.running.delivery.deliverDue({ all: true });
    expect(threadLinesOf(slack, record).map((call) => call.args.text)).toEqual([
      '⏫ 已升级给 店长：<@USTOREMGR1>、<@UMGR2> — 首次响应已超时 1小时10分钟',
    ]);
    expect(json(dmsOf(slack, record.id, 1, 'UMGR2')[0])).toContain('首次响应已超时 1小时10分钟');
  });
});

describe('a policy without the ladder or without clocks', () => {
  for (const [what, policy] of [
    ['no escalation section', () => policies.noLadder],
    ['no sla section', () => policies.noSla],
  ] as const) {
    it(`when the policy has ${what}, then nothing is escalated however late the case is`, async () => {
      const slack = await fakeSlack();
      const app = await start(slack, { policy: policy() });
      now = local('2026-12-01T10:00:00');
      const record = await fileCase(app, `VESCNONE-${what.length}`, 'The bracelet lost its shine in a week');
      now = local('2026-12-03T15:00:00');
      expect(await app.running.escalateOverdue()).toBe(0);
      await app.running.delivery.deliverDue({ all: true });
      expect(dmsOf(slack, record.id)).toEqual([]);
      expect(threadLinesOf(slack, record)).toEqual([]);
      expect(await escalations(app, record.id)).toEqual([]);
    });
  }
});
