import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonClick, complaintForm } from '../helpers/complaint-payloads.ts';
import { postToSlackEndpoint, signBody, slashCommandBody } from '../helpers/signed-request.ts';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../helpers/test-app.ts';

const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

/**
 * A request through `agent` answered with its status and headers. A request refused before its body was all
 * sent may also fail writing the rest once answered: the answer is what counts, as for any HTTP client.
 */
function send(
  agent: Agent,
  url: string,
  method: 'GET' | 'POST',
  body?: string,
): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { agent, method, headers: body ? { 'content-type': FORM } : {} }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const form = (payload: string) => new URLSearchParams({ payload }).toString();
const command = slashCommandBody({ text: 'the strap broke' });

/** Signed bodies no Slack request has, with the content type each is sent as. */
const GARBAGE: [string, string, typeof JSON_TYPE | typeof FORM][] = [
  ['null', 'null', JSON_TYPE],
  ['[]', '[]', JSON_TYPE],
  ['0', '0', JSON_TYPE],
  ['"x"', '"x"', JSON_TYPE],
  ['true', 'true', JSON_TYPE],
  ['{"payload":null}', '{"payload":null}', JSON_TYPE],
  ['{}', '{}', JSON_TYPE],
  ['an event envelope whose event is null', '{"type":"event_callback","team_id":"T1","event":null}', JSON_TYPE],
  ['App Home opened with no user', '{"type":"event_callback","event":{"type":"app_home_opened"}}', JSON_TYPE],
  ['payload=null', form('null'), FORM],
  ['payload=[]', form('[]'), FORM],
  ['payload=0', form('0'), FORM],
  ['payload="x"', form('"x"'), FORM],
  ['payload=true', form('true'), FORM],
  ['payload={"type":null}', form('{"type":null}'), FORM],
  ['payload that is not JSON', form('{not json'), FORM],
  ['a view_submission whose view is a string', form(JSON.stringify({ ...complaintForm('n', 'w'), view: 'x' })), FORM],
  ['a view_submission whose view is null', form(JSON.stringify({ ...complaintForm('n', 'w'), view: null })), FORM],
  ['a block action whose actions are null', form(JSON.stringify({ ...buttonClick('a', 'v'), actions: null })), FORM],
  ['a block action whose user is null', form(JSON.stringify({ ...buttonClick('a', 'v'), user: null })), FORM],
  ['a command without its text', command.replace(/&text=[^&]*/, ''), FORM],
  ['an empty form', '', FORM],
];

/** A stamp `offset` s from now in whole seconds, as Slack (or a shell's `date +%s`) makes it. */
function stampedIn(offset: number): number {
  return Math.floor(Date.now() / 1000) + offset;
}

/** A signed `/complaint` with its own trigger, so whether it opened the form can be told apart. */
async function commandAt(timestamp: number, trigger: string) {
  const body = slashCommandBody({ text: 'stamped', triggerId: trigger });
  return postToSlackEndpoint(app.url, SIGNING_SECRET, body, FORM, { timestamp });
}

