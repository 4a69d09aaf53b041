import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { buildAppHome } from '../../blocks/app-home.js';
import type { ListenerContext } from '../listener-context.js';

const LIST_SIZE = 15;

/** App Home: the staff member's open cases and their store's recent ones. */
export function publishAppHome(ctx: ListenerContext) {
  return async ({ event, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    const language = await ctx.languages.resolve(event.user);
    const owned = await ctx.stores.cases.listByOwner(event.user, 50);
    const mine = owned.filter((record) => record.status !== 'closed');
    // Staff belong to the store of their latest case; someone with none yet sees the whole chain's.
    const store = owned[0]?.store;
    const recent = await ctx.stores.cases.listRecent(LIST_SIZE, store);
    await client.views.publish({
      user_id: event.user,
      view: buildAppHome({ language, mine: mine.slice(0, LIST_SIZE), recent, policy: ctx.policy, now: ctx.clock() }),
    });
  };
}
