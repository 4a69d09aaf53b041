import type { App } from '@slack/bolt';
import { SHORTCUT } from '../blocks/ids.ts';
import { registerActions } from './actions/index.ts';
import { registerCommands } from './commands/index.ts';
import { publishAppHome } from './events/app-home-opened.ts';
import type { ListenerContext } from './listener-context.ts';
import { fileFromShortcut } from './shortcuts/file-from-shortcut.ts';
import { registerViews } from './views/index.ts';

/** Wires every surface's listeners; app.ts calls only this. */
export function registerListeners(app: App, ctx: ListenerContext): void {
  registerCommands(app, ctx);
  registerViews(app, ctx);
  registerActions(app, ctx);
  app.event('app_home_opened', publishAppHome(ctx));
  app.shortcut(SHORTCUT.fileMessage, fileFromShortcut(ctx));
  app.shortcut(SHORTCUT.fileComplaint, fileFromShortcut(ctx));
}
