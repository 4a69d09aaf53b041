import type { App, ReceiverEvent } from '@slack/bolt';
import type { Metrics } from './metrics.ts';

/** The kinds of request Slack sends, as the label of the ack metric; anything else is `other`. */
const KINDS = new Set([
  'block_actions',
  'block_suggestion',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'event_callback',
]);

/** What kind of request a body is: `command` for a slash command, else its `type`, bounded to the known ones. */
export function requestKind(body: unknown): string {
  if (typeof body !== 'object' || body === null) return 'other';
  const { command, type } = body as { command?: unknown; type?: unknown };
  if (typeof command === 'string') return 'command';
  if (typeof type === 'string' && KINDS.has(type)) return type === 'event_callback' ? 'event' : type;
  return 'other';
}

/**
 * Times every acknowledgement from the moment the receiver hands the request to the app. Bolt gives global
 * middleware a copy of `ack`, so the one place to see every ack (events are acknowledged before middleware
 * runs) is the event the receiver passes to `processEvent`; both receivers call it on the app they were
 * given, so wrapping it here covers HTTP and Socket Mode alike.
 */
export function timeAcks(app: App, metrics: Pick<Metrics, 'ackSent'>, now = () => performance.now()): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event: ReceiverEvent) => {
    const started = now();
    const kind = requestKind(event.body);
    let timed = false;
    return processEvent({
      ...event,
      ack: async (response) => {
        try {
          return await event.ack(response);
        } finally {
          if (!timed) metrics.ackSent(kind, (now() - started) / 1000);
          timed = true;
        }
      },
    });
  };
}
