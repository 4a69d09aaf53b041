import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postToSlackEndpoint, signBody, slashCommandBody } from '../helpers/signed-request.ts';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('the HTTP receiver', () => {
  it('when the bot is running, then GET /healthz answers 200', async () => {
    const response = await fetch(app.url.replace('/slack/events', '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('when a request is signed with the wrong secret, then it is refused and nothing reaches Slack', async () => {
    const before = app.slack.calls.length;
    const body = slashCommandBody({ text: 'forged' });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await postToSlackEndpoint(app.url, SIGNING_SECRET, body, 'application/x-www-form-urlencoded', {
      signature: signBody('not-the-secret', body, timestamp),
      timestamp,
    });
    expect(response.status).toBe(401);
    expect(app.slack.calls.length).toBe(before);
  });

  it('when a request carries no signature, then it is refused', async () => {
    const response = await postToSlackEndpoint(
      app.url,
      SIGNING_SECRET,
      slashCommandBody({ text: 'unsigned' }),
      'application/x-www-form-urlencoded',
      { signature: null },
    );
    expect(response.status).toBe(401);
  });

  it('when a correctly signed request is over 5 minutes old, then it is refused as a replay', async () => {
    const before = app.slack.callsOf('views.open').length;
    const response = await app.command('stale', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(response.status).toBe(401);
    expect(app.slack.callsOf('views.open').length).toBe(before);
  });

  it('when the body was changed after signing, then it is refused', async () => {
    const body = slashCommandBody({ text: 'original' });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await postToSlackEndpoint(
      app.url,
      SIGNING_SECRET,
      body.replace('original', 'tampered'),
      'application/x-www-form-urlencoded',
      { signature: signBody(SIGNING_SECRET, body, timestamp), timestamp },
    );
    expect(response.status).toBe(401);
  });
});
