import type { App } from '@slack/bolt';
import { COMMAND } from '../../blocks/ids.js';
import type { ListenerContext } from '../listener-context.js';
import { routeComplaintCommand } from './route-complaint-command.js';

export function registerCommands(app: App, ctx: ListenerContext): void {
  app.command(COMMAND.complaint, routeComplaintCommand(ctx));
}
