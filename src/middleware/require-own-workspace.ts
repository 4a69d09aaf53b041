import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { OTHER_WORKSPACE_REPLY } from '../blocks/messages/replies.ts';
import type { Language } from '../shared/language.ts';
import { describeWorkspace, type InstalledWorkspace, servesWorkspace } from '../slack/installed-workspace.ts';

/**
 * Global middleware: a request from a workspace the bot was not installed in is refused before any listener
 * sees it, since Slack signs requests with the app's secret whichever workspace they come from, and the
 * bot's one token can act only where it was installed. A command is answered privately with why; a click
 * or form is acknowledged and dropped; an event (already acknowledged by Bolt) is dropped. Nothing is filed
 * or changed, and Slack is not called. `installed` is undefined until start-up has asked Slack, and nothing
 * is served before that.
 */
export function requireOwnWorkspace(options: {
  installed: () => InstalledWorkspace | undefined;
  /** The language a user's reply is in, without calling Slack (the user is someone else's). */
  languageOf: (userId: string | undefined) => Language;
}): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const installed = options.installed();
    const from = { teamId: args.context.teamId, enterpriseId: args.context.enterpriseId };
    if (installed && servesWorkspace(installed, from)) {
      await args.next();
      return;
    }
    const origin = [from.teamId, from.enterpriseId].filter(Boolean).join(' in ') || 'an unnamed workspace';
    args.logger.warn(
      `refused a request from ${origin}: the bot serves ${installed ? describeWorkspace(installed) : 'no workspace yet'}`,
    );
    if ('command' in args) {
      const text = OTHER_WORKSPACE_REPLY[options.languageOf(args.context.userId)];
      await args.ack({ response_type: 'ephemeral', text });
      return;
    }
    if ('options' in args) {
      await args.ack({ options: [] });
      return;
    }
    if ('ack' in args && args.ack) await args.ack();
  };
}