describe('requests to /slack/events before Bolt sees them', () => {
  it.each(GARBAGE)(
    'when a correctly signed body is %s, then it is answered 400 and nothing is done',
    async (_name, body, type) => {
      const calls = app.slack.calls.length;
      const response = await postToSlackEndpoint(app.url, SIGNING_SECRET, body, type);
      expect(response.status).toBe(400);
      expect(app.slack.calls.length).toBe(calls);
      expect(app.logger.lines.at(-1)).toMatch(/^refused a request to \/slack\/events \(400\): /);
    },
  );

  it('when garbage was refused, then the next good /complaint still opens the form and no case was filed', async () => {
    for (const [, body, type] of GARBAGE) await postToSlackEndpoint(app.url, SIGNING_SECRET, body, type);
    const trigger = 'trigger-after-garbage';
    const response = await postToSlackEndpoint(
      app.url,
      SIGNING_SECRET,
      slashCommandBody({ text: 'after', triggerId: trigger }),
      FORM,
    );
    expect(response.status).toBe(200);
    await app.slack.waitFor('views.open', (call) => call.args.trigger_id === trigger);
    expect(await app.stores.cases.listRecent(10)).toEqual([]);
  });

  it('when a garbage body is not signed, then it is answered 401, as any unsigned request is', async () => {
    const response = await postToSlackEndpoint(app.url, SIGNING_SECRET, 'null', JSON_TYPE, { signature: null });
    expect(response.status).toBe(401);
  });

  it('when the body is over 4 MB, then it is answered 413 unread', async () => {
    const response = await postToSlackEndpoint(app.url, SIGNING_SECRET, `text=${'a'.repeat(4 * 1024 * 1024)}`, FORM);
    expect(response.status).toBe(413);
  });

  it('when a body over 4 MB comes on a kept-alive connection, then the 413 closes it and the next request, on a new one, is answered', async () => {
    // As a load balancer reuses its connections: one client, one socket at a time, kept alive.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // Unsigned too: the size is checked first, so 5 MB is never hashed for a signature.
      const tooLarge = await send(agent, app.url, 'POST', `text=${'a'.repeat(5 * 1024 * 1024)}`);
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.headers.connection).toBe('close');
      const next = await send(agent, app.url.replace('/slack/events', '/healthz'), 'GET');
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it("when Slack's unsigned SSL check comes, then Bolt still answers it", async () => {
    const response = await postToSlackEndpoint(app.url, SIGNING_SECRET, 'ssl_check=1&token=legacy', FORM, {
      signature: null,
    });
    expect(response.status).toBe(200);
  });

  it('when an unsigned SSL check carries a complaint form too, then it is answered 200 and the form is never read', async () => {
    // The receiver checks no signature of its own (the guard did): a body smuggled beside ssl_check must stop here.
    const submit = complaintForm('smuggled in an SSL check', 'file me', { viewId: 'V_SMUGGLED' });
    const body = `ssl_check=1&${new URLSearchParams({ payload: JSON.stringify(submit) })}`;
    const response = await postToSlackEndpoint(app.url, SIGNING_SECRET, body, FORM, { signature: null });
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    // A form that was read is held before its acknowledgement: nothing is.
    expect(await app.stores.intake.heldBefore(new Date(8.64e15), 10)).toEqual([]);
  });

  it.each([
    ['of another version', (signature: string) => signature.replace(/^v0=/, 'v1=')],
    ['cut short', (signature: string) => signature.slice(0, -2)],
    ['one digit off', (signature: string) => signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0')],
    ['with the right hash and no version', (signature: string) => signature.replace(/^v0=/, '')],
  ])(
    'when a complaint form is submitted with its signature %s, then it is refused 401 and nothing is held',
    async (_name, spoil) => {
      const body = new URLSearchParams({
        payload: JSON.stringify(complaintForm('spoilt', 'sig', { viewId: 'V_SPOILT' })),
      });
      const timestamp = Math.floor(Date.now() / 1000);
      const response = await postToSlackEndpoint(app.url, SIGNING_SECRET, body.toString(), FORM, {
        timestamp,
        signature: spoil(signBody(SIGNING_SECRET, body.toString(), timestamp)),
      });
      expect(response.status).toBe(401);
      expect(app.logger.lines.at(-1)).toMatch(/\(401\): the signature does not match/);
      expect(await app.stores.intake.heldBefore(new Date(8.64e15), 10)).toEqual([]);
    },
  );

  it('when Slack checks the events URL, then the challenge is answered', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'legacy' });
    const response = await postToSlackEndpoint(app.url, SIGNING_SECRET, body, JSON_TYPE);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ challenge: 'c-123' });
  });
});

describe('the signed timestamp', () => {
  it.each([
    ['299 s in the past', -299],
    ['299 s in the future', 299],
  ])('when a signed request is stamped %s, then it is handled', async (_name, offset) => {
    const trigger = `trigger-stamped-${offset}`;
    const response = await commandAt(stampedIn(offset), trigger);
    expect(response.status).toBe(200);
    await app.slack.waitFor('views.open', (call) => call.args.trigger_id === trigger);
  });

  it.each([
    ['301 s in the past', -301],
    ['301 s in the future', 301],
  ])('when a signed request is stamped %s, then it is refused with 401 and nothing is done', async (_name, offset) => {
    const calls = app.slack.calls.length;
    const response = await commandAt(stampedIn(offset), `trigger-stamped-${offset}`);
    expect(response.status).toBe(401);
    expect(app.slack.calls.length).toBe(calls);
  });

  it('when a request is refused for its stamp, then the log says how far off it was', async () => {
    await commandAt(stampedIn(3600), 'trigger-an-hour-ahead');
    expect(app.logger.lines.at(-1)).toMatch(/timestamp is 3\d\d\d s in the future \(five minutes at most either way\)/);
  });
});
