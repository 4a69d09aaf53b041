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

// Issue 15, a crisis alert exactly once through a crash: the bot started with npm start's command is
// killed (SIGKILL) after the fake Slack took a manager's crisis DM and before the bot heard back. Started
// again, it finds the DM by the metadata it carries instead of alerting the manager twice.

const MANAGER = 'UCRISIS1';
/** The DM channel the fake Slack keeps a user's direct messages in. */
const MANAGER_DM = 'DCRISIS1';

let slack: FakeSlackApi;
let dir: string;
let policyFile: string;
const bots: BotProcess[] = [];

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-crisis-crash-'));
  const policy = parseDocument(await readFile(DEFAULT_POLICY_PATH, 'utf8'));
  policy.set('escalation', { levels: [{ name: { zh: '店长', en: 'store manager' }, notify: [MANAGER] }] });
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

describe('a bot killed while Slack takes a crisis alert', () => {
  it('when it is started again, then the manager has the alert once, the thread its line once, and nothing is left queued', {
    timeout: 45_000,
  }, async () => {
    const storeUrl = `sqlite://${join(dir, 'crash.sqlite')}`;
    const env = httpBotEnv(slack.url, dir, { STORE_URL: storeUrl, POLICY_FILE: policyFile });
    const first = await startBotProcess(env);
    bots.push(first);
    const held = slack.hold('chat.postMessage', (args) => args.channel === MANAGER);
    const select = {
      type: 'static_select',
      selected_option: { value: 'news-report', text: { type: 'plain_text', text: 'news' } },
    };
    const response = await postToSlackEndpoint(
      `http://127.0.0.1:${first.port}/slack/events`,
      SIGNING_SECRET,
      interactionBody(
        complaintForm('A reporter called about the bracelet that broke.', 'It will be in the paper.', {
          extra: { channel: { value: select } },
        }),
      ),
      'application/x-www-form-urlencoded',
    );
    expect(response.status).toBe(200);
    const call = await held.arrived;
    await first.kill();
    const killedAt = Date.now();
    held.release();
    const caseId = payloadOf(call)?.case_id ?? '';
    const jobId = `crisis-alert:${caseId}:${MANAGER}`;
    expect(payloadOf(call)?.job_id).toBe(jobId);
    const alerts = () => slack.messages.filter((message) => message.metadata?.event_payload.job_id === jobId);
    expect(alerts()).toHaveLength(1);

    const second = await startBotProcess(env);
    bots.push(second);
    const stores = await openStores(storeUrl, { log: () => undefined });
    try {
      await expect
        .poll(() => stores.outbox.due(new Date(8.64e15), 100), { timeout: LEASE_MS, interval: 100 })
        .toEqual([]);
      expect(alerts()).toHaveLength(1);
      expect(alerts()[0]?.channel).toBe(MANAGER_DM);
      // It looked in the manager's DM rather than posting again.
      const looked = slack
        .callsOf('conversations.history')
        .find((entry) => entry.args.channel === MANAGER_DM && entry.at > killedAt);
      expect(looked?.args).toMatchObject({ include_all_metadata: 'true' });
      const lines = slack.messages.filter(
        (message) => message.metadata?.event_payload.job_id === `crisis-alert:${caseId}:thread`,
      );
      expect(lines).toHaveLength(1);
      expect(lines[0]?.channel).toBe(REVIEW_CHANNEL);
      expect(String(lines[0]?.text)).toContain(`<@${MANAGER}>`);
      const record = await stores.cases.get(caseId);
      expect(record?.history.filter((event) => event.type === 'crisis-alerted')).toHaveLength(1);
    } finally {
      await stores.close();
    }
  });
});
