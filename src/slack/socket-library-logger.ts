import type { Logger } from '@slack/bolt';

/**
 * The Socket Mode library's own lines about a failing connection: an empty `WebSocket error occurred:`,
 * `WebSocket error! …`, `Failed to retrieve a new WSS URL (…)` and its Web API client's `http request
 * failed`. The bot says the same once, with the cause and what it does next (socket-connection.ts).
 */
const CONNECTION_CHATTER = /^(WebSocket error|Failed to retrieve a new WSS URL|http request failed)/;

/**
 * The logger for the Socket Mode receiver and its client: as `logger`, except that the library's
 * connection lines go out at debug, where they still help find a cause with LOG_LEVEL=debug.
 */
export function quietSocketLibrary(logger: Logger): Logger {
  const demoted =
    (write: (...messages: unknown[]) => void) =>
    (...messages: unknown[]) => {
      if (typeof messages[0] === 'string' && CONNECTION_CHATTER.test(messages[0])) logger.debug(...messages);
      else write(...messages);
    };
  return {
    debug: (...messages: unknown[]) => logger.debug(...messages),
    info: (...messages: unknown[]) => logger.info(...messages),
    warn: demoted((...messages) => logger.warn(...messages)),
    error: demoted((...messages) => logger.error(...messages)),
    setLevel: (level) => logger.setLevel(level),
    getLevel: () => logger.getLevel(),
    setName: (name) => logger.setName(name),
  };
}
