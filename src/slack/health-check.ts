import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The path a process manager or load balancer polls. */
export const HEALTH_PATH = '/healthz';

/** Whether the bot can serve, and when it cannot for a reason a person must act on, that reason. */
export type Readiness = boolean | { ok: boolean; reason?: string };

/** What the health check asks: the bot's readiness, now or once a quick check (the store's) has answered. */
export type ReadinessCheck = () => Readiness | Promise<Readiness>;

/**
 * Answers a health check: 200 `{"ok":true}` when the check says so, else 503 `{"ok":false}`, with
 * `"reason"` when it gave one (the store is gone). The same handler serves HTTP mode's `/healthz` on PORT
 * and the health server on HEALTH_PORT.
 */
export function answerHealth(isReady: ReadinessCheck, response: ServerResponse): void {
  void Promise.resolve()
    .then(isReady)
    .catch((error: unknown) => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }))
    .then((readiness) => {
      const { ok, reason } = typeof readiness === 'boolean' ? { ok: readiness, reason: undefined } : readiness;
      response.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(reason === undefined ? { ok } : { ok, reason }));
    });
}

/** Another GET route the health server answers beside /healthz (`/metrics`). */
export interface HealthRoute {
  path: string;
  answer(response: ServerResponse): void;
}

/**
 * Serves `GET /healthz` (and `routes`, such as `/metrics`) alone on its own port (404 for anything else),
 * for Socket Mode, which has no HTTP server of its own. Resolves once listening, with the server and the
 * port it got (0 picks a free one).
 */
export async function startHealthServer(
  port: number,
  isReady: ReadinessCheck,
  routes: readonly HealthRoute[] = [],
): Promise<{ server: Server; port: number }> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '').split('?')[0];
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    if (path === HEALTH_PATH && readOnly) {
      answerHealth(isReady, response);
      return;
    }
    const route = routes.find((candidate) => candidate.path === path);
    if (route && readOnly) {
      route.answer(response);
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ok: false, error: 'not_found' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return { server, port: (server.address() as AddressInfo).port };
}

/** Closes a health server, dropping idle keep-alive connections so stopping does not wait on a poller. */
export async function stopHealthServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
