import type { WebClient } from '@slack/web-api';

/** Whether someone can take a case: a person here (`ok`), a bot or app, someone deactivated, or unknown now. */
export type ColleagueCheck = 'ok' | 'bot' | 'inactive' | 'unknown';

/**
 * Asks Slack who a chosen user is (users.info): a case goes to a person who can act on it, never to a bot
 * (a users_select lists apps too) nor to a deactivated account. Slack unreachable reads `unknown`: the form
 * says to try again rather than hand a case to someone nobody checked.
 */
export async function checkColleague(client: WebClient, userId: string): Promise<ColleagueCheck> {
  try {
    const { user } = await client.users.info({ user: userId });
    if (!user) return 'inactive';
    // Slackbot is no bot by its flags, yet nobody there answers a customer.
    if (user.is_bot || user.is_app_user || user.id === 'USLACKBOT') return 'bot';
    if (user.deleted) return 'inactive';
    return 'ok';
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code === 'user_not_found' || code === 'user_not_visible') return 'inactive';
    return 'unknown';
  }
}
