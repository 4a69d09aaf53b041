import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { AckGate } from '../../src/slack/ack-gate.ts';

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

  it('when many tasks follow acknowledgements, then at most `concurrency` run at once and each settles like its task', async () => {
    const gate = new AckGate(2, 100);
    let running = 0;
    let most = 0;
    const task = (value: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running -= 1;
      if (value < 0) throw new Error(`task ${value} failed`);
      return value * 2;
    };
    const results = await Promise.allSettled([1, 2, -3, 4, 5].map((value) => gate.afterAck(task(value))));
    expect(most).toBe(2);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : String(result.reason)))).toEqual([
      2,
      4,
      'Error: task -3 failed',
      8,
      10,
    ]);
  });

  it('when a request awaits its acknowledgement, then queued work does not start until it is answered', async () => {
    const held: ServerResponse[] = [];
    const server = createServer((_request, response) => held.push(response));
    const gate = new AckGate(4, 5000);
    gate.track(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const request = fetch(`http://127.0.0.1:${port}/`);
    while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));

    let started = false;
    const work = gate.afterAck(async () => {
      started = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toBe(false);
    held[0]?.end('ok');
    await work;
    expect(started).toBe(true);
    await request;
    server.close();
  });

  it('when every slot is held by slow work, then urgent work still starts at once', async () => {
    const gate = new AckGate(2, 100);
    const order: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = (name: string) => async () => {
      order.push(name);
      await held;
    };
    const busy = [gate.afterAck(slow('analyse 1')), gate.afterAck(slow('analyse 2')), gate.afterAck(slow('analyse 3'))];
    const opened = gate.afterAck(async () => order.push('open a modal'), { urgent: true });
    await opened;
    expect(order).toEqual(['analyse 1', 'analyse 2', 'open a modal']);
    release();
    await Promise.all(busy);
    expect(order).toEqual(['analyse 1', 'analyse 2', 'open a modal', 'analyse 3']);
  });

  it('when many urgent tasks come at once, then they too run a few at a time', async () => {
    const gate = new AckGate(2, 100);
    let running = 0;
    let most = 0;
    const modal = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running -= 1;
    };
    await Promise.all(Array.from({ length: 6 }, () => gate.afterAck(modal, { urgent: true })));
    expect(most).toBe(2);
  });
});
