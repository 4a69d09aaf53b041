import type { App } from '@slack/bolt';
import { COMMAND } from '../../blocks/ids.js';
import type { ListenerContext } from '../listener-context.js';
import { openComplaintModal } from './open-complaint-modal.js';

export function registerCommands(app: App, ctx: ListenerContext): void {
  app.command(COMMAND.complaint, openComplaintModal(ctx));
}
