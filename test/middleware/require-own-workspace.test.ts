import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK } from '../../src/blocks/ids.ts';
import { OTHER_WORKSPACE_REPLY } from '../../src/blocks/messages/replies.ts';
import { ACTION, buttonClick, complaintForm } from '../helpers/complaint-payloads.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { postToSlackEndpoint, slashCommandBody } from '../helpers/signed-request.ts';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../helpers/test-app.ts';

const FORM = 'application/x-www-form-urlencoded';
/** Someone in another workspace, whose name no call to Slack may carry. */
const OUTSIDER = 'U_OUTSIDER';

/** A signed `/complaint` from a workspace (and organisation), with its own trigger; by the outsider unless from T1. */
function commandFrom(app: TestApp, team: string, trigger: string, enterprise?: string) {
  const user = team === 'T1' ? 'U_STAFF' : OUTSIDER;
  const fields = new URLSearchParams(slashCommandBody({ text: 'the strap broke', triggerId: trigger, user }));
  fields.set('team_id', team);
  if (enterprise) fields.set('enterprise_id', enterprise);
  return postToSlackEndpoint(app.url, SIGNING_SECRET, fields.toString(), FORM);
}

/** Rewrites an interaction as sent from another workspace, by someone there. */
function fromOtherWorkspace<T extends { user: object; team: unknown }>(payload: T): T {
  return {
    ...payload,
    team: { id: 'T2', domain: 'elsewhere' },
    user: { ...payload.user, id: OUTSIDER, team_id: 'T2' },
  };
}

/** Every Slack call that names the outsider or a trigger: there must be none for a refused request. */
function callsAbout(app: TestApp, ...needles: string[]) {
  return app.slack.calls.filter((call) => needles.some((needle) => JSON.stringify(call.args).includes(needle)));
}

describe('a bot installed in one workspace', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.stop({ keepStore: false });
  });

  it('when a signed /complaint comes from another workspace, then it is refused privately and nothing opens or is filed', async () => {
    const response = await commandFrom(app, 'T2', 'trigger-from-t2');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ response_type: 'ephemeral', text: OTHER_WORKSPACE_REPLY.en });
    expect(callsAbout(app, OUTSIDER, 'trigger-from-t2')).toEqual([]);
    expect(await app.stores.cases.listByOwner(OUTSIDER, 10)).toEqual([]);
    expect(app.logger.lines).toContain('refused a request from T2: the bot serves the workspace T1');
  });

  it('when the same /complaint comes from the installed workspace, then the form opens', async () => {
    expect((await commandFrom(app, 'T1', 'trigger-from-t1')).status).toBe(200);
    await app.slack.waitFor('views.open', (call) => call.args.trigger_id === 'trigger-from-t1');
  });

  it('when a complaint form is submitted from another workspace, then no case is filed', async () => {
    const response = await app.interact(fromOtherWorkspace(complaintForm('The clasp broke', 'It broke')));
    expect(response.status).toBe(200);
    expect(await app.stores.cases.listByOwner(OUTSIDER, 10)).toEqual([]);
    expect(callsAbout(app, OUTSIDER)).toEqual([]);
  });

  it('when a button on a case is pressed from another workspace, then the case is unchanged and nothing opens', async () => {
    expect((await app.interact(complaintForm('The clasp broke after a day', 'It broke'))).status).toBe(200);
    const filed = await app.waitForCase((record) => record.complaint.narrative.includes('clasp broke after a day'));
    const click = {
      ...fromOtherWorkspace(buttonClick(ACTION.recordOutcome, filed.id)),
      trigger_id: 'trigger-click-t2',
    };
    const response = await app.interact(click);
    expect(response.status).toBe(200);
    expect(callsAbout(app, OUTSIDER, 'trigger-click-t2')).toEqual([]);
    const after = await app.stores.cases.get(filed.id);
    // What a person's click changes; the review post's link is the outbox's, written in the background.
    const changes = (record: typeof filed | undefined) => [
      record?.status,
      record?.history,
      record?.decisions,
      record?.proposal,
    ];
    expect(changes(after)).toEqual(changes(filed));
    // The same click by the owner, in the installed workspace, opens the outcome form: the refusal was the workspace.
    await app.interact({ ...buttonClick(ACTION.recordOutcome, filed.id), trigger_id: 'trigger-click-t1' });
    const open = await app.slack.waitFor('views.open', (call) => call.args.trigger_id === 'trigger-click-t1');
    expect(open.args.view).toMatchObject({ callback_id: CALLBACK.outcomeForm });
  });

  it('when App Home is opened from another workspace, then nothing is published', async () => {
    const body = JSON.stringify({
      token: 'legacy',
      team_id: 'T2',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'Ev-t2',
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_home_opened', user: OUTSIDER, channel: 'D_OUT', tab: 'home' },
    });
    expect((await postToSlackEndpoint(app.url, SIGNING_SECRET, body, 'application/json')).status).toBe(200);
    // Bolt acknowledges an event before the middleware runs: the log line says the refusal was made.
    for (let tries = 0; tries < 250 && !app.logger.lines.some((line) => line.includes('from T2:')); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(app.logger.lines.filter((line) => line.startsWith('refused a request from T2:')).length).toBeGreaterThan(0);
    expect(callsAbout(app, OUTSIDER)).toEqual([]);
  });
});

describe('a bot installed org-wide in an Enterprise Grid organisation', () => {
  let slack: FakeSlackApi;
  let app: TestApp;
  beforeAll(async () => {
    slack = await new FakeSlackApi().start();
    slack.authTest = { is_enterprise_install: true, enterprise_id: 'E1' };
    app = await startTestApp({ slack });
  });
  afterAll(async () => {
    await app?.stop({ keepStore: false });
    await slack?.stop();
  });

  it('when a /complaint comes from any workspace of the organisation, then the form opens', async () => {
    expect((await commandFrom(app, 'T2', 'trigger-org-t2', 'E1')).status).toBe(200);
    await slack.waitFor('views.open', (call) => call.args.trigger_id === 'trigger-org-t2');
  });

  it('when a /complaint comes from a workspace outside the organisation, then it is refused', async () => {
    const response = await commandFrom(app, 'T3', 'trigger-org-e2', 'E2');
    expect(response.json).toEqual({ response_type: 'ephemeral', text: OTHER_WORKSPACE_REPLY.en });
    expect(callsAbout(app, 'trigger-org-e2')).toEqual([]);
    expect(app.logger.lines).toContain('refused a request from T3 in E2: the bot serves the organisation E1');
  });
});
