import { isAppError } from '../errors.ts';
import { describeError } from './kv-engine.ts';

/** Whether the store can be used, and why not when it cannot (one line, credentials masked). */
export type StoreStatus = { ok: true } | { ok: false; reason: string };

/** Where the watch reports a change of state: once when the store is lost, once when it is back. */
export interface StoreWatchLog {
  error(message: string): void;
  info(message: string): void;
}

export interface StoreWatchOptions {
  /** One cheap round trip that throws when the store cannot be used; see Stores.probe. */
  probe: () => Promise<void>;
  log: StoreWatchLog;
  /** Runs when the store answers again after failing, e.g. to send the posts queued meanwhile. */
  onRecovered?: () => void;
  /** Runs when the store stops answering, e.g. to pause timers that would only fail. */
  onLost?: () => void;
  /** How long one probe may take before the store counts as not answering (default 1.5 s). */
  timeoutMs?: number;
}

/** Knows whether the store answers: asked on demand (the health check, a complaint about to be filed) and on a timer. */
export interface StoreWatch {
  /** Probes now (joining a probe already under way) and returns the store's state. */
  check(): Promise<StoreStatus>;
  /** The state the last probe found, without asking the store. */
  status(): StoreStatus;
  /** Probes every `intervalMs`, so a store lost while nobody asks is still logged and noticed. */
  start(intervalMs: number): void;
  stop(): void;
}

const DEFAULT_TIMEOUT_MS = 1500;

/**
 * Watches the store through its probe. A lost store is logged once as an error with the reason, and its
 * return once; in between, every check says why, for /healthz and for the staff whose complaint could not
 * be saved. A store that was removed under the bot (SQLite) never comes back: its probe keeps failing.
 */
export function createStoreWatch(options: StoreWatchOptions): StoreWatch {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let current: StoreStatus = { ok: true };
  let inFlight: Promise<StoreStatus> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const settle = (next: StoreStatus): StoreStatus => {
    const previous = current;
    current = next;
    if (previous.ok && !next.ok) {
      options.log.error(`store: ${next.reason}`);
      options.onLost?.();
    } else if (!previous.ok && next.ok) {
      options.log.info('store: answering again; posts queued meanwhile are being sent');
      options.onRecovered?.();
    }
    return next;
  };

  const probe = async (): Promise<StoreStatus> => {
    let deadline: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        options.probe(),
        new Promise<never>((_resolve, reject) => {
          deadline = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
        }),
      ]);
      return settle({ ok: true });
    } catch (error) {
      const reason = isAppError(error) ? error.message : `the store does not answer: ${describeError(error)}`;
      return settle({ ok: false, reason });
    } finally {
      clearTimeout(deadline);
    }
  };

  const check = (): Promise<StoreStatus> => {
    inFlight ??= probe().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  return {
    check,
    status: () => current,
    start(intervalMs) {
      timer ??= setInterval(() => void check(), intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
