import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { parseComplaintForm } from '../../blocks/complaint-form.ts';
import { readFormMetadata } from '../../blocks/form-metadata.ts';
import { COMPLAINT_BLOCK } from '../../blocks/ids.ts';
import { t } from '../../blocks/messages/common.ts';
import { NOT_SAVED } from '../../blocks/messages/not-saved.ts';
import { buildNotSavedMessage } from '../../blocks/not-saved-message.ts';
import { caseIdFor } from '../../complaints/file-complaint.ts';
import { customerRefOf } from '../../domain/customer-ref.ts';
import { isAppError } from '../../errors.ts';
import { fileHeldComplaint } from '../file-held-complaint.ts';
import type { ListenerContext } from '../listener-context.ts';

/**
 * The complaint form: invalid fields go back inline before acknowledging, and so does a store that cannot
 * take the complaint (the form stays open with everything typed); a valid one is acknowledged within
 * Slack's 3 s and then analysed, stored and posted.
 */
export function submitComplaintForm(ctx: ListenerContext) {
  return async ({ ack, body, view, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs): Promise<void> => {
    const language = ctx.languages.cached(body.user.id) ?? (await ctx.languages.resolve(body.user.id));
    const { customerKey } = ctx.config;
    const parsed = parseComplaintForm(
      view.state.values,
      ctx.clock(),
      language,
      customerKey === undefined ? undefined : (typed) => customerRefOf(typed, customerKey),
    );
    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    if (!(await ctx.storeWatch.check()).ok) {
      await ack({
        response_action: 'errors',
        errors: { [COMPLAINT_BLOCK.narrative]: t(NOT_SAVED.formError, language) },
      });
      return;
    }
    const { complaint } = parsed;
    const { source } = readFormMetadata(view.private_metadata);
    const held = {
      version: 0,
      id: view.id,
      complaint,
      owner: body.user.id,
      ...(source
        ? { source: { channel: source.channel, ts: source.ts, ...(source.files ? { files: source.files } : {}) } }
        : {}),
      receivedAt: ctx.clock().toISOString(),
    };
    // Held in the store before the form closes: a bot that dies between the acknowledgement and the case
    // being stored files it at its next start, instead of losing a complaint staff saw accepted.
    try {
      await ctx.stores.intake.hold(held);
    } catch {
      void ctx.storeWatch.check();
      await ack({
        response_action: 'errors',
        errors: { [COMPLAINT_BLOCK.narrative]: t(NOT_SAVED.formError, language) },
      });
      return;
    }
    await ack();
    await ctx.ackGate
      .afterAck(async () => fileHeldComplaint(ctx, client, held))
      .catch(async (error: unknown) => {
        // The store failed after the form closed: the watch logs it and turns /healthz 503, and unless the
        // case did get stored, its owner gets their text back. The outbox is in that store, so this message
        // goes to Slack directly.
        if (!isAppError(error) || error.code !== 'store_unavailable') throw error;
        void ctx.storeWatch.check();
        const stored = await ctx.stores.cases.get(caseIdFor(view.id)).catch(() => undefined);
        if (stored) throw error;
        // They are given their text back to file again, so the held copy must not be filed too at the next
        // start; if the store cannot even drop it, it is filed then (a rare second case, never a lost one).
        await ctx.stores.intake.release(held.id).catch(() => undefined);
        await client.chat.postMessage({ channel: body.user.id, ...buildNotSavedMessage(complaint, language) });
      });
  };
}
