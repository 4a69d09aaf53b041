import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * A worker id saying where the worker runs — `host/pid/run` — so a bot starting again can tell the leases
 * a run of its own left behind when it died (kill -9, a crash, the container restarted) and release them,
 * instead of waiting for them to lapse. A lease holder's id is this id, `:`, and the try's own token.
 */
export function newWorkerId(pid: number = process.pid, host: string = hostname()): string {
  return `${host.replaceAll(/[/:]/g, '_')}/${pid}/${randomUUID()}`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the lease holder `worker` is a run on this host that is gone: its process no longer runs, or it
 * had this very process id (a container's pid 1 started again) under another run. A holder elsewhere, or
 * one whose id does not say, is never judged gone: its lease lapses on its own.
 */
export function isGoneWorker(worker: string, self: string, running: (pid: number) => boolean = isRunning): boolean {
  const [host, pid, run] = self.split('/');
  const holder = /^([^/]+)\/(\d+)\/([^/:]+):/.exec(worker);
  if (!holder || holder[1] !== host) return false;
  if (holder[2] === pid) return holder[3] !== run;
  return !running(Number(holder[2]));
}
