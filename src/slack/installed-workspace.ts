import type { WebClient } from '@slack/web-api';
import { type GrantedScopes, scopesOf } from './granted-scopes.ts';

/**
 * Where the bot's token was installed, as Slack's `auth.test` says at start-up: one workspace, or an
 * Enterprise Grid organisation when the app was installed org-wide (then every workspace in it is served).
 */
export type InstalledWorkspace = ({ orgWide: false; teamId: string } | { orgWide: true; enterpriseId: string }) & {
  /** The bot token's scopes, when Slack said (see granted-scopes.ts). */
  scopes?: GrantedScopes;
};

/** Asks Slack where the bot token belongs; a token Slack names no workspace for is refused like a bad token. */
export async function readInstalledWorkspace(client: WebClient): Promise<InstalledWorkspace> {
  const answer = await client.auth.test();
  const scopes = scopesOf(answer);
  const granted = scopes ? { scopes } : {};
  if (answer.is_enterprise_install && answer.enterprise_id)
    return { orgWide: true, enterpriseId: answer.enterprise_id, ...granted };
  if (answer.team_id) return { orgWide: false, teamId: answer.team_id, ...granted };
  throw new Error('auth.test named no workspace for the bot token');
}

/** Whether a request from a workspace (and the organisation it is in, if any) is one the bot serves. */
export function servesWorkspace(
  installed: InstalledWorkspace,
  from: { teamId?: string | undefined; enterpriseId?: string | undefined },
): boolean {
  return installed.orgWide ? from.enterpriseId === installed.enterpriseId : from.teamId === installed.teamId;
}

/** The workspace as a log line names it. */
export function describeWorkspace(installed: InstalledWorkspace): string {
  return installed.orgWide ? `the organisation ${installed.enterpriseId}` : `the workspace ${installed.teamId}`;
}
