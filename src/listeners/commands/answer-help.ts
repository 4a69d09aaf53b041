import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { HELP_SUBCOMMAND } from '../../blocks/ids.ts';
import { commandHelpText } from '../../blocks/messages/command-help.ts';
import type { ListenerContext } from '../listener-context.ts';

/**
 * Whether the command's text asks for help: `help` or `帮助` alone, in any case, full-width or not, with
 * any spaces around. "help me, the clasp broke" is a customer's words, and opens the form.
 */
export function isHelpRequest(text: string): boolean {
  const word = text.normalize('NFKC').trim().toLowerCase();
  return (HELP_SUBCOMMAND as readonly string[]).includes(word);
}

/** `/complaint help`: what the command can do, privately (an ephemeral ack), in the user's language. */
export function answerHelp(ctx: ListenerContext) {
  return async ({ ack, command }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const language = await ctx.languages.resolve(command.user_id);
    await ack({ response_type: 'ephemeral', text: commandHelpText(language) });
  };
}
