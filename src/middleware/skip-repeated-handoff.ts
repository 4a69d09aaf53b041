import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ListenerContext } from '../listeners/listener-context.ts';

const MetadataSchema = z.object({ caseId: z.string().min(1).max(64) });

/**
 * In front of the handoff form's submit: a second submit of a form whose handoff is recorded (a double
 * click, Slack's retry) is acknowledged and goes no further — not even to the owner check, which the one
 * who handed the case on would now fail. The use case checks again inside its atomic write.
 */
export function skipRepeatedHandoff(ctx: ListenerContext) {
  return async (args: AllMiddlewareArgs & SlackViewMiddlewareArgs): Promise<void> => {
    let caseId: string | undefined;
    try {
      caseId = MetadataSchema.safeParse(JSON.parse(args.view.private_metadata)).data?.caseId;
    } catch {
      caseId = undefined;
    }
    const record = caseId ? await ctx.stores.cases.get(caseId) : undefined;
    const form = args.view.id;
    if (record?.history.some((event) => event.type === 'handed-over' && event.form === form)) {
      await args.ack();
      return;
    }
    await args.next();
  };
}
