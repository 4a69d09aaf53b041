import { describe, expect, it } from 'vitest';
import { isGoneWorker, newWorkerId } from '../../src/outbox/worker-identity.ts';

// A bot started again releases at once the leases a dead run of its own left (issue 14): which holders
// count as such a run is decided here, from the worker id each lease holder carries.

const running = (alive: number[]) => (pid: number) => alive.includes(pid);
const holder = (id: string) => `${id}:try-token`;

describe('which lease holders are a run of this bot that is gone', () => {
  const self = newWorkerId(4242, 'shop-host');

  it('when a worker id is made, then it says the host, the process and the run, and each run has its own', () => {
    expect(self).toMatch(/^shop-host\/4242\/[0-9a-f-]{36}$/);
    expect(newWorkerId(4242, 'shop-host')).not.toBe(self);
    // Nothing in a host name can be mistaken for the separators.
    expect(newWorkerId(1, 'odd/host:name')).toMatch(/^odd_host_name\/1\//);
  });

  it('when the holder ran on this host in a process that no longer runs, then it is gone', () => {
    expect(isGoneWorker(holder(newWorkerId(777, 'shop-host')), self, running([4242]))).toBe(true);
    expect(isGoneWorker(holder(newWorkerId(777, 'shop-host')), self, running([4242, 777]))).toBe(false);
  });

  it('when the holder had this very process id under another run (a container started again), then it is gone; this run is not', () => {
    expect(isGoneWorker(holder(newWorkerId(4242, 'shop-host')), self, running([4242]))).toBe(true);
    expect(isGoneWorker(holder(self), self, running([]))).toBe(false);
  });

  it('when the holder ran on another host, or its id does not say where, then it is left to lapse', () => {
    expect(isGoneWorker(holder(newWorkerId(777, 'other-host')), self, running([]))).toBe(false);
    expect(isGoneWorker('guards:try-token', self, running([]))).toBe(false);
    expect(isGoneWorker(newWorkerId(777, 'shop-host'), self, running([]))).toBe(false);
  });

  it('when asked about a real process, then this one runs and one that exited does not', () => {
    const mine = newWorkerId();
    expect(isGoneWorker(holder(newWorkerId(process.pid)), mine)).toBe(true);
    expect(isGoneWorker(holder(newWorkerId(process.ppid)), mine)).toBe(false);
    expect(isGoneWorker(holder(newWorkerId(2 ** 22 + 1)), mine)).toBe(true);
  });
});
