import type { Logger, LogLevel } from '@slack/bolt';

/** A logger whose lines can be held back while the bot starts; see {@link holdLogger}. */
export interface HeldLogger extends Logger {
  /** Writes the held lines, in order, and passes every later line straight through. */
  release(): void;
  /** Drops the held lines (the start failed and one line says why) and passes later lines through. */
  discard(): void;
}

/**
 * Holds back what Bolt, the Socket Mode client and the Web API client log while the bot starts (a warning
 * per failed request, "Failed to retrieve a new WSS URL", …), so a start that fails prints one line naming
 * the cause rather than that line after a page of library noise; a start that succeeds writes them all.
 */
export function holdLogger(inner: Logger): HeldLogger {
  let held: (() => void)[] | undefined = [];
  const pass =
    (write: (...messages: unknown[]) => void) =>
    (...messages: unknown[]) => {
      if (held) held.push(() => write(...messages));
      else write(...messages);
    };
  return {
    debug: pass((...messages) => inner.debug(...messages)),
    info: pass((...messages) => inner.info(...messages)),
    warn: pass((...messages) => inner.warn(...messages)),
    error: pass((...messages) => inner.error(...messages)),
    setLevel: (level: LogLevel) => inner.setLevel(level),
    getLevel: () => inner.getLevel(),
    setName: (name: string) => inner.setName(name),
    release() {
      const lines = held ?? [];
      held = undefined;
      for (const write of lines) write();
    },
    discard() {
      held = undefined;
    },
  };
}
