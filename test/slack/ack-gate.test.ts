import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { AckGate } from '../../src/slack/ack-gate.js';

describe('AckGate', () => {
  it('when a request still awaits its response, then quiet() waits for it; once answered, quiet() resolves', async () => {
    const held: ServerResponse[] = [];
    const server = createServer((_request, response) => held.push(response));
    const gate = new AckGate();
    gate.track(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const request = fetch(`http://127.0.0.1:${port}/`);
    while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));

    let quiet = false;
    const waiting = gate.quiet(5000).then(() => {
      quiet = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(quiet).toBe(false);
    held[0]?.end('ok');
    await waiting;
    expect(quiet).toBe(true);
    await request;
    server.close();
  });

  it('when requests never finish, then quiet() gives up after its bound', async () => {
    const server = createServer(() => undefined);
    const gate = new AckGate();
    gate.track(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const controller = new AbortController();
    fetch(`http://127.0.0.1:${port}/`, { signal: controller.signal }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await gate.quiet(100);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    controller.abort();
    server.closeAllConnections();
    server.close();
  });
});
