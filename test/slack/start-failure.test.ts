import { describe, expect, it } from 'vitest';
import { DEFAULT_SLACK_API_URL } from '../../src/slack/slack-api-url.ts';
import { describeStartFailure } from '../../src/slack/start-failure.ts';

// The lines npm start prints for Slack's own URL, which a test process cannot reach: test/main.test.ts runs
// the same cases end to end against loopback servers standing in for Slack.

const httpError = (statusCode: number) => ({ code: 'slack_webapi_http_error', statusCode });

describe('describeStartFailure', () => {
  it('when Slack itself answers 5xx, then the line says Slack is having trouble and to try again, and never blames SLACK_API_URL', () => {
    expect(describeStartFailure(httpError(503), 'SLACK_BOT_TOKEN', DEFAULT_SLACK_API_URL)?.message).toBe(
      'Slack at https://slack.com/api/ answered HTTP 503: Slack is having trouble (see https://status.slack.com), start the bot again in a few minutes',
    );
  });

  it('when a 4xx answers, then the line points at SLACK_API_URL and any proxy', () => {
    expect(describeStartFailure(httpError(404), 'SLACK_BOT_TOKEN', 'http://proxy.example/slack/')?.message).toBe(
      "Slack at http://proxy.example/slack/ answered HTTP 404: check SLACK_API_URL (the Web API's base, such as https://slack.com/api/) and any proxy in between",
    );
  });

  it('when the body is a web page, then the line says so and shows none of it', () => {
    const error = {
      code: 'slack_webapi_platform_error',
      data: { error: '<html lang="en"><body>Sign in</body></html>' },
    };
    const line = describeStartFailure(error, 'SLACK_BOT_TOKEN', DEFAULT_SLACK_API_URL)?.message;
    expect(line).toMatch(/answered with a web page, not the Slack Web API/);
    expect(line).not.toMatch(/Sign in/);
  });

  it('when Slack answers an error code, then the line names it as before', () => {
    const error = { code: 'slack_webapi_platform_error', data: { error: 'account_inactive' } };
    expect(describeStartFailure(error, 'SLACK_BOT_TOKEN', DEFAULT_SLACK_API_URL)?.message).toMatch(
      /^Slack refused SLACK_BOT_TOKEN \(account_inactive\): /,
    );
  });
});
