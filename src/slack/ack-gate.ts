import type { Server } from 'node:http';

/**
 * Counts HTTP requests whose response (the acknowledgement) has not gone out yet, and runs the slow work
 * that follows an acknowledgement (analysing, storing, posting) in the quiet moments between them. Slack
 * allows 3 s to acknowledge and no deadline for the rest, so in a burst every request is acknowledged
 * first. Work runs a few tasks at a time and each task starts only when nothing awaits acknowledgement:
 * fifty tasks released at once would hold the event loop for all their synchronous slices together. The
 * wait is bounded, so a steady stream of requests never starves the work.
 */
export class AckGate {
  private pending = 0;
  private waiters: (() => void)[] = [];
  private readonly urgent: (() => Promise<void>)[] = [];
  private readonly queue: (() => Promise<void>)[] = [];
  private running = 0;
  private runningUrgent = 0;
  private idleWaiters: (() => void)[] = [];

  /**
   * @param concurrency how many post-acknowledgement tasks may run at once; enough to overlap Slack's
   *   round trips (a trigger_id must be used within 3 s), few enough that their CPU slices stay short.
   * @param maxWaitMs how long a task waits for a quiet moment before it starts anyway.
   */
  private readonly concurrency: number;
  private readonly maxWaitMs: number;

  constructor(concurrency = 4, maxWaitMs = 500) {
    this.concurrency = concurrency;
    this.maxWaitMs = maxWaitMs;
  }

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

  /**
   * Runs `task` after the acknowledgements in flight, a few tasks at a time; resolves or rejects with
   * the task. An urgent task (one holding a trigger_id, which expires 3 s after the click) starts as soon
   * as the acknowledgements in flight are out, ahead of and beside the work that has no deadline.
   */
  afterAck<T>(task: () => Promise<T>, options: { urgent?: boolean } = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      (options.urgent ? this.urgent : this.queue).push(() => task().then(resolve, reject));
      this.pump();
    });
  }

  /**
   * Resolves once every task handed to {@link afterAck} has finished (true), or after `timeoutMs` (false).
   * Stopping waits for this before the store closes: an acknowledged complaint is stored, with every
   * index it belongs on, rather than cut off half-written by the shutdown.
   */
  drain(timeoutMs: number): Promise<boolean> {
    if (this.idle()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /** How many tasks are queued or running. */
  get busy(): number {
    return this.urgent.length + this.queue.length + this.running + this.runningUrgent;
  }

  private idle(): boolean {
    return this.busy === 0;
  }

  /**
   * Resolves when no request awaits its acknowledgement, or after `maxWaitMs`. Work that follows an
   * acknowledgement awaits it between its steps too (filing, the sweeps over open cases): a task that
   * started in a quiet moment then gives way to the next burst at its next step instead of running on
   * beside it.
   */
  quiet(maxWaitMs = this.maxWaitMs): Promise<void> {
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

  private pump(): void {
    // Urgent work has slots of its own: four slow analyses (an LLM can take seconds) must not hold a modal
    // past its trigger's 3 s, and fifty modals opened at once must not hold the acknowledgements either.
    while (this.runningUrgent < this.concurrency) {
      const next = this.urgent.shift();
      if (!next) break;
      this.runningUrgent += 1;
      this.run(next, () => {
        this.runningUrgent -= 1;
        this.pump();
      });
    }
    while (this.running < this.concurrency) {
      const next = this.queue.shift();
      if (!next) return;
      this.running += 1;
      this.run(next, () => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  private run(task: () => Promise<void>, done: () => void): void {
    void this.quiet()
      .then(task)
      .finally(() => {
        done();
        if (this.idle()) {
          const waiters = this.idleWaiters;
          this.idleWaiters = [];
          for (const waiter of waiters) waiter();
        }
      });
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }
}
