import type { Server } from 'node:http';

/**
 * Counts HTTP requests whose response (the acknowledgement) has not gone out yet, so that slow work
 * started after an acknowledgement can wait for a quiet moment: in a burst every request is acknowledged
 * first, and the analysing, storing and posting follow. Slack allows 3 s to acknowledge and no deadline
 * for the rest. The wait is bounded, so a steady stream of requests never starves the work.
 */
export class AckGate {
  private pending = 0;
  private waiters: (() => void)[] = [];

  /** Starts counting the requests of a server (HTTP mode; in Socket Mode nothing is counted). */
  track(server: Server): void {
    server.prependListener('request', (_request, response) => {
      this.pending += 1;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        this.pending -= 1;
        if (this.pending === 0) this.wake();
      };
      response.once('finish', release);
      response.once('close', release);
    });
  }

  /** Resolves when no request awaits its acknowledgement, or after `maxWaitMs`. */
  quiet(maxWaitMs = 500): Promise<void> {
    return new Promise((resolve) => {
      // Always yield once, so acknowledgements already written reach the socket first.
      setImmediate(() => {
        if (this.pending === 0) {
          resolve();
          return;
        }
        const timer = setTimeout(resolve, maxWaitMs);
        timer.unref();
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    });
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }
}
