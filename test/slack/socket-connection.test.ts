import { describe, expect, it } from 'vitest';
import { MAX_RECONNECT_WAIT_MS, reconnectWait } from '../../src/slack/socket-connection.ts';

describe('the wait between tries to reconnect Socket Mode', () => {
  it('when tries keep failing, then the wait doubles from 1 s and stops growing at 30 s', () => {
    const most = (failures: number) => reconnectWait(failures, () => 1);
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(most)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(MAX_RECONNECT_WAIT_MS).toBe(30_000);
  });

  it('when bots lost Slack together, then each waits between half and all of it, so they do not all come back at once', () => {
    expect(reconnectWait(4, () => 0)).toBe(4000);
    expect(reconnectWait(4, () => 0.5)).toBe(6000);
    expect(reconnectWait(10, () => 0)).toBe(15000);
  });
});
