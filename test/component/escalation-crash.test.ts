import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { LEASE_MS } from '../../src/outbox/deliver-posts.ts';
import { DEFAULT_POLICY_PATH } from '../../src/policy/load-policy.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { type BotProcess, startBotProcess } from '../helpers/bot-process.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.ts';
import { httpBotEnv } from '../helpers/run-bot.ts';
import { interactionBody, postToSlackEndpoint } from '../helpers/signed-request.ts';
import { REVIEW_CHANNEL, SIGNING_SECRET } from '../helpers/test-app.ts';

// Issue 15, an escalation exactly once through a crash: the bot started with npm start's command is killed
// (SIGKILL) after the fake Slack took a level-1 person's escalation DM and before the bot heard back. Started
// again, it finds the DM by the metadata it carries instead of telling that person twice. A process's clock
// cannot be set, so the case is filed, then its filing time moved 3 h back in the store while no bot runs:
// with the store open round the clock, its 2 h first response is 1 h overdue (level 1, not yet level 2),
// and the bot's own SLA sweep (once a minute) escalates it.

const FIRST = 'UESCONE1';
const SECOND = 'UESCTWO2';
const REGIONAL = 'UESCREG3';
/** The DM channels the fake Slack keeps these users' direct messages in. */
const dmChannelOf = (user: string) => `D${user.replace(/^U/, '')}`;
const HOUR_MS = 3_600_000;
/** The bot sweeps SLA clocks (and escalates) once a minute; a kill, two starts and the posts on top. */
const TEST_TIMEOUT_MS = 180_000;

let slack: FakeSlackApi;
let dir: string;
let policyFile: string;
const bots: BotProcess[] = [];

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-escalation-crash-'));
  const policy = parseDocument(await readFile(DEFAULT_POLICY_PATH, 'utf8'));
  // Open at any hour, so the case is overdue whenever the test runs.
  policy.set('businessHours', { open: '00:00', close: '24:00' });
  policy.set('escalation', {
    levels: [
      { name: { zh: '店长', en: 'store manager' }, notify: [FIRST, SECOND] },
      { name: { zh: '区域经理', en: 'regional manager' }, notify: [REGIONAL] },
    ],
  });
  policyFile = join(dir, 'policy.yml');
  await writeFile(policyFile, String(policy));
});
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.stop();
});
afterAll(async () => {
  await slack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const payloadOf = (call: RecordedCall) =>
  (call.args.metadata as { event_payload?: { case_id?: string; job_id?: string } } | undefined)?.event_payload;

describe('a bot killed while Slack takes an escalation DM', () => {
  it('when it is started again, then each level-1 person has the DM once, the thread its line once, and nothing is left queued', {
    timeout: TEST_TIMEOUT_MS,
  }, async () => {
    const storeUrl = `sqlite://${join(dir, 'crash.sqlite')}`;
    const env = httpBotEnv(slack.url, dir, { STORE_URL: storeUrl, POLICY_FILE: policyFile });

    // Filed, posted for review, and the bot stopped.
    const filing = await startBotProcess(env);
    bots.push(filing);
    const response = await postToSlackEndpoint(
      `http://127.0.0.1:${filing.port}/slack/events`,
      SIGNING_SECRET,
      interactionBody(complaintForm('The pendant clasp broke on the second day.', 'I want it fixed.')),
      'application/x-www-form-urlencoded',
    );
    expect(response.status).toBe(200);
    const reviewPost = () =>
      slack.messages.find((message) => message.channel === REVIEW_CHANNEL && message.metadata?.event_payload.case_id);
    await expect.poll(reviewPost, { timeout: 10_000, interval: 100 }).toBeDefined();
    const caseId = String(reviewPost()?.metadata?.event_payload.case_id);
    const stores = await openStores(storeUrl, { log: () => undefined });
    try {
      await expect.poll(async () => (await stores.cases.get(caseId))?.reviewPost, { timeout: 10_000 }).toBeTruthy();
      expect(await filing.stop()).toBe(0);
      bots.splice(0);
      await stores.cases.update(caseId, (current) => ({
        ...current,
        createdAt: new Date(new Date(current.createdAt).getTime() - 3 * HOUR_MS).toISOString(),
      }));

      // The sweep escalates it; Slack takes the first person's DM and the bot dies before it hears back.
      const held = slack.hold('chat.postMessage', (args) => args.channel === FIRST);
      const crashing = await startBotProcess(env);
      bots.push(crashing);
      const call = await held.arrived;
      await crashing.kill();
      const killedAt = Date.now();
      held.release();
      const jobOf = (user: string) => `escalation:${caseId}:1:${user}`;
      expect(payloadOf(call)?.job_id).toBe(jobOf(FIRST));
      const dmsTo = (user: string) =>
        slack.messages.filter((message) => message.metadata?.event_payload.job_id === jobOf(user));
      expect(dmsTo(FIRST)).toHaveLength(1);

      const again = await startBotProcess(env);
      bots.push(again);
      await expect
        .poll(() => stores.outbox.due(new Date(8.64e15), 100), { timeout: LEASE_MS, interval: 100 })
        .toEqual([]);
      for (const user of [FIRST, SECOND]) {
        expect(dmsTo(user)).toHaveLength(1);
        expect(dmsTo(user)[0]?.channel).toBe(dmChannelOf(user));
      }
      // Level 2 is not due yet (1 h over a 2 h target), so the regional manager hears nothing.
      expect(slack.messages.filter((message) => message.channel === dmChannelOf(REGIONAL))).toEqual([]);
      // It looked in the first person's DM rather than posting again.
      const looked = slack
        .callsOf('conversations.history')
        .find((entry) => entry.args.channel === dmChannelOf(FIRST) && entry.at > killedAt);
      expect(looked?.args).toMatchObject({ include_all_metadata: 'true' });
      const lines = slack.messages.filter(
        (message) => message.metadata?.event_payload.job_id === `escalation:${caseId}:1:thread`,
      );
      expect(lines).toHaveLength(1);
      expect(lines[0]?.channel).toBe(REVIEW_CHANNEL);
      expect(String(lines[0]?.text)).toContain(`<@${FIRST}>, <@${SECOND}>`);
      const record = await stores.cases.get(caseId);
      expect(record?.history.filter((event) => event.type === 'escalated')).toMatchObject([
        { level: 1, target: 'firstResponse', notified: [FIRST, SECOND] },
      ]);
    } finally {
      await stores.close();
    }
  });
});
