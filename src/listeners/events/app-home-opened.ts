import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { buildAppHome } from '../../blocks/app-home.js';
import type { ListenerContext } from '../listener-context.js';

const LIST_SIZE = 15;

/** App Home: the staff member's open cases and the store's recent ones. */
export function publishAppHome(ctx: ListenerContext) {
  return async ({ event, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    const language = await ctx.languages.resolve(event.user);
    const mine = (await ctx.stores.cases.listByOwner(event.user, 50)).filter((record) => record.status !== 'closed');
    const recent = await ctx.stores.cases.listRecent(LIST_SIZE);
    await client.views.publish({
      user_id: event.user,
      view: buildAppHome({ language, mine: mine.slice(0, LIST_SIZE), recent, policy: ctx.policy, now: ctx.clock() }),
    });
  };
}
