import type { App } from '@slack/bolt';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import { publishAppHome } from './events/app-home-opened.js';
import type { ListenerContext } from './listener-context.js';
import { registerViews } from './views/index.js';

/** Wires every surface's listeners; app.ts calls only this. */
export function registerListeners(app: App, ctx: ListenerContext): void {
  registerCommands(app, ctx);
  registerViews(app, ctx);
  registerActions(app, ctx);
  app.event('app_home_opened', publishAppHome(ctx));
}
