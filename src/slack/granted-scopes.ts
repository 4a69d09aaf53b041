/**
 * What Slack says the bot token may do: the scopes of its `x-oauth-scopes` header, which the Web API client
 * puts in `response_metadata.scopes`. Undefined when Slack did not say (a proxy dropped the header, a test
 * double), and then nothing is taken to be missing.
 */
export type GrantedScopes = readonly string[] | undefined;

/** The scopes an answer of Slack's reports, if it reports any. */
export function scopesOf(answer: { response_metadata?: { scopes?: string[] } }): GrantedScopes {
  const scopes = answer.response_metadata?.scopes;
  return Array.isArray(scopes) && scopes.length > 0 ? scopes : undefined;
}

/**
 * Whether Slack said the token lacks `scope`. An app installed from an older manifest keeps its old scopes
 * until someone reinstalls it, so features that need a new scope check here instead of failing in Slack.
 */
export function lacksScope(scopes: GrantedScopes, scope: string): boolean {
  return scopes !== undefined && !scopes.includes(scope);
}

/** Logged at start-up by an app installed before the complaint form took photos and receipts (issue 15). */
export const FILES_READ_MISSING =
  'the app lacks the files:read scope: the complaint form is shown without "Photos and receipts" until files:read is added (manifest.yml) and the app is reinstalled to the workspace';
