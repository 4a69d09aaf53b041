/** SLACK_API_URL when none is set: Slack's own Web API. */
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';
