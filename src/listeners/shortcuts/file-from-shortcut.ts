import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { COMPLAINT_LIMITS } from '../../domain/complaint.ts';
import { COMPLAINT_FILES_MAX, type ComplaintFile, readSlackFile } from '../../domain/complaint-files.ts';
import type { ListenerContext } from '../listener-context.ts';
import { openComplaintForm } from '../open-complaint-form.ts';

/**
 * The two shortcuts that open the complaint form: "File as a complaint" on any message (a customer's e-mail
 * pasted in a channel, a colleague's report) opens it with the message as "what happened" and remembers the
 * message, so the case links back to it; the global one opens it empty, as `/complaint` does.
 */
export function fileFromShortcut(ctx: ListenerContext) {
  return async ({ ack, shortcut, client }: AllMiddlewareArgs & SlackShortcutMiddlewareArgs): Promise<void> => {
    await ack();
    await ctx.ackGate.afterAck(
      () => {
        const request = { user: shortcut.user.id, triggerId: shortcut.trigger_id };
        // A message shortcut names its message; the body guard checked the type, not these fields.
        const channel = shortcut.type === 'message_action' ? shortcut.channel?.id : undefined;
        const message = shortcut.type === 'message_action' ? shortcut.message : undefined;
        if (!channel || typeof message?.ts !== 'string') return openComplaintForm(ctx, client, request);
        const text = typeof message.text === 'string' ? message.text : '';
        // Slack cannot prefill a file input, so the message's photos and receipts go with the case as links.
        const files = Array.isArray(message.files)
          ? message.files
              .map(readSlackFile)
              .filter((file): file is ComplaintFile => file !== undefined)
              .slice(0, COMPLAINT_FILES_MAX)
          : [];
        return openComplaintForm(ctx, client, {
          ...request,
          narrative: text.slice(0, COMPLAINT_LIMITS.narrative),
          channel,
          source: { channel, ts: message.ts, ...(files.length > 0 ? { files } : {}) },
        });
      },
      { urgent: true },
    );
  };
}
