import type { Logger, SocketModeReceiver } from '@slack/bolt';
import { describeStartFailure } from './start-failure.ts';

/** The longest wait between two tries to reconnect, however long Slack has been out of reach. */
export const MAX_RECONNECT_WAIT_MS = 30_000;

/** The Socket Mode connection as the health check reads it. */
export type SocketStatus = { ok: true } | { ok: false; reason: string };

/** What the bot knows of its Socket Mode connection once started, and how it keeps it. */
export interface SocketConnection {
  status(): SocketStatus;
}

type State = 'starting' | 'connected' | 'reconnecting' | 'stopped';

/**
 * The wait before try `failures + 1` after `failures` failed ones: 1 s doubling up to 30 s, each drawn
 * between half and all of that, so bots that lost Slack together do not all come back in the same second.
 */
export function reconnectWait(failures: number, random: () => number = Math.random): number {
  const full = Math.min(MAX_RECONNECT_WAIT_MS, 1000 * 2 ** Math.max(0, failures - 1));
  return Math.round(full * (0.5 + random() / 2));
}

/** A Web API error (apps.connections.open failed), matched by its code as bolt may carry its own copy. */
function isWebApiError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('slack_webapi_');
}

/**
 * Keeps the Socket Mode connection up for as long as the bot runs. The Socket Mode client reconnects by
 * itself, but a reconnect whose apps.connections.open fails (Slack out of reach, as in a network outage)
 * ends in a promise nobody awaits and no further try; so its own reconnecting is turned off (the receiver
 * must be built with `autoReconnectEnabled: false`) and done here instead: at once when the socket closes,
 * then with a growing wait (at most 30 s) for as long as it takes, each failure logged with its cause and
 * shown on the health check. Start-up still fails at once on a Web API error (a refused token, Slack out
 * of reach), which the caller explains; a socket that closes before Slack's hello is tried again until the
 * start-up deadline. The receiver's `start` is replaced to do so.
 */
export function keepSocketConnected(
  receiver: SocketModeReceiver,
  options: { logger: Logger; slackApiUrl: string; random?: () => number },
): SocketConnection {
  const { client } = receiver;
  const { logger } = options;
  let state: State = 'starting';
  let failures = 0;
  let lastFailure: string | undefined;
  let lostAt = 0;
  let timer: NodeJS.Timeout | undefined;
  /** What the socket said last before it closed (an ErrorEvent's cause), for the line saying it was lost. */
  let socketError: string | undefined;
  /** Slack's reason when it asked for the socket to be replaced (it does so every few hours), not lost. */
  let refreshReason: string | undefined;

  const describe = (error: unknown): string =>
    describeStartFailure(error, 'SLACK_APP_TOKEN', options.slackApiUrl)?.message ??
    (error instanceof Error
      ? error.message
      : `the WebSocket to Slack closed before Slack said hello${socketError ? ` (${socketError})` : ''}`);

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });

  const reconnect = async (): Promise<void> => {
    while (state === 'reconnecting') {
      logger.info(`Socket Mode: reconnecting to Slack (try ${failures + 1})`);
      socketError = undefined;
      try {
        await client.start();
        return;
      } catch (error) {
        if (state !== 'reconnecting') return;
        failures += 1;
        lastFailure = describe(error);
        const ms = reconnectWait(failures, options.random);
        logger.warn(`Socket Mode: could not reconnect (${lastFailure}); next try in ${Math.ceil(ms / 1000)} s`);
        await wait(ms);
      }
    }
  };

  client.on('error', (error: unknown) => {
    const cause = (error as { original?: unknown })?.original ?? error;
    socketError = cause instanceof Error && cause.message ? cause.message : undefined;
  });
  client.on('ws_message', (data: unknown) => {
    if (typeof data !== 'string' || !data.includes('"disconnect"')) return;
    try {
      const message = JSON.parse(data) as { type?: unknown; reason?: unknown };
      if (message.type === 'disconnect') refreshReason = String(message.reason ?? 'no reason given');
    } catch {
      // Not JSON: the message guard says so.
    }
  });
  client.on('connected', () => {
    if (state === 'reconnecting') {
      const seconds = Math.round((Date.now() - lostAt) / 1000);
      const tries = failures + 1;
      logger.info(
        `Socket Mode: connected to Slack again after ${seconds} s (${tries} ${tries === 1 ? 'try' : 'tries'})`,
      );
    }
    state = 'connected';
    failures = 0;
    lastFailure = undefined;
  });
  client.on('disconnecting', () => {
    state = 'stopped';
    clearTimeout(timer);
  });
  client.on('disconnected', () => {
    // Only a socket that was up: a try that fails is handled where it was made.
    if (state !== 'connected') return;
    state = 'reconnecting';
    lostAt = Date.now();
    if (refreshReason) logger.info(`Socket Mode: Slack asked for a new connection (${refreshReason}); reconnecting`);
    else
      logger.warn(`Socket Mode: lost the connection to Slack${socketError ? ` (${socketError})` : ''}; reconnecting`);
    refreshReason = undefined;
    reconnect().catch((error: unknown) => logger.error('Socket Mode: reconnecting failed:', error));
  });

  receiver.start = async () => {
    for (;;) {
      try {
        return await client.start();
      } catch (error) {
        // A refused token or Slack out of reach is the caller's to explain; stopping (the deadline) ends it.
        if (isWebApiError(error) || state === 'stopped') throw error;
        failures += 1;
        logger.debug(`Socket Mode: ${describe(error)}; trying again`);
        await wait(reconnectWait(failures, options.random));
      }
    }
  };

  return {
    status(): SocketStatus {
      if (state === 'connected') return { ok: true };
      if (state === 'reconnecting') {
        return {
          ok: false,
          reason: `no Socket Mode connection to Slack: reconnecting${lastFailure ? ` (last try: ${lastFailure})` : ''}`,
        };
      }
      return { ok: false, reason: `no Socket Mode connection to Slack: ${state}` };
    },
  };
}
