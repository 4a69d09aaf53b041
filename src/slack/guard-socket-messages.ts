import type { Logger, SocketModeReceiver } from '@slack/bolt';
import { checkSlackBody, isJsonObject } from './slack-body.ts';

/** The event the Socket Mode client reads each WebSocket message from. */
const MESSAGE_EVENT = 'ws_message';

type MessageHandler = (data: unknown, isBinary: unknown) => unknown;

function textOf(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return undefined;
}

/**
 * Why a Socket Mode message must not reach the client, or undefined when it may. The client reads an
 * envelope's `type` and an events_api envelope's `payload.event.type` unguarded, and Bolt reads the payload
 * as it reads an HTTP body; a throw there is a promise nobody awaits, which stops the bot.
 */
function checkEnvelope(data: unknown): string | undefined {
  const text = textOf(data);
  if (text === undefined) return 'it is not text';
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return 'it is not JSON';
  }
  if (!isJsonObject(envelope)) return 'it is not a JSON object';
  // Slack's own connection messages carry no payload.
  if (envelope.type === 'hello' || envelope.type === 'disconnect') return undefined;
  if (typeof envelope.type !== 'string' || typeof envelope.envelope_id !== 'string') {
    return 'it has no envelope type and id';
  }
  const { payload } = envelope;
  if (envelope.type === 'events_api' && !(isJsonObject(payload) && payload.event !== undefined)) {
    return 'an events_api envelope without an event';
  }
  const verdict = checkSlackBody(payload);
  return verdict.ok ? undefined : `its ${envelope.type} payload is refused: ${verdict.reason}`;
}

/**
 * Puts a guard in front of the Socket Mode client's message handling: a message that is not a Slack envelope
 * with a payload of a kind Slack sends is logged and dropped. It is not acknowledged, as an HTTP request
 * refused with 400 is not: Slack may send it again a few times, and gives up. Returns the receiver.
 */
export function guardSocketMessages(receiver: SocketModeReceiver, logger: Logger): SocketModeReceiver {
  const { client } = receiver;
  const handlers = client.listeners(MESSAGE_EVENT) as MessageHandler[];
  // A client that reads its messages some other way would leave this guard guarding nothing: say so at start.
  if (handlers.length === 0) throw new Error(`the Socket Mode client has no '${MESSAGE_EVENT}' handler to guard`);
  client.removeAllListeners(MESSAGE_EVENT);
  client.on(MESSAGE_EVENT, (data: unknown, isBinary: unknown) => {
    // Binary frames the client ignores by itself.
    const refusal = isBinary === true ? undefined : checkEnvelope(data);
    if (refusal) {
      logger.warn(`dropped a Socket Mode message: ${refusal}`);
      return;
    }
    for (const handler of handlers) {
      // The client's handler is async and nobody awaits it: whatever slips past the check is logged, not fatal.
      Promise.resolve()
        .then(() => handler.call(client, data, isBinary))
        .catch((error: unknown) => logger.error('a Socket Mode message failed before Bolt could handle it:', error));
    }
  });
  return receiver;
}
